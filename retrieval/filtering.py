"""The brief's hard constraints evaluated in memory, over every creator at once.

Chroma's `where` filters run through its SQLite metadata store and cost 0.1–0.5 s per query at
100k creators (bench/RESULTS.md); the same test over a few numpy arrays takes about a
millisecond. When the creators' vectors are known too (from the embedding cache), the nearest
creators among those that pass are found exactly, by one matrix product over that subset;
unfiltered searches stay with Chroma's HNSW index. Everything here is built from the database,
the source of truth, together with the keyword index.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from retrieval.brief_parser import BriefQuery

CreatorMetadata = dict[str, Any]


class MetadataTable:
    """Filterable creator metadata as columns: platform, followers, city, country, rate,
    niches; `allowed` gives the keys meeting a brief's constraints (Chroma `where` semantics
    of `retrieval.engine.build_where`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: np.ndarray = np.asarray([], dtype=object)
        self._columns: dict[str, np.ndarray] = {}
        self._codes: dict[str, dict[str, int]] = {}
        self._niches: dict[str, np.ndarray] = {}
        self._vectors: np.ndarray | None = None
        self._has_vector: np.ndarray = np.zeros(0, dtype=bool)
        self._row_of: dict[str, int] = {}

    def build(self, keys: Sequence[str], metadatas: Sequence[CreatorMetadata],
              vectors: Sequence[np.ndarray | None] | None = None) -> None:
        """Replace the contents.

        Args:
            keys: index keys, one per creator.
            metadatas: as `CreatorProfile.index_metadata()` gives them.
            vectors: each creator's document vector, or None where it is not known.
        """
        codes: dict[str, dict[str, int]] = {}
        columns: dict[str, np.ndarray] = {}
        for name in ("platform", "city", "country"):
            # Categories as small integers: comparing ints is ~20× faster than Python strings.
            table = codes.setdefault(name, {})
            columns[name] = np.asarray(
                [table.setdefault(str(m.get(name) or ""), len(table)) for m in metadatas],
                dtype=np.int32)
        columns["followers"] = np.asarray([int(m["followers"]) for m in metadatas],
                                          dtype=np.int64)
        columns["rate_idr"] = np.asarray([int(m.get("rate_idr", -1)) for m in metadatas],
                                         dtype=np.int64)
        matrix: np.ndarray | None = None
        has_vector = np.zeros(len(keys), dtype=bool)
        known = [v for v in vectors or [] if v is not None]
        if vectors is not None and known:
            # float16 halves the memory (77 MB at 100k × 384); products are taken in float32.
            matrix = np.zeros((len(keys), len(known[0])), dtype=np.float16)
            for row, vector in enumerate(vectors):
                if vector is not None and len(vector) == matrix.shape[1]:
                    matrix[row] = vector
                    has_vector[row] = True
        niches: dict[str, list[int]] = {}
        for row, metadata in enumerate(metadatas):
            for name in metadata:
                if name.startswith("niche_") and metadata[name] is True:
                    niches.setdefault(name.removeprefix("niche_"), []).append(row)
        size = len(keys)
        niche_masks = {}
        for niche, rows in niches.items():
            mask = np.zeros(size, dtype=bool)
            mask[rows] = True
            niche_masks[niche] = mask
        with self._lock:
            self._keys = np.asarray(list(keys), dtype=object)
            self._columns = columns
            self._codes = codes
            self._niches = niche_masks
            self._vectors = matrix
            self._has_vector = has_vector
            self._row_of = {key: row for row, key in enumerate(keys)}

    def __len__(self) -> int:
        return len(self._keys)

    def allowed(self, query: BriefQuery, *, with_niches: bool) -> list[str] | None:
        """Keys meeting every hard constraint of the brief; None when it states none."""
        with self._lock:
            keys = self._keys
        mask = self._mask(query, with_niches=with_niches)
        if mask is None or len(mask) != len(keys):
            return None
        return [str(key) for key in keys[mask]]

    def nearest(self, vector: np.ndarray, query: BriefQuery, *, with_niches: bool,
                limit: int) -> list[tuple[str, float]] | None:
        """Exact nearest creators (key, cosine) among those meeting the brief's constraints.

        Returns None when this cannot answer exactly (no constraints, or a creator that passes
        has no known vector); the caller then asks the vector index.
        """
        with self._lock:
            keys, matrix, has_vector = self._keys, self._vectors, self._has_vector
        mask = self._mask(query, with_niches=with_niches)
        if (mask is None or matrix is None or len(mask) != len(keys)
                or not bool(np.all(has_vector[mask]))):
            return None
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        scores = matrix[rows].astype(np.float32) @ np.asarray(vector, dtype=np.float32)
        top = min(limit, rows.size)
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.argsort(-scores[best])]
        return [(str(keys[rows[i]]), float(scores[i])) for i in best]

    def vectors(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Known vectors for some keys (float32)."""
        with self._lock:
            matrix, has_vector, index = self._vectors, self._has_vector, self._row_of
        if matrix is None:
            return {}
        found = {}
        for key in keys:
            row = index.get(key)
            if row is not None and has_vector[row]:
                found[key] = matrix[row].astype(np.float32)
        return found

    def _mask(self, query: BriefQuery, *, with_niches: bool) -> np.ndarray | None:
        with self._lock:  # one consistent snapshot, even while a rebuild swaps the arrays
            keys, columns, codes, niches = self._keys, self._columns, self._codes, self._niches
        if not columns:
            return None

        def is_in(name: str, values: Sequence[str]) -> np.ndarray:
            table = codes.get(name, {})
            wanted = np.asarray([table[v] for v in values if v in table], dtype=np.int32)
            return np.isin(columns[name], wanted)

        mask = np.ones(len(keys), dtype=bool)
        constrained = False
        if query.platforms:
            mask &= is_in("platform", query.platforms)
            constrained = True
        if query.excluded_platforms:
            mask &= ~is_in("platform", query.excluded_platforms)
            constrained = True
        if query.min_followers is not None:
            mask &= columns["followers"] >= query.min_followers
            constrained = True
        if query.max_followers is not None:
            mask &= columns["followers"] <= query.max_followers
            constrained = True
        if query.cities or query.countries:
            location = np.zeros(len(keys), dtype=bool)
            if query.cities:
                location |= is_in("city", query.cities)
            if query.countries:
                location |= is_in("country", query.countries)
            mask &= location
            constrained = True
        if query.max_rate_idr is not None:
            # Unknown rates are stored as -1 and pass, as in the Chroma filter.
            mask &= columns["rate_idr"] <= query.max_rate_idr
            constrained = True
        if with_niches and query.niches:
            any_niche = np.zeros(len(keys), dtype=bool)
            for niche in query.niches:
                if niche in niches:
                    any_niche |= niches[niche]
            mask &= any_niche
            constrained = True
        return mask if constrained else None
