"""The service facade: one object that wires storage and retrieval for the CLI and the bot.

It composes one part per lifecycle: the model, vector index and match engine, built on first
use (`retrieval_stack`); the in-memory keyword index and metadata table (`memory_index`); the
profile cache (`profile_cache`); the vector index's upkeep (`index_keeper`); the writes
(`creator_writes`); the searches (`searcher`). Consistency rule: the database is written (and
committed) first, the index second.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from langchain_core.embeddings import Embeddings
from threadpoolctl import threadpool_limits

from jodoh.creator_writes import CreatorWriter, ImportReport
from jodoh.index_keeper import CLOSE_TIMEOUT_S, IndexKeeper, Progress, ReconcileReport
from jodoh.memory_index import InMemoryIndexes
from jodoh.profile_cache import ProfileCache
from jodoh.retrieval_stack import RetrievalStack
from jodoh.searcher import Searcher
from jodoh.settings import Settings
from retrieval.brief_parser import BriefQuery
from retrieval.embedding import CachedEmbeddings
from retrieval.engine import MatchEngine, SearchOptions, SearchResult
from retrieval.index import CreatorIndex
from retrieval.places import is_known_city
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch
from storage import brand_repository as brand_repo
from storage import repository as repo
from storage.db import make_engine, retry_on_db_errors, session_scope
from storage.models import Creator
from storage.records import CreatorRecord, RowError

log = logging.getLogger(__name__)


def profile_of(creator: Creator) -> CreatorProfile:
    """The retrieval view of a stored creator."""
    assert creator.id is not None
    return CreatorProfile.from_fields(creator, creator_id=creator.id,
                                      content_hash=creator.content_hash, ref=creator.ref)


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
        self.engine = make_engine(settings.resolved_database_url)
        # The writer gets `profile_of` passed in because it is defined here, above it. Every
        # change of creators is told to the in-memory indexes, which also notice other
        # instances' changes, and they empty the profile cache in both cases.
        self.profile_cache = ProfileCache(self.engine)
        self.in_memory = InMemoryIndexes(self.engine, settings.embedding_model,
                                         on_change=self.profile_cache.forget)
        self.retrieval = RetrievalStack(
            settings, self.engine, embeddings=embeddings,
            on_model_build=on_model_build or (lambda message: log.info("model: %s", message)),
            keyword_index=self.in_memory.keyword_index,
            metadata_table=self.in_memory.metadata_table, load_profiles=self.profile_cache.load,
            community_index=self.in_memory.community_index,
            community_vectors=self.in_memory.community_vectors,
        )
        self.index_keeper = IndexKeeper(settings, self.engine, self.retrieval,
                                        load_profiles=self.profile_cache.load,
                                        on_change=self.in_memory.creators_changed)
        self.writer = CreatorWriter(self.engine, self.retrieval, self.index_keeper,
                                    profile_of=profile_of,
                                    on_change=self.in_memory.creators_changed)
        self.searcher = Searcher(self.engine, self.retrieval, self.in_memory, self.index_keeper,
                                 profile_of=profile_of)

    @property
    def embeddings(self) -> CachedEmbeddings:
        return self.retrieval.embeddings

    @property
    def index(self) -> CreatorIndex:
        return self.retrieval.index

    @property
    def match_engine(self) -> MatchEngine:
        return self.retrieval.match_engine

    def close(self) -> None:
        """Stop background work on the index (see `IndexKeeper.close`), then release the
        database connections."""
        self.index_keeper.close()
        self.in_memory.wait_for_rebuild(CLOSE_TIMEOUT_S)
        self.engine.dispose()

    # --- the index's health -----------------------------------------------------------------

    @property
    def index_ready(self) -> bool:
        """False while a broken or missing index is being rebuilt from the database."""
        return self.index_keeper.ready

    def check_index(self, *, background: bool = False) -> str:
        """Start-up check and repair of the index; see `IndexKeeper.check`."""
        return self.index_keeper.check(background=background)

    def warm_up(self) -> None:
        """Load what the first search needs (the model, the in-memory indexes) with a search
        of its own, then leave what is loaded out of the garbage collector's full passes.

        Those passes scan every tracked object: ≈ 600k once the model and the indexes are
        in, 0.3–0.4 s with every thread stopped, which in the bot landed in the middle of
        answers under load (bench/RESULTS.md). The model lives until the process ends; the
        indexes until their next rebuild, which freezes its own (`InMemoryIndexes`).
        """
        self.search("warm up", top=1, log_brief=False)
        gc.freeze()

    def settle(self, timeout: float | None = None) -> None:
        """Wait for background work (index repair, in-memory index rebuild): benchmarks."""
        self.in_memory.refresh()
        self.in_memory.wait_for_rebuild(timeout)
        self.wait_for_index(timeout)

    def wait_for_index(self, timeout: float | None = None) -> bool:
        """Block until a background rebuild is done (tests, CLI)."""
        return self.index_keeper.wait_until_ready(timeout)

    # --- reading ----------------------------------------------------------------------------

    def load_profiles(self, keys: Iterable[str]) -> dict[str, CreatorProfile]:
        """Profiles by index key, from a small in-memory cache or the database."""
        return self.profile_cache.load(keys)

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
        return self.searcher.search(brief, top=top, offset=offset, options=options,
                                    telegram_id=telegram_id, language=language,
                                    log_brief=log_brief)

    def prepare_searches(self, queries: Sequence[BriefQuery]) -> None:
        """Embed what the searches for a batch of briefs need, in one model call."""
        self.searcher.prepare(queries)

    def match_for(self, query: BriefQuery, ref: str) -> ScoredMatch | None:
        """One creator scored against a brief (for "why this creator?"), or None if gone."""
        return self.searcher.match_for(query, ref)

    @retry_on_db_errors
    def creators_named(self, handle: str) -> list[CreatorProfile]:
        """Every creator with this handle (one per platform; "@" and case do not matter)."""
        wanted = handle.strip().removeprefix("@").lower()
        with session_scope(self.engine) as session:
            return [profile_of(c) for c in repo.creators_by_handle(wanted, session=session)]

    @retry_on_db_errors
    def verifiable_creators(self, platform: str) -> list[tuple[int, str, str]]:
        """(id, handle, account id) of every creator a platform's API can verify: the
        account id is a YouTube channel id, or else the handle."""
        with session_scope(self.engine) as session:
            return [(c.id or 0, c.handle, c.youtube_channel_id or c.handle)
                    for c in repo.verifiable_creators(platform, session=session)]

    @retry_on_db_errors
    def creator_fields(self, creator_id: int) -> dict[str, Any]:
        """One stored creator's contract fields (contact included: never shown from here)."""
        with session_scope(self.engine) as session:
            creator = repo.get_creator(creator_id, session=session)
            return creator.model_dump() if creator is not None else {}

    def store_verified(self, updates: Sequence[tuple[int, CreatorRecord]], *,
                       at: datetime) -> int:
        """Store counts fetched from a platform as verified (see `jodoh.refresh`)."""
        return self.writer.store_verified(updates, at=at)

    @retry_on_db_errors
    def creator_by_ref(self, ref: str) -> CreatorProfile | None:
        """One creator by the public reference a button carries."""
        with session_scope(self.engine) as session:
            creator = repo.get_creator_by_ref(ref, session=session)
            return profile_of(creator) if creator is not None else None

    @retry_on_db_errors
    def count_creators(self) -> int:
        """Creators in the database (cheap; `stats` also compares the whole index)."""
        with session_scope(self.engine) as session:
            return repo.count_creators(session=session)

    @retry_on_db_errors
    def stats(self) -> dict[str, Any]:
        """Counts for `jodoh stats` and the admin `/stats`."""
        with session_scope(self.engine) as session:
            creators = repo.count_creators(session=session)
            breakdown = repo.creator_breakdown(session=session)
            today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
            searches_today = brand_repo.count_briefs_since(today, session=session)
        indexed, stale = self.index_keeper.coverage()
        return {
            "creators": creators,
            "indexed": indexed,
            "stale": stale,
            "by_platform": dict(breakdown["platform"].most_common()),
            "by_niche": dict(breakdown["niche"].most_common()),
            "by_city": dict(breakdown["city"].most_common(15)),
            # Cities the place vocabulary does not know: typos or places to add to it.
            "unknown_cities": sorted(city for city in breakdown["city"]
                                     if city != repo.NO_CITY and not is_known_city(city)),
            "searches_today": searches_today,
            "embedding_model": self.settings.embedding_model,
            "last_reindex": self.index.built_at,
        }

    # --- writing ----------------------------------------------------------------------------

    def import_records(self, records: Sequence[CreatorRecord], *,
                       rejected: Sequence[RowError] = (),
                       progress: Progress | None = None) -> ImportReport:
        """Upsert validated records batch by batch: commit to the database, then index."""
        return self.writer.import_records(records, rejected=rejected, progress=progress)

    def save_creator(self, record: CreatorRecord, *, owner_telegram_id: int | None = None,
                     take_over_imported: bool = False) -> Creator:
        """Create or update one profile and index it at once; see `CreatorWriter`."""
        return self.writer.save_creator(record, owner_telegram_id=owner_telegram_id,
                                        take_over_imported=take_over_imported)

    def delete_creator(self, creator_id: int) -> bool:
        """Remove a creator from the database, then from the index."""
        return self.writer.delete_creator(creator_id)

    def reconcile(self, progress: Progress | None = None) -> ReconcileReport:
        """Make the index hold exactly the database's creators, at their current content."""
        return self.index_keeper.reconcile(progress)

    def reindex(self, progress: Progress | None = None) -> int:
        """Rebuild the index from the database into a staging store, then swap it in."""
        return self.index_keeper.reindex(progress)

