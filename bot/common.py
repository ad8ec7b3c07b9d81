"""Handlers every user meets: /start, /help, /language, fallbacks and the error handler."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.menus import show_role_menu
from bot.render import SUPPORTED, language_from_code, t
from jodoh.services import key_platforms
from prompts.bot_texts import LANGUAGE_NAMES
from storage.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from jodoh.services import Services

log = logging.getLogger(__name__)


# user_data key: the language of the user's last new brief.
BRIEF_LANGUAGE = "brief_lang"


def user_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The user's chosen language (/language), else the language of their last brief (its
    answer was in it, so what its buttons say back is too), else Telegram's language_code."""
    data = context.user_data if context.user_data is not None else {}
    chosen = data.get("lang")
    if chosen in SUPPORTED:
        return str(chosen)
    written = data.get(BRIEF_LANGUAGE)
    if written in SUPPORTED:
        return str(written)
    user = update.effective_user
    return language_from_code(user.language_code if user else None)


async def owned_profiles(update: Update, context: ContextTypes.DEFAULT_TYPE,
                         platforms: Collection[str] | None = None) -> list[dict[str, Any]]:
    """The user's own creator profiles (only those on `platforms`, when given)."""
    if update.effective_user is None:
        return []
    profiles: list[dict[str, Any]] = await asyncio.to_thread(
        services(context).creators.owned, update.effective_user.id)
    return [p for p in profiles if platforms is None or p["platform"] in platforms]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greeting and role choice."""
    if update.effective_message is None:
        return
    language = user_language(update, context)
    name = update.effective_user.first_name if update.effective_user else ""
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(t(language, "role_brand"), callback_data="role:brand"),
        InlineKeyboardButton(t(language, "role_creator"), callback_data="role:creator"),
    ]])
    await update.effective_message.reply_text(
        t(language, "welcome", name=name or t(language, "nameless")),
        reply_markup=keyboard,
    )


def verifiable_platforms(context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """The platforms /verify can check here (those whose API keys are configured)."""
    settings = services(context).settings
    return key_platforms(settings) if settings is not None else []


def creator_proof(context: ContextTypes.DEFAULT_TYPE, language: str) -> str:
    """The how-to's sentence on proving one's numbers, naming only the commands this
    deployment offers (empty when it offers none: no platform keys, no logins)."""
    offered = [command for command, available in (
        ("/verify", bool(verifiable_platforms(context))),
        ("/connect", bool(services(context).connects))) if available]
    if not offered:
        return ""
    return t(language, "howto_creator_proof",
             commands=f" {t(language, 'or')} ".join(offered))


# A message about being a creator or joining as one ("aku kreator, mau daftar", "I'm a
# creator", "gimana cara daftar jadi kreator?"), not a brief, which looks for creators.
_ABOUT_BEING_A_CREATOR = re.compile(
    r"\b(?:aku|saya|sy|gue|gw|gua|aq|i\s+am|i'?m|im)\s+(?:(?:seorang|adalah|a|an|juga|also|"
    r"ini)\s+)*(?:(?:content|konten)\s+)?(?:kreator|creator|influencer|influenser|selebgram|"
    r"youtuber|tiktoker|blogger|vlogger|kol)\b|"
    r"\b(?:daftar|register|sign\s*up|join|gabung)\s+(?:\w+\s+)?(?:sebagai|jadi|as)\s+(?:an?\s+)?"
    r"(?:(?:content|konten)\s+)?(?:kreator|creator|influencer)\b|"
    r"\b(?:cara|gimana|bagaimana|how\s+(?:do|can)\s+i)\s+(?:\w+\s+){0,2}(?:daftar|register|"
    r"sign\s*up|join|gabung)\b|"
    # The role alone, typed to answer "Who are you?" instead of tapping its button.
    r"^\W*(?:(?:content|konten)\s+)?(?:kreator|creator|influencer|influenser|selebgram|"
    r"youtuber|tiktoker)\W*$", re.IGNORECASE)
# What a brand's brief says: it looks for someone, or it sells something.
_LOOKS_FOR_CREATORS = re.compile(
    r"\b(?:cari|nyari|mencari|looking\s+for|search(?:ing)?|find|butuh|need|promosi\w*|promote|"
    r"endorse|jual|sell(?:ing)?|produk|product|brand\s+kami|our\s+brand)\b", re.IGNORECASE)


def about_being_a_creator(text: str) -> bool:
    """True for a message from a creator about themselves or about joining, which the
    creator how-to answers, rather than a brief."""
    return bool(_ABOUT_BEING_A_CREATOR.search(text)) and not _LOOKS_FOR_CREATORS.search(text)


async def show_howto(update: Update, context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                     role: str) -> None:
    """Remember the role, send its how-to and set that role's command menu."""
    language = user_language(update, context)
    if context.user_data is not None:
        context.user_data["role"] = role
    if role == "creator":
        howto = t(language, "howto_creator", proof=creator_proof(context, language))
    else:
        howto = t(language, "howto_brand")
    await context.bot.send_message(chat_id, howto)
    is_admin = update.effective_user is not None and (
        update.effective_user.id in services(context).admins)
    await show_role_menu(context.bot, chat_id, role, is_admin=is_admin)


async def choose_role(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The role buttons of /start: the matching how-to."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if query.message is not None:
        await show_howto(update, context, query.message.chat.id,
                         (query.data or "").split(":", 1)[-1])


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The how-to of the role the user chose; without one, the brand's, and where a creator
    starts."""
    if update.effective_message is None:
        return
    language = user_language(update, context)
    if (context.user_data or {}).get("role") == "creator":
        text = t(language, "howto_creator", proof=creator_proof(context, language))
    else:
        text = f"{t(language, 'howto_brand')}\n{t(language, 'help_creator_hint')}"
    await update.effective_message.reply_text(text)


async def language_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the two languages."""
    if update.effective_message is None:
        return
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=f"lang:{code}")
        for code in SUPPORTED
    ]])
    await update.effective_message.reply_text(
        t(user_language(update, context), "language_prompt"), reply_markup=keyboard
    )


async def set_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store the chosen language."""
    query = update.callback_query
    if query is None:
        return
    code = (query.data or "").split(":", 1)[-1]
    if code not in SUPPORTED:
        await query.answer()
        return
    if context.user_data is not None:
        context.user_data["lang"] = code
    await query.answer(t(code, "language_set"))
    if query.message is not None:
        await context.bot.send_message(query.message.chat.id, t(code, "language_set"))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any command we don't know."""
    if update.effective_message:
        await update.effective_message.reply_text(
            t(user_language(update, context), "unknown_command"))


async def nothing_in_progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel or /skip with no profile conversation going on: the how-to mentions both."""
    if update.effective_message:
        await update.effective_message.reply_text(
            t(user_language(update, context), "nothing_in_progress"))


async def unsupported_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice notes…"""
    if update.effective_message:
        await update.effective_message.reply_text(t(user_language(update, context),
                                                    "unsupported"))


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message is not re-run; say so instead of silently ignoring it."""
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id,
                                       t(user_language(update, context), "edited"))


SERVICES = "services"


async def search_wait(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int | None:
    """None if the user may search now (a brief, a ➕ page or an inline query: all count, see
    jodoh/limits.py; the search is counted), else the seconds to wait."""
    limiter = services(context).brief_limiter
    user_id = update.effective_user.id if update.effective_user else 0
    if limiter is None or await asyncio.to_thread(limiter.allow, user_id):
        return None
    return max(1, round(limiter.retry_after(user_id)))


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The bot's services (built in post_init; see `jodoh.services`)."""
    return cast("Services", context.bot_data[SERVICES])


# Database integers are signed 64-bit: a forged button with a larger number must read as an
# unknown button, not overflow in the driver.
_LARGEST_ID = 2**63 - 1


def callback_ints(data: str | None, count: int) -> list[int] | None:
    """The `count` integers after the prefix of a button's data (`xx:1:2`), or None when the
    data is not that (forged, truncated, out of range)."""
    parts = (data or "").split(":")[1 : 1 + count]
    if len(parts) != count or not all(re.fullmatch(r"-?\d{1,19}", part) for part in parts):
        return None
    numbers = [int(part) for part in parts]
    return numbers if all(abs(number) <= _LARGEST_ID for number in numbers) else None


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button whose data we no longer understand (old message, old bot version)."""
    if update.callback_query:
        await update.callback_query.answer(t(user_language(update, context), "old_button"),
                                           show_alert=True)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with the traceback and tell the user something went wrong."""
    busy = isinstance(context.error, DatabaseUnavailable)
    if busy:
        log.error("Database unavailable after retries: %s", context.error)
    else:
        log.error("Unhandled error while processing an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        language = user_language(update, context)
        try:
            await context.bot.send_message(update.effective_chat.id,
                                           t(language, "db_busy" if busy else "error"))
        except Exception:
            log.warning("Could not send the error message", exc_info=True)
