"""Who follows each creator, by meaning: the vectors of the creators' community texts.

A brief that says who the creator's followers should be (a phrase such as "pengikutnya
pekerja shift malam") is matched against what each creator says of their community ("perawat
dan satpam …"). Words alone (BM25 over the same texts) miss a community told in other words,
and the whole-profile vector mixes it with everything else the creator posts. The vectors are
computed with the documents (`community_document`), kept in the embedding cache, and held here
as int8 rows with a scale each, as `retrieval.filtering` holds the document vectors.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from retrieval.quantization import QuantizedRowsBuilder, row_cosines


def community_document(community: str | None) -> str | None:
    """The text embedded for a creator's community, or None when they describe none."""
    text = (community or "").strip()
    return text or None


class CommunityVectorsBuilder:
    """Collects creators' community vectors batch by batch.

    Args:
        expected_rows: how many creators will come, if known (`QuantizedRowsBuilder`).
    """

    def __init__(self, expected_rows: int = 0) -> None:
        self._keys: list[str] = []
        self._rows = QuantizedRowsBuilder(expected_rows)

    def add(self, keys: Sequence[str], vectors: Sequence[np.ndarray | None]) -> None:
        if len(keys) != len(vectors):
            raise ValueError(f"{len(keys)} keys but {len(vectors)} vectors")
        self._keys.extend(keys)
        self._rows.add(vectors)

    def finish(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        """(row of each creator that has a community vector, int8 rows, scales)."""
        matrix, scales, known = self._rows.finish()
        if matrix is None:
            return {}, np.zeros((0, 0), dtype=np.int8), np.zeros(0, dtype=np.float32)
        row_of = {key: row for row, (key, has) in enumerate(zip(self._keys, known.tolist(),
                                                                  strict=True)) if has}
        return row_of, matrix, scales


class CommunityVectors:
    """The community vectors the searches read; replaced whole by `install`."""

    def __init__(self) -> None:
        # (row of each key, int8 rows, scales): one tuple, swapped in one assignment, so a
        # search never pairs one build's rows with another's keys.
        self._built: tuple[dict[str, int], np.ndarray, np.ndarray] = (
            {}, np.zeros((0, 0), dtype=np.int8), np.zeros(0, dtype=np.float32))

    def install(self, builder: CommunityVectorsBuilder) -> None:
        self._built = builder.finish()

    def __len__(self) -> int:
        return len(self._built[0])

    def similarity(self, keys: Sequence[str], vector: np.ndarray) -> dict[str, float]:
        """Cosine of each known creator's community to `vector` (a query vector)."""
        row_of, matrix, scales = self._built
        known = [(key, row) for key in keys if (row := row_of.get(key)) is not None]
        if not known or matrix.shape[1] != len(vector):
            return {}
        rows = np.fromiter((row for _, row in known), dtype=np.int64, count=len(known))
        cosines = row_cosines(matrix, scales, rows, vector)
        return {key: float(cosine) for (key, _), cosine in zip(known, cosines, strict=True)}
