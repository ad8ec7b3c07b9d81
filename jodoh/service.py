"""The service facade: one object that wires storage and retrieval for the CLI and the bot.

Consistency rule: the database is written (and committed) first, the index second. Every
index entry carries its creator's content hash, so `reconcile` can always bring the index back
in line with the database after an interruption.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from queue import Empty, Queue
from typing import Any, TypeVar

import numpy as np
from langchain_core.embeddings import Embeddings
from sqlalchemy.engine import Engine
from threadpoolctl import threadpool_limits

from jodoh.settings import Settings
from retrieval.brief_parser import BriefQuery
from retrieval.embedding import CachedEmbeddings, load_embeddings, text_hash
from retrieval.engine import MatchEngine, SearchOptions, SearchResult
from retrieval.filtering import MetadataTable, MetadataTableBuilder
from retrieval.index import CreatorIndex, make_chroma_client, quarantine_chroma_dir
from retrieval.keyword import KeywordIndex, KeywordIndexBuilder
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch, score_candidates
from storage import repository as repo
from storage.db import make_engine, retry_on_db_errors, session_scope
from storage.models import Creator
from storage.records import CreatorRecord, RowError

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], None]
BATCH_SIZE = 256
# How often a search checks whether another bot instance changed creators (cheap query).
SIGNATURE_CHECK_S = 5.0
# From this many creators on, the in-memory indexes are rebuilt in the background (≈ 1 s of
# work at 10k); below, before the search, so a new profile is findable at once.
BACKGROUND_REBUILD_FROM = 5000
# Profiles kept in memory for the ranking (≈ 2.5 KB each); all of a small base, the most
# recently found ones of a large one.
PROFILE_CACHE_SIZE = 5000


def profile_of(creator: Creator) -> CreatorProfile:
    """The retrieval view of a stored creator (a `Creator` or a row of its profile columns)."""
    assert creator.id is not None
    return CreatorProfile.from_fields(creator, creator_id=creator.id,
                                      content_hash=creator.content_hash, ref=creator.ref)


class DatabaseVectorCache:
    """The embedding cache, stored in the database beside the creators."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get_many(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        with session_scope(self._engine) as session:
            return repo.cached_vectors(model, hashes, session=session)

    def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with session_scope(self._engine) as session:
            repo.store_vectors(model, vectors, session=session)


@dataclass(slots=True)
class ImportReport:
    """What an import did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # maintained by their creators through the bot: not overwritten
    rejected: list[RowError] = field(default_factory=list)
    indexed: int = 0

    @property
    def accepted(self) -> int:
        return self.created + self.updated + self.unchanged + self.kept


@dataclass(slots=True)
class ReconcileReport:
    """How the index was repaired."""

    upserted: int = 0
    deleted: int = 0
    rebuilt: bool = False


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


class JodohService:
    """Storage + retrieval for one deployment. Thread-safe for concurrent searches."""

    def __init__(
        self,
        settings: Settings,
        *,
        embeddings: Embeddings | None = None,
        on_model_build: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        # One BLAS thread: numpy's products here are small, and OpenBLAS's idle workers spin
        # on the CPU after each one, which took it from the query encoder (torch, OpenMP):
        # serving p95 at 100k creators went from 133 to 62 ms (bench/RESULTS.md).
        threadpool_limits(limits=1, user_api="blas")
        self._on_model_build = on_model_build or (lambda message: log.info("model: %s", message))
        self.engine = make_engine(settings.resolved_database_url)
        self._raw_embeddings = embeddings
        self._embeddings: CachedEmbeddings | None = None
        self._index: CreatorIndex | None = None
        self._match_engine: MatchEngine | None = None
        self.keyword_index = KeywordIndex()
        self.metadata_table = MetadataTable()
        self._keyword_stale = True
        self._profiles: dict[str, CreatorProfile] = {}
        self._profile_generation = 0
        self._profile_lock = threading.Lock()
        self._keyword_signature: tuple[int, str] | None = None
        self._signature_checked = 0.0
        self._rebuild_thread: threading.Thread | None = None
        self._write_lock = threading.RLock()
        self._keyword_lock = threading.Lock()
        # Cleared while the index is rebuilt after it was found broken: searches then rank by
        # keywords (the database) and say so, instead of failing.
        self._index_ready = threading.Event()
        self._index_ready.set()
        self._repair_lock = threading.Lock()
        self._repair_thread: threading.Thread | None = None

    # --- lazily built heavy parts ------------------------------------------------------------

    @property
    def embeddings(self) -> CachedEmbeddings:
        if self._embeddings is None:
            inner = self._raw_embeddings or load_embeddings(
                self.settings.embedding_model, models_dir=self.settings.resolved_models_dir,
                progress=self._on_model_build,
            )
            self._embeddings = CachedEmbeddings(
                inner, model_name=self.settings.embedding_model,
                cache=DatabaseVectorCache(self.engine),
            )
        return self._embeddings

    @property
    def index(self) -> CreatorIndex:
        if self._index is None:
            client = make_chroma_client(
                path=self.settings.resolved_chroma_path, host=self.settings.chroma_host,
                port=self.settings.chroma_port,
            )
            self._index = CreatorIndex(
                client, self.settings.chroma_collection, self.embeddings,
                self.settings.embedding_model,
            )
        return self._index

    @property
    def match_engine(self) -> MatchEngine:
        if self._match_engine is None:
            self._match_engine = MatchEngine(
                embeddings=self.embeddings, index=self.index, keyword_index=self.keyword_index,
                load_profiles=self.load_profiles, metadata_table=self.metadata_table,
            )
        return self._match_engine

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # --- reading ----------------------------------------------------------------------------

    def load_profiles(self, keys: Iterable[str]) -> dict[str, CreatorProfile]:
        """Profiles by index key, from a small in-memory cache or the database.

        The cache is emptied whenever this process writes creators or sees (through the
        creators' signature, checked every SIGNATURE_CHECK_S) that another one did.
        """
        keys = list(keys)
        with self._profile_lock:
            generation = self._profile_generation
            found = {key: self._profiles[key] for key in keys if key in self._profiles}
        missing = [key for key in keys if key not in found]
        if not missing:
            return found
        with session_scope(self.engine) as session:
            loaded = {
                key: profile_of(row)
                for key, row in repo.get_profile_rows_by_keys(missing, session=session).items()
            }
        with self._profile_lock:
            # Read before a write that has emptied the cache since: not kept.
            if generation == self._profile_generation:
                for key, profile in loaded.items():
                    if len(self._profiles) >= PROFILE_CACHE_SIZE:
                        self._profiles.pop(next(iter(self._profiles)))
                    self._profiles[key] = profile
        found.update(loaded)
        return found

    def _creators_changed(self) -> None:
        """Creators were written: rebuild the in-memory indexes, forget cached profiles."""
        self._keyword_stale = True
        with self._profile_lock:
            self._profile_generation += 1
            self._profiles.clear()

    def _ensure_keyword_index(self) -> None:
        """Keep the in-memory keyword index and metadata table in line with the database.

        They are rebuilt when this process changed creators or (checked at most every few
        seconds) another one did. In large bases, rebuilds after the first run in the
        background while searches use the previous build, so a registration never makes the
        next brief wait for a rebuild of the whole base.
        """
        with self._keyword_lock:
            now = time.monotonic()
            if not self._keyword_stale and now - self._signature_checked < SIGNATURE_CHECK_S:
                return
            self._signature_checked = now
            with session_scope(self.engine) as session:
                signature = repo.creators_signature(session=session)
            if not self._keyword_stale and signature == self._keyword_signature:
                return
            if signature != self._keyword_signature:
                self._creators_changed()  # possibly by another instance
            if self._keyword_signature is not None and len(self.metadata_table) >= \
                    BACKGROUND_REBUILD_FROM:
                if self._rebuild_thread is None or not self._rebuild_thread.is_alive():
                    self._rebuild_thread = threading.Thread(
                        target=self._rebuild_in_memory, name="keyword-rebuild", daemon=True)
                    self._rebuild_thread.start()
                return
            self._rebuild_in_memory()

    def _rebuild_in_memory(self) -> None:
        try:
            with session_scope(self.engine) as session:
                # Taken first: a change during the build makes the next check rebuild again.
                signature = repo.creators_signature(session=session)
            self._keyword_stale = False
            keyword = KeywordIndexBuilder()
            metadata = MetadataTableBuilder(expected_rows=signature[0])
            model = self.settings.embedding_model
            with session_scope(self.engine) as session:
                # Batch by batch into numpy columns: no list of every creator's text and
                # metadata is ever held (that was the bot's peak memory at 100k creators).
                for batch in repo.iter_creators(session=session, batch_size=2000):
                    profiles = [profile_of(creator) for creator in batch]
                    digests = [text_hash(profile.document()) for profile in profiles]
                    cached = repo.cached_vectors(model, digests, session=session)
                    keys = [profile.key for profile in profiles]
                    keyword.add(keys, [profile.keyword_text() for profile in profiles])
                    metadata.add(keys, [profile.index_metadata() for profile in profiles],
                                 [cached.get(digest) for digest in digests])
                    session.expunge_all()
            self.keyword_index.install(keyword)
            self.metadata_table.install(metadata)
            self._keyword_signature = signature
        except Exception:
            self._keyword_stale = True
            log.exception("Rebuilding the keyword index failed; will retry on the next search")
            if self._keyword_signature is None:
                raise

    # --- index health ---------------------------------------------------------------------

    @property
    def index_ready(self) -> bool:
        """False while a broken or missing index is being rebuilt from the database."""
        return self._index_ready.is_set()

    def check_index(self, *, background: bool = False) -> str:
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
            index = self.index
            if index.count():
                index.probe()
            elif self.count_creators():
                broken = True
        except Exception as error:
            log.warning("Search index unusable (%s: %s); rebuilding it from the database",
                        type(error).__name__, error)
            self._quarantine_index()
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

    def settle(self, timeout: float | None = None) -> None:
        """Wait for background work (index repair, in-memory index rebuild): benchmarks."""
        self._ensure_keyword_index()
        thread = self._rebuild_thread
        if thread is not None:
            thread.join(timeout)
        self.wait_for_index(timeout)

    def wait_for_index(self, timeout: float | None = None) -> bool:
        """Block until a background rebuild is done (tests, CLI)."""
        return self._index_ready.wait(timeout)

    def _quarantine_index(self) -> None:
        self._index = None
        self._match_engine = None
        if self.settings.chroma_host:
            # A server's collection cannot be moved aside: drop it and rebuild (the probe only
            # gets here when the server answered but the collection did not work).
            self.index.reset()
            return
        moved = quarantine_chroma_dir(self.settings.resolved_chroma_path)
        if moved is not None:
            log.warning("Broken index moved to %s", moved)

    def _start_repair(self, *, recheck: bool = False) -> None:
        with self._repair_lock:
            if self._repair_thread is not None and self._repair_thread.is_alive():
                return
            self._index_ready.clear()
            target = self._recheck if recheck else self._repair
            self._repair_thread = threading.Thread(target=target, name="index-repair",
                                                   daemon=True)
            self._repair_thread.start()

    def _recheck(self) -> None:
        try:
            self.check_index(background=False)
        except Exception:
            log.exception("Checking the search index failed; will retry on a later search")
        finally:
            self._index_ready.set()

    def _repair(self) -> None:
        try:
            report = self.reconcile()
            log.info("Search index rebuilt from the database: %d creators", report.upserted)
        except Exception:
            log.exception("Rebuilding the search index failed; will retry on a later search")
        finally:
            # If the rebuild failed, the next search tries the index again (and comes back
            # here if it still fails) rather than staying keyword-only for good.
            self._index_ready.set()

    @retry_on_db_errors
    def search(
        self,
        brief: Any,
        *,
        top: int = 10,
        offset: int = 0,
        options: SearchOptions | None = None,
        telegram_id: int | None = None,
        language: str | None = None,
        log_brief: bool = True,
    ) -> SearchResult:
        """Rank creators for a brief (text or parsed query) and log the search."""
        self._ensure_keyword_index()
        rebuilding = not self._index_ready.is_set()
        if rebuilding:
            options = replace(options or SearchOptions(), dense=False)
        result = self.match_engine.search(
            brief, top=top, offset=offset, options=options, language=language
        )
        if rebuilding:
            result.degraded = "the search index is being rebuilt"
        elif result.degraded:
            # The index failed under a live search: check and repair it in the background.
            self._start_repair(recheck=True)
        if log_brief:
            with session_scope(self.engine) as session:
                repo.log_brief(
                    result.query.text[:4000], _loggable(result.query.to_dict()),
                    [m.profile.key for m in result.matches], session=session,
                    telegram_id=telegram_id,
                )
        return result

    @retry_on_db_errors
    def match_for(self, query: BriefQuery, ref: str) -> ScoredMatch | None:
        """One creator scored against a brief (for "why this creator?"), or None if gone."""
        with session_scope(self.engine) as session:
            creator = repo.get_creator_by_ref(ref, session=session)
            if creator is None:
                return None
            profile = profile_of(creator)
        semantic: dict[str, float] = {}
        if self._index_ready.is_set():
            try:
                stored = self.index.vectors([profile.key])
            except Exception:
                stored = {}
            if profile.key in stored:
                vector = np.asarray(self.embeddings.embed_query(
                    query.semantic_text or query.text), dtype=np.float32)
                semantic[profile.key] = float(np.dot(stored[profile.key], vector))
        return score_candidates(query, [profile], semantic, {})[0]

    @retry_on_db_errors
    def count_creators(self) -> int:
        """Creators in the database (cheap; `stats` also compares the whole index)."""
        with session_scope(self.engine) as session:
            return repo.count_creators(session=session)

    def _db_hashes(self) -> dict[str, str]:
        with session_scope(self.engine) as session:
            return repo.creator_hashes(session=session)

    @retry_on_db_errors
    def stats(self) -> dict[str, Any]:
        """Counts for `jodoh stats` and the admin `/stats`."""
        with session_scope(self.engine) as session:
            creators = repo.count_creators(session=session)
            breakdown = repo.creator_breakdown(session=session)
            today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
            searches_today = repo.count_briefs_since(today, session=session)
        wanted = self._db_hashes()
        present = self.index.hashes()
        stale = sum(present.get(k) != v for k, v in wanted.items()) + sum(
            k not in wanted for k in present)
        return {
            "creators": creators,
            "indexed": sum(k in wanted for k in present),
            "stale": stale,
            "by_platform": dict(breakdown["platform"].most_common()),
            "by_niche": dict(breakdown["niche"].most_common()),
            "by_city": dict(breakdown["city"].most_common(15)),
            "searches_today": searches_today,
            "embedding_model": self.settings.embedding_model,
            "last_reindex": self.index.built_at,
        }

    # --- writing ----------------------------------------------------------------------------

    def _index_entries(self, profiles: Sequence[CreatorProfile]
                       ) -> tuple[list[str], list[np.ndarray], list[dict[str, Any]]]:
        """Keys, vectors (cached or embedded) and metadata of profiles, as the index holds
        them."""
        vectors = self.embeddings.embed_document_arrays([p.document() for p in profiles])
        return [p.key for p in profiles], vectors, [p.index_metadata() for p in profiles]

    def _index_profiles(self, profiles: Sequence[CreatorProfile]) -> None:
        if profiles:
            self.index.upsert(*self._index_entries(profiles))

    def import_records(
        self,
        records: Sequence[CreatorRecord],
        *,
        rejected: Sequence[RowError] = (),
        progress: Progress | None = None,
    ) -> ImportReport:
        """Upsert validated records batch by batch: commit to the database, then index."""
        report = ImportReport(rejected=list(rejected))
        with self._write_lock:
            self.check_index()
            total = len(records)
            for start in range(0, total, BATCH_SIZE):
                batch = records[start : start + BATCH_SIZE]
                with session_scope(self.engine) as session:
                    results = repo.upsert_creators(batch, session=session)
                    changed = [profile_of(r.creator) for r in results
                               if r.status in ("created", "updated")]
                for result in results:
                    if result.status == "created":
                        report.created += 1
                    elif result.status == "updated":
                        report.updated += 1
                    elif result.status == "kept":
                        report.kept += 1
                    else:
                        report.unchanged += 1
                self._index_profiles(changed)
                report.indexed += len(changed)
                self._creators_changed()
                if progress:
                    progress(min(start + BATCH_SIZE, total), total)
        return report

    @retry_on_db_errors
    def save_creator(self, record: CreatorRecord, *, owner_telegram_id: int | None = None,
                     take_over_imported: bool = False) -> Creator:
        """Create or update one profile and index it at once (the bot's registration).

        Raises:
            OwnershipError: the handle is someone else's.
            ClaimNeeded: the handle is an imported profile and no claim was approved.
        """
        with self._write_lock:
            with session_scope(self.engine) as session:
                result = repo.upsert_creators(
                    [record], session=session, owner_telegram_id=owner_telegram_id,
                    take_over_imported=take_over_imported,
                )[0]
                profile = profile_of(result.creator)
                creator = result.creator
            self._index_profiles([profile])
            self._creators_changed()
        return creator

    @retry_on_db_errors
    def delete_creator(self, creator_id: int) -> bool:
        """Remove a creator from the database, then from the index."""
        with self._write_lock:
            with session_scope(self.engine) as session:
                creator = repo.get_creator(creator_id, session=session)
                if creator is None:
                    return False
                key = creator.key
                repo.delete_creator(creator, session=session)
            self.index.delete([key])
            self._creators_changed()
        return True

    def reconcile(self, progress: Progress | None = None) -> ReconcileReport:
        """Make the index hold exactly the database's creators, at their current content."""
        report = ReconcileReport()
        with self._write_lock:
            index = self.index
            if index.stored_model not in (None, self.settings.embedding_model):
                index.reset()
                report.rebuilt = True
            with session_scope(self.engine) as session:
                wanted = repo.creator_hashes(session=session)
            present = index.hashes()
            stale = [key for key, digest in wanted.items() if present.get(key) != digest]
            extra = [key for key in present if key not in wanted]
            index.delete(extra)
            report.deleted = len(extra)
            for start in range(0, len(stale), BATCH_SIZE):
                chunk = stale[start : start + BATCH_SIZE]
                self._index_profiles(list(self.load_profiles(chunk).values()))
                report.upserted += len(chunk)
                if progress:
                    progress(start + len(chunk), len(stale))
            if stale or extra:
                self._creators_changed()
        return report

    def _reindex_batches(self) -> Iterator[tuple[list[str], list[np.ndarray],
                                                 list[dict[str, Any]]]]:
        with session_scope(self.engine) as session:
            for batch in repo.iter_creators(session=session, batch_size=BATCH_SIZE):
                profiles = [profile_of(creator) for creator in batch]
                session.expunge_all()
                yield self._index_entries(profiles)

    def reindex(self, progress: Progress | None = None) -> int:
        """Rebuild the index from the database into a staging collection, then swap.

        Searches keep using the old collection until the swap. Unchanged texts come from the
        embedding cache, so only new or edited profiles are embedded.
        """
        with self._write_lock:
            try:
                staging = self.index.staging()
            except Exception as error:
                log.warning("Search index unusable (%s); rebuilding into a fresh store",
                            type(error).__name__)
                self._quarantine_index()
                staging = self.index.staging()
            with session_scope(self.engine) as session:
                total = repo.count_creators(session=session)
            done = 0
            # Reading the next batch (database, embedding cache) overlaps with writing this
            # one into Chroma, so the rebuild costs little more than the inserts themselves.
            for keys, vectors, metadatas in read_ahead(self._reindex_batches()):
                staging.upsert(keys, vectors, metadatas)
                done += len(keys)
                if progress:
                    progress(done, total)
            self.index.promote(staging)
            self._creators_changed()
        return done


def _loggable(parsed: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in parsed.items() if key not in {"text", "semantic_text"}}
