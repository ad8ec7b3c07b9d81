"""A real PTB Application fed scripted `Update`s, talking to the in-process Bot API."""

from __future__ import annotations

from typing import Any

from bot.local import LocalBotAPI, LocalUser, SentMessage


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


def button(messages: list[SentMessage], prefix: str, label: str | None = None) -> str:
    """The callback data of the first button whose data starts with `prefix`."""
    for message in reversed(messages):
        for text, data in message.buttons:
            if data.startswith(prefix) and (label is None or label in text):
                return data
    raise AssertionError(f"no button {prefix!r} in {[m.buttons for m in messages]}")
