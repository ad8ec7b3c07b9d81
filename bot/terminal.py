"""`jodoh chat`: the real bot (same Application, same handlers) in a terminal, no token needed.

Messages the bot sends are printed; inline buttons become choices tagged by message and
number ([b2] is the second button of message b): type the tag to press one. A bare number
presses a button of the newest message only when that message has buttons; otherwise (the
bot asked a question) it is the answer, so "45" to "average comments?" can never press an
old button. Type /quit to leave.
"""

from __future__ import annotations

import asyncio
import html
import os
import re
from collections.abc import Callable

from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings

TERMINAL_USER_ID = 1
# How a button's tag is typed: message letters, then its number ("b12").
_TAG = re.compile(r"[a-z]{1,2}\d{1,2}")


def message_tag(index: int) -> str:
    """a, b, …, z, aa, ab, … for the messages with buttons, in order."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def plain(text: str) -> str:
    """Telegram HTML → terminal text."""
    text = re.sub(r"<blockquote>(.*?)</blockquote>", r"  │ \1", text, flags=re.S)
    return html.unescape(re.sub(r"</?(b|i|u|s|code|pre|a[^>]*)>", "", text))


async def chat(
    settings: Settings,
    service: JodohService,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
) -> None:
    """Run the conversation loop until /quit or end of input."""
    api = LocalBotAPI()
    application = build_application(settings, service=service, request=api)
    language = "en" if os.environ.get("LANG", "").lower().startswith("en") else "id"
    login = os.environ.get("USER", "")
    # A login is a name unless it is an account's ("root" in a container).
    user = LocalUser(TERMINAL_USER_ID, "" if login in {"", "root"} else login.title(), language)
    tagged: dict[str, tuple[str, int]] = {}  # "b2" → (callback data, its message's id)
    newest: list[tuple[str, int]] = []  # the newest message's buttons, when it has any
    seen = 0
    messages_with_buttons = 0

    def flush() -> None:
        nonlocal seen, newest, messages_with_buttons
        for message in api.sent[seen:]:
            write("")
            write(plain(message.text) if message.text else f"[file: {message.filename}]")
            if message.document is not None:
                write(f"[document {message.filename}, {len(message.document)} bytes]")
            newest = []
            if message.buttons:
                tag = message_tag(messages_with_buttons)
                messages_with_buttons += 1
                # One line per keyboard row, as Telegram shows them.
                start = 0
                for size in message.row_sizes or [len(message.buttons)]:
                    row = message.buttons[start : start + size]
                    write("   " + "   ".join(f"[{tag}{start + 1 + i}] {label}"
                                             for i, (label, _) in enumerate(row)))
                    start += size
                for number, (_, data) in enumerate(message.buttons, start=1):
                    tagged[f"{tag}{number}"] = (data, message.message_id)
                newest = [(data, message.message_id) for _, data in message.buttons]
        seen = len(api.sent)

    def pressed(line: str) -> tuple[str, int] | None:
        """The button a typed line presses (its data and message), if any."""
        if line.lower() in tagged:
            return tagged[line.lower()]
        if line.isdigit() and newest and 1 <= int(line) <= len(newest):
            return newest[int(line) - 1]
        return None

    async with application:
        await application.post_init(application)  # type: ignore[misc]
        write("Jodoh — terminal chat. Type a brief, a /command, or a button's tag ([a1]). "
              "/quit to leave.")
        await application.process_update(user.message(application.bot, "/start"))
        flush()
        while True:
            try:
                line = (await asyncio.to_thread(read, "\n> ")).strip()
            except EOFError:
                break
            if line in {"/quit", "/exit", "quit", "exit"}:
                break
            if not line:
                continue
            if _TAG.fullmatch(line.lower().strip("[]")):
                line = line.strip("[]")  # "[b3]", as the tags are printed
            button = pressed(line)
            if button is None and _TAG.fullmatch(line.lower()) and messages_with_buttons:
                # A tag of no button shown ("c1" before message c exists): a typo, no brief.
                write(f"(no button [{line.lower()}] here)")
                continue
            if button is not None and button[0].startswith("https://"):
                write(f"({button[0]})")  # a link button: Telegram would open it
                continue
            if button is not None:
                # On the message that carries it: an edit (a ticked niche) redraws that one.
                update = user.press(application.bot, button[0], message_id=button[1])
                answers_before = len(api.answers)
                await application.process_update(update)
                for answer in api.answers[answers_before:]:
                    if answer.get("text"):
                        write(f"({answer['text']})")
            else:
                await application.process_update(user.message(application.bot, line))
            flush()
