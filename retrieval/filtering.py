"""The brief's hard constraints evaluated in memory, over every creator at once.

Chroma's `where` filters run through its SQLite metadata store and cost 0.1–0.5 s per query at
100k creators (bench/RESULTS.md); the same test over a few numpy arrays takes about a
millisecond. When the creators' vectors are known too (from the embedding cache), the nearest
creators among those that pass are found exactly, by one matrix product over that subset;
unfiltered searches stay with Chroma's HNSW index. Everything here is built from the database,
the source of truth, together with the keyword index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from retrieval.brief_parser import BriefQuery

CreatorMetadata = dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Built:
    """Everything one build produced; swapped in as a whole, so a search never mixes builds."""

    keys: np.ndarray
    columns: dict[str, np.ndarray]
    codes: dict[str, dict[str, int]]
    niches: dict[str, np.ndarray]
    vectors: np.ndarray | None
    has_vector: np.ndarray
    row_of: dict[str, int]


_EMPTY = _Built(np.asarray([], dtype=object), {}, {}, {}, None, np.zeros(0, dtype=bool), {})


class MetadataTable:
    """Filterable creator metadata as columns: platform, followers, city, country, rate,
    niches; `allowed` gives the keys meeting a brief's constraints (Chroma `where` semantics
    of `retrieval.engine.build_where`)."""

    def __init__(self) -> None:
        self._built = _EMPTY

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
        niche_masks = {}
        for niche, rows in niches.items():
            mask = np.zeros(len(keys), dtype=bool)
            mask[rows] = True
            niche_masks[niche] = mask
        self._built = _Built(
            keys=np.asarray(list(keys), dtype=object), columns=columns, codes=codes,
            niches=niche_masks, vectors=matrix, has_vector=has_vector,
            row_of={key: row for row, key in enumerate(keys)})

    def __len__(self) -> int:
        return len(self._built.keys)

    def allowed(self, query: BriefQuery, *, with_niches: bool) -> list[str] | None:
        """Keys meeting every hard constraint of the brief; None when it states none."""
        built = self._built
        mask = _mask(built, query, with_niches=with_niches)
        if mask is None:
            return None
        return [str(key) for key in built.keys[mask]]

    def nearest(self, vector: np.ndarray, query: BriefQuery, *, with_niches: bool,
                limit: int) -> list[tuple[str, float]] | None:
        """Exact nearest creators (key, cosine) among those meeting the brief's constraints.

        Returns None when this cannot answer exactly (no constraints, or a creator that passes
        has no known vector); the caller then asks the vector index.
        """
        built = self._built
        mask = _mask(built, query, with_niches=with_niches)
        if mask is None or built.vectors is None or not bool(np.all(built.has_vector[mask])):
            return None
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        scores = built.vectors[rows].astype(np.float32) @ np.asarray(vector, dtype=np.float32)
        top = min(limit, rows.size)
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.argsort(-scores[best])]
        return [(str(built.keys[rows[i]]), float(scores[i])) for i in best]

    def vectors(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Known vectors for some keys (float32)."""
        built = self._built
        if built.vectors is None:
            return {}
        found = {}
        for key in keys:
            row = built.row_of.get(key)
            if row is not None and built.has_vector[row]:
                found[key] = built.vectors[row].astype(np.float32)
        return found


def _mask(built: _Built, query: BriefQuery, *, with_niches: bool) -> np.ndarray | None:
    """Which rows of one build meet the brief's constraints; None when it states none."""
    keys, columns, codes, niches = built.keys, built.columns, built.codes, built.niches
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
