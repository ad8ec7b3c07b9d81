"""Whether a creator lies near a brief's topic is measured against the creators the
unfiltered search found, not against whoever a filter brought in: a filter that adds many far
creators must not make a middling one look near (an unboxing channel in Bandung had become
"on topic" for baby porridge once the brief asked for TikTok or YouTube)."""

from __future__ import annotations

from retrieval.brief_parser import parse_brief
from retrieval.profile import CreatorProfile
from retrieval.ranking import Candidates
from storage.records import CreatorRecord
from tests.conftest import creator_row


def creator(handle: str, niche: str, city: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(
        handle, niches=[niche], city=city, platform="tiktok"))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_a_filter_bringing_far_creators_makes_nobody_nearer() -> None:
    query = parse_brief("cari kreator parenting buat review bubur bayi di Bandung, TikTok aja")
    parents = [creator(f"bunda.{i}", "parenting", "Jakarta") for i in range(4)]
    middling = creator("unboxing.bdg", "tech_gadgets", "Bandung")
    others = [creator(f"kuliner.{i}", "food_culinary", "Medan") for i in range(5)]
    far = [creator(f"gamer.{i}", "gaming", "Bandung") for i in range(10)]
    semantic = {p.key: 0.90 - 0.005 * i for i, p in enumerate(parents)}
    semantic[middling.key] = 0.86
    semantic |= {p.key: 0.84 - 0.005 * i for i, p in enumerate(others)}
    semantic |= {p.key: 0.70 + 0.002 * i for i, p in enumerate(far)}
    keyword = {p.key: 1.0 for p in [*parents, middling]}
    profiles = [*parents, middling, *others, *far]
    unfiltered = [p.key for p in [*parents, middling, *others]]

    def on_topic(scale: list[str] | None) -> bool:
        ranked = Candidates(query, profiles, keyword, nearness_scale=scale).rank(semantic)
        return next(m for m in ranked if m.profile.key == middling.key).on_topic

    assert on_topic(None)  # scaled by every candidate, the far ones made it look near
    assert not on_topic(unfiltered)
    # The creators of the topic stay on it either way.
    ranked = Candidates(query, profiles, keyword, nearness_scale=unfiltered).rank(semantic)
    assert all(m.on_topic for m in ranked if m.profile.handle.startswith("bunda."))
