"""Ranking: pure functions that turn retrieval scores and creator facts into one order.

score = relevance × constraint_fit × (0.8 + 0.2 × engagement) × authenticity_factor
        × verified_factor

* relevance = 0.45 · semantic + 0.35 · niche + 0.20 · keyword when the brief names a niche
  (0.65 · semantic + 0.35 · keyword otherwise); semantic and keyword are min-max normalised over
  the candidates, because e5 cosine scores are compressed (≈ 0.8–0.9) and BM25 is unbounded.
* constraint_fit (see `scoring.constraint_fit`): stated constraints are soft but heavy, so
  creators meeting all of them come first and near misses can still fill the list. A brief's
  fallback area ("kalau tidak ada di Padang, Sumatera lainnya boleh") is a lesser miss, and no
  miss at all when nobody on topic lives where it asked first (`_take_second_choice`).
* authenticity_factor: 1.0 authentic, 0.6 questionable, 0.05 suspicious — a suspicious creator
  can only appear after every plausible authentic one.
* verified_factor: 1.03 when the counts were fetched from the platform in the last 30 days.

Before any of this, each similarity loses half the creator's hubness (`retrieval.hubness`: its
mean cosine to one reference brief per niche), so a short or generic text that lies near every
brief does not outrank the creators of this brief's topic on meaning alone.

When the brief says who the creator's followers should be, relevance is 0.7 · the above +
0.3 · how well the creator's community text matches them (`audience_shares`: by words, BM25
or the audience segments both name, and by meaning, the cosine of the community text's vector;
a share of the best match), and a creator matching them at least half as well as the best is
on topic: an audience brief ("kreator yang pemirsanya para pensiunan") may be about any content.
When the brief also says the content may be anything, the weights are 0.5 and 0.5.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np

from retrieval.audiences import segment_shares
from retrieval.brief_parser import BriefQuery
from retrieval.hubness import less_hubness
from retrieval.places import canonical_city
from retrieval.profile import CreatorProfile
from retrieval.scoring import (
    Authenticity,
    ConstraintCheck,
    assess_authenticity,
    check_constraints,
    constraint_fit,
    engagement_rate,
    engagement_score,
    er_norm,
    tier_of,
)
from retrieval.topic_signals import (
    STRONG_TERMS,
    audience_shares,
    niches_of_neighbours,
    settle_refusals,
    topic_niche_score,
)

AUTHENTICITY_FACTOR = {"authentic": 1.0, "questionable": 0.6, "suspicious": 0.05}
# At equal fit, numbers fetched from the platform (and not older than VERIFIED_FRESH_DAYS)
# rank before self-reported ones; small enough never to lift a creator over a better fit.
VERIFIED_FACTOR = 1.03
VERIFIED_FRESH_DAYS = 30
WEIGHTS_WITH_NICHE = {"semantic": 0.45, "niche": 0.35, "keyword": 0.20}
WEIGHTS_WITHOUT_NICHE = {"semantic": 0.65, "niche": 0.0, "keyword": 0.35}
# ConstraintCheck names → the names `jodoh search --json` uses (../shared/CONTRACT.md).
MISS_NAMES = {"location": "city", "platform": "platform", "followers": "followers",
              "budget": "budget"}


@dataclass(slots=True)
class ScoredMatch:
    """A candidate with every component of its score (all facts come from the profile)."""

    profile: CreatorProfile
    score: float
    semantic: float
    keyword: float
    niche: float
    engagement: float
    er: float
    norm: float
    tier: str
    authenticity: Authenticity
    checks: list[ConstraintCheck]
    fit: float
    relevance: float = 0.0
    semantic_raw: float = 0.0
    # Covers the brief's topic: relevance on the absolute 0..1 scale above the topic floor.
    on_topic: bool = True

    @property
    def components(self) -> dict[str, float]:
        """The score's parts as the contract prints them (rounded only here: a search scores
        every candidate, a page shows ten)."""
        return {
            "relevance": round(self.relevance, 4), "semantic": round(self.semantic, 4),
            "semantic_raw": round(self.semantic_raw, 4), "keyword": round(self.keyword, 4),
            "niche": round(self.niche, 4), "constraints": round(self.fit, 4),
            "engagement": round(self.engagement, 4),
            "authenticity": round(self.authenticity.score, 4),
        }

    @property
    def misses(self) -> list[str]:
        """The stated constraints this creator does not meet, in the contract's words; an
        unknown (no rate published) is not a miss."""
        return [MISS_NAMES[check.name] for check in self.checks if check.satisfied is False]


# Topic first: a creator whose relevance is under both floors is ranked after every creator
# above them, whatever its constraint fit.
TOPIC_ABSOLUTE = 0.3
TOPIC_RELATIVE = 0.5
TOPIC_NICHE = 0.4
TOPIC_SEMANTIC = 0.75
AUDIENCE_SHARE = 0.3
# "kontennya bebas, yang penting followersnya …": the product's words are no criterion, so
# who follows weighs as much as everything else the brief says.
AUDIENCE_SHARE_ANY_CONTENT = 0.5
AUDIENCE_ON_TOPIC = 0.5


def verified_factor(verified_at: datetime | None, now: datetime | None = None) -> float:
    """VERIFIED_FACTOR for counts verified in the last VERIFIED_FRESH_DAYS, else 1."""
    if verified_at is None:
        return 1.0
    age = (now or datetime.now(UTC)) - verified_at
    return VERIFIED_FACTOR if age.days <= VERIFIED_FRESH_DAYS else 1.0


def normalise(values: dict[str, float],
              within: Collection[str] | None = None) -> dict[str, float]:
    """Min-max scale to 0..1 (all equal → all 1.0 if positive, else 0), by the range of the
    keys `within` when given (others are clipped to 0..1)."""
    scale = [values[key] for key in within if key in values] if within is not None else []
    scale = scale or list(values.values())
    if not scale:
        return {}
    low, high = min(scale), max(scale)
    if high - low < 1e-9:
        return {key: (1.0 if high > 0 and value >= high - 1e-9 else 0.0)
                for key, value in values.items()}
    # In numpy, the same float64 arithmetic as `min(1, max(0, (value - low) / (high - low)))`
    # for each value, in a fifth of the time (four scales a search).
    scaled = np.fromiter(values.values(), dtype=np.float64, count=len(values))
    return dict(zip(values, np.clip((scaled - low) / (high - low), 0.0, 1.0).tolist(),
                    strict=True))


@dataclass(frozen=True, slots=True)
class CreatorAssessment:
    """What a creator's own numbers say, whatever the brief."""

    er: float
    norm: float
    engagement: float
    tier: str
    authenticity: Authenticity
    match_city: str | None


@lru_cache(maxsize=20_000)
def assess_creator(platform: str, followers: int, avg_likes: int, avg_comments: int,
                   avg_views: int | None, follower_history: tuple[int, ...],
                   city: str | None,
                   follower_history_dates: tuple[datetime, ...] = ()) -> CreatorAssessment:
    """Engagement, tier, authenticity and canonical city of one creator's numbers.

    Every search scores the same creators again; remembered by value (≈ 1 ms of a search's
    8 at 150 candidates), so an edited profile simply has other arguments.
    """
    er = engagement_rate(followers, avg_likes, avg_comments)
    norm = er_norm(platform, followers)
    authenticity = assess_authenticity(
        platform=platform, followers=followers, avg_likes=avg_likes,
        avg_comments=avg_comments, avg_views=avg_views, follower_history=list(follower_history),
        follower_history_dates=follower_history_dates,
    )
    return CreatorAssessment(er=er, norm=norm, engagement=engagement_score(er, norm),
                             tier=tier_of(followers), authenticity=authenticity,
                             match_city=canonical_city(city))


@dataclass(slots=True)  # not frozen: a frozen one takes 3× as long to build, 160 a search
class _Candidate:
    """One candidate's part of its score that the brief's vectors do not change."""

    profile: CreatorProfile
    assessment: CreatorAssessment
    checks: list[ConstraintCheck]
    fit: float
    keyword: float
    audience: float
    # The factors the score multiplies relevance by, kept apart (not one product) so that the
    # score is multiplied in the order it always was, to the last bit.
    quality: float
    trust: float
    verified: float


class Candidates:
    """A brief's candidates, scored as far as they can be before the brief's vectors: the
    engine ranks them twice (once more after moving its vectors towards the best matches),
    and constraints, numbers, keywords and audience are the same both times.

    Args:
        keyword: the candidates' BM25 scores for the brief.
        use_authenticity, use_engagement, use_constraints, use_niche: switches for ablation
            studies.
        audience: the candidates' community match to the followers the brief asks for (BM25).
        audience_meaning: the cosine of their community texts to it (`audience_shares`).
        hubness: how near each candidate lies to every brief (`retrieval.hubness`), taken
            off its similarities to this one.
        nearness_scale: the keys the unfiltered vector search found; whether a creator lies
            near the topic is scaled by them (all candidates when not given).
    """

    def __init__(
        self,
        query: BriefQuery,
        profiles: Sequence[CreatorProfile],
        keyword: dict[str, float],
        *,
        use_authenticity: bool = True,
        use_engagement: bool = True,
        use_constraints: bool = True,
        use_niche: bool = True,
        audience: dict[str, float] | None = None,
        audience_meaning: dict[str, float] | None = None,
        hubness: dict[str, float] | None = None,
        nearness_scale: Collection[str] | None = None,
    ) -> None:
        self.query = query
        self.nearness_scale = set(nearness_scale) if nearness_scale else None
        self.hubness = hubness or {}
        self.profiles = profiles
        self.use_authenticity = use_authenticity
        self.use_constraints = use_constraints
        # "kontennya bebas": no topic to cover, so no niche to fit.
        self.by_niche = use_niche and not query.any_content
        main_terms = query.niche_terms.get(query.niches[0], []) if query.niches else []
        self.strong_lexicon = len(main_terms) >= STRONG_TERMS
        segments = (segment_shares(query.creator_audience,
                                   {profile.key: profile.community for profile in profiles})
                    if query.creator_audience else {})
        self.audience_share = audience_shares(audience or {}, audience_meaning or {}, segments)
        self.audience_weight = (AUDIENCE_SHARE_ANY_CONTENT if query.any_content
                                else AUDIENCE_SHARE)
        self.keyword = keyword
        self._candidates = [self._prepare(profile, use_engagement=use_engagement)
                            for profile in profiles]

    def _prepare(self, profile: CreatorProfile, *, use_engagement: bool) -> _Candidate:
        query = self.query
        assessment = assess_creator(profile.platform, profile.followers, profile.avg_likes,
                                    profile.avg_comments, profile.avg_views,
                                    tuple(profile.follower_history), profile.city,
                                    profile.follower_history_dates)
        checks = check_constraints(
            city=assessment.match_city, country=profile.country, platform=profile.platform,
            followers=profile.followers, rate_idr=profile.rate_idr, cities=query.cities,
            countries=query.countries, platforms=query.platforms,
            excluded_platforms=query.excluded_platforms, min_followers=query.min_followers,
            max_followers=query.max_followers, max_rate_idr=query.max_rate_idr,
            fallback_cities=query.fallback_cities,
        )
        fit = constraint_fit(checks) if self.use_constraints else 1.0
        quality = 0.8 + 0.2 * assessment.engagement if use_engagement else 1.0
        trust = (AUTHENTICITY_FACTOR[assessment.authenticity.verdict]
                 if self.use_authenticity else 1.0)
        return _Candidate(profile=profile, assessment=assessment, checks=checks, fit=fit,
                          keyword=self.keyword.get(profile.key, 0.0),
                          audience=self.audience_share.get(profile.key, 0.0),
                          quality=quality, trust=trust,
                          verified=verified_factor(profile.verified_at))

    def rank(self, semantic: dict[str, float],
             topic_semantic: dict[str, float] | None = None) -> list[ScoredMatch]:
        """Every candidate scored and in order, on topic first.

        `topic_semantic` is the candidates' similarity to what the brief sells, when
        `semantic` also weighs who the audience should be: the neighbours' niches say what the
        brief is about, and an audience ("ibu hamil") says nothing about that.
        """
        query, profiles = self.query, self.profiles
        raw = semantic
        if self.hubness:
            semantic = less_hubness(semantic, self.hubness)
            if topic_semantic is not None:
                topic_semantic = less_hubness(topic_semantic, self.hubness)
        weights = WEIGHTS_WITH_NICHE if self.by_niche else WEIGHTS_WITHOUT_NICHE
        neighbour_niches = (niches_of_neighbours(profiles, topic_semantic or semantic)
                            if self.by_niche else {})
        excluded = settle_refusals(query, neighbour_niches)
        # A niche the brief rules out says nothing about its topic, however near its creators.
        neighbour_niches = {niche: share for niche, share in neighbour_niches.items()
                            if niche not in excluded}
        # Creators of a niche the brief rules out neither set the scales nor the topic floor.
        ruled_out = {p.key for p in profiles if p.niches and p.niches[0] in excluded}
        eligible = [p.key for p in profiles if p.key not in ruled_out]
        # A candidate found only by keywords counts as the least similar one found by meaning.
        least_similar = min(semantic.values(), default=0.0)
        semantic_n = normalise({p.key: semantic.get(p.key, least_similar) for p in profiles},
                               within=eligible)
        top_keyword = max((self.keyword.get(key, 0.0) for key in eligible), default=0.0) or max(
            self.keyword.values(), default=0.0)
        # Candidates share a few niche lists: each list's fit is computed once.
        niche_of: dict[tuple[str, ...], float] = {}
        results = []
        for candidate in self._candidates:
            profile, assessment = candidate.profile, candidate.assessment
            niche = niche_of.get(profile.niches)
            if niche is None:
                niche = niche_of[profile.niches] = topic_niche_score(
                    list(profile.niches), query.niches, neighbour_niches, self.strong_lexicon)
            sem = semantic_n.get(profile.key, 0.0)
            kw = min(1.0, candidate.keyword / top_keyword) if top_keyword > 0 else 0.0
            relevance = (weights["semantic"] * sem + weights["niche"] * niche
                         + weights["keyword"] * kw)
            if self.audience_share:
                relevance = ((1 - self.audience_weight) * relevance
                             + self.audience_weight * candidate.audience)
            score = (relevance * candidate.fit * candidate.quality * candidate.trust
                     * candidate.verified)
            # In the fields' order (profile, score, semantic, keyword, niche, engagement, er,
            # norm, tier, authenticity, checks, fit, relevance, semantic_raw): by keyword it
            # takes 4× as long, and a search builds 330.
            results.append(ScoredMatch(
                profile, score, sem, kw, niche, assessment.engagement, assessment.er,
                assessment.norm, assessment.tier, assessment.authenticity, candidate.checks,
                candidate.fit, relevance, raw.get(profile.key, 0.0),
            ))
        self._settle_topic(results, semantic, topic_semantic, eligible, ruled_out,
                           bool(query.niches or neighbour_niches))
        if query.fallback_cities and self.use_constraints:
            _take_second_choice(results)
        results.sort(key=lambda match: (not match.on_topic, -match.score, match.profile.key))
        return results

    def _settle_topic(self, results: list[ScoredMatch], semantic: dict[str, float],
                      topic_semantic: dict[str, float] | None, eligible: list[str],
                      ruled_out: set[str], topic_signal: bool) -> None:
        """Mark which matches cover the brief's topic."""
        # The floors compare relevance as the contract prints it (4 decimals), among the
        # creators of niches the brief has not ruled out.
        shown = [round(match.relevance, 4) for match in results]
        best = max((value for value, match in zip(shown, results, strict=True)
                    if match.profile.key not in ruled_out), default=0.0)
        floor = max(TOPIC_ABSOLUTE, TOPIC_RELATIVE * best)
        # Near the product, not the blend of product and audience the search used, and
        # scaled by the creators the unfiltered search found: the far creators a filtered
        # search adds would make a middling one look near.
        near = topic_semantic or semantic
        farthest = min(near.values(), default=0.0)
        scale = [key for key in eligible if key in self.nearness_scale] \
            if self.nearness_scale else []
        topic_near = normalise({p.key: near.get(p.key, farthest) for p in self.profiles},
                               within=scale or eligible)
        # Who follows is enough only when the brief names no topic of its own firmly:
        # "kontennya otomotif dan bengkel, followers-nya karyawan" asks for both.
        audience_counts = not (self.by_niche and self.strong_lexicon)
        for match, relevance_shown in zip(results, shown, strict=True):
            # With a topic to go by, relevance alone is not enough: a creator whose bio merely
            # shares words with the brief must also share its niche or be among the nearest.
            covers_topic = relevance_shown >= floor and (
                not topic_signal or match.niche >= TOPIC_NICHE
                or topic_near.get(match.profile.key, 0.0) >= TOPIC_SEMANTIC)
            followed_by_audience = audience_counts and self.audience_share.get(
                match.profile.key, 0.0) >= AUDIENCE_ON_TOPIC
            match.on_topic = (covers_topic or followed_by_audience) and (
                match.profile.key not in ruled_out) and not (
                self.use_authenticity and match.authenticity.verdict == "suspicious")


def score_candidates(
    query: BriefQuery,
    profiles: Sequence[CreatorProfile],
    semantic: dict[str, float],
    keyword: dict[str, float],
    *,
    use_authenticity: bool = True,
    use_engagement: bool = True,
    use_constraints: bool = True,
    use_niche: bool = True,
    topic_semantic: dict[str, float] | None = None,
    audience: dict[str, float] | None = None,
    audience_meaning: dict[str, float] | None = None,
    hubness: dict[str, float] | None = None,
) -> list[ScoredMatch]:
    """Every candidate scored once and in order (`Candidates`, whose arguments these are)."""
    return Candidates(
        query, profiles, keyword, use_authenticity=use_authenticity,
        use_engagement=use_engagement, use_constraints=use_constraints, use_niche=use_niche,
        audience=audience, audience_meaning=audience_meaning, hubness=hubness,
    ).rank(semantic, topic_semantic)


def _take_second_choice(results: Sequence[ScoredMatch]) -> None:
    """When nobody on topic lives where the brief asked first, its fallback area is where it
    asks: a creator there misses nothing. (A suspicious creator is never on topic.)"""
    if any(match.on_topic and any(c.name == "location" and c.satisfied for c in match.checks)
           for match in results):
        return
    for match in results:
        if not any(check.second_choice for check in match.checks):
            continue
        match.checks = [ConstraintCheck(check.name, True) if check.second_choice else check
                        for check in match.checks]
        fit = constraint_fit(match.checks)
        match.score *= fit / match.fit
        match.fit = fit
