"""Hubness: how near a creator's text lies to every brief, whatever the brief is about.

e5's cosines sit in a narrow band (≈ 0.8–0.9), and a short or generic text ("Review kopi
susu") sits high in that band for almost any brief: on meaning alone it can outrank the
creators of the brief's topic ("review pasir kucing" put it above every cat creator). Such a
creator is a hub, near everything. How much of one it is can be measured without any brief
of the evaluation sets: its mean cosine to a fixed set of reference briefs, one per niche in
each language, built from the niche labels. The ranking subtracts `HUBNESS_WEIGHT` times that
from the creator's similarity to each brief, so what is left is how much nearer the creator
is to this brief than to briefs in general (the idea of cross-domain similarity local
scaling, Conneau et al. 2018, with every reference brief as the neighbourhood).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

import numpy as np

from retrieval.lexicon import NICHE_LABELS

# Measured in one evaluation run on thirteen sets (float32), nDCG@10 against none: 0.5 gained
# on ten sets (natural 0.916 → 0.930) and lost 0.004 on one; README, "Hubness".
HUBNESS_WEIGHT = 0.5


def reference_briefs() -> list[str]:
    """One short brief per niche, in Indonesian and in English."""
    return [f"cari kreator {labels['id']}" for labels in NICHE_LABELS.values()] + [
        f"{labels['en']} creators" for labels in NICHE_LABELS.values()]


class ReferenceBriefs:
    """The reference briefs' query vectors, embedded once, on the first call that needs them
    (`JodohService.warm_up` makes that call before the first brand does).

    Args:
        embed_queries: embeds several queries (the engine's embedder).
    """

    def __init__(self, embed_queries: Callable[[list[str]], list[list[float]]]) -> None:
        self._embed_queries = embed_queries
        self._matrix: np.ndarray | None = None
        self._lock = threading.Lock()

    def _references(self) -> np.ndarray:
        with self._lock:
            if self._matrix is None:
                self._matrix = np.asarray(self._embed_queries(reference_briefs()),
                                          dtype=np.float32)
            return self._matrix

    def hubness(self, vectors: Mapping[str, np.ndarray]) -> dict[str, float]:
        """Each creator's mean cosine to the reference briefs, by key (unit vectors)."""
        if not vectors:
            return {}
        keys = list(vectors)
        stacked = np.stack([np.asarray(vectors[key], dtype=np.float32) for key in keys])
        means = (stacked @ self._references().T).mean(axis=1)
        return dict(zip(keys, (float(value) for value in means), strict=True))


def less_hubness(similarities: Mapping[str, float], hubness: Mapping[str, float],
                 weight: float = HUBNESS_WEIGHT) -> dict[str, float]:
    """`similarities` less `weight` times each creator's hubness; a creator whose hubness is
    unknown (no stored vector) is given the mean of the known ones."""
    if not hubness:
        return dict(similarities)
    typical = float(np.mean(list(hubness.values())))
    return {key: value - weight * hubness.get(key, typical)
            for key, value in similarities.items()}
