"""Model-written match explanations: the facts the model writes from, and `LLMExplainer`.

Each card's explanation is the model's only if `grounding_problems` finds nothing in it that
`facts_for_model` and the brief do not state; on a rejection, a timeout or a provider error the
card keeps the template explanation the search already wrote.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import Runnable, RunnableConfig

from chatmodel.grounding import grounding_problems, redact_problems
from chatmodel.models import DEFAULT_TIMEOUT_SECONDS, TokenUsage, UsageCollector, prompt_chars
from chatmodel.safety import MAX_PROMPT_BRIEF_CHARS, clean_output, clip, log_preview, neutralize
from prompts.explanations import EXPLANATION_TEMPLATES, PLATFORM_LABELS, TIER_LABELS
from prompts.llm_prompts import ANSWER_IN, EXPLANATION_PROMPT
from prompts.numbers import format_count, format_percent, format_rupiah
from retrieval.brief_parser import BriefQuery
from retrieval.explain import (
    explain,
    rate_sentence,
    signal_reason,  # the one formatter of signal reasons; reused so numbers match the cards
)
from retrieval.lexicon import NICHE_LABELS
from retrieval.privacy import brand_view, normalize_handle, scrub_contacts
from retrieval.ranking import ScoredMatch

log = logging.getLogger(__name__)

# Bounds on user text placed in the facts: they cap the cost per card.
MAX_BIO_CHARS = 300
MAX_COMMUNITY_CHARS = 200
MAX_NAME_CHARS = 60

Source = Literal["llm", "template"]


def _language(code: str | None) -> str:
    return code if code in ANSWER_IN else "en"


def _user_text(text: str | None, limit: int) -> str | None:
    # `text` comes from `brand_view`, already without contact details: scrubbing before
    # clipping, so a clip can never cut a number short enough to pass as ordinary digits.
    if not text or not text.strip():
        return None
    return neutralize(clip(text, limit))


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


def facts_for_model(
    match: ScoredMatch, query: BriefQuery, language: str | None = None, *,
    template: str | None = None,
) -> dict[str, Any]:
    """The facts block the model writes from: everything it may say about one creator,
    formatted as the cards format it.

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
            "brief": neutralize(clip(brief_text, MAX_PROMPT_BRIEF_CHARS)),
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
        facts = facts_for_model(match, query, language, template=template)
        inputs = self.prompt_inputs(facts, brief_text, language)
        characters = prompt_chars(EXPLANATION_PROMPT, inputs)
        collector = UsageCollector()
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
                     reason.removeprefix("grounding:"), log_preview(text, handle))
            return Explanation(template, "template", reason, usage, elapsed)
        return Explanation(text, "llm", None, usage, elapsed)
