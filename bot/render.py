"""Telegram ⇄ text: language choice, escaping and card rendering (HTML parse mode)."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from prompts.bot_texts import BOT_TEXTS
from prompts.explanations import PLATFORM_LABELS, TIER_LABELS, VERDICT_LABELS, place_name
from prompts.numbers import format_count, format_percent, format_rupiah
from retrieval.brief_parser import BriefQuery
from retrieval.lexicon import NICHE_LABELS
from retrieval.privacy import brand_view
from retrieval.ranking import VERIFIED_FRESH_DAYS, ScoredMatch

SUPPORTED = ("id", "en")
# Telegram's limit on one message's text.
MAX_MESSAGE_CHARS = 4096
# An explanation longer than this (only a chat model could write one) is cut, so five cards
# and the brief's summary always fit one message.
MAX_EXPLANATION_CHARS = 600
# A short card's reason line: one line on a phone, about.
MAX_REASON_CHARS = 140
# The followers the brief asks for, in its own words, on the understood line.
MAX_AUDIENCE_CHARS = 60


# /start payloads of shared links (bot/links.py).
CARD_LINK = "c_"
SHORTLIST_LINK = "s_"


def deep_link(bot_username: str, payload: str) -> str:
    """The link that opens the bot with /start <payload>."""
    return f"https://t.me/{bot_username}?start={payload}"


def share_url(link: str, text: str = "") -> str:
    """Telegram's share dialog for a link (the user picks the chat)."""
    query = {"url": link, **({"text": text} if text else {})}
    return "https://t.me/share/url?" + urlencode(query)


def card_link(bot_username: str, ref: str) -> str:
    return deep_link(bot_username, CARD_LINK + ref)


def shortlist_link(bot_username: str, token: str) -> str:
    return deep_link(bot_username, SHORTLIST_LINK + token)


def language_from_code(code: str | None) -> str:
    """Telegram's `language_code` → 'id' (Indonesian, Malay, Javanese, Sundanese) or 'en'."""
    if code and code.split("-")[0].lower() in {"id", "ms", "jv", "su", "in"}:
        return "id"
    return "en" if code else "id"


def t(language: str, key: str, *, table: dict[str, dict[str, str]] | None = None,
      **values: Any) -> str:
    """A template with its values HTML-escaped (keys ending in `_html` are trusted markup)."""
    texts = table or BOT_TEXTS
    template = texts.get(language, texts["en"])[key]
    safe = {
        name: (value if name.endswith("_html") else html.escape(str(value), quote=False))
        for name, value in values.items()
    }
    return template.format(**safe)


def query_summary(query: BriefQuery, language: str) -> str:
    """One line of what the parser understood, so the user can correct it."""
    parts: list[str] = []
    if query.niches:
        parts.append(t(language, "summary_niches",
                       value=", ".join(NICHE_LABELS[n][language] for n in query.niches)))
    refused = [NICHE_LABELS[n][language] for n in query.excluded_niches] + [
        kind for kinds in query.refused_kinds.values() for kind in kinds]
    if refused:
        parts.append(t(language, "summary_excluded_niches", value=", ".join(refused)))
    if query.any_content:
        parts.append(t(language, "summary_any_content"))
    if query.creator_audience:
        parts.append(t(language, "summary_audience",
                       value=_shortened(query.creator_audience, MAX_AUDIENCE_CHARS)))
    if query.places:
        parts.append(t(language, "summary_places", value=", ".join(
            place_name(place, language) for place in query.places)))
    if query.fallback_places:
        parts.append(t(language, "summary_fallback_places", value=", ".join(
            place_name(place, language) for place in query.fallback_places)))
    if query.platforms:
        parts.append(t(language, "summary_platforms",
                       value=", ".join(PLATFORM_LABELS.get(p, p) for p in query.platforms)))
    if query.min_followers is not None or query.max_followers is not None:
        # One bound alone reads as the budget does ("≤ Rp 500.000"): "≥ 10.000", not "10.000–∞".
        low = format_count(query.min_followers, language) if query.min_followers else None
        high = format_count(query.max_followers, language) if query.max_followers else None
        value = (f"{low}–{high}" if low and high else f"≥ {low}" if low else f"≤ {high}")
        parts.append(t(language, "summary_followers", value=value))
    if query.max_rate_idr is not None:
        parts.append(t(language, "summary_budget",
                       value=format_rupiah(query.max_rate_idr, language)))
    return "; ".join(parts) if parts else t(language, "summary_none")


def fit_notice(fitting: int | None, shown: int, language: str) -> str | None:
    """Said first when fewer creators than a page meet every stated constraint."""
    if fitting is None or shown == 0 or fitting >= shown:
        return None
    if fitting == 0:
        return t(language, "fit_none")
    return t(language, "fit_few", count=format_count(fitting, language))


def render_card(rank: int | None, match: ScoredMatch, explanation: str, language: str) -> str:
    """A creator card as brands see it; `rank` None for the creator's own view (/myprofile)."""
    profile = match.profile
    # Free text from the creator: contact details are only released on Accept.
    view = brand_view(profile)
    rate = (format_rupiah(profile.rate_idr, language) if profile.rate_idr is not None
            else t(language, "rate_unknown"))
    return t(
        language, "card", rank=f"{rank}. " if rank is not None else "",
        name=view.name,
        handle=profile.handle, platform=PLATFORM_LABELS.get(profile.platform, profile.platform),
        city=view.city or "-",
        followers=format_count(profile.followers, language),
        er=format_percent(match.er, language), tier=TIER_LABELS[language][match.tier],
        norm=format_percent(match.norm, language),
        verdict=VERDICT_LABELS[language][match.authenticity.verdict], rate=rate,
        verified=verification_label(profile.verified_at, language),
        explanation_html=html.escape(_shortened(explanation, MAX_EXPLANATION_CHARS),
                                     quote=False),
    )


def render_short_card(rank: int, match: ScoredMatch, reason: str, language: str) -> str:
    """A match in a list answer, in three lines: who and where; followers, ER against the
    norm, verdict and rate; one reason (the rest is behind ❓)."""
    profile = match.profile
    view = brand_view(profile)
    rate = (t(language, "rate_short", rate=format_rupiah(profile.rate_idr, language))
            if profile.rate_idr is not None else t(language, "rate_short_unknown"))
    return t(
        language, "card_short", rank=rank, name=view.name, handle=profile.handle,
        platform=PLATFORM_LABELS.get(profile.platform, profile.platform),
        city=view.city or "-", followers=format_count(profile.followers, language),
        er=format_percent(match.er, language), tier=TIER_LABELS[language][match.tier],
        norm=format_percent(match.norm, language),
        verdict=VERDICT_LABELS[language][match.authenticity.verdict], rate=rate,
        verified=verification_label(profile.verified_at, language),
        reason_html=html.escape(_shortened(reason, MAX_REASON_CHARS), quote=False),
    )


def verification_label(verified_at: datetime | None, language: str,
                       now: datetime | None = None) -> str:
    """Where a card's numbers come from: the platform's API (and how long ago), or the
    creator (self-reported, or an import)."""
    if verified_at is None:
        return t(language, "self_reported")
    days = max(0, ((now or datetime.now(UTC)) - verified_at).days)
    ago = (t(language, "ago_today") if days == 0 else t(language, "ago_yesterday")
           if days == 1 else t(language, "ago_days", days=days))
    # Stale exactly when ranking stops preferring them.
    return t(language, "verified_stale" if days > VERIFIED_FRESH_DAYS else "verified", ago=ago)


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut) + "…"


_MONTHS = {
    "id": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


def format_date(moment: datetime, language: str) -> str:
    """A day as people write it: "2 Jan 2027" (en) / "2 Agu 2027" (id)."""
    months = _MONTHS.get(language, _MONTHS["en"])
    return f"{moment.day} {months[moment.month - 1]} {moment.year}"


def pack_messages(blocks: list[str], *, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Blocks of HTML joined by blank lines into as few messages as `limit` allows.

    A block is never split (that could cut a tag); one longer than `limit` on its own is
    sent alone and Telegram refuses it, which the error handler reports.
    """
    messages: list[str] = []
    for block in blocks:
        if messages and len(messages[-1]) + 2 + len(block) <= limit:
            messages[-1] += "\n\n" + block
        else:
            messages.append(block)
    return messages
