"""Where the embedded Chroma store lives on disk, and how a rebuilt one replaces it.

A rebuild writes a new store in a directory of its own (a generation, `gen-<time>` inside the
store's root) instead of a second collection beside the live one: Chroma's tables are shared
by every collection of a store, so inserting beside 100k live entries and then dropping them
costs 3-7 % more than inserting into an empty store (measured at 100k). The root's `CURRENT`
file names the live generation; it is replaced in one atomic rename, so a crash leaves either
the old store or the new one live, never a mix. A store never rebuilt lives in the root itself.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

CURRENT_FILE = "CURRENT"
GENERATION_PREFIX = "gen-"
# What Chroma writes into a store's directory: its database (with journal files) and one
# directory per vector segment, named by the segment's UUID.
_CHROMA_FILE = re.compile(r"^chroma\.sqlite3(-.*)?$")
_SEGMENT_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def live_store(root: Path) -> Path:
    """The directory of the store in use: the generation `CURRENT` names, else the root."""
    try:
        name = (root / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return root
    candidate = root / name
    if name.startswith(GENERATION_PREFIX) and "/" not in name and candidate.is_dir():
        return candidate
    return root


class Generation:
    """A store being built: its directory, locked until `done` so that another process
    starting meanwhile does not take it for a rebuild left by a killed one."""

    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        self.path = root / f"{GENERATION_PREFIX}{stamp}"
        self.path.mkdir()
        self._lock: int | None = os.open(_lock_file(self.path), os.O_CREAT | os.O_RDWR)
        fcntl.flock(self._lock, fcntl.LOCK_EX)

    def done(self) -> None:
        """Release the lock (published or discarded)."""
        if self._lock is not None:
            _lock_file(self.path).unlink(missing_ok=True)
            os.close(self._lock)
            self._lock = None


def _lock_file(generation: Path) -> Path:
    return generation.with_name(f"{generation.name}.building")


def _being_built(generation: Path) -> bool:
    try:
        handle = os.open(_lock_file(generation), os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(handle)  # closing also drops a lock taken just now
    return False


def publish(root: Path, generation: Path) -> None:
    """Make `generation` the live store, durably and in one step."""
    if generation.parent != root or not generation.name.startswith(GENERATION_PREFIX):
        raise ValueError(f"{generation} is not a generation of {root}")
    pending = root / f"{CURRENT_FILE}.pending"
    with pending.open("w", encoding="utf-8") as handle:
        handle.write(generation.name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(pending, root / CURRENT_FILE)
    directory = os.open(root, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def remove_stale(root: Path, live: Path) -> list[Path]:
    """Delete every store under `root` but the live one: generations an interrupted or
    superseded rebuild left, and the root's own store once a generation has replaced it.

    Returns:
        What was removed.
    """
    if not root.is_dir():
        return []
    removed = []
    for entry in root.iterdir():
        if entry == live:
            continue
        stale_generation = (entry.is_dir() and entry.name.startswith(GENERATION_PREFIX)
                            and not _being_built(entry))
        left_lock = (entry.name.startswith(GENERATION_PREFIX) and entry.suffix == ".building"
                     and not entry.with_suffix("").exists())
        replaced_root_store = live != root and (
            _CHROMA_FILE.match(entry.name) or (entry.is_dir() and _SEGMENT_DIR.match(entry.name)))
        if stale_generation or replaced_root_store or left_lock:
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
                _lock_file(entry).unlink(missing_ok=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    (root / f"{CURRENT_FILE}.pending").unlink(missing_ok=True)
    return removed
