"""Pure scoring functions: engagement against tier norms and authenticity patterns."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

import pytest

from retrieval.explain import signal_reason
from retrieval.scoring import (
    MONTH_DAYS,
    ConstraintCheck,
    Signal,
    _max_monthly_jump,
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


def test_subscribers_who_neither_watch_nor_engage_are_not_authentic() -> None:
    """A channel of 45k subscribers whose videos get 1k views and 0.36 % engagement: each
    sign alone has organic causes, both together mean an audience on paper."""
    history = [40_500, 41_500, 41_700, 43_100, 43_900, 45_000]
    paper = authenticity(platform="youtube", followers=45_000, avg_likes=157, avg_comments=6,
                         avg_views=1_083, follower_history=history)
    assert paper.verdict == "suspicious"
    assert [(s.code, s.severity) for s in paper.signals] == [("few_views", "strong")]
    # Subscribers gone quiet, but those who watch engage as a channel's audience does.
    quiet = authenticity(platform="youtube", followers=45_000, avg_likes=400, avg_comments=40,
                         avg_views=4_000, follower_history=history)
    assert quiet.verdict == "questionable"
    assert [(s.code, s.severity) for s in quiet.signals] == [("few_views", "moderate")]


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


# --- follower growth judged per real time -------------------------------------------------

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
# Engagement near the norm: no jump signal unless a month's growth exceeds +50 %.
NEAR_NORM = {"followers": 30_000, "avg_likes": 700, "avg_comments": 20}


def test_a_jump_split_into_saves_seconds_apart_is_still_one_jump() -> None:
    laundered = authenticity(**NEAR_NORM,
                             follower_history=[10_000, 14_000, 18_000, 22_000, 26_000, 30_000],
                             follower_history_dates=[T0 + timedelta(seconds=5 * i)
                                                     for i in range(6)])
    single = authenticity(**NEAR_NORM, follower_history=[10_000, 30_000])
    assert single.verdict == "suspicious"
    assert laundered.verdict == single.verdict
    jump = next(s for s in laundered.signals if s.code == "follower_jump")
    assert (jump.facts["before"], jump.facts["after"]) == (10_000, 30_000)
    assert jump.facts["growth"] == pytest.approx(2.0)


def test_the_same_growth_over_twelve_real_months_is_fine() -> None:
    counts = list(range(10_000, 30_001, 2_000))  # 11 counts, 10 steps of +2k
    days = [round(i * 365 / 10) for i in range(len(counts))]
    result = authenticity(**NEAR_NORM, follower_history=counts,
                          follower_history_dates=[T0 + timedelta(days=d) for d in days])
    assert result.verdict == "authentic" and not result.signals


def test_saves_within_one_month_add_up() -> None:
    # +20 % a week for four weeks is +107 % in a month, though no single save exceeds +20 %.
    counts = [10_000, 12_000, 14_400, 17_280, 20_736]
    result = authenticity(followers=20_736, avg_likes=480, avg_comments=15,
                          follower_history=counts,
                          follower_history_dates=[T0 + timedelta(weeks=i) for i in range(5)])
    jump = next(s for s in result.signals if s.code == "follower_jump")
    assert jump.facts["growth"] == pytest.approx(1.0736)
    assert jump.facts["days"] == 28


def _month_to_month(history: list[int]) -> tuple[float, int, int]:
    """The rule before dates existed, kept here as the reference for undated histories."""
    best = (0.0, 0, 0)
    for before, after in itertools.pairwise(history):
        if before > 0 and after / before - 1.0 > best[0]:
            best = (after / before - 1.0, before, after)
    return best


def test_undated_histories_score_exactly_as_before() -> None:
    rng = random.Random(7)
    for _ in range(2_000):
        history = [rng.choice([0, rng.randint(1, 200_000)]) if rng.random() < 0.05
                   else rng.randint(100, 200_000) for _ in range(rng.randint(0, 12))]
        growth, before, after, span = _max_monthly_jump(history)
        assert (growth, before, after) == _month_to_month(history) and span == {}


def _all_pairs(history: list[int], dates: list[datetime]) -> float:
    """The definition, pair by pair: growth within a month, monthly compound beyond it."""
    undated = len(history) - len(dates)
    days = [-MONTH_DAYS * (undated - i) for i in range(undated)]
    days += [(moment - dates[0]).total_seconds() / 86_400 for moment in dates]
    best = 0.0
    for i, j in itertools.combinations(range(len(history)), 2):
        if history[i] > 0 and history[j] > 0:
            ratio, span = history[j] / history[i], days[j] - days[i]
            best = max(best, ratio - 1 if span <= MONTH_DAYS else ratio ** (MONTH_DAYS / span) - 1)
    return best


def test_dated_growth_matches_the_pairwise_definition() -> None:
    rng = random.Random(11)
    gaps = [0.0, 0.001, 0.5, 3.0, 20.0, 31.0, 31.5, 40.0, 90.0]
    for _ in range(3_000):
        history = [rng.randint(1_000, 100_000) if rng.random() > 0.05 else 0
                   for _ in range(rng.randint(1, 14))]
        moment, dates = T0, []
        for _ in range(rng.randint(1, len(history))):
            moment += timedelta(days=rng.choice([*gaps, rng.uniform(0, 100)]))
            dates.append(moment)
        assert _max_monthly_jump(history, dates)[0] == pytest.approx(_all_pairs(history, dates))


def test_undated_points_before_dated_ones_are_a_month_apart() -> None:
    # An imported (monthly) history, then two saves a minute apart through the bot: the
    # undated 10k is a month before the first save, so 10k → 19.6k is one month's +96 %.
    history = [9_800, 10_000, 14_000, 19_600]
    growth, before, after, span = _max_monthly_jump(
        history, [T0, T0 + timedelta(minutes=1)])
    assert (before, after) == (10_000, 19_600) and growth == pytest.approx(0.96, abs=1e-4)
    assert span == {}  # explained as "in one month", like an undated jump


@pytest.mark.parametrize(("facts", "language", "reason"), [
    ({}, "en", "followers jumped +200.0% in one month (10,000 → 30,000)"),
    ({"days": 1.0}, "en", "followers jumped +200.0% within a day (10,000 → 30,000)"),
    ({"days": 9.0}, "id", "followers melonjak +200,0% dalam 9 hari (10.000 → 30.000)"),
    ({"days": 62.0}, "en",
     "followers jumped +200.0% a month on average over 62 days (10,000 → 30,000)"),
    ({"months": 3.0}, "id",
     "followers melonjak +200,0% per bulan rata-rata selama 3 bulan (10.000 → 30.000)"),
])
def test_a_jump_is_explained_with_its_real_numbers_and_time(
        facts: dict[str, float], language: str, reason: str) -> None:
    signal = Signal("follower_jump", "moderate",
                    {"growth": 2.0, "before": 10_000, "after": 30_000, **facts})
    assert signal_reason(signal, language) == reason


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
