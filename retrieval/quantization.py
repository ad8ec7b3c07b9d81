"""int8 rows with a float32 scale each: row ≈ int8 row × scale (absmax scaling per row)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def quantize_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A float matrix as (int8 rows, float32 scale per row); an all-zero row gets scale 1.

    Per row, the largest magnitude maps to ±127, so each element's error is at most half a
    step of its own row (for unit vectors of 384 dimensions, cosine error ≤ 0.002).
    """
    values = np.asarray(matrix, dtype=np.float32)
    largest = np.abs(values).max(axis=1) if values.size else np.zeros(len(values), np.float32)
    scales = np.where(largest > 0, largest / 127, 1.0).astype(np.float32)
    return np.round(values / scales[:, None]).astype(np.int8), scales


def row_cosines(matrix: np.ndarray, scales: np.ndarray, rows: np.ndarray,
                vector: np.ndarray) -> np.ndarray:
    """Cosine of some `quantize_rows` rows (unit vectors when quantised) to a float vector:
    the int8 product, then each row's scale."""
    cosines: np.ndarray = (matrix[rows].astype(np.float32)
                           @ np.asarray(vector, dtype=np.float32)) * scales[rows]
    return cosines


class QuantizedRowsBuilder:
    """Vectors collected batch by batch as `quantize_rows` rows, one row per item; an item
    without a vector (or of another width than the first) gets a zero row and scale 0.

    Args:
        expected_rows: how many items will come, if known: the rows are then allocated once,
            at the first vector, and only rows beyond them go into blocks of their own, so
            the finished matrix is never held twice (38 MB at 100k × 384).
    """

    def __init__(self, expected_rows: int = 0) -> None:
        self._expected = expected_rows
        self._count = 0
        self._matrix: np.ndarray | None = None
        self._chunks: list[np.ndarray] = []  # rows beyond `expected_rows`
        self._chunks_from = 0
        self._known: list[np.ndarray] = []
        self._scales: list[np.ndarray] = []

    def add(self, vectors: Sequence[np.ndarray | None]) -> None:
        """Append one row per entry of `vectors`."""
        first, count = self._count, len(vectors)
        self._count += count
        known = np.zeros(count, dtype=bool)
        scales = np.zeros(count, dtype=np.float32)
        if self._matrix is None:
            dimension = next((len(v) for v in vectors if v is not None), 0)
            if dimension:
                # Rows of earlier batches (none had a vector) stay zero, marked unknown.
                self._matrix = np.zeros((max(self._expected, first + count), dimension),
                                        dtype=np.int8)
        if self._matrix is not None:
            block = self._block(first, count)
            usable = [(offset, vector) for offset, vector in enumerate(vectors)
                      if vector is not None and len(vector) == block.shape[1]]
            if usable:
                rows = [offset for offset, _ in usable]
                block[rows], scales[rows] = quantize_rows(np.stack([v for _, v in usable]))
                known[rows] = True
        self._known.append(known)
        self._scales.append(scales)

    def _block(self, first: int, count: int) -> np.ndarray:
        """Where rows first … first + count − 1 go: the preallocated matrix, or (more rows
        than expected) one chunk per batch from then on."""
        assert self._matrix is not None
        if not self._chunks and first + count <= len(self._matrix):
            return self._matrix[first : first + count]
        if not self._chunks:
            self._chunks_from = first
        chunk = np.zeros((count, self._matrix.shape[1]), dtype=np.int8)
        self._chunks.append(chunk)
        return chunk

    def finish(self) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
        """(int8 rows, or None when no vector came; scales; which items had a vector)."""
        matrix = self._matrix
        if matrix is not None:
            matrix = np.concatenate([matrix[: self._chunks_from], *self._chunks]) \
                if self._chunks else matrix[: self._count]
        known = np.concatenate(self._known) if self._known else np.zeros(0, dtype=bool)
        scales = np.concatenate(self._scales) if self._scales else np.zeros(0, np.float32)
        return matrix, scales, known
