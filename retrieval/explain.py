"""Grounded explanations: every number shown comes from the creator's record.

Numbers are formatted by `prompts.numbers` (one format per language); `allowed_numbers` lists
every number string an explanation may contain, so tests can check that nothing was invented.
"""

from __future__ import annotations

import re

from prompts.explanations import (
    EXPLANATION_TEMPLATES,
    PLATFORM_LABELS,
    TIER_LABELS,
    place_name,
)
from prompts.numbers import format_count, format_percent, format_rupiah
from retrieval.brief_parser import BriefQuery
from retrieval.lexicon import NICHE_LABELS
from retrieval.privacy import brand_view
from retrieval.ranking import ScoredMatch
from retrieval.scoring import MONTH_DAYS, Signal

MAX_COMMUNITY_CHARS = 140


def _jump_period(facts: dict[str, float], language: str) -> str:
    """Over what time a follower jump happened: counts saved with dates say how many days
    (beyond a month the growth is a monthly average); undated counts are a month apart."""
    texts = EXPLANATION_TEMPLATES[language]
    if "days" in facts:
        days = int(facts["days"])
        if days <= 1:
            return texts["jump_day"]
        key = "jump_days" if days <= MONTH_DAYS else "jump_average_days"
        return texts[key].format(days=format_count(days, language))
    if "months" in facts:
        return texts["jump_average_months"].format(
            months=format_count(int(facts["months"]), language))
    return texts["jump_month"]


def signal_reason(signal: Signal, language: str) -> str:
    """One authenticity signal as a sentence with its numbers."""
    texts = EXPLANATION_TEMPLATES[language]
    facts = signal.facts

    def pct(key: str) -> str:
        return format_percent(facts[key], language)

    def count(key: str) -> str:
        return format_count(int(facts[key]), language)

    if signal.code == "low_engagement":
        return texts["low_engagement"].format(er=pct("er"), norm=pct("norm"))
    if signal.code == "engagement_pod":
        if "er" in facts:
            return texts["engagement_pod"].format(comment_share=pct("comment_share"), er=pct("er"))
        return texts["engagement_pod_short"].format(comment_share=pct("comment_share"))
    if signal.code == "very_high_engagement":
        return texts["very_high_engagement"].format(er=pct("er"), norm=pct("norm"))
    if signal.code == "engagement_without_followers":
        return texts["engagement_without_followers"].format(likes=count("likes"),
                                                            comments=count("comments"))
    if signal.code == "follower_jump":
        key = "follower_jump" if signal.severity == "strong" else "follower_jump_short"
        return texts[key].format(growth="+" + pct("growth"), before=count("before"),
                                 after=count("after"), period=_jump_period(facts, language))
    if signal.code == "view_farming":
        return texts["view_farming"].format(
            views=count("views"), followers=count("followers"), lpv=pct("like_per_view")
        )
    if signal.code == "few_views":
        return texts["few_views"].format(views=count("views"), followers=count("followers"))
    return signal.code


def authenticity_sentence(match: ScoredMatch, language: str) -> str:
    """The verdict and, when not authentic, the reasons with their numbers."""
    texts = EXPLANATION_TEMPLATES[language]
    verdict = match.authenticity.verdict
    if verdict == "authentic" and not match.authenticity.signals:
        return texts["authentic"]
    reasons = "; ".join(signal_reason(s, language) for s in match.authenticity.signals)
    if verdict == "authentic":
        return texts["authentic"].rstrip(".") + f" ({reasons})."
    return texts[verdict].format(reasons=reasons)


def numbers_sentence(match: ScoredMatch, language: str) -> str:
    """Followers, ER and how it compares with the tier norm."""
    texts = EXPLANATION_TEMPLATES[language]
    ratio = match.er / match.norm if match.norm else 0.0
    comparison = texts["above"] if ratio > 1.15 else texts["below"] if ratio < 0.85 else \
        texts["near"]
    return texts["numbers"].format(
        followers=format_count(match.profile.followers, language),
        tier=TIER_LABELS[language][match.tier],
        er=format_percent(match.er, language),
        comparison=comparison,
        platform=PLATFORM_LABELS.get(match.profile.platform, match.profile.platform),
        norm=format_percent(match.norm, language),
    )


def rate_sentence(match: ScoredMatch, query: BriefQuery, language: str) -> str:
    """The creator's rate against the brief's budget."""
    texts = EXPLANATION_TEMPLATES[language]
    rate = match.profile.rate_idr
    if rate is None:
        return texts["rate_unknown"]
    rate_text = format_rupiah(rate, language)
    if query.max_rate_idr is None:
        return texts["rate_only"].format(rate=rate_text)
    key = "rate_within" if rate <= query.max_rate_idr else "rate_over"
    return texts[key].format(rate=rate_text, budget=format_rupiah(query.max_rate_idr, language))


def _trim(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def explain(match: ScoredMatch, query: BriefQuery, language: str | None = None) -> str:
    """A short explanation in the brief's language, grounded in the creator's record."""
    language = language or query.language
    language = language if language in EXPLANATION_TEMPLATES else "en"
    texts = EXPLANATION_TEMPLATES[language]
    profile = match.profile
    # Creators' own words only as brands may see them (contacts are released on Accept).
    view = brand_view(profile)
    niche_names = ", ".join(NICHE_LABELS[n][language] for n in profile.niches if n in NICHE_LABELS)
    matched_terms = [t for n in profile.niches for t in query.niche_terms.get(n, [])]
    sentences = []
    if not (query.text.strip() or query.semantic_text.strip() or query.like):
        # A profile shown without a brief (/myprofile): nothing to be close to.
        sentences.append(texts["content_profile"].format(niches=niche_names or "-"))
    elif query.like:
        sentences.append(texts["content_like"].format(
            niches=niche_names, handle=query.like.partition(":")[2]))
    elif matched_terms:
        sentences.append(texts["content_match"].format(
            niches=niche_names, terms=", ".join(dict.fromkeys(matched_terms[:3]))
        ))
    else:
        sentences.append(texts["content_semantic"].format(niches=niche_names))
    if view.community:
        sentences.append(texts["community"].format(
            community=_trim(view.community, MAX_COMMUNITY_CHARS)))
    sentences.append(numbers_sentence(match, language))
    sentences.append(authenticity_sentence(match, language))
    sentences.append(rate_sentence(match, query, language))
    met = [c for c in match.checks if c.satisfied and c.name != "budget"]
    missed = [c for c in match.checks if c.satisfied is False and c.name != "budget"]

    def label(name: str) -> str:
        if name == "location":
            return texts["location"].format(city=view.city or "-")
        if name == "platform":
            return texts["platform"].format(
                platform=PLATFORM_LABELS.get(profile.platform, profile.platform))
        return texts[name]

    if met:
        sentences.append(texts["fits"].format(items=", ".join(label(c.name) for c in met)))
    if missed:
        # The budget is the rate sentence's.
        sentences.append(texts["misses"].format(items="; ".join(
            miss_labels(match, query, language, budget=False))))
    return " ".join(sentences)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def card_reason(match: ScoredMatch, query: BriefQuery, explanation: str,
                language: str) -> str:
    """The one reason a short card gives: what it misses of the brief when it misses
    something, else the explanation's first sentence (template or chat model)."""
    texts = EXPLANATION_TEMPLATES[language if language in EXPLANATION_TEMPLATES else "en"]
    missed = miss_labels(match, query, language)
    if missed:
        return texts["misses"].format(items="; ".join(missed))
    return _SENTENCE_END.split(explanation.strip(), maxsplit=1)[0]


def miss_labels(match: ScoredMatch, query: BriefQuery, language: str, *,
                budget: bool = True) -> list[str]:
    """What this creator misses of the brief, each with both sides: "di Bandung, bukan
    Surabaya", "3.500 followers, di bawah minimum 5.000", "rate Rp 650.000/post, di atas
    budget Rp 500.000" (left out with `budget=False`, where a rate sentence says it)."""
    texts = EXPLANATION_TEMPLATES[language if language in EXPLANATION_TEMPLATES else "en"]
    joiner = f" {texts['or']} "
    city = brand_view(match.profile).city
    labels = []
    for check in match.checks:
        if check.satisfied is not False:
            continue
        if check.name == "location":
            wanted = joiner.join(place_name(place, language) for place in query.places) or "-"
            labels.append(texts["miss_location"].format(city=city, wanted=wanted) if city
                          else texts["miss_location_unknown"].format(wanted=wanted))
        elif check.name == "platform":
            wanted = joiner.join(PLATFORM_LABELS.get(p, p) for p in query.platforms) or "-"
            labels.append(texts["miss_platform"].format(
                platform=PLATFORM_LABELS.get(match.profile.platform, match.profile.platform),
                wanted=wanted))
        elif check.name == "followers":
            followers = format_count(match.profile.followers, language)
            if query.min_followers is not None and match.profile.followers < query.min_followers:
                labels.append(texts["miss_followers_low"].format(
                    followers=followers, bound=format_count(query.min_followers, language)))
            elif query.max_followers is not None:
                labels.append(texts["miss_followers_high"].format(
                    followers=followers, bound=format_count(query.max_followers, language)))
        elif check.name == "budget" and budget:
            rate, limit = match.profile.rate_idr, query.max_rate_idr
            if rate is not None and limit is not None:
                labels.append(texts["miss_budget"].format(
                    rate=format_rupiah(rate, language), budget=format_rupiah(limit, language)))
    return labels


def explain_details(match: ScoredMatch, query: BriefQuery, language: str | None = None,
                    explanation: str | None = None) -> str:
    """The longer "why this creator?" text: the card's explanation (`explanation` when the
    answer had one, e.g. a chat model's, else the template's) plus every fact behind it
    (averages, follower history, each authenticity check), all from the creator's record."""
    language = language or query.language
    language = language if language in EXPLANATION_TEMPLATES else "en"
    texts = EXPLANATION_TEMPLATES[language]
    profile = match.profile
    averages = texts["details_averages"].format(
        likes=format_count(profile.avg_likes, language),
        comments=format_count(profile.avg_comments, language))
    if profile.avg_views is not None:
        averages += texts["details_views"].format(views=format_count(profile.avg_views, language))
    lines = [texts["details_title"].format(handle=profile.handle), "",
             explanation or explain(match, query, language), "", averages + "."]
    if len(profile.follower_history) > 1:
        lines.append(texts["details_history"].format(history=" → ".join(
            format_count(count, language) for count in profile.follower_history[-6:])))
    lines.append(texts["details_signals"])
    signals = match.authenticity.signals
    lines.extend(f"• {signal_reason(s, language)}" for s in signals)
    if not signals:
        lines.append(f"• {texts['details_no_signals']}")
    return "\n".join(lines)


def allowed_numbers(match: ScoredMatch, query: BriefQuery, language: str) -> set[str]:
    """Every number string an explanation of this match may contain."""
    profile = match.profile
    values = {
        format_count(profile.followers, language),
        format_percent(match.er, language),
        format_percent(match.norm, language),
    }
    values.update(format_count(count, language) for count in (
        profile.avg_likes, profile.avg_comments, profile.avg_views, *profile.follower_history)
        if count is not None)
    if profile.rate_idr is not None:
        values.add(format_rupiah(profile.rate_idr, language).removeprefix("Rp "))
    if query.max_rate_idr is not None:
        values.add(format_rupiah(query.max_rate_idr, language).removeprefix("Rp "))
    values.update(format_count(bound, language) for bound in (
        query.min_followers, query.max_followers) if bound is not None)
    for signal in match.authenticity.signals:
        for key, value in signal.facts.items():
            if key in {"er", "norm", "comment_share", "growth", "like_per_view"}:
                values.add(format_percent(value, language))
            else:
                values.add(format_count(int(value), language))
    return values
