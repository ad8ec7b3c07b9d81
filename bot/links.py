"""Deep links: t.me/<bot>?start=<payload> opens a creator's public card (c_<ref>) or a brand's
shortlist, read-only (s_<token>). Payloads are opaque and unguessable: a creator's ref is
48 random bits (never a row id), a shortlist token 96; neither ever carries a contact.
"""

from __future__ import annotations

import asyncio
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import common
from bot.common import services, user_language
from bot.render import (
    CARD_LINK,
    SHORTLIST_LINK,
    card_link,
    pack_messages,
    render_card,
    share_url,
    t,
)
from bot.shortlist import SHORTLIST_PAGE_SIZE, shortlist_lines

_CARD_PAYLOAD = re.compile(r"c_([0-9a-f]{12})")
_SHORTLIST_PAYLOAD = re.compile(r"s_([A-Za-z0-9_-]{16,43})")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start, or /start <payload> from a shared link."""
    payload = context.args[0] if context.args else ""
    if payload and await _open(update, context, payload):
        return
    await common.start(update, context)


async def _open(update: Update, context: ContextTypes.DEFAULT_TYPE, payload: str) -> bool:
    message = update.effective_message
    if message is None:
        return False
    language = user_language(update, context)
    if (card := _CARD_PAYLOAD.fullmatch(payload)) is not None:
        found = await asyncio.to_thread(services(context).brands.public_card, card.group(1),
                                        language)
        if found is None:
            await message.reply_text(t(language, "link_gone"))
            return True
        match, explanation = found
        link = card_link(context.bot.username, match.profile.ref)
        await message.reply_text(
            t(language, "link_card", card_html=render_card(None, match, explanation, language),
              handle=match.profile.handle),
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
                t(language, "btn_share"), url=share_url(link))]]))
        return True
    if (shared := _SHORTLIST_PAYLOAD.fullmatch(payload)) is not None:
        profiles = await asyncio.to_thread(services(context).brands.shared_shortlist,
                                           shared.group(1))
        if profiles is None:
            await message.reply_text(t(language, "link_gone"))
        elif not profiles:
            await message.reply_text(t(language, "link_shortlist_empty"))
        else:
            # Up to 200 creators: as many messages as Telegram's length limit needs.
            lines = shortlist_lines(profiles, language)
            blocks = ["\n".join(lines[at : at + SHORTLIST_PAGE_SIZE])
                      for at in range(0, len(lines), SHORTLIST_PAGE_SIZE)]
            for text in pack_messages([t(language, "link_shortlist_header"), *blocks]):
                await message.reply_text(text)
        return True
    if payload.startswith((CARD_LINK, SHORTLIST_LINK)):
        await message.reply_text(t(language, "link_gone"))
        return True
    return False  # another start parameter (e.g. from inline mode's button): the greeting
