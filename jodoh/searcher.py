"""Briefs matched against creators: the search (logged) and one creator's score."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from sqlalchemy.engine import Engine

from jodoh.index_keeper import IndexKeeper
from jodoh.memory_index import InMemoryIndexes
from jodoh.retrieval_stack import RetrievalStack
from retrieval.brief_parser import BriefQuery
from retrieval.engine import SearchOptions, SearchResult, topic_text
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch, score_candidates
from storage import brand_repository as brand_repo
from storage import repository as repo
from storage.db import retry_on_db_errors, session_scope
from storage.models import Creator


class Searcher:
    """Searches with whatever is usable: while the vector index is rebuilt (or after it failed
    under a search, until it is checked) by keywords alone, with a note saying so.

    Args:
        profile_of: the retrieval view of a stored creator.
    """

    def __init__(self, engine: Engine, stack: RetrievalStack, in_memory: InMemoryIndexes,
                 keeper: IndexKeeper, *,
                 profile_of: Callable[[Creator], CreatorProfile]) -> None:
        self._engine = engine
        self._stack = stack
        self._in_memory = in_memory
        self._keeper = keeper
        self._profile_of = profile_of

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
        self._in_memory.refresh()
        rebuilding = not self._keeper.ready
        if rebuilding:
            options = replace(options or SearchOptions(), dense=False)
        result = self._stack.match_engine.search(
            brief, top=top, offset=offset, options=options, language=language
        )
        if rebuilding:
            result.degraded = "the search index is being rebuilt"
        elif result.degraded:
            self._keeper.recheck_in_background()
        if log_brief:
            with session_scope(self._engine) as session:
                brand_repo.log_brief(
                    result.query.text[:4000], _loggable(result.query.to_dict()),
                    [m.profile.key for m in result.matches], session=session,
                    telegram_id=telegram_id,
                )
        return result

    def prepare(self, queries: Sequence[BriefQuery]) -> None:
        """Embed, together, what the searches for `queries` will embed (a batch of
        briefs); nothing while those searches would go without vectors."""
        self._in_memory.refresh()
        if self._keeper.ready:
            self._stack.match_engine.prepare(queries)

    @retry_on_db_errors
    def match_for(self, query: BriefQuery, ref: str) -> ScoredMatch | None:
        """One creator scored against a brief (for "why this creator?"), or None if gone."""
        with session_scope(self._engine) as session:
            creator = repo.get_creator_by_ref(ref, session=session)
            if creator is None:
                return None
            profile = self._profile_of(creator)
        semantic: dict[str, float] = {}
        if self._keeper.ready:
            try:
                stored = self._stack.index.vectors([profile.key])
            except Exception:
                stored = {}
            if profile.key in stored:
                vector = np.asarray(self._stack.embeddings.embed_query(topic_text(query)),
                                    dtype=np.float32)
                semantic[profile.key] = float(np.dot(stored[profile.key], vector))
        return score_candidates(query, [profile], semantic, {})[0]


def _loggable(parsed: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in parsed.items() if key not in {"text", "semantic_text"}}
