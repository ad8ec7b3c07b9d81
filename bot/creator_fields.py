"""The creator's profile fields as the conversation asks them: which fields, their limits and
choices, the keyboard of a choice field, and reading a typed answer into a value or a reason
in the creator's language (counts through the same reader as import files)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.render import t as render_t
from prompts.creator_texts import COUNTRY_CHOICES, CREATOR_TEXTS, LANGUAGE_CHOICES
from prompts.explanations import PLATFORM_LABELS
from prompts.numbers import format_count
from retrieval.brief_parser import parse_brief
from retrieval.lexicon import NICHE_LABELS
from storage.contract_ids import NICHES, PLATFORMS
from storage.numbers import NumberError, read_count, read_posts_per_week
from storage.records import (
    HANDLE_PATTERN,
    MAX_CONTACT_CHARS,
    MAX_FOLLOWERS,
    MAX_POSTS_PER_WEEK,
    MAX_RATE_IDR,
    MAX_SHORT_TEXT_CHARS,
    MAX_TEXT_CHARS,
    describe_validation_error,
)

FIELDS = (
    "platform", "handle", "display_name", "bio", "community", "niches", "city", "country",
    "languages", "followers", "avg_likes", "avg_comments", "avg_views", "posts_per_week",
    "rate_idr", "contact",
)
IDENTITY_FIELDS = ("platform", "handle")
OPTIONAL = frozenset({"display_name", "community", "city", "avg_views", "posts_per_week",
                      "rate_idr"})
COUNT_LIMITS = {"followers": MAX_FOLLOWERS, "avg_likes": MAX_FOLLOWERS,
                "avg_comments": MAX_FOLLOWERS, "avg_views": 100 * MAX_FOLLOWERS,
                "rate_idr": MAX_RATE_IDR}
TEXT_LIMITS = {"display_name": MAX_SHORT_TEXT_CHARS, "bio": MAX_TEXT_CHARS,
               "community": MAX_TEXT_CHARS, "city": MAX_SHORT_TEXT_CHARS,
               "contact": MAX_CONTACT_CHARS}
STATS_FIELDS = ("followers", "avg_likes", "avg_comments", "avg_views")
MULTI_LIMITS = {"niches": 3, "languages": 5}
# A typed rate under this many rupiah is a missing unit ("3" for 3 jt), not a price: the
# smallest paid rates are tens of thousands. 0 stays: an unpaid (barter) collaboration.
MIN_TYPED_RATE_IDR = 10_000
# A contact brands can use: an email, a phone (WhatsApp) number, an @username or a link.
CONTACT_PATTERN = re.compile(
    r"[^\s@]+@[^\s@]+\.[a-z]{2,}|\+?\d[\d\s().-]{7,}\d|(?<![\w.])@[a-z0-9._]{2,}|"
    r"https?://\S+|\b(?:wa\.me|t\.me|line\.me)/\S+", re.IGNORECASE)
# Which message explains a count the shared reader refused.
COUNT_ERRORS = {"fraction": "count_fraction", "ambiguous": "count_ambiguous"}


def tc(language: str, key: str, **values: Any) -> str:
    """A creator-flow text, values escaped."""
    return render_t(language, key, table=CREATOR_TEXTS, **values)


def field_choices(field: str, language: str) -> list[tuple[str, str]]:
    """(value, label) of a field answered with buttons; empty for a typed field."""
    if field == "platform":
        return [(p, PLATFORM_LABELS[p]) for p in PLATFORMS]
    if field == "country":
        return list(COUNTRY_CHOICES)
    if field == "niches":
        return [(n, NICHE_LABELS[n][language]) for n in NICHES]
    if field == "languages":
        return list(LANGUAGE_CHOICES)
    return []


_WORD = re.compile(r"[^\W_]+")


def _folded(text: str) -> str:
    """Lowercase words separated by single spaces, without emoji or punctuation, padded
    with a space on each side so a label is found as whole words."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def named_choices(field: str, text: str) -> list[str]:
    """The choices of a button field that a typed answer names ("kuliner, parenting" → two
    niches, "ig" → Instagram, "indonesia" → ID), in the buttons' order: the labels in either
    language, and for niches and platforms the words briefs name them by (the brief
    parser's lexicon)."""
    typed = _folded(text)
    named = {value for language in ("id", "en") for value, label in field_choices(field, language)
             if _folded(label).strip() and _folded(label) in typed}
    if field in ("niches", "platform"):
        query = parse_brief(text)
        named |= set(query.niches if field == "niches" else query.platforms)
    return [value for value, _ in field_choices(field, "en") if value in named]


def field_keyboard(field: str, language: str, selected: list[str]) -> InlineKeyboardMarkup | None:
    """The buttons of a choice field (ticks on what is selected; Done for multi-choice)."""
    choices = field_choices(field, language)
    if not choices:
        return None
    multi = field in MULTI_LIMITS
    buttons = [
        InlineKeyboardButton(("✓ " if value in selected else "") + label,
                             callback_data=f"rg:{'tog' if multi else 'pick'}:{value}")
        for value, label in choices
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if multi:
        rows.append([InlineKeyboardButton(tc(language, "done_button"), callback_data="rg:done")])
    return InlineKeyboardMarkup(rows)


def read_answer(field: str, text: str, language: str) -> tuple[Any, str | None]:
    """(value, error message) for a typed answer."""
    value = text.strip()
    if not value:
        return None, tc(language, "empty")
    if field == "handle":
        handle = value.removeprefix("@").lower()
        if not HANDLE_PATTERN.fullmatch(handle):
            return None, tc(language, "bad_handle")
        return handle, None
    if field in TEXT_LIMITS:
        if len(value) > TEXT_LIMITS[field]:
            return None, tc(language, "field_too_long", limit=TEXT_LIMITS[field],
                            length=len(value))
        if field == "contact" and not CONTACT_PATTERN.search(value):
            return None, tc(language, "bad_contact")
        return value, None
    if field in COUNT_LIMITS:
        # The same reader as import files, so "10.000" is ten thousand at every door.
        try:
            number = read_count(value)
        except NumberError as error:
            return None, tc(language, COUNT_ERRORS.get(error.code, "bad_count"))
        if not 0 <= number <= COUNT_LIMITS[field]:
            return None, tc(language, "count_range",
                            limit=format_count(COUNT_LIMITS[field], language))
        if field == "rate_idr" and 0 < number < MIN_TYPED_RATE_IDR:
            return None, tc(language, "rate_without_unit", value=format_count(number, language))
        return number, None
    if field == "posts_per_week":
        try:
            posts = read_posts_per_week(value, MAX_POSTS_PER_WEEK)
        except NumberError as error:
            key = "posts_ambiguous" if error.code == "ambiguous" else "bad_number"
            return None, tc(language, key)
        if posts > MAX_POSTS_PER_WEEK:
            return None, tc(language, "count_range",
                            limit=format_count(MAX_POSTS_PER_WEEK, language))
        return posts, None
    return None, tc(language, "empty")


def invalid_reason(error: ValidationError, language: str) -> str:
    """Why a profile cannot be saved, in the user's language when the check is one of ours."""
    for item in error.errors():
        if item["type"] == "implausible_engagement":
            facts = item.get("ctx") or {}
            template = CREATOR_TEXTS.get(language, CREATOR_TEXTS["en"])["implausible_engagement"]
            # Plain text: `invalid_record` escapes it once.
            return template.format(
                field=tc(language, f"field_{facts['field']}"),
                value=format_count(int(facts["value"]), language),
                followers=format_count(int(facts["followers"]), language),
                platform=PLATFORM_LABELS.get(str(facts["platform"]), str(facts["platform"])),
                limit=format_count(int(facts["limit"]), language),
            )
    return describe_validation_error(error)
