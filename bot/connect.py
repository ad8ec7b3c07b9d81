"""/connect and /disconnect (Instagram login), and the OAuth callback the bot process serves.

/connect sends the creator a login link; Instagram sends the browser back to
PUBLIC_URL/oauth/instagram?code=…&state=…, which this small HTTP server answers: it finishes
the login (jodoh/connect.py), tells the creator in Telegram what was verified, and shows a
page with a link back into the chat.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.common import services, user_language
from bot.render import t
from jodoh.connect import CALLBACK_PATH, Connected, InstagramConnect
from jodoh.platforms.base import PlatformError
from prompts.numbers import format_count

log = logging.getLogger(__name__)
MAX_REQUEST_BYTES = 8192


async def _instagram_profile(update: Update, context: ContextTypes.DEFAULT_TYPE
                             ) -> tuple[InstagramConnect, int] | None:
    message = update.effective_message
    if message is None or update.effective_user is None:
        return None
    language = user_language(update, context)
    connect = services(context).instagram
    if connect is None:
        await message.reply_text(t(language, "connect_unavailable"))
        return None
    owned = await asyncio.to_thread(services(context).creators.owned, update.effective_user.id)
    profile = next((p for p in owned if p["platform"] == "instagram"), None)
    if profile is None:
        await message.reply_text(t(language, "connect_no_instagram"))
        return None
    return connect, int(profile["creator_id"])


async def connect_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/connect: a one-time Instagram login link for the creator's Instagram profile."""
    found = await _instagram_profile(update, context)
    if found is None or update.effective_user is None or update.effective_message is None:
        return
    connect, creator_id = found
    language = user_language(update, context)
    link = await asyncio.to_thread(connect.start, update.effective_user.id, creator_id)
    await update.effective_message.reply_text(
        t(language, "connect_link"), reply_markup=InlineKeyboardMarkup([[
            InlineKeyboardButton(t(language, "btn_connect"), url=link)]]))


async def disconnect_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/disconnect: forget the Instagram token (the numbers stay as last verified)."""
    found = await _instagram_profile(update, context)
    if found is None or update.effective_message is None:
        return
    connect, creator_id = found
    await asyncio.to_thread(connect.disconnect, creator_id)
    await update.effective_message.reply_text(
        t(user_language(update, context), "disconnected"))


def connected_text(outcome: Connected, language: str) -> str:
    return t(language, f"connect_{outcome.status}", username=outcome.username,
             followers=format_count(outcome.followers or 0, language))


class CallbackServer:
    """The OAuth callback over plain HTTP (a TLS proxy in front terminates HTTPS)."""

    def __init__(self, connect: InstagramConnect, bot: Bot,
                 language_of: Callable[[int], str]) -> None:
        self._connect = connect
        self._bot = bot
        self._language_of = language_of
        self._server: asyncio.Server | None = None

    async def start(self, host: str, port: int) -> int:
        self._server = await asyncio.start_server(self._serve, host, port)
        sockets = self._server.sockets
        return int(sockets[0].getsockname()[1]) if sockets else port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
            status, page = await self._answer(head[:MAX_REQUEST_BYTES].decode("latin-1"))
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            status, page = "400 Bad Request", "Bad request"
        body = page.encode()
        writer.write(f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                     f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
        await writer.drain()
        writer.close()

    async def _answer(self, head: str) -> tuple[str, str]:
        method, _, rest = head.partition(" ")
        target = rest.split(" ", 1)[0]
        parts = urlsplit(target)
        if method != "GET" or parts.path != CALLBACK_PATH:
            return "404 Not Found", "Not found"
        query = parse_qs(parts.query)
        state, code = query.get("state", [""])[0], query.get("code", [""])[0]
        if not state or not code:
            return "400 Bad Request", _page(t("id", "connect_page_failed"),
                                            self._bot.username)
        try:
            outcome = await asyncio.to_thread(self._connect.finish, state, code)
        except PlatformError as error:
            log.warning("Instagram connect failed: %s", error)
            return "502 Bad Gateway", _page(t("id", "connect_page_failed"), self._bot.username)
        if outcome.telegram_id is not None:
            await self._bot.send_message(outcome.telegram_id, connected_text(
                outcome, self._language_of(outcome.telegram_id)))
        key = "connect_page_done" if outcome.status == "verified" else "connect_page_failed"
        return "200 OK", _page(t("id", key), self._bot.username)


def _page(text: str, bot_username: str) -> str:
    link = f"https://t.me/{bot_username}"
    return (f"<!doctype html><meta charset=utf-8><title>Jodoh</title><p>{html.escape(text)}"
            f"<p><a href=\"{link}\">{html.escape(link)}</a>")


def language_reader(application: Any) -> Callable[[int], str]:
    """A user's chosen language, as the bot keeps it (user_data["lang"]), read when needed."""
    def language_of(user_id: int) -> str:
        chosen = application.user_data.get(user_id, {}).get("lang", "id")
        return "en" if chosen == "en" else "id"
    return language_of
