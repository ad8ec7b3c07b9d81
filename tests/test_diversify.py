"""Near-twin diversification: the vectorised greedy pick equals the plain definition."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from retrieval.brief_parser import parse_brief
from retrieval.diversity import diversify
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch, score_candidates
from storage.records import CreatorRecord
from tests.conftest import creator_row


def reference(ranked: list[ScoredMatch], vectors: dict[str, np.ndarray], *, top: int,
              twin_threshold: float = 0.96, weight: float = 0.5,
              window: int = 30) -> list[ScoredMatch]:
    """The definition, one dot product at a time."""
    head = ranked[:window]
    if len(head) < 3 or not vectors:
        return ranked
    best = head[0].score or 1.0
    picked: list[ScoredMatch] = []
    remaining = list(head)

    def penalty(match: ScoredMatch) -> float:
        if match.profile.key not in vectors:
            return 0.0
        similarity = max((float(np.dot(vectors[match.profile.key], vectors[p.profile.key]))
                          for p in picked if p.profile.key in vectors), default=0.0)
        return max(0.0, similarity - twin_threshold) / (1.0 - twin_threshold)

    while remaining and len(picked) < min(top, len(head)):
        choice = max(remaining, key=lambda m: m.score / best - weight * penalty(m))
        picked.append(choice)
        remaining.remove(choice)
    return picked + [m for m in ranked if all(m is not p for p in picked)]


@pytest.mark.parametrize("seed", range(12))
def test_vectorised_diversify_matches_the_definition(seed: int) -> None:
    rng = np.random.default_rng(seed)
    count = int(rng.integers(3, 45))
    template = score_candidates(parse_brief("skincare"), [CreatorProfile.from_fields(
        CreatorRecord.model_validate(creator_row("base")), creator_id=1)], {}, {})[0]
    ranked = []
    for number in range(count):
        profile = dataclasses.replace(template.profile, key=f"instagram:c{number}",
                                      handle=f"c{number}", creator_id=number + 1)
        ranked.append(dataclasses.replace(template, profile=profile,
                                          score=float(1.0 - number * 0.01)))
    # Clusters of near-twins (cosine > 0.96) among unrelated profiles; some lack a vector.
    centres = rng.normal(size=(4, 16))
    vectors = {}
    for number, match in enumerate(ranked):
        if rng.random() < 0.15:
            continue
        vector = centres[number % 4] + rng.normal(scale=0.05 if number % 3 else 1.0, size=16)
        vectors[match.profile.key] = (vector / np.linalg.norm(vector)).astype(np.float32)
    top = int(rng.integers(1, 15))
    expected = [m.profile.key for m in reference(ranked, vectors, top=top)]
    assert [m.profile.key for m in diversify(ranked, vectors, top=top)] == expected
    assert sorted(expected) == sorted(m.profile.key for m in ranked)
