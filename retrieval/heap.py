"""Giving memory the process has freed back to the operating system."""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc only; absent on macOS and musl
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Return the heap's free pages to the operating system; False where the C library
    cannot (then this does nothing).

    glibc keeps what a process frees for its own later use. Loading the model (float32
    weights copied, then dropped) and building the in-memory indexes (batches concatenated,
    then dropped) free a few hundred MB that no later allocation of the same size needs;
    kept, they stayed in the bot's RSS for good (bench.scale's serving process at 100k
    creators: 1,528 MiB). A trim takes ≈ 25 ms per 200 MB freed, so it runs only after
    those rare steps, never per search.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
