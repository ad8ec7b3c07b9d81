"""/verify: a creator proves an account is theirs by putting a one-time code in its public
text: a YouTube channel's description (read through the YouTube Data API) or an Instagram
professional account's bio (read through Business Discovery). Then the account's numbers are
stored as verified: the fallback for creators who cannot or will not log in (/connect)."""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.common import owned_profiles, services, user_language, verifiable_platforms
from bot.render import t
from jodoh.platforms.base import (
    InvalidCredentials,
    PlatformConnector,
    PlatformError,
    QuotaExceeded,
)
from jodoh.refresh import verify_channel
from jodoh.services import key_connectors
from prompts.explanations import PLATFORM_LABELS
from prompts.numbers import format_count

CODE_VALID_S = 24 * 3600
_CHANNEL = re.compile(r"UC[A-Za-z0-9_-]{22}")
# What a typed argument may name instead of a channel id.
_PLATFORM_WORDS = {"youtube": "youtube", "yt": "youtube", "instagram": "instagram",
                   "ig": "instagram"}


def _verifier(context: ContextTypes.DEFAULT_TYPE, platform: str) -> PlatformConnector | None:
    settings = services(context).settings
    found = key_connectors(settings, [platform]) if settings is not None else []
    return found[0] if found else None


def _chosen(owned: list[dict[str, Any]], typed: str) -> dict[str, Any] | None:
    """The profile /verify is about: the one the argument names (a channel id, or a
    platform), else the first YouTube one, else the first Instagram one."""
    wanted = "youtube" if _CHANNEL.fullmatch(typed) else _PLATFORM_WORDS.get(typed.lower())
    ordered = sorted(owned, key=lambda p: p["platform"] != "youtube")
    return next((p for p in ordered if wanted in (None, p["platform"])), None)


async def verify_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/verify [channel id | instagram]: a code for the account's description or bio."""
    message = update.effective_message
    if message is None or update.effective_user is None or context.user_data is None:
        return
    language = user_language(update, context)
    verifiable = verifiable_platforms(context)
    if not verifiable:
        await message.reply_text(t(language, "verify_unavailable"))
        return
    typed = context.args[0] if context.args else ""
    profile = _chosen(await owned_profiles(update, context, verifiable), typed)
    if profile is None:
        await message.reply_text(t(language, "verify_no_profile", platforms="/".join(
            PLATFORM_LABELS[name] for name in verifiable)))
        return
    platform = str(profile["platform"])
    if platform == "youtube":
        account = typed if _CHANNEL.fullmatch(typed) else profile.get("youtube_channel_id")
        if not account:
            await message.reply_text(t(language, "verify_need_channel"))
            return
    else:
        account = str(profile["handle"])
    code = f"JODOH-{secrets.token_hex(3).upper()}"
    context.user_data["verify"] = {"creator_id": profile["creator_id"], "channel": account,
                                   "platform": platform, "code": code,
                                   "until": time.time() + CODE_VALID_S}
    await message.reply_text(
        t(language, _key("verify_code", platform), code=code, channel=account),
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
            t(language, "btn_verify_check"), callback_data="vf:check")]]))


async def verify_check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """✅ Cek: read the account's public text and, with the code in it, verify."""
    callback = update.callback_query
    if callback is None or context.user_data is None:
        return
    language = user_language(update, context)
    pending = context.user_data.get("verify")
    if not pending or pending["until"] < time.time():
        await callback.answer(t(language, "verify_expired"), show_alert=True)
        return
    platform = str(pending.get("platform", "youtube"))
    connector = _verifier(context, platform)
    if connector is None:
        await callback.answer(t(language, "verify_unavailable"), show_alert=True)
        return
    await callback.answer(t(language, "verify_checking"))
    label = PLATFORM_LABELS[platform]
    try:
        check = await asyncio.to_thread(
            verify_channel, services(context).service, connector, pending["creator_id"],
            pending["channel"], pending["code"])
    except (InvalidCredentials, QuotaExceeded):
        text = t(language, "verify_unavailable_now")
    except PlatformError:
        text = t(language, "verify_try_later", platform=label)
    else:
        if check.status == "verified":
            context.user_data.pop("verify", None)
        followers = check.stats.followers if check.stats is not None else None
        text = t(language, _key(f"verify_{check.status}", platform), code=pending["code"],
                 followers=format_count(followers or 0, language), platform=label,
                 channel=pending["channel"])
    chat_id = update.effective_chat.id if update.effective_chat else 0
    await context.bot.send_message(chat_id, text)


def _key(key: str, platform: str) -> str:
    """A message whose words differ by platform (description vs bio) has an Instagram
    variant; the rest are shared."""
    return f"{key}_instagram" if platform == "instagram" and key in _BIO_KEYS else key


_BIO_KEYS = {"verify_code", "verify_verified", "verify_not_found", "verify_code_missing"}
