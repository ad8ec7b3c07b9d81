"""`jodoh chat`: the real bot (same Application, same handlers) in a terminal, no token needed.

Messages the bot sends are printed; inline buttons become numbered choices — type the number
to press one. Type /quit to leave.
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
    user = LocalUser(TERMINAL_USER_ID, os.environ.get("USER", "you").title(), language)
    buttons: list[tuple[str, str]] = []
    seen = 0

    def flush() -> None:
        nonlocal seen, buttons
        for message in api.sent[seen:]:
            write("")
            write(plain(message.text) if message.text else f"[file: {message.filename}]")
            if message.document is not None:
                write(f"[document {message.filename}, {len(message.document)} bytes]")
            if message.buttons:
                # One line per keyboard row, as Telegram shows them.
                start = 0
                for size in message.row_sizes or [len(message.buttons)]:
                    row = message.buttons[start : start + size]
                    write("   " + "   ".join(f"[{len(buttons) + 1 + i}] {label}"
                                             for i, (label, _) in enumerate(row)))
                    buttons += row
                    start += size
        seen = len(api.sent)

    async with application:
        await application.post_init(application)  # type: ignore[misc]
        write("Jodoh — terminal chat. Type a brief, a /command, or a button number. "
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
            if line.isdigit() and 1 <= int(line) <= len(buttons):
                update = user.press(application.bot, buttons[int(line) - 1][1])
                answers_before = len(api.answers)
                await application.process_update(update)
                for answer in api.answers[answers_before:]:
                    if answer.get("text"):
                        write(f"({answer['text']})")
            else:
                await application.process_update(user.message(application.bot, line))
            flush()
