"""/connect and /disconnect (Instagram and TikTok login), and the OAuth callback the bot
process serves.

/connect sends the creator a login link per profile; the provider sends the browser back to
PUBLIC_URL/oauth/<platform>?code=…&state=…, which this small HTTP server answers: it finishes
the login (jodoh/connect.py), tells the creator in Telegram what was verified, and shows a
page with a link back into the chat.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Mapping
from urllib.parse import parse_qs, urlsplit

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.common import owned_profiles, services, user_language
from bot.render import t
from jodoh.connect import AccountConnect, Connected, callback_path
from jodoh.platforms.base import PlatformError
from prompts.explanations import PLATFORM_LABELS
from prompts.numbers import format_count

log = logging.getLogger(__name__)
MAX_REQUEST_BYTES = 8192


async def _connectable(update: Update, context: ContextTypes.DEFAULT_TYPE
                       ) -> list[tuple[AccountConnect, int]]:
    """(the provider's connect, the creator's profile id) for each of the user's profiles
    on a platform with a login; a message says why when there is none."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return []
    language = user_language(update, context)
    connects = services(context).connects
    if not connects:
        await message.reply_text(t(language, "connect_unavailable"))
        return []
    found = [(connects[p["platform"]], int(p["creator_id"]))
             for p in await owned_profiles(update, context, connects)]
    if not found:
        await message.reply_text(t(language, "connect_no_profile", platforms="/".join(
            PLATFORM_LABELS[name] for name in connects)))
    return found


async def connect_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/connect: a one-time login link for each of the creator's profiles that can log in."""
    found = await _connectable(update, context)
    if not found or update.effective_user is None or update.effective_message is None:
        return
    language = user_language(update, context)
    rows = []
    for connect, creator_id in found:
        link = await asyncio.to_thread(connect.start, update.effective_user.id, creator_id,
                                       language)
        rows.append([InlineKeyboardButton(
            t(language, "btn_connect", platform=connect.login.label), url=link)])
    await update.effective_message.reply_text(t(language, "connect_link"),
                                              reply_markup=InlineKeyboardMarkup(rows))


async def disconnect_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/disconnect: forget the creator's tokens (the numbers stay as last verified)."""
    found = await _connectable(update, context)
    if not found or update.effective_message is None:
        return
    for connect, creator_id in found:
        await asyncio.to_thread(connect.disconnect, creator_id)
    labels = dict.fromkeys(connect.login.label for connect, _ in found)
    await update.effective_message.reply_text(
        t(user_language(update, context), "disconnected", platforms="/".join(labels)))


def connected_text(outcome: Connected, language: str) -> str:
    return t(language, f"connect_{outcome.status}", username=outcome.username,
             platform=PLATFORM_LABELS.get(outcome.platform, outcome.platform),
             followers=format_count(outcome.followers or 0, language))


class CallbackServer:
    """The OAuth callback over plain HTTP (a TLS proxy in front terminates HTTPS)."""

    def __init__(self, connects: Mapping[str, AccountConnect], bot: Bot) -> None:
        self._connects = {callback_path(platform): connect
                          for platform, connect in connects.items()}
        self._bot = bot
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
        connect = self._connects.get(parts.path)
        if method != "GET" or connect is None:
            return "404 Not Found", "Not found"
        query = parse_qs(parts.query)
        state, code = query.get("state", [""])[0], query.get("code", [""])[0]
        if not state or not code:
            return "400 Bad Request", _page(t("id", "connect_page_failed"),
                                            self._bot.username)
        try:
            outcome = await asyncio.to_thread(connect.finish, state, code)
        except PlatformError as error:
            log.warning("%s connect failed: %s", connect.login.label, error)
            return "502 Bad Gateway", _page(t("id", "connect_page_failed"), self._bot.username)
        if outcome.telegram_id is not None:
            await self._bot.send_message(outcome.telegram_id,
                                         connected_text(outcome, outcome.language))
        key = "connect_page_done" if outcome.status == "verified" else "connect_page_failed"
        return "200 OK", _page(t(outcome.language, key), self._bot.username)


def _page(text: str, bot_username: str) -> str:
    link = f"https://t.me/{bot_username}"
    return (f"<!doctype html><meta charset=utf-8><title>Jodoh</title><p>{html.escape(text)}"
            f"<p><a href=\"{link}\">{html.escape(link)}</a>")
