"""The application layer: settings (a leaf), the service facade over storage and retrieval
(jodoh/service.py) and its parts, one per lifecycle (retrieval_stack, memory_index,
profile_cache, index_keeper, creator_writes, searcher), brands' and creators' actions
(jodoh/actions.py), the one brief pipeline (jodoh/briefs.py), claims, limits, the bot's
services (jodoh/services.py) and the command line, the composition root.

May import: retrieval, storage, prompts; only the CLI may import the bot."""

import os

# One OpenBLAS thread, set before numpy loads it: numpy's products here are small, its idle
# worker threads spin on the CPU the query encoder needs, and each thread's buffers cost
# memory (≈ 0.1 GB of the bot's RSS; bench/RESULTS.md). jodoh/service.py also limits it at
# run time, for processes that imported numpy first.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
