"""The keyword index and metadata table held in memory, kept in line with the database."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.engine import Engine

from retrieval.community import CommunityVectors, CommunityVectorsBuilder, community_document
from retrieval.embedding import text_hash
from retrieval.filtering import MetadataTable, MetadataTableBuilder
from retrieval.heap import release_freed_memory
from retrieval.keyword import KeywordIndex, KeywordIndexBuilder
from retrieval.profile import CreatorProfile
from storage import repository as repo
from storage import runtime_repository as runtime_repo
from storage.db import session_scope

log = logging.getLogger(__name__)
# How often a search checks whether another bot instance changed creators (cheap query).
SIGNATURE_CHECK_S = 5.0
# From this many creators on, the in-memory indexes are rebuilt in the background (≈ 1 s of
# work at 10k); below, before the search, so a new profile is findable at once.
BACKGROUND_REBUILD_FROM = 5000


class InMemoryIndexes:
    """The keyword index and metadata table the searches read.

    They are rebuilt when this process changed creators (`creators_changed`) or, checked at
    most every SIGNATURE_CHECK_S, another one did. In large bases, rebuilds after the first run
    in the background while searches use the previous build, so a registration never makes
    the next brief wait for a rebuild of the whole base.

    Args:
        on_change: told whenever creators changed, here or in another instance (whatever
            else this process holds of them is stale too).
    """

    def __init__(self, engine: Engine, embedding_model: str, *,
                 on_change: Callable[[], None]) -> None:
        self._engine = engine
        self._embedding_model = embedding_model
        self._on_change = on_change
        self.keyword_index = KeywordIndex()
        # What creators say of who follows them, searched when a brief says who that should be.
        self.community_index = KeywordIndex()
        self.community_vectors = CommunityVectors()
        self.metadata_table = MetadataTable()
        self._stale = True
        self._signature: tuple[int, str] | None = None
        self._signature_checked = 0.0
        self._rebuild_thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def creators_changed(self) -> None:
        """Creators were written: rebuild before (or, in a large base, after) the next search."""
        self._stale = True
        self._on_change()

    def refresh(self) -> None:
        """Called before each search: rebuild if creators changed since the last build."""
        with self._lock:
            now = time.monotonic()
            if not self._stale and now - self._signature_checked < SIGNATURE_CHECK_S:
                return
            self._signature_checked = now
            with session_scope(self._engine) as session:
                signature = repo.creators_signature(session=session)
            if not self._stale and signature == self._signature:
                return
            if signature != self._signature:
                self.creators_changed()  # possibly by another instance
            if self._signature is not None and len(self.metadata_table) >= \
                    BACKGROUND_REBUILD_FROM:
                if self._rebuild_thread is None or not self._rebuild_thread.is_alive():
                    self._rebuild_thread = threading.Thread(
                        target=self._rebuild, name="keyword-rebuild", daemon=True)
                    self._rebuild_thread.start()
                return
            self._rebuild()

    def wait_for_rebuild(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild, if one runs."""
        thread = self._rebuild_thread
        if thread is not None:
            thread.join(timeout)

    def _rebuild(self) -> None:
        try:
            with session_scope(self._engine) as session:
                # Taken first: a change during the build makes the next check rebuild again.
                signature = repo.creators_signature(session=session)
            self._stale = False
            keyword = KeywordIndexBuilder()
            community = KeywordIndexBuilder()
            community_vectors = CommunityVectorsBuilder(expected_rows=signature[0])
            metadata = MetadataTableBuilder(expected_rows=signature[0])
            with session_scope(self._engine) as session:
                # Batch by batch into numpy columns: no list of every creator's text and
                # metadata is ever held (that was the bot's peak memory at 100k creators).
                for batch in repo.iter_profile_rows(session=session, batch_size=2000):
                    profiles = [CreatorProfile.from_row(row) for row in batch]
                    digests = [text_hash(profile.document()) for profile in profiles]
                    community_digests = [
                        text_hash(text) if (text := community_document(profile.community))
                        else None for profile in profiles]
                    cached = runtime_repo.cached_vectors(
                        self._embedding_model,
                        digests + [digest for digest in community_digests if digest],
                        session=session)
                    keys = [profile.key for profile in profiles]
                    keyword.add(keys, [profile.keyword_text() for profile in profiles])
                    community.add(keys, [profile.community or "" for profile in profiles])
                    community_vectors.add(keys, [cached.get(digest) if digest else None
                                                 for digest in community_digests])
                    metadata.add(keys, [profile.index_metadata() for profile in profiles],
                                 [cached.get(digest) for digest in digests])
            self.keyword_index.install(keyword)
            self.community_index.install(community)
            self.community_vectors.install(community_vectors)
            self.metadata_table.install(metadata)
            self._signature = signature
            # The indexes just built live until the next rebuild: left out of the garbage
            # collector's full passes, which would otherwise scan them again and again,
            # every thread stopped (see `JodohService.warm_up`). Replaced ones are freed by
            # reference counting, frozen or not.
            gc.freeze()
            # The builders' batches, concatenated and dropped (and the replaced indexes).
            release_freed_memory()
        except Exception:
            self._stale = True
            log.exception("Rebuilding the keyword index failed; will retry on the next search")
            if self._signature is None:
                raise
