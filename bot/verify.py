"""/verify: a creator proves a YouTube channel is theirs by putting a one-time code in its
public description; Jodoh reads it back through the YouTube Data API and then stores the
channel's numbers as verified (the fallback to an OAuth login, which needs no app review)."""

from __future__ import annotations

import asyncio
import re
import secrets
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.common import services, user_language
from bot.render import t
from jodoh.platforms.base import InvalidCredentials, PlatformError, QuotaExceeded
from jodoh.platforms.youtube import YouTubeConnector
from jodoh.refresh import verify_channel
from prompts.numbers import format_count

CODE_VALID_S = 24 * 3600
_CHANNEL = re.compile(r"UC[A-Za-z0-9_-]{22}")


async def verify_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/verify [channel id]: give the creator a code for their channel description."""
    message = update.effective_message
    if message is None or update.effective_user is None or context.user_data is None:
        return
    language = user_language(update, context)
    settings = services(context).settings
    if settings is None or settings.youtube_api_key is None:
        await message.reply_text(t(language, "verify_unavailable"))
        return
    owned = await asyncio.to_thread(services(context).creators.owned, update.effective_user.id)
    youtube = [p for p in owned if p["platform"] == "youtube"]
    if not youtube:
        await message.reply_text(t(language, "verify_no_youtube"))
        return
    profile = youtube[0]
    typed = context.args[0] if context.args else ""
    channel = typed if _CHANNEL.fullmatch(typed) else profile.get("youtube_channel_id")
    if not channel:
        await message.reply_text(t(language, "verify_need_channel"))
        return
    code = f"JODOH-{secrets.token_hex(3).upper()}"
    context.user_data["verify"] = {"creator_id": profile["creator_id"], "channel": channel,
                                   "code": code, "until": time.time() + CODE_VALID_S}
    await message.reply_text(
        t(language, "verify_code", code=code, channel=channel),
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
            t(language, "btn_verify_check"), callback_data="vf:check")]]))


async def verify_check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """✅ Cek: read the channel's description and, with the code in it, verify."""
    callback = update.callback_query
    if callback is None or context.user_data is None:
        return
    language = user_language(update, context)
    pending = context.user_data.get("verify")
    if not pending or pending["until"] < time.time():
        await callback.answer(t(language, "verify_expired"), show_alert=True)
        return
    settings = services(context).settings
    if settings is None or settings.youtube_api_key is None:
        await callback.answer(t(language, "verify_unavailable"), show_alert=True)
        return
    await callback.answer(t(language, "verify_checking"))
    connector = YouTubeConnector(settings.youtube_api_key, settings.youtube_api_url)
    try:
        check = await asyncio.to_thread(
            verify_channel, services(context).service, connector, pending["creator_id"],
            pending["channel"], pending["code"])
    except (InvalidCredentials, QuotaExceeded):
        text = t(language, "verify_unavailable_now")
    except PlatformError:
        text = t(language, "verify_try_later")
    else:
        if check.status == "verified":
            context.user_data.pop("verify", None)
        followers = check.stats.followers if check.stats is not None else None
        text = t(language, f"verify_{check.status}", code=pending["code"],
                 followers=format_count(followers or 0, language))
    chat_id = update.effective_chat.id if update.effective_chat else 0
    await context.bot.send_message(chat_id, text)
