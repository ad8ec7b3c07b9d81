"""Inline mode: `@<bot> <brief>` in any chat answers the top matches as inline results (the
short card and its share link), within the brief rate limit, never with a contact.

Inline mode is switched on for a bot once, with BotFather's /setinline.
"""

from __future__ import annotations

import logging

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.common import search_wait, services
from bot.render import card_link, language_from_code, render_short_card, t
from prompts.explanations import PLATFORM_LABELS, VERDICT_LABELS
from prompts.numbers import format_count, format_percent
from retrieval.explain import card_reason
from retrieval.privacy import brand_view

log = logging.getLogger(__name__)
INLINE_RESULTS = 5
# Shorter than this is still being typed: nothing is searched (and nothing counted).
MIN_INLINE_CHARS = 4
# Telegram may reuse an answer for this user and text this long.
INLINE_CACHE_S = 60


async def inline_brief(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    inline = update.inline_query
    if inline is None:
        return
    text = inline.query.strip()
    language = language_from_code(inline.from_user.language_code)
    if len(text) < MIN_INLINE_CHARS:
        await inline.answer([], cache_time=0, is_personal=True, button=InlineQueryResultsButton(
            t(language, "inline_hint"), start_parameter="inline"))
        return
    seconds = await search_wait(update, context)
    if seconds is not None:
        await inline.answer([], cache_time=0, is_personal=True, button=InlineQueryResultsButton(
            t(language, "inline_slow", seconds=seconds), start_parameter="inline"))
        return
    page = await services(context).pipeline.answer(text, top=INLINE_RESULTS,
                                                   telegram_id=inline.from_user.id)
    if page is None or not page.matches:
        await inline.answer([], cache_time=INLINE_CACHE_S, is_personal=True,
                            button=InlineQueryResultsButton(t(language, "inline_none"),
                                                            start_parameter="inline"))
        return
    language = page.query.language if page.query.language in ("id", "en") else language
    results = []
    for rank, (match, why) in enumerate(zip(page.matches, page.explanations, strict=True), 1):
        profile, view = match.profile, brand_view(match.profile)
        link = card_link(context.bot.username, profile.ref)
        card = render_short_card(rank, match, card_reason(match, page.query, why, language),
                                 language)
        results.append(InlineQueryResultArticle(
            id=profile.ref,
            title=f"{view.name} (@{profile.handle})",
            description=" · ".join([
                PLATFORM_LABELS.get(profile.platform, profile.platform), view.city or "-",
                f"{format_count(profile.followers, language)} followers",
                f"ER {format_percent(match.er, language)}",
                VERDICT_LABELS[language][match.authenticity.verdict]]),
            input_message_content=InputTextMessageContent(
                f"{card}\n{link}", parse_mode=ParseMode.HTML),
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
                t(language, "inline_open"), url=link)]]),
        ))
    await inline.answer(results, cache_time=INLINE_CACHE_S, is_personal=True)
