"""Pseudo-relevance feedback: the search vector moves a little towards the brief's best
matches, so creators who say the topic in the words those matches use come nearer."""

from __future__ import annotations

import numpy as np
import pytest

import retrieval.engine as engine
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import parse_brief
from retrieval.engine import feedback_query, feedback_seeds
from retrieval.profile import CreatorProfile
from retrieval.ranking import Candidates, ScoredMatch, score_candidates
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row


def unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_the_query_moves_towards_the_seeds_and_stays_a_unit_vector() -> None:
    query, seed = unit(1, 0, 0), unit(0, 1, 0)
    moved = feedback_query(query, [seed, seed, seed], weight=0.15)
    assert float(np.linalg.norm(moved)) == pytest.approx(1.0, abs=1e-6)
    assert float(moved @ seed) > float(query @ seed)
    assert float(moved @ query) > float(moved @ seed)  # a nudge, not a new query
    assert np.allclose(feedback_query(query, [seed], weight=0.0), query)


def profile(handle: str, niche: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, niches=[niche]))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_seeds_are_the_first_authentic_creators_on_topic_and_need_three() -> None:
    creators = [profile(f"masak.{i}", "food_culinary") for i in range(4)]
    semantic = {p.key: 0.9 - 0.01 * i for i, p in enumerate(creators)}
    ranked = score_candidates(parse_brief("resep masakan rumahan"), creators, semantic, {})
    vectors = {p.key: unit(1, i, 0) for i, p in enumerate(creators)}
    seeds = feedback_seeds(ranked, vectors)
    assert len(seeds) == engine.FEEDBACK_SEEDS
    assert all(any(np.array_equal(seed, vectors[m.profile.key]) for m in ranked[:3])
               for seed in seeds)
    assert feedback_seeds(ranked, {creators[0].key: unit(1, 0, 0)}) == []
    for match in ranked:
        match.on_topic = False
    assert feedback_seeds(ranked, vectors) == []


def test_a_creator_who_says_it_in_the_best_matches_words_comes_nearer(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The brief says "bubur bayi"; three creators say it and "MPASI"; a fourth says only
    "MPASI". Feedback brings the fourth nearer than a creator who shares one brief word
    ("instan")."""
    base = [
        ("bubur.satu", "Resep bubur bayi MPASI rumahan tiap hari"),
        ("bubur.dua", "Bubur bayi dan menu MPASI sehat"),
        ("bubur.tiga", "Bubur bayi organik, jadwal MPASI"),
        ("mpasi.saja", "Menu MPASI 6 bulan, finger food, jadwal makan"),
        ("kopi.sachet", "Review kopi instan sachet"),
    ]
    service = JodohService(settings, embeddings=HashingEmbeddings())
    try:
        service.import_records([CreatorRecord.model_validate(creator_row(
            handle, bio=bio, community="Ibu muda", niches=["parenting"]))
            for handle, bio in base])

        def similarity_of(handle: str) -> float:
            found = service.search("jual bubur bayi instan", top=5, log_brief=False)
            return next(m.semantic_raw for m in found.matches if m.profile.handle == handle)

        moved = similarity_of("mpasi.saja") - similarity_of("kopi.sachet")
        monkeypatch.setattr(engine, "FEEDBACK_SEEDS", 10**6)
        still = similarity_of("mpasi.saja") - similarity_of("kopi.sachet")
        assert moved > still
    finally:
        service.close()


def test_candidates_ranked_again_score_as_if_scored_afresh() -> None:
    """The engine prepares a brief's candidates once and ranks them before and after the
    feedback pass: the second ranking must not see anything the first one left behind (the
    fallback area's second choice rewrites a match's checks)."""
    query = parse_brief("jual biji kopi, cari kreator kopi di Padang, 5-50rb followers; "
                        "kalau tidak ada, Sumatera lainnya boleh")
    cities = ["Medan", "Jakarta", "Padang", "Palembang"]
    # Nobody on topic in Padang: the rest of Sumatra becomes the place asked for.
    creators = [CreatorProfile.from_fields(CreatorRecord.model_validate(creator_row(
        f"kreator.{i}", city=cities[i % 4],
        niches=["tech_gadgets" if cities[i % 4] == "Padang" else "coffee"],
        followers=3000 + 4000 * i, follower_history=[3000 + 4000 * i])), creator_id=i + 1)
        for i in range(12)]
    first = {p.key: 0.80 + 0.01 * i for i, p in enumerate(creators)}
    second = {p.key: 0.92 - 0.01 * i for i, p in enumerate(creators)}
    keyword = {p.key: float(i % 2) for i, p in enumerate(creators)}
    candidates = Candidates(query, creators, keyword)

    def summary(ranked: list[ScoredMatch]) -> list[tuple[object, ...]]:
        return [(m.profile.key, m.score, m.on_topic, m.fit, m.checks) for m in ranked]

    medan = next(m for m in candidates.rank(first) if m.profile.city == "Medan")
    assert [c.satisfied for c in medan.checks if c.name == "location"] == [True]
    assert summary(candidates.rank(second)) == summary(
        score_candidates(query, creators, second, keyword))
