"""The brief's hard constraints evaluated in memory, over every creator at once.

Chroma's `where` filters run through its SQLite metadata store and cost 0.1–0.5 s per query at
100k creators (bench/RESULTS.md); the same test over a few numpy arrays takes about a
millisecond. When the creators' vectors are known too (from the embedding cache), the nearest
creators among those that pass are found by one matrix product over that subset, with the
vectors held as int8 with a scale per row (38 MB at 100k × 384; cosine error ≤ 0.002, and 20k
rows take 4 ms where float16 took 20, numpy having no fast float16 path);
unfiltered searches stay with Chroma's HNSW index. Everything here is built from the database,
the source of truth, together with the keyword index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from retrieval.brief_parser import BriefQuery
from retrieval.quantization import QuantizedRowsBuilder, row_cosines

CreatorMetadata = dict[str, Any]
# Rows per product in `nearest`: small enough that the float32 copy stays in the CPU cache.
NEAREST_CHUNK = 2048


@dataclass(frozen=True, slots=True)
class _Built:
    """Everything one build produced; swapped in as a whole, so a search never mixes builds."""

    keys: np.ndarray
    columns: dict[str, np.ndarray]
    codes: dict[str, dict[str, int]]
    niches: dict[str, np.ndarray]
    vectors: np.ndarray | None  # int8, one row per creator
    scales: np.ndarray  # float32: row × scale ≈ the creator's vector
    has_vector: np.ndarray
    row_of: dict[str, int]


_EMPTY = _Built(np.asarray([], dtype=object), {}, {}, {}, None, np.zeros(0, dtype=np.float32),
                np.zeros(0, dtype=bool), {})


class MetadataTableBuilder:
    """Collects creators batch by batch into numpy columns (no per-creator Python objects
    are kept, which at 100k creators set the bot's peak memory).

    Args:
        expected_rows: how many creators will come, if known: the vector matrix is then
            allocated once instead of concatenated from batches at the end.
    """

    def __init__(self, expected_rows: int = 0) -> None:
        self._keys: list[str] = []
        self._codes: dict[str, dict[str, int]] = {"platform": {}, "city": {}, "country": {}}
        self._columns: dict[str, list[np.ndarray]] = {
            name: [] for name in ("platform", "city", "country", "followers", "rate_idr")}
        self._niche_rows: dict[str, list[int]] = {}
        self._vectors = QuantizedRowsBuilder(expected_rows)

    def add(self, keys: Sequence[str], metadatas: Sequence[CreatorMetadata],
            vectors: Sequence[np.ndarray | None] | None = None) -> None:
        """Add one batch.

        Args:
            keys: index keys, one per creator.
            metadatas: as `CreatorProfile.index_metadata()` gives them.
            vectors: each creator's document vector, or None where it is not known.
        """
        first = len(self._keys)
        for name in ("platform", "city", "country"):
            # Categories as small integers: comparing ints is ~20× faster than Python strings.
            table = self._codes[name]
            self._columns[name].append(np.asarray(
                [table.setdefault(str(m.get(name) or ""), len(table)) for m in metadatas],
                dtype=np.int32))
        self._columns["followers"].append(
            np.asarray([int(m["followers"]) for m in metadatas], dtype=np.int64))
        self._columns["rate_idr"].append(
            np.asarray([int(m.get("rate_idr", -1)) for m in metadatas], dtype=np.int64))
        for offset, metadata in enumerate(metadatas):
            for name in metadata:
                if name.startswith("niche_") and metadata[name] is True:
                    self._niche_rows.setdefault(name.removeprefix("niche_"), []).append(
                        first + offset)
        self._keys.extend(keys)
        self._vectors.add(vectors or [None] * len(keys))

    def finish(self) -> _Built:
        """The build of every creator added."""
        count = len(self._keys)
        columns = {name: np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
                   for name, parts in self._columns.items()}
        niches = {}
        for niche, rows in self._niche_rows.items():
            mask = np.zeros(count, dtype=bool)
            mask[rows] = True
            niches[niche] = mask
        matrix, scales, has_vector = self._vectors.finish()
        return _Built(keys=np.asarray(self._keys, dtype=object), columns=columns,
                      codes=self._codes, niches=niches, vectors=matrix, scales=scales,
                      has_vector=has_vector,
                      row_of={key: row for row, key in enumerate(self._keys)})


class MetadataTable:
    """Filterable creator metadata as columns: platform, followers, city, country, rate,
    niches; `allowed` gives the keys meeting a brief's constraints (Chroma `where` semantics
    of `retrieval.engine.build_where`)."""

    def __init__(self) -> None:
        self._built = _EMPTY

    def build(self, keys: Sequence[str], metadatas: Sequence[CreatorMetadata],
              vectors: Sequence[np.ndarray | None] | None = None) -> None:
        """Replace the contents (see `MetadataTableBuilder.add` for the arguments)."""
        builder = MetadataTableBuilder(len(keys))
        builder.add(keys, metadatas, vectors)
        self.install(builder)

    def install(self, builder: MetadataTableBuilder) -> None:
        """Replace the contents with what `builder` collected."""
        self._built = builder.finish()

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
        scores = np.empty(rows.size, dtype=np.float32)
        for start in range(0, rows.size, NEAREST_CHUNK):
            chunk = rows[start : start + NEAREST_CHUNK]
            scores[start : start + NEAREST_CHUNK] = row_cosines(built.vectors, built.scales,
                                                                chunk, vector)
        top = min(limit, rows.size)
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.argsort(-scores[best])]
        return [(str(built.keys[rows[i]]), float(scores[i])) for i in best]

    def vectors(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Known vectors for some keys (float32)."""
        built = self._built
        if built.vectors is None:
            return {}
        known = [(key, row) for key in keys
                 if (row := built.row_of.get(key)) is not None and built.has_vector[row]]
        if not known:
            return {}
        rows = np.fromiter((row for _, row in known), dtype=np.int64, count=len(known))
        # One gather and one product for all of them, not one small product per creator.
        matrix = built.vectors[rows].astype(np.float32) * built.scales[rows][:, None]
        return {key: matrix[i] for i, (key, _) in enumerate(known)}


def _mask(built: _Built, query: BriefQuery, *, with_niches: bool) -> np.ndarray | None:
    """Which rows of one build meet the brief's constraints; None when it states none."""
    keys, columns, codes, niches = built.keys, built.columns, built.codes, built.niches
    if not columns:
        return None

    def is_in(name: str, values: Sequence[str]) -> np.ndarray:
        table = codes.get(name, {})
        column = columns[name]
        found = np.zeros(len(column), dtype=bool)
        # A brief names a few values: one comparison each beats np.isin's sort of the
        # whole column (≈ 0.8 ms at 100k creators).
        for value in {table[v] for v in values if v in table}:
            found |= column == value
        return found

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
