"""Near-twin creators pushed apart in a ranked list."""

from __future__ import annotations

import numpy as np

from retrieval.ranking import ScoredMatch


def diversify(
    ranked: list[ScoredMatch], vectors: dict[str, np.ndarray], *, top: int,
    twin_threshold: float = 0.96, weight: float = 0.5, window: int = 30,
) -> list[ScoredMatch]:
    """Maximal marginal relevance that only pushes near-twins apart.

    e5 cosine scores are compressed (unrelated profiles still score ≈ 0.8), so a classic
    λ·score − (1−λ)·similarity mostly adds noise. Here a candidate pays only for similarity
    above `twin_threshold` to an already picked profile:
    next = argmax score/best − weight · max(0, sim − τ) / (1 − τ).
    """
    head = ranked[:window]
    if len(head) < 3 or not vectors:
        return ranked
    dimension = len(next(iter(vectors.values())))
    matrix = np.zeros((len(head), dimension), dtype=np.float32)
    for row, match in enumerate(head):
        vector = vectors.get(match.profile.key)
        if vector is not None:
            matrix[row] = vector
    # A profile without a vector is a zero row: similarity 0, so it never pays a penalty.
    similarity = matrix @ matrix.T
    best = max((match.score for match in head), default=0.0) or 1.0
    # Creators on topic stay ahead of the rest: the twin penalty (at most `weight`) can
    # reorder within a band, never across.
    relevance = np.asarray([match.score / best + (1.0 + weight) * match.on_topic
                            for match in head], dtype=np.float64)
    closest_picked = np.zeros(len(head))
    available = np.ones(len(head), dtype=bool)
    order: list[int] = []
    for _ in range(min(top, len(head))):
        penalty = np.maximum(0.0, closest_picked - twin_threshold) / (1.0 - twin_threshold)
        value = np.where(available, relevance - weight * penalty, -np.inf)
        choice = int(np.argmax(value))  # the first best, in rank order, on ties
        order.append(choice)
        available[choice] = False
        closest_picked = np.maximum(closest_picked, similarity[choice])
    picked = [head[row] for row in order]
    chosen = {id(match) for match in picked}
    return picked + [match for match in ranked if id(match) not in chosen]
