"""The vector index kept in line with the database: checked at start-up, repaired when broken,
reconciled after interruptions, rebuilt on demand.

Every index entry carries its creator's content hash, so `reconcile` can always bring the
index back in line with the database, whatever was interrupted.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from queue import Empty, Queue
from typing import Any, TypeVar

import numpy as np
from sqlalchemy.engine import Engine

from jodoh.retrieval_stack import RetrievalStack
from jodoh.settings import Settings
from retrieval.heap import release_freed_memory
from retrieval.index import quarantine_chroma_dir
from retrieval.profile import CreatorProfile
from storage import repository as repo
from storage.db import retry_on_db_errors, session_scope

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], None]
BATCH_SIZE = 256
# How long closing waits for a background repair to finish the batch it is writing (a batch
# of new texts takes a few seconds to embed on two cores).
CLOSE_TIMEOUT_S = 10.0
# A reindex reads cached vectors, so a batch is ready in milliseconds: Chroma's cost per call
# is what is left to save (20k creators: 12.1 → 10.5 s in batches of 1,024, measured).
REINDEX_BATCH = 1024


@dataclass(slots=True)
class ReconcileReport:
    """How the index was repaired."""

    upserted: int = 0
    deleted: int = 0
    rebuilt: bool = False
    stopped: bool = False  # by `IndexKeeper.close`; the next start-up's check finishes it


class IndexKeeper:
    """Checks, repairs, reconciles and rebuilds the vector index.

    Args:
        load_profiles: profiles by index key (through the profile cache).
        on_change: told when the index was made to hold different creators.
    """

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        stack: RetrievalStack,
        *,
        load_profiles: Callable[[Iterable[str]], dict[str, CreatorProfile]],
        on_change: Callable[[], None],
    ) -> None:
        self._settings = settings
        self._engine = engine
        self._stack = stack
        self._load_profiles = load_profiles
        self._on_change = on_change
        # Held by every write to the index (imports, registrations, reconcile, reindex, repair),
        # so they never interleave; re-entrant because an import reconciles inside its own hold.
        self.write_lock = threading.RLock()
        # Cleared while the index is rebuilt after it was found broken: searches then rank by
        # keywords (the database) and say so, instead of failing.
        self._ready = threading.Event()
        self._ready.set()
        self._repair_lock = threading.Lock()
        self._repair_thread: threading.Thread | None = None
        self._closing = threading.Event()

    @property
    def ready(self) -> bool:
        """False while a broken or missing index is being rebuilt from the database."""
        return self._ready.is_set()

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        """Block until a background rebuild is done; False if `timeout` came first."""
        return self._ready.wait(timeout)

    def check(self, *, background: bool = False) -> str:
        """Start-up check: open and probe the index, then bring it in line with the database.

        A store that cannot be opened or searched (deleted, corrupted) is moved aside and
        rebuilt from the database and the embedding cache (nothing is re-embedded). An empty
        index over a non-empty database counts as missing.

        Args:
            background: rebuild in a thread and return at once; searches fall back to keyword
                ranking (with a note) until the rebuild finishes.

        Returns:
            "ok" (nothing to repair), "repaired" or "repairing" (background).
        """
        broken = False
        try:
            index = self._stack.index
            if index.count():
                index.probe()
            elif self._count_creators():
                broken = True
        except Exception as error:
            log.warning("Search index unusable (%s: %s); rebuilding it from the database",
                        type(error).__name__, error)
            self._quarantine()
            broken = True
        if not broken:
            # Small differences (a crash between the database commit and the index write).
            self.reconcile()
            return "ok"
        if background:
            self._start_repair()
            return "repairing"
        self.reconcile()
        return "repaired"

    def recheck_in_background(self) -> None:
        """The index failed under a live search: check it, and repair it if it is broken."""
        self._start_repair(recheck=True)

    def reconcile(self, progress: Progress | None = None) -> ReconcileReport:
        """Make the index hold exactly the database's creators, at their current content."""
        report = ReconcileReport()
        with self.write_lock:
            index = self._stack.index
            if index.stored_model not in (None, self._settings.embedding_model):
                index.reset()
                report.rebuilt = True
            with session_scope(self._engine) as session:
                wanted = repo.creator_hashes(session=session)
            present = index.hashes()
            stale = [key for key, digest in wanted.items() if present.get(key) != digest]
            extra = [key for key in present if key not in wanted]
            index.delete(extra)
            report.deleted = len(extra)
            for start in range(0, len(stale), BATCH_SIZE):
                if self._closing.is_set():
                    report.stopped = True
                    break
                chunk = stale[start : start + BATCH_SIZE]
                self._stack.index_profiles(list(self._load_profiles(chunk).values()))
                report.upserted += len(chunk)
                if progress:
                    progress(start + len(chunk), len(stale))
            if stale or extra:
                self._on_change()
        # Both sides' content hashes of every creator (≈ 190 MB at 100k), dropped just now.
        release_freed_memory()
        return report

    def reindex(self, progress: Progress | None = None) -> int:
        """Rebuild the index from the database into a staging store (embedded) or collection
        (a Chroma server), then swap.

        Searches keep using the old one until the swap. Unchanged texts come from the
        embedding cache, so only new or edited profiles are embedded.
        """
        with self.write_lock:
            try:
                staging = self._stack.index.staging()
            except Exception as error:
                log.warning("Search index unusable (%s); rebuilding into a fresh store",
                            type(error).__name__)
                self._quarantine()
                staging = self._stack.index.staging()
            with session_scope(self._engine) as session:
                total = repo.count_creators(session=session)
            done = 0
            try:
                for keys, vectors, metadatas in read_ahead(self._reindex_batches()):
                    staging.upsert(keys, vectors, metadatas)
                    done += len(keys)
                    if progress:
                        progress(done, total)
            except BaseException:
                staging.discard()
                raise
            self._stack.index.promote(staging)
            self._on_change()
        return done

    def coverage(self) -> tuple[int, int]:
        """(creators in the index, entries missing, outdated or of creators no longer there)."""
        with session_scope(self._engine) as session:
            wanted = repo.creator_hashes(session=session)
        present = self._stack.index.hashes()
        stale = sum(present.get(k) != v for k, v in wanted.items()) + sum(
            k not in wanted for k in present)
        return sum(k in wanted for k in present), stale

    @retry_on_db_errors
    def _count_creators(self) -> int:
        with session_scope(self._engine) as session:
            return repo.count_creators(session=session)

    def _quarantine(self) -> None:
        self._stack.drop_index()
        if self._settings.chroma_host:
            # A server's collection cannot be moved aside: drop it and rebuild (the probe only
            # gets here when the server answered but the collection did not work).
            self._stack.index.reset()
            return
        moved = quarantine_chroma_dir(self._settings.resolved_chroma_path)
        if moved is not None:
            log.warning("Broken index moved to %s", moved)

    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        """Stop a background repair after the batch it is writing, and wait for it: the
        process may then exit without a thread still writing to the index (the database
        holds every creator; the next start-up's check finishes the repair)."""
        with self._repair_lock:
            self._closing.set()
            thread = self._repair_thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("The search index repair did not stop within %.0f s", timeout)

    def _start_repair(self, *, recheck: bool = False) -> None:
        with self._repair_lock:
            if self._closing.is_set() or (self._repair_thread is not None
                                          and self._repair_thread.is_alive()):
                return
            self._ready.clear()
            target = self._recheck if recheck else self._repair
            self._repair_thread = threading.Thread(target=target, name="index-repair",
                                                   daemon=True)
            self._repair_thread.start()

    def _recheck(self) -> None:
        try:
            self.check(background=False)
        except Exception:
            log.exception("Checking the search index failed; will retry on a later search")
        finally:
            self._ready.set()

    def _repair(self) -> None:
        try:
            report = self.reconcile()
            if report.stopped:
                log.info("Search index repair stopped at shutdown after %d creators",
                         report.upserted)
            else:
                log.info("Search index rebuilt from the database: %d creators",
                         report.upserted)
        except Exception:
            log.exception("Rebuilding the search index failed; will retry on a later search")
        finally:
            # If the rebuild failed, the next search tries the index again (and comes back
            # here if it still fails) rather than staying keyword-only for good.
            self._ready.set()

    def _reindex_batches(self) -> Iterator[tuple[list[str], list[np.ndarray],
                                                 list[dict[str, Any]]]]:
        with session_scope(self._engine) as session:
            for batch in repo.iter_profile_rows(session=session, batch_size=REINDEX_BATCH):
                profiles = [CreatorProfile.from_row(row) for row in batch]
                # Community texts too: cached already (read ahead, beside the inserts) unless
                # the base was indexed before they were embedded.
                yield self._stack.index_entries(profiles)


def read_ahead(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """`items`, produced in a thread up to `depth` ahead of the consumer; an error raised
    while producing is raised to the consumer at that point."""
    queue: Queue[tuple[bool, Any]] = Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                queue.put((True, item))
            queue.put((False, None))
        except BaseException as error:
            queue.put((False, error))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # a generator's cleanup (its database session) runs here

    worker = threading.Thread(target=produce, name="read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            more, value = queue.get()
            if not more:
                if value is not None:
                    raise value
                return
            yield value
    finally:
        stop.set()
        while worker.is_alive():  # let a blocked producer see `stop`
            with contextlib.suppress(Empty):
                queue.get(timeout=0.1)
