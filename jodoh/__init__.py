"""Jodoh application wiring: settings, the service facade and the command line."""

import os

# One OpenBLAS thread, set before numpy loads it: numpy's products here are small, its idle
# worker threads spin on the CPU the query encoder needs, and each thread's buffers cost
# memory (≈ 0.1 GB of the bot's RSS; bench/RESULTS.md). jodoh/service.py also limits it at
# run time, for processes that imported numpy first.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
