"""Optional LLM layer: richer match explanations and brief understanding, grounded.

Jodoh works without a model: `retrieval.explain.explain` and `retrieval.brief_parser.parse_brief`
are the defaults. When a deployment configures a chat model (``LLM_MODEL=openai:gpt-4o-mini``),
this module adds two things on top of them, and falls back to them on every failure:

* `LLMExplainer` writes a 2–3 sentence reason per card from `creator_facts`, and keeps it only
  if `grounding_problems` finds nothing the facts do not support (numbers, handles, cities,
  contact details); otherwise, on a timeout or on a provider error, the card gets the template.
* `LLMBriefParser` extracts the brief's constraints with the model and `merge_briefs` them into
  the deterministic parse: the rules win on numbers, the model may only add lexicon values.

User text (briefs, bios, community descriptions) only ever reaches the model inside a delimited
data block of the human message, with angle brackets replaced (`neutralize`), so it cannot
close the block or pose as an instruction.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.outputs import LLMResult
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda
from langchain_core.utils.json import parse_json_markdown
from pydantic import BaseModel, ConfigDict, Field, field_validator

from prompts.explanations import EXPLANATION_TEMPLATES, PLATFORM_LABELS, TIER_LABELS
from prompts.llm_prompts import (
    ANSWER_IN,
    DATA_TAGS,
    EXPLANATION_PROMPT,
    EXTRACTION_PROMPT,
)
from prompts.numbers import format_count, format_percent, format_rupiah
from retrieval.brief_parser import IDR_PER_CURRENCY, BriefQuery, parse_brief, parse_count
from retrieval.explain import (
    explain,
    rate_sentence,
    signal_reason,  # the one formatter of signal reasons; reused so numbers match the cards
)
from retrieval.lexicon import (
    AMBIGUOUS_PLACES,
    CITY_SYNONYMS,
    NICHE_LABELS,
    PLACES,
    PLATFORM_TERMS,
    Place,
    canonical_city,
)
from retrieval.privacy import (
    MENTION,
    MESSAGING_HINT,
    brand_view,
    find_contacts,
    normalize_handle,
    scrub_contacts,
)
from retrieval.ranking import ScoredMatch

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 8.0
# Longer than any good 2–3 sentence card text; a model that rambles is not following the rules.
MAX_OUTPUT_CHARS = 600
# Bounds on user text placed in prompts: they cap the cost per brief (the bot already refuses
# briefs over 1500 characters).
MAX_PROMPT_BRIEF_CHARS = 1500
MAX_BIO_CHARS = 300
MAX_COMMUNITY_CHARS = 200
MAX_NAME_CHARS = 60
MAX_AUDIENCE_CHARS = 200
MAX_NICHES = 3
# The usual rule of thumb for English and Indonesian with BPE tokenizers; only used when the
# provider does not report usage.
CHARS_PER_TOKEN = 4
PROVIDER_EXTRAS: dict[str, str] = {"openai": "openai", "ollama": "ollama"}
CONTENT_LANGUAGES = frozenset({"id", "en", "jv", "su"})
LOG_PREVIEW_CHARS = 80

Source = Literal["llm", "template"]


class LLMConfigError(RuntimeError):
    """The configured chat model cannot be loaded (unknown provider, missing package)."""


# --------------------------------------------------------------------------------------------
# Loading a model


def load_chat_model(spec: str | None, **kwargs: Any) -> BaseChatModel | None:
    """The chat model named by a ``provider:model`` spec, or None when no model is configured.

    Args:
        spec: ``"openai:gpt-4o-mini"``, ``"ollama:qwen2.5"`` (everything after the first colon
            is the model name, so ``"ollama:qwen2.5:7b"`` works). A spec without a colon lets
            LangChain infer the provider from the model name. None or blank: no model.
        **kwargs: Passed to `init_chat_model` (e.g. ``temperature``, ``base_url``).

    Returns:
        The model, or None if `spec` is empty.

    Raises:
        LLMConfigError: The provider is unknown, its LangChain package is not installed (the
            message names the pip extra), or the provider refused the configuration.
    """
    if spec is None or not spec.strip():
        return None
    spec = spec.strip()
    provider: str | None
    provider, colon, model = spec.partition(":")
    if not colon:
        provider, model = None, spec
    elif not provider or not model:
        raise LLMConfigError(
            f"LLM_MODEL={spec!r} is not 'provider:model', e.g. 'openai:gpt-4o-mini' or "
            "'ollama:qwen2.5'"
        )
    # Imported here: `langchain` is heavy and only needed when a model is configured.
    from langchain.chat_models import init_chat_model

    try:
        chat_model = init_chat_model(model, model_provider=provider, **kwargs)
    except ImportError as error:
        name = provider or next((p for p in PROVIDER_EXTRAS if p in str(error)), None)
        extra = PROVIDER_EXTRAS.get(name or "")
        hint = (f"pip install -e '.[{extra}]'" if extra
                else f"install the LangChain integration package for {name or 'this provider'}")
        raise LLMConfigError(
            f"LLM_MODEL={spec!r} needs a provider package that is not installed: {hint}"
        ) from error
    except ValueError as error:
        raise LLMConfigError(
            f"LLM_MODEL={spec!r}: unknown or unsupported chat model provider "
            f"{provider!r} ({error}). Use e.g. 'openai:gpt-4o-mini' (pip install -e '.[openai]') "
            "or 'ollama:qwen2.5' (pip install -e '.[ollama]')."
        ) from error
    except Exception as error:
        raise LLMConfigError(f"LLM_MODEL={spec!r} could not be initialised: {error}") from error
    if not isinstance(chat_model, BaseChatModel):
        raise LLMConfigError(f"LLM_MODEL={spec!r} did not give a chat model")
    return chat_model


# --------------------------------------------------------------------------------------------
# User text: neutralising delimiters, scrubbing contact details

# Angle brackets (ASCII and look-alikes) are what a forged </creator_facts> needs.
_OPENERS = str.maketrans({"<": "‹", "＜": "‹", "﹤": "‹", ">": "›", "＞": "›", "﹥": "›"})
_INVISIBLE = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)

_DATA_TAG = re.compile(rf"[<‹＜]\s*/?\s*(?:{'|'.join(DATA_TAGS)})", re.IGNORECASE)
_LONG_DIGITS = re.compile(r"\d(?:[\s.,-]?\d){6,}")


def neutralize(text: str) -> str:
    """User text made safe to sit inside a prompt's data block.

    Invisible and control characters go (they can hide text from reviewers but not from the
    model), and angle brackets become ‹ › so no delimiter can be opened or closed.
    """
    return _INVISIBLE.sub("", text).translate(_OPENERS)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _user_text(text: str | None, limit: int) -> str | None:
    # `text` comes from `brand_view`, already without contact details: scrubbing before
    # clipping, so a clip can never cut a number short enough to pass as ordinary digits.
    if not text or not text.strip():
        return None
    return neutralize(_clip(text, limit))


def _preview(text: str, own_handle: str | None = None) -> str:
    """A short, contact-free excerpt of model output for logs."""
    cleaned = _LONG_DIGITS.sub("[…]", scrub_contacts(text, own_handle))
    return _clip(cleaned, LOG_PREVIEW_CHARS)


def _language(code: str | None) -> str:
    return code if code in ANSWER_IN else "en"


# --------------------------------------------------------------------------------------------
# Facts


def _constraint_label(name: str, match: ScoredMatch, language: str) -> str:
    texts = EXPLANATION_TEMPLATES[language]
    profile = match.profile
    if name == "location":
        return texts["location"].format(city=brand_view(profile).city or "-")
    if name == "platform":
        return texts["platform"].format(
            platform=PLATFORM_LABELS.get(profile.platform, profile.platform))
    return texts[name]


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    # Absent beats null: fewer tokens, and the model cannot misread "null" as zero.
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def creator_facts(
    match: ScoredMatch, query: BriefQuery, language: str | None = None, *,
    template: str | None = None,
) -> dict[str, Any]:
    """Everything the model may say about one creator, formatted as the cards format it.

    Numbers go through `retrieval.explain`'s formatters, so the model sees (and must copy)
    exactly the strings the template explanation and the card show. User text is clipped,
    scrubbed of contact details and neutralised. Contact details are never included.

    Args:
        match: The ranked creator.
        query: The parsed brief (for the budget and the constraints checked).
        language: "id" or "en"; defaults to the brief's language.
        template: the card's template explanation, when already written.

    Returns:
        A JSON-serialisable dict (strings, lists, nested dicts) without empty values.
    """
    language = _language(language or query.language)
    profile = match.profile
    own = profile.handle
    view = brand_view(profile)
    rate = profile.rate_idr
    authenticity = match.authenticity
    facts: dict[str, Any] = {
        "handle": "@" + normalize_handle(profile.handle),
        "display_name": _user_text(profile.display_name and view.name, MAX_NAME_CHARS),
        "platform": PLATFORM_LABELS.get(profile.platform, profile.platform),
        "city": _user_text(view.city, MAX_NAME_CHARS),
        "niches": [NICHE_LABELS[n][language] for n in profile.niches if n in NICHE_LABELS],
        "bio": _user_text(view.bio, MAX_BIO_CHARS),
        "community": _user_text(view.community, MAX_COMMUNITY_CHARS),
        "followers": format_count(profile.followers, language),
        "tier": TIER_LABELS[language][match.tier],
        "engagement_rate": format_percent(match.er, language),
        "tier_norm_engagement_rate": format_percent(match.norm, language),
        "avg_likes": format_count(profile.avg_likes, language),
        "avg_comments": format_count(profile.avg_comments, language),
        "avg_views": (format_count(profile.avg_views, language)
                      if profile.avg_views is not None else None),
        "rate_per_post": format_rupiah(rate, language) if rate is not None else None,
        "rate_vs_budget": rate_sentence(match, query, language),
        "authenticity": _drop_empty({
            "verdict": authenticity.verdict,
            "signals": [
                {"code": s.code, "severity": s.severity, "reason": signal_reason(s, language)}
                for s in authenticity.signals
            ],
        }),
        "brief_constraints": _drop_empty({
            "places": list(query.places),
            "platforms": [PLATFORM_LABELS.get(p, p) for p in query.platforms],
            "min_followers": (format_count(query.min_followers, language)
                              if query.min_followers is not None else None),
            "max_followers": (format_count(query.max_followers, language)
                              if query.max_followers is not None else None),
            "budget_per_post": (format_rupiah(query.max_rate_idr, language)
                                if query.max_rate_idr is not None else None),
        }),
        "constraints_met": [_constraint_label(c.name, match, language)
                            for c in match.checks if c.satisfied],
        "constraints_missed": [_constraint_label(c.name, match, language)
                               for c in match.checks if c.satisfied is False],
        # The template quotes the community text verbatim, so it is scrubbed like user text.
        "template_explanation": neutralize(scrub_contacts(
            template if template is not None else explain(match, query, language), own)),
    }
    return _drop_empty(facts)


# --------------------------------------------------------------------------------------------
# Grounding

_UNIT_MULTIPLIERS: dict[str, int] = {
    "%": 1, "persen": 1, "percent": 1,
    "rb": 1_000, "ribu": 1_000, "k": 1_000,
    "jt": 1_000_000, "juta": 1_000_000, "m": 1_000_000, "mio": 1_000_000,
    "million": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000,
}
_NUMBER_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"(?:\s?(?P<unit>%|persen|percent|ribu|rb|k|juta|jt|mio|million|miliar|milyar|billion|bn|m)"
    r"(?![^\W\d_]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Reading:
    """One way to read a number token: its value and how far rounding may have moved it."""

    value: float
    tolerance: float


def _interpretations(number: str) -> list[tuple[float, int]]:
    """(value, decimals) for every plausible reading of "12.345", "3,5", "1,234.5"…

    Indonesian and English swap "." and ","; models mix both conventions in one answer, so
    every reading a writer could mean is tried. A number with no reading (e.g. "1.2.3", a date
    "12.05.2024") matches nothing and is reported.
    """
    separators = re.findall(r"[.,]", number)
    groups = re.split(r"[.,]", number)
    if not separators:
        return [(float(number), 0)]
    readings: list[tuple[float, int]] = []

    def grouped(parts: list[str]) -> bool:
        return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])

    if len(set(separators)) == 1 and grouped(groups):
        readings.append((float("".join(groups)), 0))
    head_separators, head, tail = separators[:-1], groups[:-1], groups[-1]
    if not head_separators or (
        len(set(head_separators)) == 1 and head_separators[0] != separators[-1] and grouped(head)
    ):
        readings.append((float("".join(head) + "." + tail), len(tail)))
    return readings


def _readings(number: str, unit: str | None) -> list[_Reading]:
    multiplier = _UNIT_MULTIPLIERS.get((unit or "").lower(), 1)
    # Abbreviations ("12 rb", "1,2 jt") are roundings by nature, so they match a fact within
    # half their last digit; a number written out in full must match exactly.
    return [
        _Reading(value * multiplier, multiplier * 10.0 ** -decimals / 2 if multiplier > 1 else 0.0)
        for value, decimals in _interpretations(number)
    ]


def _allowed_values(texts: Iterable[str], numbers: Iterable[float]) -> list[float]:
    values: set[float] = set(numbers)
    for text in texts:
        for token in _NUMBER_TOKEN.finditer(text):
            unit = token.group("unit")
            for reading in _readings(token.group("num"), unit):
                values.add(reading.value)
            if unit:
                # The bare digits of "2 jt" too: a brief's "10-50rb" gives its unit to both ends.
                values.update(value for value, _ in _interpretations(token.group("num")))
    return sorted(values)


def _matches(reading: _Reading, allowed: Sequence[float]) -> bool:
    return any(
        abs(reading.value - value) <= reading.tolerance + 1e-9 * max(1.0, abs(value))
        for value in allowed
    )


def _strings_and_numbers(data: Any) -> tuple[list[str], list[float]]:
    strings: list[str] = []
    numbers: list[float] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings.append(item)
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int | float):
            numbers.append(float(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return strings, numbers


def _place_aliases() -> list[tuple[str, Place, re.Pattern[str]]]:
    aliases: dict[str, Place] = {}
    for alias, place in PLACES.items():
        aliases[alias] = place
    for alias, city in CITY_SYNONYMS.items():
        aliases.setdefault(alias, PLACES.get(city.lower(), Place(city, (city,), "ID")))
    # Ambiguous aliases are ordinary words ("solo traveler", "batu" = stone): not checkable.
    return sorted(
        ((alias, place, re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", re.IGNORECASE))
         for alias, place in aliases.items() if alias not in AMBIGUOUS_PLACES),
        key=lambda item: -len(item[0]),
    )


_PLACE_ALIASES = _place_aliases()


def _places_in(text: str) -> list[tuple[str, Place]]:
    found: list[tuple[str, Place]] = []
    covered: list[tuple[int, int]] = []
    for alias, place, pattern in _PLACE_ALIASES:
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in covered):
                continue
            covered.append((match.start(), match.end()))
            found.append((alias, place))
    return found


def _number_problems(text: str, allowed: Sequence[float]) -> list[str]:
    problems: list[str] = []
    for token in _NUMBER_TOKEN.finditer(text):
        readings = _readings(token.group("num"), token.group("unit"))
        if not any(_matches(reading, allowed) for reading in readings):
            shown = token.group(0) if sum(c.isdigit() for c in token.group(0)) <= 6 else "[long]"
            problems.append(f"number:{shown}")
    return problems


def _place_problems(text: str, allowed_texts: Iterable[str], creator_city: str | None) -> list[str]:
    allowed_aliases: set[str] = set()
    allowed_names: set[str] = set()
    for source in allowed_texts:
        for alias, place in _places_in(source):
            allowed_aliases.add(alias)
            allowed_names.add(place.name.lower())
    home = canonical_city(creator_city)
    if home:
        allowed_names.add(home.lower())
    problems: list[str] = []
    for alias, place in _places_in(text):
        if alias in allowed_aliases or place.name.lower() in allowed_names:
            continue
        # A region or country containing the creator's city is a true statement about them.
        if home and len(place.cities) > 1 and home in place.cities:
            continue
        if home and place.country_level and home in place.cities:
            continue
        problems.append(f"place:{place.name}")
    return problems


def grounding_problems(
    text: str, facts: dict[str, Any], brief_text: str, language: str
) -> list[str]:
    """Why a model's explanation cannot be shown; an empty list means it is grounded.

    Strict by design: a false alarm costs a template explanation, a miss shows a brand an
    invented number or someone's phone number.

    Args:
        text: The model's output.
        facts: `creator_facts` for the creator (the handle, every allowed number and place).
        brief_text: The brand's brief (its numbers and places may be repeated).
        language: The explanation's language. Numbers are read in both the Indonesian and the
            English convention regardless, because models mix them ("3.5%" in Indonesian).

    Returns:
        Problem codes, without the offending contact details: ``empty``, ``too_long``,
        ``contact:email|url|phone|handle|messaging``, ``handle``, ``number:<token>``,
        ``place:<name>``, ``markup``.
    """
    del language  # both conventions are always accepted; kept for a stable signature
    stripped = text.strip()
    if not stripped:
        return ["empty"]
    problems: list[str] = []
    if len(stripped) > MAX_OUTPUT_CHARS:
        problems.append("too_long")
    own = normalize_handle(str(facts.get("handle", "")))
    # The creator's own @handle may contain dots and digits that look like a domain.
    without_own = re.sub(rf"[@＠]{re.escape(own)}(?![\w])", " ", stripped,
                         flags=re.IGNORECASE) if own else stripped
    rest = without_own
    if MESSAGING_HINT.search(rest):
        problems.append("contact:messaging")
    # Reported once: the digits of a phone number are not also "invented numbers".
    for span in reversed(find_contacts(rest, own)):
        if span.kind != "mention":
            problems.append(f"contact:{span.kind}")
            rest = rest[:span.start] + " " + rest[span.end:]
    if any(m.group(1).rstrip(".").lower() != own for m in MENTION.finditer(rest)):
        problems.append("handle")
    if _DATA_TAG.search(stripped):
        problems.append("markup")
    strings, numbers = _strings_and_numbers(facts)
    parsed = parse_brief(brief_text)
    numbers += [float(v) for v in (parsed.min_followers, parsed.max_followers,
                                   parsed.max_rate_idr) if v is not None]
    problems += _number_problems(rest, _allowed_values([*strings, brief_text], numbers))
    city = facts.get("city")
    problems += _place_problems(stripped, [*strings, brief_text],
                                city if isinstance(city, str) else None)
    return list(dict.fromkeys(problems))


def redact_problems(problems: Iterable[str]) -> list[str]:
    """Problem codes safe to log: an "invented number" may be a fragment of a phone number."""
    return list(dict.fromkeys("number" if p.startswith("number:") else p for p in problems))


def clean_output(text: str) -> str:
    """Model output as one plain paragraph (no surrounding quotes or code fences)."""
    text = text.strip().strip("`").strip()
    if len(text) >= 2 and text[0] in "\"“'" and text[-1] in "\"”'":
        text = text[1:-1]
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# Token accounting


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """Tokens one or more model calls used; `estimated` when counted as characters / 4."""

    input_tokens: int = 0
    output_tokens: int = 0
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(self.input_tokens + other.input_tokens,
                          self.output_tokens + other.output_tokens,
                          self.estimated or other.estimated)


def estimate_tokens(text: str) -> int:
    """Rough token count (characters / 4) for providers that report no usage."""
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def prompt_chars(prompt: ChatPromptTemplate, inputs: dict[str, Any]) -> int:
    """Characters of the rendered prompt (system + human), for estimates."""
    messages: list[BaseMessage] = prompt.format_messages(**inputs)
    return sum(len(message.text) for message in messages)


def total_usage(usages: Iterable[TokenUsage | None]) -> TokenUsage:
    """The sum of several calls' usage (e.g. one brief: extraction + five explanations)."""
    total = TokenUsage()
    for usage in usages:
        if usage is not None:
            total = total + usage
    return total


class _UsageCollector(BaseCallbackHandler):
    """Reads `usage_metadata` from every AIMessage a call produces."""

    # Called in the event loop's thread: the handler only adds integers.
    run_inline = True

    def __init__(self) -> None:
        super().__init__()
        self.input_tokens = 0
        self.output_tokens = 0
        self.reported = False

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        for generations in response.generations:
            for generation in generations:
                message = getattr(generation, "message", None)
                if isinstance(message, AIMessage) and message.usage_metadata:
                    self.reported = True
                    self.input_tokens += message.usage_metadata.get("input_tokens", 0)
                    self.output_tokens += message.usage_metadata.get("output_tokens", 0)

    def usage(self, prompt_characters: int, output: str) -> TokenUsage:
        if self.reported:
            return TokenUsage(self.input_tokens, self.output_tokens)
        return TokenUsage(math.ceil(prompt_characters / CHARS_PER_TOKEN),
                          estimate_tokens(output), estimated=True)


# --------------------------------------------------------------------------------------------
# Explanations


@dataclass(frozen=True, slots=True)
class Explanation:
    """The text shown on a card and where it came from.

    Attributes:
        text: The explanation.
        source: "llm" if the model's text passed grounding, else "template".
        fallback_reason: Why the template was used: "timeout", "provider_error:<Type>",
            "grounding:<problems>"; None for "llm".
        usage: Tokens the model call used (None if the model was not called).
        seconds: Time spent on the model call.
    """

    text: str
    source: Source
    fallback_reason: str | None = None
    usage: TokenUsage | None = None
    seconds: float = 0.0


class LLMExplainer:
    """Model-written explanations for a page of matches, each grounded or replaced."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        max_concurrency: int = 5,
    ) -> None:
        """Build the chain.

        Args:
            model: Any LangChain chat model.
            timeout: Seconds one explanation may take before its card gets the template.
            max_concurrency: Model calls in flight at once for one page.
        """
        self.model = model
        self.timeout = timeout
        self.max_concurrency = max(1, max_concurrency)
        self.chain: Runnable[dict[str, Any], str] = EXPLANATION_PROMPT | model | StrOutputParser()

    @staticmethod
    def prompt_inputs(facts: dict[str, Any], brief_text: str, language: str) -> dict[str, str]:
        """The prompt variables: the brief and the facts as neutralised data blocks."""
        return {
            "answer_in": ANSWER_IN[_language(language)],
            "brief": neutralize(_clip(brief_text, MAX_PROMPT_BRIEF_CHARS)),
            "facts_json": neutralize(json.dumps(facts, ensure_ascii=False)),
        }

    async def explain_many(
        self,
        matches: Sequence[ScoredMatch],
        query: BriefQuery,
        brief_text: str | None = None,
        language: str | None = None,
        templates: Sequence[str] | None = None,
    ) -> list[Explanation]:
        """Explanations for `matches`, in order, generated concurrently.

        Never raises for a model failure: each card independently falls back to the template.

        Args:
            matches: The page of matches (typically five).
            query: The parsed brief.
            brief_text: The brief as the brand wrote it; defaults to ``query.text``.
            language: "id" or "en"; defaults to the brief's language.
            templates: the template explanation of each match, as the search wrote them
                (computed here when not given).
        """
        language = _language(language or query.language)
        brief = query.text if brief_text is None else brief_text
        fallbacks = list(templates) if templates is not None else [None] * len(matches)
        # Per call, not per instance: asyncio primitives bind to the loop that first uses them.
        semaphore = asyncio.Semaphore(self.max_concurrency)

        async def bounded(match: ScoredMatch, template: str | None) -> Explanation:
            async with semaphore:
                return await self.explain_one(match, query, brief, language, template)

        return list(await asyncio.gather(*(bounded(match, template) for match, template
                                           in zip(matches, fallbacks, strict=True))))

    async def explain_one(
        self, match: ScoredMatch, query: BriefQuery, brief_text: str, language: str,
        template: str | None = None,
    ) -> Explanation:
        """One card's explanation: the model's if grounded, else the template's (`template`,
        or written here when not given)."""
        language = _language(language)
        template = template if template is not None else explain(match, query, language)
        facts = creator_facts(match, query, language, template=template)
        inputs = self.prompt_inputs(facts, brief_text, language)
        characters = prompt_chars(EXPLANATION_PROMPT, inputs)
        collector = _UsageCollector()
        config: RunnableConfig = {"callbacks": [collector], "run_name": "jodoh_explanation"}
        handle = facts["handle"]
        started = time.perf_counter()
        try:
            raw = await asyncio.wait_for(self.chain.ainvoke(inputs, config=config), self.timeout)
        except TimeoutError:
            elapsed = time.perf_counter() - started
            log.warning("LLM explanation for %s timed out after %.1fs; template used",
                        handle, elapsed)
            return Explanation(template, "template", "timeout",
                               collector.usage(characters, ""), elapsed)
        except Exception as error:
            elapsed = time.perf_counter() - started
            log.warning("LLM explanation for %s failed (%s); template used",
                        handle, type(error).__name__)
            return Explanation(template, "template", f"provider_error:{type(error).__name__}",
                               collector.usage(characters, ""), elapsed)
        elapsed = time.perf_counter() - started
        text = clean_output(raw)
        usage = collector.usage(characters, raw)
        problems = grounding_problems(text, facts, brief_text, language)
        if problems:
            reason = "grounding:" + ",".join(redact_problems(problems))
            log.info("LLM explanation for %s rejected (%s): %r; template used", handle,
                     reason.removeprefix("grounding:"), _preview(text, handle))
            return Explanation(template, "template", reason, usage, elapsed)
        return Explanation(text, "llm", None, usage, elapsed)


# --------------------------------------------------------------------------------------------
# Brief understanding


class ExtractedBrief(BaseModel):
    """The constraints a model read from a brief; validated leniently, filtered on merge."""

    model_config = ConfigDict(extra="ignore")

    niches: list[str] = Field(default_factory=list,
                              description="Up to 3 niche keys from the given list")
    cities: list[str] = Field(default_factory=list,
                              description="Cities or regions where creators must be")
    platforms: list[str] = Field(default_factory=list,
                                 description="instagram, tiktok or youtube")
    excluded_platforms: list[str] = Field(default_factory=list,
                                          description="Platforms the brief rules out")
    min_followers: int | None = Field(default=None, description="Minimum followers")
    max_followers: int | None = Field(default=None, description="Maximum followers")
    max_budget_idr: int | None = Field(default=None,
                                       description="Maximum rate per post in rupiah")
    language: str | None = Field(default=None, description="Language of the brief: id or en")
    content_languages: list[str] = Field(
        default_factory=list, description="ISO codes of the required content language")
    audience: str | None = Field(default=None, description="Target audience, if stated")

    @field_validator("niches", "cities", "platforms", "excluded_platforms", "content_languages",
                     mode="before")
    @classmethod
    def _as_list(cls, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [part for part in re.split(r"[;,]", value) if part.strip()]
        if not isinstance(value, list | tuple):
            return []
        return [item.strip() for item in value if isinstance(item, str) and item.strip()]

    @field_validator("min_followers", "max_followers", "max_budget_idr", mode="before")
    @classmethod
    def _as_count(cls, value: Any) -> int | None:
        # Models write "50rb" or 1.5e6 as often as 50000; anything unreadable is just absent.
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            return round(value) if math.isfinite(value) and value >= 0 else None
        if isinstance(value, str):
            return parse_count(value)
        return None

    @field_validator("language", "audience", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> str | None:
        return value.strip() or None if isinstance(value, str) else None


def parse_extraction(text: str) -> ExtractedBrief:
    """An `ExtractedBrief` from a model's plain-text answer (JSON, fenced or inside prose).

    Raises:
        ValueError: No JSON object in the text.
    """
    data: Any
    try:
        data = parse_json_markdown(text)
    except ValueError:
        found = re.search(r"\{.*\}", text, re.DOTALL)
        if found is None:
            raise ValueError("no JSON object in the model's answer") from None
        data = json.loads(found.group(0))
    if not isinstance(data, dict):
        raise ValueError("the model's answer is not a JSON object")
    return ExtractedBrief.model_validate(data)


def _as_extracted(value: Any) -> ExtractedBrief:
    if isinstance(value, ExtractedBrief):
        return value
    if isinstance(value, dict):
        return ExtractedBrief.model_validate(value)
    if isinstance(value, str):
        return parse_extraction(value)
    raise ValueError(f"unexpected structured output {type(value).__name__}")


_PLATFORM_ALIASES: dict[str, str] = {
    term: platform for platform, terms in PLATFORM_TERMS.items() for term in terms
} | {platform: platform for platform in PLATFORM_TERMS}


def _platform(name: str) -> str | None:
    return _PLATFORM_ALIASES.get(" ".join(name.lower().split()))


def resolve_place(name: str) -> Place | None:
    """The lexicon place a model's city or region name refers to; None if unknown."""
    key = " ".join(name.lower().replace("kota ", "").split())
    if key in PLACES:
        return PLACES[key]
    if key in CITY_SYNONYMS:
        city = CITY_SYNONYMS[key]
        return PLACES.get(city.lower(), Place(city, (city,), "ID"))
    for place in PLACES.values():
        if key == place.name.lower():
            return place
    return None


def _plausible(value: int | None, upper: int) -> int | None:
    return value if value is not None and 0 < value <= upper else None


def merge_briefs(deterministic: BriefQuery, llm: ExtractedBrief) -> BriefQuery:
    """The deterministic parse, completed with what the model found and the rules missed.

    * Numbers (followers, budget): the rules win; the model only fills a bound the rules left
      empty, and never one that would contradict the other bound.
    * Niches, places, platforms: the model may add values, but only lexicon niche keys, known
      places and the three platforms; anything else is dropped. Niches stay capped at three.
    * Language, semantic text and niche terms stay the rules'.

    Args:
        deterministic: `parse_brief`'s result (not modified).
        llm: The model's extraction.

    Returns:
        A new `BriefQuery`.
    """
    merged = BriefQuery(**deterministic.to_dict())
    for niche in llm.niches:
        key = niche.strip().lower()
        if key in NICHE_LABELS and key not in merged.niches and len(merged.niches) < MAX_NICHES:
            merged.niches.append(key)
    for name in llm.cities:
        place = resolve_place(name)
        if place is None:
            continue
        if place.country_level:
            if place.country not in merged.countries:
                merged.countries.append(place.country)
        else:
            merged.cities.extend(c for c in place.cities if c not in merged.cities)
        if place.name not in merged.places:
            merged.places.append(place.name)
    for platform in filter(None, map(_platform, llm.platforms)):
        if platform not in merged.platforms and platform not in merged.excluded_platforms:
            merged.platforms.append(platform)
    for platform in filter(None, map(_platform, llm.excluded_platforms)):
        if platform not in merged.platforms and platform not in merged.excluded_platforms:
            merged.excluded_platforms.append(platform)
    low = _plausible(llm.min_followers, 1_000_000_000)
    high = _plausible(llm.max_followers, 1_000_000_000)
    if merged.min_followers is None and low is not None and (
            merged.max_followers is None or low <= merged.max_followers):
        merged.min_followers = low
    if merged.max_followers is None and high is not None and (
            merged.min_followers is None or high >= merged.min_followers):
        merged.max_followers = high
    if merged.max_rate_idr is None:
        merged.max_rate_idr = _plausible(llm.max_budget_idr, 10_000_000_000)
    for code in llm.content_languages:
        code = code.lower()
        if code in CONTENT_LANGUAGES and code not in merged.content_languages:
            merged.content_languages.append(code)
    if merged.audience is None and llm.audience:
        merged.audience = _clip(llm.audience, MAX_AUDIENCE_CHARS)
    return merged


_EXTRACTION_SKELETON = json.dumps({
    "niches": [], "cities": [], "platforms": [], "excluded_platforms": [],
    "min_followers": None, "max_followers": None, "max_budget_idr": None,
    "language": "id or en", "content_languages": [], "audience": None,
})


def extraction_prompt() -> ChatPromptTemplate:
    """`EXTRACTION_PROMPT` with the lexicon filled in (static: cacheable by providers)."""
    places = dict.fromkeys(place.name for place in PLACES.values())
    rates = ", ".join(f"1 {code} = {rate:,} IDR" for code, rate in IDR_PER_CURRENCY.items()
                      if code != "IDR")
    return EXTRACTION_PROMPT.partial(
        niche_keys=", ".join(NICHE_LABELS),
        cities=", ".join(places),
        platforms=", ".join(PLATFORM_TERMS),
        exchange_rates=rates,
        format_instructions=_EXTRACTION_SKELETON,
    )


@dataclass(frozen=True, slots=True)
class BriefParse:
    """A parsed brief and how it was obtained.

    Attributes:
        query: The query to search with.
        source: "llm" if the model's extraction was merged in, else "rules".
        fallback_reason: Why the rules' parse was used alone ("timeout", "error:<Type>").
        extracted: The model's raw extraction (before filtering), for logs and evaluation.
        usage: Tokens the extraction used (None if the model was not called).
    """

    query: BriefQuery
    source: Literal["llm", "rules"]
    fallback_reason: str | None = None
    extracted: ExtractedBrief | None = None
    usage: TokenUsage | None = None


class LLMBriefParser:
    """`parse_brief`, completed by a model's extraction when it answers in time."""

    def __init__(self, model: BaseChatModel, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        """Build the extraction chain.

        Uses the provider's structured output when it has one; otherwise (e.g. the fake test
        models, small local models) asks for JSON in plain text and parses it.

        Args:
            model: Any LangChain chat model.
            timeout: Seconds the extraction may take before the rules' parse is used alone.
        """
        self.model = model
        self.timeout = timeout
        self.prompt = extraction_prompt()
        self.structured: bool
        try:
            structured = model.with_structured_output(ExtractedBrief)
            self.chain: Runnable[dict[str, Any], ExtractedBrief] = (
                self.prompt | structured | RunnableLambda(_as_extracted))
            self.structured = True
        except NotImplementedError:
            self.chain = self.prompt | model | StrOutputParser() | RunnableLambda(parse_extraction)
            self.structured = False

    async def parse_detailed(self, text: str) -> BriefParse:
        """Parse `text`; never raises for a model failure (the rules' parse is returned)."""
        return await self.complete(parse_brief(text))

    async def complete(self, deterministic: BriefQuery) -> BriefParse:
        """The rules' parse completed by the model's extraction (the brief is not parsed
        again); never raises for a model failure (the rules' parse is returned)."""
        if not deterministic.text:
            return BriefParse(deterministic, "rules", "empty")
        inputs = {"brief": neutralize(_clip(deterministic.text, MAX_PROMPT_BRIEF_CHARS))}
        characters = prompt_chars(self.prompt, inputs)
        collector = _UsageCollector()
        config: RunnableConfig = {"callbacks": [collector], "run_name": "jodoh_brief_extraction"}
        try:
            extracted = await asyncio.wait_for(self.chain.ainvoke(inputs, config=config),
                                               self.timeout)
            merged = merge_briefs(deterministic, extracted)
        except TimeoutError:
            log.warning("LLM brief extraction timed out after %.1fs; rules only", self.timeout)
            return BriefParse(deterministic, "rules", "timeout",
                              usage=collector.usage(characters, ""))
        except Exception as error:
            log.warning("LLM brief extraction failed (%s); rules only", type(error).__name__)
            return BriefParse(deterministic, "rules", f"error:{type(error).__name__}",
                              usage=collector.usage(characters, ""))
        usage = collector.usage(characters, extracted.model_dump_json())
        # Only lexicon values are logged: they show what the model adds, without user text.
        added = {name: [v for v in getattr(merged, name) if v not in getattr(deterministic, name)]
                 for name in ("niches", "places", "platforms")}
        if any(added.values()):
            log.info("LLM brief extraction added %s", {k: v for k, v in added.items() if v})
        return BriefParse(merged, "llm", None, extracted, usage)

    async def parse(self, text: str) -> BriefQuery:
        """The merged query, or exactly `parse_brief(text)` if the model fails or is late."""
        return (await self.parse_detailed(text)).query
