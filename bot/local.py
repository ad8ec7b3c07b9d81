"""An in-process Bot API: the real PTB Application runs against it, no network, no token.

Used by `jodoh chat` (the bot in a terminal) and by the handler unit tests. It answers the Bot
API methods the bot uses and records every message the bot sends.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 777000, "is_bot": True, "first_name": "Jodoh", "username": "jodoh_bot"}


@dataclass(slots=True)
class SentMessage:
    """One message the bot sent (or edited)."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)
    document: bytes | None = None
    filename: str | None = None
    edited: bool = False
    row_sizes: list[int] = field(default_factory=list)  # how `buttons` split into rows
    parse_mode: str | None = None
    photo: str | None = None  # the file_id of a sent photo

    @property
    def visible_text(self) -> str:
        """The text as the user reads it (markup applied)."""
        return visible_text(self.text, self.parse_mode)


TELEGRAM_HTML_TAGS = frozenset({"b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
                                "a", "code", "pre", "blockquote", "tg-spoiler", "span"})


def html_problem(text: str) -> str | None:
    """Why Telegram would reject this HTML-mode text (unknown or unbalanced tags), or None."""
    stack: list[str] = []
    for match in re.finditer(r"<(/?)([a-zA-Z-]+)[^>]*>|<", text):
        if match.group(0) == "<":
            return "can't parse entities: unescaped '<'"
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag not in TELEGRAM_HTML_TAGS:
            return f"can't parse entities: unsupported tag <{tag}>"
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            return f"can't parse entities: unmatched end tag </{tag}>"
    return f"can't parse entities: unclosed <{stack[-1]}>" if stack else None


# Telegram's limits, counted after entities are parsed, in UTF-16 code units.
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024


def visible_text(text: str, parse_mode: str | None) -> str:
    """What Telegram shows for `text`: tags removed and entities decoded in HTML mode."""
    if parse_mode != "HTML":
        return text
    return html.unescape(re.sub(r"<[^>]*>", "", text))


def utf16_length(text: str) -> int:
    """Length as Telegram counts it (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LocalBotAPI(BaseRequest):
    """A fake Telegram server living in the same process."""

    def __init__(self) -> None:
        self.sent: list[SentMessage] = []
        self.answers: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self.requests: list[tuple[str, dict[str, Any]]] = []  # every call with its parameters
        self.photos: dict[str, bytes] = {}  # file_id → the PNG uploaded under it
        self._ids = itertools.count(1)
        self.files: dict[str, bytes] = {}
        # Error answers to give, in order, before a method succeeds again (429s, 400s, 5xx).
        self.failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/" in url:
            return 200, self.files.get(url.rsplit("/", 1)[-1], b"")
        api_method = url.rsplit("/", 1)[-1]
        self.calls.append(api_method)
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        self.requests.append((api_method, params))
        if self.failures.get(api_method):
            status, answer = self.failures[api_method].pop(0)
            return status, json.dumps({"ok": False, "error_code": status, **answer}).encode()
        result: Any = True
        if api_method == "getMe":
            result = BOT_USER
        elif api_method in {"sendMessage", "sendDocument", "sendPhoto", "editMessageText"}:
            body = str(params.get("text") or params.get("caption") or "")
            parse_mode = params.get("parse_mode")
            problem = html_problem(body) if parse_mode == "HTML" else None
            limit = (MAX_CAPTION_LENGTH if api_method in {"sendDocument", "sendPhoto"}
                     else MAX_TEXT_LENGTH)
            if problem is None and utf16_length(visible_text(body, parse_mode)) > limit:
                problem = ("message caption is too long" if api_method == "sendDocument"
                           else "message is too long")
            if problem:
                # Telegram refuses malformed markup and over-long texts; so does this fake,
                # so tests catch them.
                return 400, json.dumps({"ok": False, "error_code": 400,
                                        "description": f"Bad Request: {problem}"}).encode()
            result = self._record(api_method, params, request_data)
        elif api_method == "editMessageReplyMarkup":
            result = self._edit_markup(params)
        elif api_method == "getFile":
            file_id = str(params.get("file_id"))
            result = {"file_id": file_id, "file_unique_id": file_id,
                      "file_size": len(self.files.get(file_id, b"")), "file_path": file_id}
        elif api_method == "answerCallbackQuery":
            self.answers.append(params)
        elif api_method == "getUpdates":
            result = []
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _edit_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        """New buttons on a message sent before: recorded as an edit of it (the terminal chat
        shows it again, as Telegram redraws it: a ticked niche, say)."""
        chat_id, message_id = int(params.get("chat_id", 0)), int(params.get("message_id", 0))
        before = next((m for m in reversed(self.sent)
                       if m.chat_id == chat_id and m.message_id == message_id), None)
        if before is None:
            return True
        return self._record("editMessageText", {
            "chat_id": chat_id, "message_id": message_id, "text": before.text,
            "parse_mode": before.parse_mode, "reply_markup": params.get("reply_markup")}, None)

    def _record(self, api_method: str, params: dict[str, Any],
                request_data: RequestData | None) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        buttons = [
            # A URL button (a share link) is recorded with its URL.
            (button.get("text", ""), button.get("callback_data") or button.get("url", ""))
            for row in (markup or {}).get("inline_keyboard", []) for button in row
        ]
        message_id = int(params.get("message_id") or next(self._ids))
        document = filename = None
        if api_method in {"sendDocument", "sendPhoto"} and request_data is not None:
            for value in (request_data.multipart_data or {}).values():
                filename = value[0]
                document = value[1] if isinstance(value[1], bytes) else value[1].read()
        photo_id = None
        if api_method == "sendPhoto":
            # A file sent before is sent again by its file_id (no bytes uploaded).
            photo_id = (str(params["photo"]) if isinstance(params.get("photo"), str)
                        and not str(params["photo"]).startswith("attach://")
                        else f"photo{message_id}")
            self.photos[photo_id] = document if document is not None else self.photos.get(
                photo_id, b"")
        sent = SentMessage(chat_id, message_id, str(params.get("text") or params.get("caption")
                                                    or ""), buttons, document, filename,
                           edited=api_method == "editMessageText",
                           row_sizes=[len(row) for row in (markup or {}).get(
                               "inline_keyboard", [])],
                           parse_mode=params.get("parse_mode"))
        sent.photo = photo_id
        self.sent.append(sent)
        message: dict[str, Any] = {
            "message_id": message_id, "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER, "text": sent.text,
        }
        if photo_id is not None:
            message["photo"] = [{"file_id": photo_id, "file_unique_id": photo_id,
                                 "width": 800, "height": 520}]
            message["caption"] = message.pop("text")
        if markup and "inline_keyboard" in markup:
            # As Telegram does: a sent message carries only an inline keyboard back (a
            # ForceReply or reply keyboard is not part of the message).
            message["reply_markup"] = markup
        return message


class LocalUser:
    """A scripted Telegram user that produces `Update` objects for `process_update`."""

    _update_ids = itertools.count(1)
    _message_ids = itertools.count(10_000)

    def __init__(self, user_id: int, first_name: str = "Tester",
                 language_code: str | None = "id") -> None:
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            self.user["language_code"] = language_code
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}

    def message(self, bot: Any, text: str | None = None, **extra: Any) -> Update:
        payload: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": self.chat, "from": self.user, **extra,
        }
        if text is not None:
            payload["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                payload["entities"] = [{"type": "bot_command", "offset": 0,
                                        "length": len(command)}]
        return Update.de_json({"update_id": next(self._update_ids), "message": payload}, bot)

    def upload(self, bot: Any, api: LocalBotAPI, filename: str, data: bytes) -> Update:
        """A document message; the bytes are served by `api` as the file."""
        file_id = f"file{next(self._message_ids)}"
        api.files[file_id] = data
        document = {"file_id": file_id, "file_unique_id": file_id, "file_name": filename,
                    "file_size": len(data)}
        return self.message(bot, None, document=document)

    def inline_query(self, bot: Any, query: str) -> Update:
        """`@bot <query>` typed in any chat."""
        payload = {"id": str(next(self._update_ids)), "from": self.user, "query": query,
                   "offset": ""}
        return Update.de_json({"update_id": next(self._update_ids), "inline_query": payload},
                              bot)

    def press(self, bot: Any, data: str, message_id: int = 1) -> Update:
        payload = {
            "id": str(next(self._update_ids)), "from": self.user, "chat_instance": "local",
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()), "chat": self.chat,
                        "from": BOT_USER, "text": "…"},
        }
        return Update.de_json({"update_id": next(self._update_ids), "callback_query": payload},
                              bot)
