"""A card that misses part of the brief says what, with both sides, budget included: the
answer's notice ("only 1 creator meets every requirement; each card says what it misses")
must hold for every card below it."""

from __future__ import annotations

import pytest

from retrieval.brief_parser import parse_brief
from retrieval.explain import card_reason, explain
from retrieval.profile import CreatorProfile
from retrieval.ranking import score_candidates
from storage.records import CreatorRecord
from tests.conftest import creator_row


def _profile(handle: str, city: str, rate_idr: int, number: int) -> CreatorProfile:
    row = creator_row(handle, city=city, bio="Review pasir kucing dan perawatan kucing.",
                      niches=["pets"])
    row["rate_idr"] = rate_idr
    return CreatorProfile.from_fields(CreatorRecord.model_validate(row), creator_id=number)


@pytest.mark.parametrize(("brief", "language", "expected"), [
    ("cari yg review pasir kucing di sby, budget 500rb", "id",
     "Tidak memenuhi: rate Rp 650.000/post, di atas budget Rp 500.000."),
    ("cat litter reviewers in Surabaya, budget max Rp 500k per post", "en",
     "Misses: rate Rp 650,000/post, above the Rp 500,000 budget."),
])
def test_a_rate_over_the_budget_is_said_on_the_card(brief: str, language: str,
                                                   expected: str) -> None:
    query = parse_brief(brief)
    assert query.max_rate_idr == 500_000
    profiles = [_profile("within.sby", "Surabaya", 300_000, 1),
                _profile("over.sby", "Surabaya", 650_000, 2),
                _profile("elsewhere.over", "Bandung", 650_000, 3)]
    semantic = {profile.key: 0.9 for profile in profiles}
    ranked = {m.profile.handle: m for m in score_candidates(query, profiles, semantic, {})}
    over = ranked["over.sby"]
    assert over.misses == ["budget"]
    assert card_reason(over, query, explain(over, query, language), language) == expected
    # Both misses, place first; the full explanation says the budget once, in its rate line.
    both = ranked["elsewhere.over"]
    reason = card_reason(both, query, explain(both, query, language), language)
    assert reason.count("Surabaya") == 1 and reason.count("500") == 1
    assert explain(both, query, language).count("650") == 1
    assert card_reason(ranked["within.sby"], query, "Cocok.", language) == "Cocok."
