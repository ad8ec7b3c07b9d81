"""Brief understanding with the model: its extraction of a brief, merged into the rules' parse.

`LLMBriefParser` completes `parse_brief`'s result with what the model read from the brief:
the rules win on numbers, the model may only add lexicon values (niches, places, platforms,
content languages); any failure or a late answer leaves the rules' parse unchanged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda
from langchain_core.utils.json import parse_json_markdown
from pydantic import BaseModel, ConfigDict, Field, field_validator

from chatmodel.models import DEFAULT_TIMEOUT_SECONDS, TokenUsage, UsageCollector, prompt_chars
from chatmodel.safety import MAX_PROMPT_BRIEF_CHARS, clip, neutralize
from prompts.llm_prompts import EXTRACTION_PROMPT
from retrieval.amounts import IDR_PER_CURRENCY, parse_count
from retrieval.brief_parser import BriefQuery, parse_brief
from retrieval.lexicon import NICHE_LABELS, PLATFORM_TERMS
from retrieval.places import CITY_ALIASES, PLACES, Place

log = logging.getLogger(__name__)

MAX_AUDIENCE_CHARS = 200
MAX_NICHES = 3
CONTENT_LANGUAGES = frozenset({"id", "en", "jv", "su"})


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
    if key in CITY_ALIASES:
        city = CITY_ALIASES[key]
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
        # The model may add a niche, never one the brief rules out.
        if (key in NICHE_LABELS and key not in merged.niches
                and key not in merged.excluded_niches and len(merged.niches) < MAX_NICHES):
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
        merged.audience = clip(llm.audience, MAX_AUDIENCE_CHARS)
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
        inputs = {"brief": neutralize(clip(deterministic.text, MAX_PROMPT_BRIEF_CHARS))}
        characters = prompt_chars(self.prompt, inputs)
        collector = UsageCollector()
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
