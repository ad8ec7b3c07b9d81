"""Pure scoring functions: engagement against tier norms and authenticity patterns."""

from __future__ import annotations

import pytest

from retrieval.scoring import (
    ConstraintCheck,
    assess_authenticity,
    check_constraints,
    constraint_fit,
    engagement_rate,
    engagement_score,
    er_norm,
    niche_match,
    tier_of,
)


def authenticity(**kwargs: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = {"platform": "instagram", "followers": 20_000, "avg_likes": 600,
                               "avg_comments": 20, "avg_views": None,
                               "follower_history": [18_000, 19_000, 20_000]}
    base.update(kwargs)
    return assess_authenticity(**base)  # type: ignore[arg-type]


def test_tiers_and_rates() -> None:
    assert [tier_of(n) for n in (500, 9_999, 10_000, 49_999, 50_000, 600_000, 2_000_000)] == [
        "nano", "nano", "micro", "micro", "mid", "macro", "mega"]
    assert engagement_rate(0, 10, 1) == 0.0
    assert engagement_rate(1000, 40, 10) == pytest.approx(0.05)
    assert er_norm("tiktok", 20_000) > er_norm("instagram", 20_000) > er_norm("youtube", 20_000)


def test_engagement_score_is_half_at_the_norm_and_monotonic() -> None:
    assert engagement_score(0.025, 0.025) == pytest.approx(0.5)
    assert engagement_score(0.01, 0.025) < engagement_score(0.025, 0.025) < \
        engagement_score(0.05, 0.025)
    assert engagement_score(0.5, 0.025) == engagement_score(0.05, 0.025)  # capped at 2x


def test_normal_creator_is_authentic() -> None:
    result = authenticity()
    assert result.verdict == "authentic" and not result.signals


def test_bought_followers_low_engagement() -> None:
    result = authenticity(followers=40_000, avg_likes=120, avg_comments=5,
                          follower_history=[38_000, 39_000, 40_000])
    assert result.verdict == "suspicious"
    assert result.signals[0].code == "low_engagement"


def test_engagement_pod() -> None:
    result = authenticity(followers=8_000, avg_likes=1_800, avg_comments=700,
                          follower_history=[7_800, 8_000])
    assert result.verdict == "suspicious"
    assert any(s.code == "engagement_pod" for s in result.signals)


def test_follower_jump_with_flat_engagement() -> None:
    result = authenticity(followers=30_000, avg_likes=500, avg_comments=20,
                          follower_history=[14_000, 15_000, 30_000])
    assert result.verdict == "suspicious"
    assert any(s.code == "follower_jump" for s in result.signals)


def test_viral_jump_with_engagement_is_not_suspicious() -> None:
    result = authenticity(followers=30_000, avg_likes=2_400, avg_comments=90,
                          follower_history=[14_000, 15_000, 30_000])
    assert result.verdict == "authentic"


def test_view_farming_on_video() -> None:
    result = authenticity(platform="tiktok", followers=6_000, avg_likes=180, avg_comments=9,
                          avg_views=40_000, follower_history=[5_800, 6_000])
    assert result.verdict == "suspicious"
    assert any(s.code == "view_farming" for s in result.signals)


def test_constraints_and_fit() -> None:
    checks = check_constraints(
        city="Surabaya", country="ID", platform="instagram", followers=12_000, rate_idr=None,
        cities=["Surabaya"], countries=[], platforms=["tiktok"], excluded_platforms=[],
        min_followers=10_000, max_followers=50_000, max_rate_idr=1_000_000,
    )
    assert [(c.name, c.satisfied) for c in checks] == [
        ("location", True), ("platform", False), ("followers", True), ("budget", None)]
    assert constraint_fit(checks) == pytest.approx(0.35 * 0.85)
    assert constraint_fit([ConstraintCheck("location", True)]) == 1.0


def test_niche_match_levels() -> None:
    related = {"gaming": ("tech_gadgets",)}
    assert niche_match(["gaming"], ["gaming"], related) == 1.0
    assert niche_match(["music", "gaming"], ["gaming"], related) == 0.8
    assert niche_match(["tech_gadgets"], ["gaming"], related) == 0.3
    assert niche_match(["pets"], ["gaming"], related) == 0.0


@pytest.mark.parametrize(
    ("platform", "followers", "likes", "comments"),
    [
        ("instagram", 1_500, 900_000, 2_000),  # "ER 60,000 %" used to read as authentic
        ("instagram", 600, 500, 12),  # under 1,000 followers nothing used to fire
        ("tiktok", 800, 3_000, 40),
        ("youtube", 2_000, 1_500, 10),
    ],
)
def test_impossible_engagement_is_a_strong_signal_at_any_size(
        platform: str, followers: int, likes: int, comments: int) -> None:
    result = authenticity(platform=platform, followers=followers, avg_likes=likes,
                          avg_comments=comments, follower_history=[followers])
    assert result.verdict == "suspicious"
    assert ("very_high_engagement", "strong") in [(s.code, s.severity) for s in result.signals]


@pytest.mark.parametrize(
    ("platform", "followers", "likes"),
    [
        ("instagram", 20_000, 3_400),  # ER 17 %, about 7× the micro norm: worth a look
        ("youtube", 2_000, 400),  # ER 20 %: a small channel found through search
    ],
)
def test_merely_high_engagement_stays_mild(platform: str, followers: int, likes: int) -> None:
    result = authenticity(platform=platform, followers=followers, avg_likes=likes,
                          avg_comments=10, follower_history=[followers])
    assert [(s.code, s.severity) for s in result.signals] == [("very_high_engagement", "mild")]
    assert result.verdict == "authentic"


def test_likes_without_followers_are_not_authentic() -> None:
    from prompts.explanations import EXPLANATION_TEMPLATES
    from retrieval.explain import signal_reason

    result = authenticity(followers=0, avg_likes=250, avg_comments=4, follower_history=[])
    assert result.verdict == "suspicious"
    signal = result.signals[0]
    assert signal.code == "engagement_without_followers" and signal.severity == "strong"
    for language in EXPLANATION_TEMPLATES:
        assert "250" in signal_reason(signal, language)
    assert not authenticity(followers=0, avg_likes=0, avg_comments=0,
                            follower_history=[]).signals
