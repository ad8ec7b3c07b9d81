"""The Chroma index of creators: a thin I/O class with an injectable client.

The index is derived data. Each entry carries the creator's content hash, so the index can be
compared with the database and repaired (`CreatorIndex.hashes`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import numpy as np
from langchain_core.embeddings import Embeddings

import retrieval  # noqa: F401  (sets the offline / no-telemetry environment first)
from retrieval import store_generations as generations

# Chroma tries to rebuild a stored embedding function from its config when a collection is
# opened; ours is always passed explicitly, so that attempt's warning is noise.
warnings.filterwarnings("ignore", message="Could not reconstruct embedding function")

log = logging.getLogger(__name__)
CreatorMetadata = dict[str, str | int | float | bool]
# How many candidates an HNSW search explores (Chroma's default: 100, or as many as asked).
# Searches ask for 120 (`engine.DENSE_CANDIDATES`): at the default, a search of a 249-creator
# store missed one of the true 120 nearest in 5 of 9 fresh processes (a small store's graph
# is rebuilt at each open), at 240 in none; at 10k creators recall of the nearest ten rose
# from 0.963 to 0.998 at no measurable cost, at 100k +0.6 ms (bench/RESULTS.md).
SEARCH_EF = 240


def _chroma() -> Any:
    import chromadb

    return chromadb


class JodohEmbeddingFunction:
    """Chroma embedding function backed by our embedder, so Chroma never loads its default."""

    def __init__(self, embeddings: Embeddings, model_name: str) -> None:
        self._embeddings = embeddings
        self._model_name = model_name

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:
        return [np.asarray(v, dtype=np.float32) for v in self._embeddings.embed_documents(
            list(input))]

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]:
        return [np.asarray(self._embeddings.embed_query(text), dtype=np.float32) for text in input]

    @staticmethod
    def name() -> str:
        return "jodoh"

    def get_config(self) -> dict[str, Any]:
        return {"model": self._model_name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> JodohEmbeddingFunction:
        raise RuntimeError("Jodoh always passes its own embedding function to Chroma")

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]


def _configured_search_ef(collection: Any) -> int:
    """How many candidates the collection's HNSW search explores (0 if it does not say)."""
    configuration = getattr(collection, "configuration_json", None) or {}
    hnsw = configuration.get("hnsw") or {}
    value = hnsw.get("ef_search")
    return int(value) if isinstance(value, int) else 0


def make_chroma_client(
    *, path: Path | None = None, host: str | None = None, port: int = 8000
) -> Any:
    """An embedded `PersistentClient` (default) or an `HttpClient`, telemetry off."""
    chromadb = _chroma()
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if host:
        return chromadb.HttpClient(host=host, port=port, settings=settings)
    if path is None:
        raise ValueError("an embedded Chroma store needs a path")
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def quarantine_chroma_dir(path: Path) -> Path | None:
    """Move a broken embedded store aside (kept for inspection) so a fresh one can be built.

    Chroma caches one open system per path in the process; it is dropped first, otherwise the
    next client would keep using the broken files.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    if not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    path.rename(target)
    return target


@dataclass(slots=True)
class _Store:
    """One open collection, and how many calls are using it right now."""

    client: Any
    collection: Any
    path: Path | None = None
    users: int = 0
    building: generations.Generation | None = None


class CreatorIndex:
    """Creator vectors plus filterable metadata in one Chroma collection.

    Args:
        client: a Chroma client (embedded or HTTP).
        name: collection name (≥ 3 characters).
        embeddings: our embedder; always attached to the collection.
        model_name: recorded in the collection metadata; a different model means a rebuild.

    `CreatorIndex.embedded` opens an embedded store that is rebuilt into a directory of its
    own (`retrieval.store_generations`); over any other client a rebuild goes into a sibling
    collection that is renamed over the live one.
    """

    def __init__(self, client: Any, name: str, embeddings: Embeddings, model_name: str) -> None:
        self._name = name
        self.model_name = model_name
        self._function = JodohEmbeddingFunction(embeddings, model_name)
        self._root: Path | None = None
        self._changing = threading.Condition()
        self._store = _Store(client, self._open(client))

    @classmethod
    def embedded(cls, root: Path, name: str, embeddings: Embeddings,
                 model_name: str) -> CreatorIndex:
        """The index in the embedded store under `root` (left-over rebuilds are removed)."""
        live = generations.live_store(root)
        generations.remove_stale(root, live)
        index = cls(make_chroma_client(path=live), name, embeddings, model_name)
        index._root = root
        index._store.path = live
        return index

    def _open(self, client: Any, *, built_at: str | None = None) -> Any:
        metadata: dict[str, str] = {"hnsw:space": "cosine", "embedding_model": self.model_name}
        if built_at:
            metadata["built_at"] = built_at
        collection = client.get_or_create_collection(
            name=self._name, embedding_function=self._function, metadata=metadata,
            configuration={"hnsw": {"ef_search": SEARCH_EF}},
        )
        if _configured_search_ef(collection) >= SEARCH_EF:
            return collection
        # A store made before this setting gets it in place (no rebuild needed).
        try:
            collection.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})
        except ValueError:
            pass  # applied; Chroma then fails to rebuild our embedding function from its name
        except Exception as error:
            # A wider search is better answers, not a working index: never a reason to fail.
            log.warning("Could not widen the vector search (%s); searching at Chroma's "
                        "default breadth", type(error).__name__)
            return collection
        return client.get_collection(name=self._name, embedding_function=self._function)

    @contextmanager
    def _using(self) -> Iterator[Any]:
        """The live collection, held so a swap waits for this call before closing it."""
        with self._changing:
            store = self._store
            store.users += 1
        try:
            yield store.collection
        finally:
            with self._changing:
                store.users -= 1
                self._changing.notify_all()

    def staging(self) -> CreatorIndex:
        """An empty index to rebuild into while this one keeps answering."""
        built_at = datetime.now(UTC).isoformat(timespec="seconds")
        sibling = CreatorIndex.__new__(CreatorIndex)
        sibling._name = self._name
        sibling.model_name = self.model_name
        sibling._function = self._function
        sibling._root = self._root
        sibling._changing = threading.Condition()
        if self._root is not None:
            generations.remove_stale(self._root, self._store.path or self._root)
            building = generations.Generation(self._root)
            client = make_chroma_client(path=building.path)
            sibling._store = _Store(client, sibling._open(client, built_at=built_at),
                                    building.path, building=building)
            return sibling
        sibling._name = f"{self._name}_staging"
        client = self._store.client
        with contextlib.suppress(Exception):
            client.delete_collection(sibling._name)
        sibling._store = _Store(client, sibling._open(client, built_at=built_at))
        return sibling

    def discard(self) -> None:
        """Drop a staging index that will not be promoted (a rebuild that failed)."""
        store = self._store
        if store.building is not None and self._root is not None:
            store.client.close()
            store.building.done()
            generations.remove_stale(self._root, generations.live_store(self._root))
        else:
            with contextlib.suppress(Exception):
                store.client.delete_collection(self._name)

    def promote(self, staging: CreatorIndex) -> None:
        """Make a fully built staging index the live one; calls already reading the old
        collection finish on it, then it is dropped."""
        new = staging._store
        if new.building is not None and self._root is not None:
            generations.publish(self._root, new.building.path)
            new.building.done()
            old = self._swap(new)
            with self._changing:
                self._changing.wait_for(lambda: old.users == 0)
            old.client.close()
            generations.remove_stale(self._root, new.building.path)
            return
        client = self._store.client
        with contextlib.suppress(Exception):
            client.delete_collection(self._name)
        new.collection.modify(name=self._name)
        self._swap(_Store(client, self._open(client)))

    def _swap(self, store: _Store) -> _Store:
        with self._changing:
            old, self._store = self._store, store
        return old

    @property
    def built_at(self) -> str | None:
        """When the collection was last rebuilt by `reindex` (None if never)."""
        with self._using() as collection:
            value = (collection.metadata or {}).get("built_at")
        return str(value) if value is not None else None

    @property
    def stored_model(self) -> str | None:
        """The model whose vectors the collection holds."""
        with self._using() as collection:
            metadata = collection.metadata or {}
        value = metadata.get("embedding_model")
        return str(value) if value is not None else None

    @property
    def search_ef(self) -> int:
        """How many candidates the collection's HNSW search explores."""
        with self._using() as collection:
            return _configured_search_ef(collection)

    def reset(self) -> None:
        """Drop every vector (used before a full rebuild or after a model change)."""
        client = self._store.client
        with contextlib.suppress(Exception):
            client.delete_collection(self._name)
        self._swap(_Store(client, self._open(client), self._store.path))

    def count(self) -> int:
        """How many creators the index holds."""
        with self._using() as collection:
            return int(collection.count())

    def probe(self) -> None:
        """Read one stored vector and search with it; raises if the store is unusable."""
        with self._using() as collection:
            sample = collection.get(limit=1, include=["embeddings"])
            embeddings = sample["embeddings"]
            if sample["ids"] and embeddings is not None:
                collection.query(query_embeddings=[np.asarray(embeddings[0], np.float32)],
                                 n_results=1, include=["distances"])

    def upsert(
        self, ids: Sequence[str], vectors: Sequence[Sequence[float]] | Sequence[np.ndarray],
        metadatas: Sequence[CreatorMetadata],
    ) -> None:
        """Insert or replace entries by id."""
        if ids:
            with self._using() as collection:
                collection.upsert(ids=list(ids), embeddings=np.asarray(vectors, dtype=np.float32),
                                  metadatas=list(metadatas))

    def delete(self, ids: Sequence[str]) -> None:
        """Remove entries by id."""
        if ids:
            with self._using() as collection:
                collection.delete(ids=list(ids))

    def hashes(self) -> dict[str, str]:
        """Every entry's id → content hash it was built from."""
        found: dict[str, str] = {}
        offset, page = 0, 5000
        with self._using() as collection:
            while True:
                batch = collection.get(include=["metadatas"], limit=page, offset=offset)
                ids = batch["ids"]
                for entry_id, metadata in zip(ids, batch["metadatas"] or [], strict=False):
                    found[entry_id] = str((metadata or {}).get("content_hash", ""))
                if len(ids) < page:
                    return found
                offset += page

    def query(
        self,
        vector: Sequence[float] | np.ndarray,
        *,
        limit: int,
        where: dict[str, Any] | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[tuple[str, float]]:
        """Nearest entries as (id, cosine similarity), best first.

        Args:
            vector: the query vector.
            limit: at most this many results.
            where: a Chroma metadata filter.
            ids: search only among these entries (every id must be in the index).
        """
        # No count() first: it costs ~10 ms at 100k, and an empty collection answers [].
        if limit <= 0 or (ids is not None and not ids):
            return []
        with self._using() as collection:
            result = collection.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=limit,
                where=where or None,
                ids=list(ids) if ids is not None else None,
                include=["distances"],
            )
        ids = result["ids"][0]
        distances = cast(list[list[float]], result["distances"])[0]
        return [(entry_id, 1.0 - float(d)) for entry_id, d in zip(ids, distances, strict=True)]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors for some ids (missing ids are left out)."""
        if not ids:
            return {}
        with self._using() as collection:
            batch = collection.get(ids=list(ids), include=["embeddings"])
        embeddings = batch["embeddings"]
        if embeddings is None:
            return {}
        return {
            entry_id: np.asarray(vector, dtype=np.float32)
            for entry_id, vector in zip(batch["ids"], embeddings, strict=True)
        }
