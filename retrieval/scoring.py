"""Pure scoring functions: engagement against tier norms, authenticity, constraint fit.

Formulas
--------
* Engagement rate (ER) = (avg_likes + avg_comments) / followers — the standard "ER by
  followers" used by HypeAuditor, Influencer Marketing Hub and Phlanx.
* Engagement score = r² / (1 + r²) with r = min(ER / tier_norm, 2): 0.5 at the norm, 0.8 at
  twice the norm, 0.2 at half of it. Above 2× it stops rising: unusually high engagement is a
  question for authenticity, not a bonus.
* Authenticity = Π (1 − penalty) over the signals found; strong signals cost 0.7, moderate 0.3,
  mild 0.1. ≥ 0.8 "authentic", ≥ 0.5 "questionable", below that "suspicious".

Benchmarks
----------
``ER_NORMS`` holds the typical (median) ER per platform and follower tier, rounded, from the
ranges published in HypeAuditor's *State of Influencer Marketing* reports (2023–2024) and
Influencer Marketing Hub's *Influencer Marketing Benchmark Report* (2024): engagement falls as
accounts grow; TikTok's per-follower engagement runs about twice Instagram's; YouTube's (likes
per subscriber) runs lowest. They are approximations for ranking, not audited statistics.

Authenticity signals and their thresholds follow the audit checks those tools describe:
* bought followers — ER below a quarter of the tier norm (or < 0.5 % on Instagram/TikTok at
  ≥ 10k followers): followers that never engage;
* engagement pods — comments above 25 % of likes together with ER above twice the norm
  (organic comment/like ratios sit around 1–10 %);
* very high engagement — ER above 4× the norm is worth a look (mild, from 1k followers: the
  friends-and-family audience of a tiny account engages a lot); from 10× the norm *and* 35 %
  ER it is not organic at any size (strong): no audience likes a third of everything it sees,
  and the 35 % floor keeps YouTube's low per-subscriber norm (1.5 %) from flagging a small
  channel whose videos are found through search;
* engagement without followers — likes or comments on an account with 0 followers: the
  numbers cannot be true, and the ER would otherwise show as 0 % and pass every check;
* follower jumps — more than +50 % in one month while engagement stays at or below the norm
  (bought followers arrive in bulk; viral growth brings engagement with it); counts saved
  with dates are judged per real time, so a jump split over many saves is still one jump;
* view farming — average views above 3× followers with fewer than 1 like per 100 views
  (organic short video gets roughly 3–10 likes per 100 views);
* few views — on video platforms, average views under 10 % of followers at ≥ 5k followers
  (an audience that exists only on paper does not watch); strong when engagement is also
  under half the norm: either alone has organic causes (subscribers gone quiet over the
  years, an audience that watches without liking), followers who neither watch nor engage do
  not (every creator of the evaluation sets with both was labelled bought followers).
"""

from __future__ import annotations

import itertools
import math
from collections import deque
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Severity = Literal["strong", "moderate", "mild"]
Verdict = Literal["authentic", "questionable", "suspicious"]

TIERS: tuple[tuple[str, int], ...] = (
    ("nano", 10_000),
    ("micro", 50_000),
    ("mid", 500_000),
    ("macro", 1_000_000),
    ("mega", 10**12),
)
ER_NORMS: dict[str, dict[str, float]] = {
    "instagram": {"nano": 0.040, "micro": 0.025, "mid": 0.017, "macro": 0.012, "mega": 0.010},
    "tiktok": {"nano": 0.070, "micro": 0.055, "mid": 0.045, "macro": 0.035, "mega": 0.030},
    "youtube": {"nano": 0.015, "micro": 0.012, "mid": 0.009, "macro": 0.007, "mega": 0.005},
}
_DEFAULT_PLATFORM = "instagram"
PENALTIES: dict[Severity, float] = {"strong": 0.7, "moderate": 0.3, "mild": 0.1}
# A creator in the brief's fallback area, while someone on topic lives where it asked first.
SECOND_CHOICE_FIT = 0.6
HIGH_ENGAGEMENT_RATIO = 4.0
EXTREME_ENGAGEMENT_RATIO = 10.0
EXTREME_ENGAGEMENT_MIN_ER = 0.35
# Few views weigh strong with engagement under this share of the norm (see the module notes).
FEW_VIEWS_STRONG_BELOW = 0.5


def tier_of(followers: int) -> str:
    """Follower tier: nano < 10k ≤ micro < 50k ≤ mid < 500k ≤ macro < 1M ≤ mega."""
    for name, upper in TIERS:
        if followers < upper:
            return name
    return "mega"


def engagement_rate(followers: int, avg_likes: int, avg_comments: int) -> float:
    """(likes + comments) / followers; 0 for an account without followers."""
    if followers <= 0:
        return 0.0
    return (avg_likes + avg_comments) / followers


def er_norm(platform: str, followers: int) -> float:
    """Typical ER for the platform and the creator's tier."""
    table = ER_NORMS.get(platform, ER_NORMS[_DEFAULT_PLATFORM])
    return table[tier_of(followers)]


def engagement_score(er: float, norm: float) -> float:
    """0..1: how the ER compares with the norm (0.5 = at the norm)."""
    if norm <= 0:
        return 0.0
    ratio = min(er / norm, 2.0)
    return ratio * ratio / (1.0 + ratio * ratio)


@dataclass(frozen=True, slots=True)
class Signal:
    """One authenticity finding, with the numbers it rests on (all from the creator's data)."""

    code: str
    severity: Severity
    facts: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Authenticity:
    """Score, verdict and the signals behind them."""

    score: float
    verdict: Verdict
    signals: tuple[Signal, ...]


# The longest calendar month: two counts at most this far apart are "within one month".
# Undated (imported, monthly) points are taken to be this far apart, so for them the rule
# below is exactly the month-to-month rule.
MONTH_DAYS = 31.0
SECONDS_PER_DAY = 86_400.0


def _max_monthly_jump(history: list[int], dates: Sequence[datetime] = ()
                      ) -> tuple[float, int, int, dict[str, float]]:
    """The worst follower growth per month: (growth, before, after, facts about the span).

    `dates` belong to the last len(dates) points (counts saved through the bot); earlier
    points are monthly counts without dates, as the import contract defines them.
    """
    if not dates:
        best = (0.0, 0, 0)
        for before, after in itertools.pairwise(history):
            if before > 0:
                growth = after / before - 1.0
                if growth > best[0]:
                    best = (growth, before, after)
        return (*best, {})
    return _max_dated_jump(history, dates)


def _cross(x: list[float], y: list[float], o: int, a: int, b: int) -> float:
    return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o])


def _max_dated_jump(history: list[int], dates: Sequence[datetime]
                    ) -> tuple[float, int, int, dict[str, float]]:
    """Growth judged per real time, so many small saves cannot hide one jump.

    Two points at most MONTH_DAYS apart count with their whole growth (10k → 30k in five
    saves within a minute is +200 %, as one save would be); points further apart count with
    their growth compounded down to one month, (after / before) ** (MONTH_DAYS / days) − 1.
    Every pair is judged, in O(n log n) instead of the n² pairs: within the month the
    largest growth into a point is from the smallest count before it (a sliding-window
    minimum); beyond it, the monthly rate is MONTH_DAYS × the slope in (days, log count),
    largest towards a vertex of the lower convex hull of the older points (binary search
    for the tangent).
    """
    n, dated_from = len(history), len(history) - len(dates)
    # Days since the first date: exact for whole days (a 31-day gap is exactly MONTH_DAYS).
    x = [-MONTH_DAYS * (dated_from - i) for i in range(dated_from)]
    x.extend((moment - dates[0]).total_seconds() / SECONDS_PER_DAY for moment in dates)
    # A count of 0 is no baseline (any growth from it is infinite); 0 itself is not a jump.
    y = [math.log(count) if count > 0 else 0.0 for count in history]
    best, best_pair = 0.0, (0, 0)
    window: deque[int] = deque()  # indices of the last month, counts increasing
    hull: list[int] = []  # lower hull of the points more than a month before j
    next_far = 0

    def slope_to(j: int, k: int) -> float:
        return (y[j] - y[hull[k]]) / (x[j] - x[hull[k]])

    for j in range(1, n):
        previous = j - 1
        if history[previous] > 0:
            while window and history[window[-1]] >= history[previous]:
                window.pop()
            window.append(previous)
        while window and x[j] - x[window[0]] > MONTH_DAYS:
            window.popleft()
        while next_far < j and x[j] - x[next_far] > MONTH_DAYS:
            if history[next_far] > 0:
                if hull and x[hull[-1]] == x[next_far]:
                    if y[hull[-1]] <= y[next_far]:
                        next_far += 1
                        continue
                    hull.pop()
                while len(hull) >= 2 and _cross(x, y, hull[-2], hull[-1], next_far) <= 0:
                    hull.pop()
                hull.append(next_far)
            next_far += 1
        if history[j] <= 0:
            continue
        if window:
            growth = history[j] / history[window[0]] - 1.0
            if growth > best:
                best, best_pair = growth, (window[0], j)
        if hull:
            low, high = 0, len(hull) - 1
            while low < high:
                middle = (low + high) // 2
                if slope_to(j, middle + 1) > slope_to(j, middle):
                    low = middle + 1
                else:
                    high = middle
            growth = math.exp(MONTH_DAYS * slope_to(j, low)) - 1.0
            if growth > best:
                best, best_pair = growth, (hull[low], j)
    if best <= 0.0:
        return 0.0, 0, 0, {}
    i, j = best_pair
    span = x[j] - x[i]
    facts: dict[str, float] = {}
    if i >= dated_from:
        facts["days"] = float(math.ceil(span))  # "within N days": an upper bound
    elif round(span / MONTH_DAYS) >= 2:
        # From an undated monthly point: only the number of months is known.
        facts["months"] = float(round(span / MONTH_DAYS))
    return best, history[i], history[j], facts


def authenticity_signals(
    *,
    platform: str,
    followers: int,
    avg_likes: int,
    avg_comments: int,
    avg_views: int | None,
    follower_history: list[int],
    follower_history_dates: Sequence[datetime] = (),
) -> list[Signal]:
    """Every inauthenticity pattern the numbers show (see module docstring)."""
    signals: list[Signal] = []
    er = engagement_rate(followers, avg_likes, avg_comments)
    norm = er_norm(platform, followers)
    ratio = er / norm if norm else 0.0
    low_absolute = platform != "youtube" and followers >= 10_000 and er < 0.005
    if followers >= 5_000 and (ratio < 0.25 or low_absolute):
        signals.append(Signal("low_engagement", "strong", {"er": er, "norm": norm}))
    elif followers >= 5_000 and ratio < 0.3:
        signals.append(Signal("low_engagement", "moderate", {"er": er, "norm": norm}))
    if followers <= 0 and avg_likes + avg_comments > 0:
        signals.append(Signal("engagement_without_followers", "strong",
                              {"likes": avg_likes, "comments": avg_comments}))
    comment_share = avg_comments / avg_likes if avg_likes > 0 else 0.0
    pod = avg_likes >= 20 and comment_share >= 0.25 and ratio >= 2.0
    pod_like = not pod and avg_likes >= 20 and comment_share >= 0.2
    if pod:
        signals.append(
            Signal("engagement_pod", "strong", {"comment_share": comment_share, "er": er,
                                                "norm": norm})
        )
    elif pod_like:
        signals.append(Signal("engagement_pod", "moderate", {"comment_share": comment_share}))
    # Unusually high engagement is a question, never a bonus; impossible engagement is an
    # answer. A strong pod signal already states this ER, so it is not repeated.
    if not pod and ratio >= EXTREME_ENGAGEMENT_RATIO and er >= EXTREME_ENGAGEMENT_MIN_ER:
        signals.append(Signal("very_high_engagement", "strong", {"er": er, "norm": norm}))
    elif not (pod or pod_like) and ratio >= HIGH_ENGAGEMENT_RATIO and followers >= 1_000:
        signals.append(Signal("very_high_engagement", "mild", {"er": er, "norm": norm}))
    jump, before, after, span = _max_monthly_jump(follower_history, follower_history_dates)
    # Judge engagement against the larger of the norms before and after the jump: real
    # followers engage like the old audience did; bought ones leave the likes where they were.
    jump_ratio = er / max(norm, er_norm(platform, before)) if before else ratio
    if jump > 0.5 and after - before >= 500:
        severity: Severity = "strong" if jump_ratio <= 1.2 else "mild"
        signals.append(
            Signal("follower_jump", severity,
                   {"growth": jump, "before": before, "after": after, **span, "er": er,
                    "norm": norm})
        )
    elif jump > 0.25 and after - before >= 500 and ratio < 0.8:
        signals.append(
            Signal("follower_jump", "moderate",
                   {"growth": jump, "before": before, "after": after, **span})
        )
    if avg_views is not None and platform in {"tiktok", "youtube"} and followers >= 5_000:
        view_share = avg_views / followers
        if view_share < 0.1:
            severity = "strong" if ratio < FEW_VIEWS_STRONG_BELOW else "moderate"
            signals.append(Signal("few_views", severity, {"views": avg_views,
                                                            "followers": followers}))
    if avg_views and followers > 0:
        like_per_view = avg_likes / avg_views
        if avg_views > 3 * followers and like_per_view < 0.01:
            signals.append(
                Signal("view_farming", "strong",
                       {"views": avg_views, "followers": followers, "like_per_view": like_per_view})
            )
    return signals


def assess_authenticity(
    *,
    platform: str,
    followers: int,
    avg_likes: int,
    avg_comments: int,
    avg_views: int | None,
    follower_history: list[int],
    follower_history_dates: Sequence[datetime] = (),
) -> Authenticity:
    """Authenticity score and verdict for one creator."""
    signals = authenticity_signals(
        platform=platform, followers=followers, avg_likes=avg_likes, avg_comments=avg_comments,
        avg_views=avg_views, follower_history=follower_history,
        follower_history_dates=follower_history_dates,
    )
    score = 1.0
    for signal in signals:
        score *= 1.0 - PENALTIES[signal.severity]
    verdict: Verdict = (
        "authentic" if score >= 0.8 else "questionable" if score >= 0.5 else "suspicious"
    )
    return Authenticity(score, verdict, tuple(signals))


@dataclass(frozen=True, slots=True)
class ConstraintCheck:
    """One stated constraint and whether the creator meets it."""

    name: Literal["location", "platform", "followers", "budget"]
    satisfied: bool | None  # None = unknown (e.g. no rate published)
    # Missed, but in the brief's second choice (a fallback area): a lesser miss.
    second_choice: bool = False


def check_constraints(
    *,
    city: str | None,
    country: str | None,
    platform: str,
    followers: int,
    rate_idr: int | None,
    cities: list[str],
    countries: list[str],
    platforms: list[str],
    excluded_platforms: list[str],
    min_followers: int | None,
    max_followers: int | None,
    max_rate_idr: int | None,
    fallback_cities: Collection[str] = (),
) -> list[ConstraintCheck]:
    """Which of the brief's constraints the creator meets. `city` must be canonical already."""
    checks: list[ConstraintCheck] = []
    if cities or countries:
        located = (city in cities) or (country is not None and country in countries)
        checks.append(ConstraintCheck(
            "location", located, second_choice=not located and city in fallback_cities))
    if platforms or excluded_platforms:
        allowed = (not platforms or platform in platforms) and platform not in excluded_platforms
        checks.append(ConstraintCheck("platform", allowed))
    if min_followers is not None or max_followers is not None:
        low_ok = min_followers is None or followers >= min_followers
        high_ok = max_followers is None or followers <= max_followers
        checks.append(ConstraintCheck("followers", low_ok and high_ok))
    if max_rate_idr is not None:
        checks.append(
            ConstraintCheck("budget", None if rate_idr is None else rate_idr <= max_rate_idr)
        )
    return checks


def constraint_fit(checks: list[ConstraintCheck]) -> float:
    """1.0 when every stated constraint is met; each miss multiplies by 0.35 (0.6 inside the
    brief's second choice of place), unknown by 0.85."""
    fit = 1.0
    for check in checks:
        if check.satisfied is False:
            fit *= SECOND_CHOICE_FIT if check.second_choice else 0.35
        elif check.satisfied is None:
            fit *= 0.85
    return fit


def niche_match(creator_niches: list[str], brief_niches: list[str],
                related: dict[str, tuple[str, ...]]) -> float:
    """How well the creator's niches fit the brief's, the brief's main niche first.

    1.0 creator's primary niche is the brief's main niche; 0.8 it is another niche of the
    brief, or the brief's main niche is the creator's secondary; 0.6 only secondary niches
    overlap; 0.3 a related niche; else 0.
    """
    if not brief_niches or not creator_niches:
        return 0.0
    main, primary = brief_niches[0], creator_niches[0]
    if primary == main:
        return 1.0
    if primary in brief_niches or main in creator_niches[1:]:
        return 0.8
    if any(niche in brief_niches for niche in creator_niches[1:]):
        return 0.6
    neighbours = {n for wanted in brief_niches for n in related.get(wanted, ())}
    if any(niche in neighbours for niche in creator_niches):
        return 0.3
    return 0.0
