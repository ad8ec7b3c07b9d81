"""Hubness: a creator whose text lies near every brief (a short, generic bio) loses that
nearness before the ranking, so on meaning alone it no longer passes for the brief's topic."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.brief_parser import parse_brief
from retrieval.hubness import HUBNESS_WEIGHT, ReferenceBriefs, less_hubness, reference_briefs
from retrieval.lexicon import NICHE_LABELS
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch, score_candidates
from storage.records import CreatorRecord
from tests.conftest import creator_row


def unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_one_reference_brief_per_niche_in_each_language() -> None:
    briefs = reference_briefs()
    assert len(briefs) == 2 * len(NICHE_LABELS) == len(set(briefs))
    for labels in NICHE_LABELS.values():
        assert f"cari kreator {labels['id']}" in briefs and f"{labels['en']} creators" in briefs


def test_hubness_is_the_mean_cosine_to_the_references_embedded_once() -> None:
    calls: list[list[str]] = []
    references = [unit(1, 0, 0), unit(0, 1, 0)]

    def embed(texts: list[str]) -> list[list[float]]:
        calls.append(texts)
        return [[float(x) for x in references[i % 2]] for i in range(len(texts))]

    briefs = ReferenceBriefs(embed)
    hub, specialist = unit(1, 1, 0), unit(0, 0, 1)
    first = briefs.hubness({"hub": hub, "specialist": specialist})
    again = briefs.hubness({"hub": hub})
    assert len(calls) == 1 and calls[0] == reference_briefs()
    assert first["hub"] == pytest.approx(float(np.mean([hub @ r for r in references])))
    assert first["specialist"] == pytest.approx(0.0, abs=1e-6)
    assert again == {"hub": first["hub"]}
    assert briefs.hubness({}) == {}


def test_less_hubness_gives_an_unknown_creator_the_mean() -> None:
    similarities = {"a": 0.9, "b": 0.8, "c": 0.85}
    hubness = {"a": 0.6, "b": 0.2}
    assert less_hubness(similarities, hubness) == pytest.approx(
        {"a": 0.9 - HUBNESS_WEIGHT * 0.6, "b": 0.8 - HUBNESS_WEIGHT * 0.2,
         "c": 0.85 - HUBNESS_WEIGHT * 0.4})
    assert less_hubness(similarities, {}) == similarities


def _profile(handle: str, bio: str, niche: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, bio=bio, niches=[niche],
                                                     community=""))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_a_hub_nearest_to_the_brief_no_longer_passes_for_its_topic() -> None:
    """Cosines as e5 gives them: the three-word bio is nearest to the brief, and as near to
    every other brief; the specialists are nearer to this brief than to briefs in general."""
    hub = _profile("kopi.sby", "Review kopi susu", "coffee")
    cats = [_profile(f"kucing.{i}", "Konten kucing rescue dan pasir gumpal", "pets")
            for i in range(3)]
    others = [_profile(f"lain.{i}", "Modifikasi motor matic", "automotive") for i in range(3)]
    creators = [hub, *cats, *others]
    semantic = {hub.key: 0.866, **{c.key: 0.859 - 0.004 * i for i, c in enumerate(cats)},
                **{o.key: 0.80 for o in others}}
    hubness = {hub.key: 0.84, **{c.key: 0.79 for c in cats}, **{o.key: 0.78 for o in others}}
    query = parse_brief("cari yg review pasir buat anabul")
    before = score_candidates(query, creators, semantic, {})
    after = score_candidates(query, creators, semantic, {}, hubness=hubness)
    def hub_of(ranked: list[ScoredMatch]) -> ScoredMatch:
        return next(match for match in ranked if match.profile.key == hub.key)

    assert hub_of(before).on_topic  # nearest on meaning alone: it passed for the topic
    assert not hub_of(after).on_topic
    order = [match.profile.key for match in after]
    assert order.index(hub.key) > max(order.index(c.key) for c in cats)
    # What the contract prints as the raw similarity stays the model's cosine.
    assert hub_of(after).semantic_raw == 0.866
