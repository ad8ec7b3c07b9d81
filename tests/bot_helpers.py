"""A real PTB Application fed scripted `Update`s, talking to the in-process Bot API."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser, SentMessage
from jodoh.service import JodohService
from jodoh.settings import Settings


class Harness:
    def __init__(self, app: Any, api: LocalBotAPI) -> None:
        self.app = app
        self.api = api

    async def send(self, user: LocalUser, text: str | None = None,
                   **extra: Any) -> list[SentMessage]:
        before = len(self.api.sent)
        await self.app.process_update(user.message(self.app.bot, text, **extra))
        return self.api.sent[before:]

    async def press(self, user: LocalUser, data: str) -> list[SentMessage]:
        before = len(self.api.sent)
        await self.app.process_update(user.press(self.app.bot, data))
        return self.api.sent[before:]

    async def upload(self, user: LocalUser, filename: str, data: bytes) -> list[SentMessage]:
        before = len(self.api.sent)
        await self.app.process_update(user.upload(self.app.bot, self.api, filename, data))
        return self.api.sent[before:]

    def last_answer(self) -> dict[str, Any]:
        return self.api.answers[-1] if self.api.answers else {}


@asynccontextmanager
async def running_bot(settings: Settings, service: JodohService) -> AsyncIterator[Harness]:
    """The bot's Application around `service`, started as `jodoh bot` starts it (post_init:
    menus, jobs, the OAuth callback server) and shut down after."""
    api = LocalBotAPI()
    app = build_application(settings, service=service, request=api)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield Harness(app, api)
        await app.post_shutdown(app)  # type: ignore[misc]


async def run_daily_refresh(app: Any) -> None:
    """Run the bot's scheduled refresh of verified statistics now, as the JobQueue would."""
    from bot.refresh_job import JOB_NAME

    [job] = app.job_queue.get_jobs_by_name(JOB_NAME)
    await job.run(app)


def button(messages: list[SentMessage], prefix: str, label: str | None = None) -> str:
    """The callback data of the first button whose data starts with `prefix`."""
    for message in reversed(messages):
        for text, data in message.buttons:
            if data.startswith(prefix) and (label is None or label in text):
                return data
    raise AssertionError(f"no button {prefix!r} in {[m.buttons for m in messages]}")


def rank_of(text: str, handle: str) -> int:
    """The number a creator has in a results message (`<b>3. Name</b> (@handle)`)."""
    found = re.search(r"<b>(\d+)\. [^\n]*?</b> \(@" + re.escape(handle) + r"\)", text)
    if found is None:
        raise AssertionError(f"@{handle} is not a numbered match in {text!r}")
    return int(found.group(1))


def card_button(message: SentMessage, handle: str, prefix: str) -> str:
    """The callback data of the `prefix` button (why:, sl:, ct:) in a creator's row."""
    rank = rank_of(message.text, handle)
    for text, data in message.buttons:
        if data.startswith(prefix) and text.endswith(f" {rank}"):
            return data
    raise AssertionError(f"no {prefix!r} button for #{rank} in {message.buttons}")


def results(messages: list[SentMessage]) -> list[SentMessage]:
    """The results messages among `messages` (those with numbered matches)."""
    return [m for m in messages if re.search(r"<b>\d+\. ", m.text or "")]


def handles_in(message: SentMessage) -> list[str]:
    """The creators of a results message, in rank order."""
    return re.findall(r"<b>\d+\. [^\n]*?</b> \(@([\w.]+)\)", message.text or "")


def cards_in(message: SentMessage) -> list[str]:
    """Each match's block of a results message (from its numbered name to the next one)."""
    blocks = re.split(r"\n\n(?=<b>\d+\. )", message.text or "")[1:]
    if blocks:
        blocks[-1] = blocks[-1].split("\n\n<i>")[0]  # the buttons' legend closes the message
    return blocks
