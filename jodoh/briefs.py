"""The one path of a brief: understand it, search, explain, log.

The bot, `jodoh search` (one brief or `--batch`), `jodoh chat` and the benchmarks all answer a
brief here, so the optional chat model (LLM_MODEL) takes part wherever a brief is answered:

    understand  rules (`parse_brief`), a short follow-up narrows the previous brief, otherwise
                the model's extraction completes the rules' parse (one parse, never two)
    search      `JodohService.search`: retrieval, ranking and the template explanations
    explain     the model's explanation per card, each grounded or replaced by the template
                the search already wrote (one explanation per card, never two)
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chatmodel.explainer import LLMExplainer
from chatmodel.extraction import LLMBriefParser
from chatmodel.models import load_chat_model
from jodoh.settings import Settings
from retrieval.brief_parser import BriefQuery, merge_refinement, parse_brief
from retrieval.engine import SearchOptions
from retrieval.profile import CreatorProfile
from retrieval.ranking import ScoredMatch
from storage.contract_ids import PLATFORMS

if TYPE_CHECKING:
    from jodoh.service import JodohService

log = logging.getLogger(__name__)
# A follow-up longer than this is a new brief, not a narrowing of the previous one.
REFINEMENT_MAX_CHARS = 120
# Briefs of a batch whose query texts are embedded together: enough for the model's batches
# (`retrieval.embedding.ONNX_BATCH` texts a call, sorted by length), few enough that the
# first answer is not kept waiting.
ANSWER_CHUNK = 16


def is_refinement(new: BriefQuery, text: str) -> bool:
    """A short follow-up that only changes constraints: narrows ("yang di Bandung saja",
    "only TikTok", "bukan yang gaming") or relaxes ("followers ga masalah", "ga harus di
    Jakarta")."""
    has_constraint = bool(
        new.cities or new.countries or new.platforms or new.excluded_platforms
        or new.excluded_niches
        or new.min_followers is not None or new.max_followers is not None
        or new.max_rate_idr is not None or new.relaxed
    )
    return has_constraint and not new.niches and len(text) <= REFINEMENT_MAX_CHARS


# A word asking for more of the same; "lagi" not where it means "currently" ("lagi cari …").
_MORE_WORD = re.compile(
    r"\b(?:berikutnya|selanjutnya|lanjut(?:kan|in)?|next|more|lebih\s+banyak|lainnya|"
    r"(?:yang|yg)\s+lain|others?|another|else|lagi(?!\s+(?:cari|nyari|mencari|butuh|perlu|"
    r"mau|pengen|ingin|bikin|buka|promo|launching|looking|search)))\b", re.IGNORECASE)


def asks_for_more(text: str) -> bool:
    """Whether a message asks for the next page of the last brief, as the ➕ button does
    ("lagi dong", "show me more", "ada yang lain ga kak?", the button's label typed): a word
    for more, and nothing else to search on. "yang lain di Bandung" narrows the brief and
    "more skincare creators" is a brief of its own."""
    if _MORE_WORD.search(text) is None:
        return False
    return not parse_brief(_MORE_WORD.sub(" ", text)).asks_for_something


RELAXABLE = ("city", "platform", "followers", "budget")


def stated_constraints(query: BriefQuery) -> list[str]:
    """The constraints a brief states, in the order the understood line shows them."""
    stated = {
        "city": bool(query.cities or query.countries),
        "platform": bool(query.platforms or query.excluded_platforms),
        "followers": query.min_followers is not None or query.max_followers is not None,
        "budget": query.max_rate_idr is not None,
    }
    return [name for name in RELAXABLE if stated[name]]


def same_constraints(first: BriefQuery, second: BriefQuery) -> bool:
    """Whether two briefs state the same constraints (a follow-up that changed nothing:
    "followers ga masalah" where no follower limit was stated)."""
    def stated(query: BriefQuery) -> tuple[object, ...]:
        return (query.cities, query.countries, query.fallback_cities, query.platforms,
                query.excluded_platforms, query.excluded_niches, query.min_followers,
                query.max_followers, query.max_rate_idr)
    return stated(first) == stated(second)


def relax(query: BriefQuery, constraint: str) -> BriefQuery:
    """The brief without one constraint (the understood line's ✖ buttons)."""
    if constraint not in RELAXABLE:
        raise ValueError(f"unknown constraint: {constraint}")
    follow_up = BriefQuery(text="", language=query.language, semantic_text="",
                           relaxed=[constraint])
    relaxed = merge_refinement(query, follow_up)
    relaxed.text = query.text
    return relaxed


# What a brand types for one constraint is read in a sentence that gives it that role, so
# "10rb-50rb" is a follower range after ✏️ followers and a budget after ✏️ budget.
CHANGE_CONTEXT = {
    "city": {"id": "kreator di {value}", "en": "creators based in {value}"},
    "platform": {"id": "{value}", "en": "{value}"},
    "followers": {"id": "followers {value}", "en": "followers {value}"},
    "budget": {"id": "budget {value}", "en": "budget {value}"},
}
# A typed value longer than this is a new brief, not an answer to "which city?".
CHANGE_MAX_CHARS = 80


def change(query: BriefQuery, constraint: str, typed: str) -> BriefQuery | None:
    """The brief with one constraint replaced by what the brand typed for it (the understood
    line's ✏️ buttons); None when the text gives no value for that constraint."""
    if constraint not in RELAXABLE:
        raise ValueError(f"unknown constraint: {constraint}")
    if not typed.strip() or len(typed) > CHANGE_MAX_CHARS:
        return None
    template = CHANGE_CONTEXT[constraint].get(query.language, CHANGE_CONTEXT[constraint]["en"])
    reading = parse_brief(template.format(value=typed.strip()))
    if constraint not in stated_constraints(reading):
        return None
    only = BriefQuery(text="", language=query.language, semantic_text="")
    if constraint == "city":
        only.cities, only.countries, only.places = (
            reading.cities, reading.countries, reading.places)
    elif constraint == "platform":
        only.platforms, only.excluded_platforms = reading.platforms, reading.excluded_platforms
    elif constraint == "followers":
        only.min_followers, only.max_followers = reading.min_followers, reading.max_followers
    else:
        only.max_rate_idr = reading.max_rate_idr
    changed = merge_refinement(relax(query, constraint), only)
    changed.text = query.text
    return changed


def like_query(source: CreatorProfile, language: str,
               base: BriefQuery | None = None) -> BriefQuery:
    """A search for creators like `source`: their document is what is searched for, their
    niches the topic; a brief's constraints are kept when it came from one (🔁 on a card)."""
    query = (BriefQuery(**base.to_dict()) if base is not None
             else BriefQuery(text="", language=language, semantic_text=""))
    query.text = f"@{source.handle}"
    query.language = language
    query.semantic_text = source.document()
    query.niches = list(source.niches)[:3]
    query.niche_terms = {}
    query.audience = None
    query.relaxed = []
    query.like = source.key
    return query


def understood_constraints(query: BriefQuery) -> dict[str, Any]:
    """What a brief was taken to ask for, with the keys of the evaluation's constraints
    (../shared/CONTRACT.md: null or empty = not constrained; an excluded platform leaves the
    others; a region is given as its cities)."""
    platforms = query.platforms or (
        [p for p in PLATFORMS if p not in query.excluded_platforms]
        if query.excluded_platforms else [])
    return {
        "niches": list(query.niches),
        "city": list(query.cities) or None,
        "platform": platforms or None,
        "min_followers": query.min_followers,
        "max_followers": query.max_followers,
        "max_rate_idr": query.max_rate_idr,
    }


@dataclass(frozen=True, slots=True)
class Understood:
    """What a brief asks for, and whether it narrowed the previous brief."""

    query: BriefQuery
    refined: bool = False

    @property
    def searchable(self) -> bool:
        """False for a brief with nothing to search on ("halo kak"): it gets a question
        back, not arbitrary creators."""
        return self.refined or self.query.asks_for_something


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a brief's answer."""

    query: BriefQuery
    matches: list[ScoredMatch]
    explanations: list[str]
    offset: int
    degraded: str | None = None
    # Creators on topic that meet every stated constraint (None: no constraint stated).
    fitting: int | None = None


class BriefPipeline:
    """Understand, search, explain and log a brief; thread-safe like the service."""

    def __init__(self, service: JodohService, *, parser: LLMBriefParser | None = None,
                 explainer: LLMExplainer | None = None) -> None:
        self.service = service
        self.parser = parser
        self.explainer = explainer

    async def understand(self, text: str, previous: BriefQuery | None = None) -> Understood:
        """The query a brief asks for (a follow-up narrows `previous`)."""
        rules = parse_brief(text)
        if previous is not None and is_refinement(rules, text):
            return Understood(merge_refinement(previous, rules), refined=True)
        if self.parser is None or not rules.asks_for_something:
            return Understood(rules)
        return Understood((await self.parser.complete(rules)).query)

    async def page(self, query: BriefQuery, *, offset: int = 0, top: int = 5,
                   telegram_id: int | None = None, language: str | None = None,
                   options: SearchOptions | None = None, log_brief: bool = True) -> Page:
        """Matches `offset`…`offset + top` of `query`, explained (the first page is logged
        unless `log_brief` is False; `options` switch ranking parts off for the benchmarks)."""
        language = language or query.language
        result = await asyncio.to_thread(
            self.service.search, query, top=top, offset=offset, telegram_id=telegram_id,
            language=language, options=options, log_brief=log_brief and offset == 0)
        explanations = list(result.explanations)
        if self.explainer is not None and result.matches:
            written = await self.explainer.explain_many(
                result.matches, result.query, query.text, language, templates=explanations)
            explanations = [item.text for item in written]
            log.info("LLM explanations: %s", ", ".join(
                item.source if item.fallback_reason is None
                else f"template ({item.fallback_reason})" for item in written))
        return Page(result.query, list(result.matches), explanations, offset, result.degraded,
                    result.fitting)

    async def lookalike_source(self, handle: str, platform: str | None = None
                               ) -> list[CreatorProfile]:
        """The creators a "like @handle" may mean: one, several (the handle is on more than
        one platform and none was named) or none."""
        found = await asyncio.to_thread(self.service.creators_named, handle)
        if platform is not None:
            found = [profile for profile in found if profile.platform == platform]
        return found

    async def answer(self, text: str, previous: BriefQuery | None = None, *, top: int = 5,
                     telegram_id: int | None = None, language: str | None = None,
                     options: SearchOptions | None = None, log_brief: bool = True
                     ) -> Page | None:
        """The first page of a brief's answer (what `jodoh search` prints); None when the
        brief is not `searchable`."""
        understood = await self.understand(text, previous)
        if not understood.searchable:
            return None
        return await self.page(understood.query, top=top, telegram_id=telegram_id,
                               language=language, options=options, log_brief=log_brief)

    async def answer_many(self, texts: Sequence[str], *, top: int = 5
                          ) -> AsyncIterator[Page | None]:
        """The first page of each brief's answer, in order (None where a brief is not
        `searchable`), as `answer` gives them. The briefs are understood a chunk at a time
        and each chunk's query texts embedded in one model call before its searches."""
        for start in range(0, len(texts), ANSWER_CHUNK):
            understood = [await self.understand(text)
                          for text in texts[start:start + ANSWER_CHUNK]]
            await asyncio.to_thread(self.service.prepare_searches,
                                    [item.query for item in understood if item.searchable])
            for item in understood:
                yield (await self.page(item.query, top=top) if item.searchable else None)


def build_pipeline(service: JodohService, settings: Settings) -> BriefPipeline:
    """The pipeline with the chat model named by LLM_MODEL, if any."""
    model = load_chat_model(settings.llm_model)
    if model is None:
        return BriefPipeline(service)
    log.info("LLM layer on: %s", settings.llm_model)
    return BriefPipeline(
        service, parser=LLMBriefParser(model, timeout=settings.llm_timeout_seconds),
        explainer=LLMExplainer(model, timeout=settings.llm_timeout_seconds))
