"""The embedding model, the vector index and the match engine, each built on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from sqlalchemy.engine import Engine

from jodoh.settings import Settings
from retrieval.community import CommunityVectors, community_document
from retrieval.embedding import CachedEmbeddings, load_embeddings
from retrieval.engine import MatchEngine
from retrieval.filtering import MetadataTable
from retrieval.index import CreatorIndex, make_chroma_client
from retrieval.keyword import KeywordIndex
from retrieval.profile import CreatorProfile
from storage import runtime_repository as runtime_repo
from storage.db import session_scope


class DatabaseVectorCache:
    """The embedding cache, stored in the database beside the creators."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get_many(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        with session_scope(self._engine) as session:
            return runtime_repo.cached_vectors(model, hashes, session=session)

    def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with session_scope(self._engine) as session:
            runtime_repo.store_vectors(model, vectors, session=session)


class RetrievalStack:
    """The heavy parts of retrieval, built when first asked for: only a process that embeds or
    opens the store pays for loading them, and a broken store can be dropped (`drop_index`)
    and opened afresh."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        embeddings: Embeddings | None,
        on_model_build: Callable[[str], None],
        keyword_index: KeywordIndex,
        metadata_table: MetadataTable,
        load_profiles: Callable[[Iterable[str]], dict[str, CreatorProfile]],
        community_index: KeywordIndex | None = None,
        community_vectors: CommunityVectors | None = None,
    ) -> None:
        self._settings = settings
        self._engine = engine
        self._raw_embeddings = embeddings
        self._on_model_build = on_model_build
        self._keyword_index = keyword_index
        self._community_index = community_index
        self._community_vectors = community_vectors
        self._metadata_table = metadata_table
        self._load_profiles = load_profiles
        self._embeddings: CachedEmbeddings | None = None
        self._index: CreatorIndex | None = None
        self._match_engine: MatchEngine | None = None

    @property
    def embeddings(self) -> CachedEmbeddings:
        if self._embeddings is None:
            inner = self._raw_embeddings or load_embeddings(
                self._settings.embedding_model, models_dir=self._settings.resolved_models_dir,
                progress=self._on_model_build, backend=self._settings.embedding_backend,
                bf16=self._settings.embedding_bf16,
            )
            self._embeddings = CachedEmbeddings(
                inner, model_name=self._settings.embedding_model,
                cache=DatabaseVectorCache(self._engine),
            )
        return self._embeddings

    @property
    def index(self) -> CreatorIndex:
        if self._index is None:
            settings = self._settings
            if settings.chroma_host:
                self._index = CreatorIndex(
                    make_chroma_client(host=settings.chroma_host, port=settings.chroma_port),
                    settings.chroma_collection, self.embeddings, settings.embedding_model)
            else:
                self._index = CreatorIndex.embedded(
                    settings.resolved_chroma_path, settings.chroma_collection, self.embeddings,
                    settings.embedding_model)
        return self._index

    @property
    def match_engine(self) -> MatchEngine:
        if self._match_engine is None:
            self._match_engine = MatchEngine(
                embeddings=self.embeddings, index=self.index, keyword_index=self._keyword_index,
                load_profiles=self._load_profiles, metadata_table=self._metadata_table,
                community_index=self._community_index,
                community_vectors=self._community_vectors,
            )
        return self._match_engine

    def drop_index(self) -> None:
        """Forget the open index (and the engine searching it): the next use opens it anew."""
        self._index = None
        self._match_engine = None

    def index_entries(self, profiles: Sequence[CreatorProfile]
                      ) -> tuple[list[str], list[np.ndarray], list[dict[str, Any]]]:
        """Keys, vectors (cached or embedded) and metadata of profiles, as the index holds
        them. The community texts are embedded in the same call, into the cache only: the
        searches read them from memory (`retrieval.community`), not from the index."""
        documents = [p.document() for p in profiles]
        community_texts = [text for p in profiles if (text := community_document(p.community))]
        vectors = self.embeddings.embed_document_arrays(documents + community_texts)
        return ([p.key for p in profiles], vectors[: len(documents)],
                [p.index_metadata() for p in profiles])

    def index_profiles(self, profiles: Sequence[CreatorProfile]) -> None:
        """Write profiles into the index (embedding only texts the cache has not seen)."""
        if profiles:
            self.index.upsert(*self.index_entries(profiles))
