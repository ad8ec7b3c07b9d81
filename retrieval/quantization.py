"""int8 rows with a float32 scale each: row ≈ int8 row × scale (absmax scaling per row)."""

from __future__ import annotations

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
