"""Freed heap memory goes back to the operating system after the rare large steps."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from retrieval import heap

GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"


def _resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's")
def test_freed_fragmented_heap_leaves_the_resident_set() -> None:
    # Chunks under glibc's mmap threshold live in the heap; keeping every 100th pins its end,
    # so freeing the rest alone gives nothing back: what the model load and the index
    # builds left behind.
    chunks = [bytearray(2000) for _ in range(60_000)]
    kept = chunks[::100]
    del chunks
    before = _resident_mib()
    assert heap.release_freed_memory() is True
    after = _resident_mib()
    assert before - after > 60, (before, after)
    assert len(kept) == 600


def test_without_malloc_trim_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_malloc_trim", lambda: None)
    assert heap.release_freed_memory() is False


def test_every_in_memory_rebuild_releases_what_it_dropped(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from jodoh import memory_index
    from storage.db import make_engine

    calls: list[int] = []
    monkeypatch.setattr(memory_index, "release_freed_memory", lambda: calls.append(1) or True)
    engine = make_engine(f"sqlite:///{tmp_path / 'jodoh.db'}")
    indexes = memory_index.InMemoryIndexes(engine, "m", on_change=lambda: None)
    indexes.refresh()
    assert calls == [1]
    indexes.creators_changed()
    indexes.refresh()
    assert calls == [1, 1]
