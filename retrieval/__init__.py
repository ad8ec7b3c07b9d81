"""Retrieval: embeddings, the Chroma index, brief understanding, scoring, ranking and template
explanations. The optional chat model lives in `chatmodel/`, above this package.

Pure functions beside thin I/O classes with injected clients. May import: prompts; never the
application (jodoh), the bot or storage."""

import os

# Offline by construction: the hub is unreachable, and Chroma must never phone home.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
