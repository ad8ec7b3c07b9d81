"""A brand's shortlist: /shortlist a page at a time, CSV export and clearing (⭐ on a card
saves, in bot/brand.py)."""

from __future__ import annotations

import asyncio
import csv
import io
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.ext import ContextTypes

from bot.common import services, user_language
from bot.render import share_url, shortlist_link, t
from prompts.explanations import PLATFORM_LABELS
from prompts.numbers import format_count
from retrieval.privacy import brand_view, scrub_contacts

SHORTLIST_PAGE_SIZE = 10


def shortlist_page(profiles: list[Any], page: int, language: str,
                   share_link: str | None = None) -> tuple[str, InlineKeyboardMarkup]:
    """One page of the shortlist (names and cities as brands may see them) and its buttons.

    Pages keep each message far below Telegram's 4,096 characters: an item is at most
    ≈ 260 characters (a 100-character name and city).
    """
    pages = max(1, -(-len(profiles) // SHORTLIST_PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = profiles[page * SHORTLIST_PAGE_SIZE:(page + 1) * SHORTLIST_PAGE_SIZE]
    lines = [t(language, "shortlist_header", count=format_count(len(profiles), language)),
             *shortlist_lines(shown, language)]
    rows: list[list[InlineKeyboardButton]] = []
    if pages > 1:
        lines.append(t(language, "shortlist_page", page=page + 1, pages=pages))
        turn = []
        if page > 0:
            turn.append(InlineKeyboardButton(t(language, "btn_previous"),
                                             callback_data=f"slx:page:{page - 1}"))
        if page < pages - 1:
            turn.append(InlineKeyboardButton(t(language, "btn_next"),
                                             callback_data=f"slx:page:{page + 1}"))
        rows.append(turn)
    rows.append([InlineKeyboardButton(t(language, "btn_export"), callback_data="slx:csv"),
                 InlineKeyboardButton(t(language, "btn_clear"), callback_data="slx:clear")])
    if share_link is not None:
        rows.append([InlineKeyboardButton(t(language, "btn_share_shortlist"),
                                          url=share_url(share_link))])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def shortlist_lines(profiles: list[Any], language: str) -> list[str]:
    """One line per saved creator (names and cities as brands may see them, no contact)."""
    lines = []
    for profile in profiles:
        view = brand_view(profile)
        lines.append(t(language, "shortlist_item", name=view.name, handle=view.handle,
                       platform=PLATFORM_LABELS.get(profile.platform, profile.platform),
                       city=view.city or "-",
                       followers=format_count(profile.followers, language)))
    return lines


async def _share_link(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> str:
    """The read-only link to this brand's shortlist, for a teammate."""
    token = await asyncio.to_thread(services(context).brands.shortlist_share_token, user_id)
    return shortlist_link(context.bot.username, token)


async def shortlist_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/shortlist: the saved creators, a page at a time, with export and clear buttons."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    language = user_language(update, context)
    profiles = await asyncio.to_thread(services(context).brands.shortlist,
                                       update.effective_user.id)
    if not profiles:
        await message.reply_text(t(language, "shortlist_empty"))
        return
    text, markup = shortlist_page(profiles, 0, language,
                                  await _share_link(context, update.effective_user.id))
    await message.reply_text(text, reply_markup=markup)


def neutralise_cell(value: object) -> str:
    """Spreadsheet formula injection guard: cells starting with = + - @ are prefixed with '."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def shortlist_csv(profiles: list[Any]) -> bytes:
    """The shortlist as CSV (no contact details: those come only through accepted requests)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["handle", "platform", "display_name", "city", "followers", "avg_likes",
                     "avg_comments", "rate_idr", "niches"])
    for p in profiles:
        writer.writerow([neutralise_cell(v) for v in (
            p.handle, p.platform, scrub_contacts(p.display_name or "", p.handle),
            scrub_contacts(p.city or ""), p.followers, p.avg_likes,
            p.avg_comments, p.rate_idr, ";".join(p.niches))])
    return buffer.getvalue().encode("utf-8")


async def shortlist_action(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Export or clear the presser's own shortlist."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    action = (callback.data or "").split(":", 1)[-1]
    actions = services(context).brands
    user_id = update.effective_user.id
    chat_id = update.effective_chat.id if update.effective_chat else user_id
    await callback.answer()
    if action.startswith("page:"):
        profiles = await asyncio.to_thread(actions.shortlist, user_id)
        if not profiles:
            await context.bot.send_message(chat_id, t(language, "shortlist_empty"))
            return
        page = action.removeprefix("page:")
        text, markup = shortlist_page(profiles, int(page) if page.isdigit() else 0, language,
                                      await _share_link(context, user_id))
        if isinstance(callback.message, Message):
            await callback.message.edit_text(text, reply_markup=markup)
        else:
            await context.bot.send_message(chat_id, text, reply_markup=markup)
    elif action == "clear":
        removed = await asyncio.to_thread(actions.shortlist_clear, user_id)
        await context.bot.send_message(chat_id, t(language, "shortlist_cleared", count=removed))
    elif action == "csv":
        profiles = await asyncio.to_thread(actions.shortlist, user_id)
        if not profiles:
            await context.bot.send_message(chat_id, t(language, "shortlist_empty"))
            return
        await context.bot.send_document(
            chat_id, InputFile(io.BytesIO(shortlist_csv(profiles)), filename="shortlist.csv")
        )
