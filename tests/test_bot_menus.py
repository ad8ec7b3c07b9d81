"""Command menus per role and language, and the bot's descriptions, through the real PTB
Application and the in-process Bot API."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Bot

from bot.local import LocalBotAPI, LocalUser
from bot.menus import MENUS, commands, set_up_menus
from jodoh.service import JodohService
from jodoh.settings import Settings
from prompts.bot_texts import BOT_TEXTS
from tests.bot_helpers import Harness, running_bot

ADMIN = 4242


@pytest.fixture
async def harness(service: JodohService, tmp_path: Any) -> AsyncIterator[Harness]:
    settings = Settings(jodoh_data_dir=tmp_path / "data", admin_user_ids=[ADMIN],
                        _env_file=None)  # type: ignore[call-arg]
    async with running_bot(settings, service) as harness:
        yield harness


def _value(params: dict[str, Any], name: str) -> Any:
    value = params.get(name)
    return json.loads(value) if isinstance(value, str) and value[:1] in "[{" else value


def menus_set(api: LocalBotAPI) -> dict[tuple[str, int | None, str | None], list[str]]:
    """(scope type, chat id, language code) → the command names set there."""
    found = {}
    for method, params in api.requests:
        if method == "setMyCommands":
            scope = _value(params, "scope") or {"type": "default"}
            found[(scope["type"], scope.get("chat_id"), params.get("language_code"))] = [
                command["command"] for command in _value(params, "commands")]
    return found


async def test_start_up_sets_each_roles_menu_in_both_languages_and_the_descriptions(
        harness: Harness) -> None:
    menus = menus_set(harness.api)
    for language in (None, "id", "en"):
        assert menus[("default", None, language)] == list(MENUS["brand"])
        assert menus[("chat", ADMIN, language)] == list(MENUS["admin"])
    described = {(method, params.get("language_code")): params
                 for method, params in harness.api.requests
                 if method in {"setMyDescription", "setMyShortDescription"}}
    for language in ("id", "en"):
        texts = BOT_TEXTS[language]
        assert described[("setMyDescription", language)]["description"] == (
            texts["bot_description"])
        assert described[("setMyShortDescription", language)]["short_description"] == (
            texts["bot_short_description"])
        # Telegram's limits: 512 and 120 characters, commands' descriptions 3–256.
        assert len(texts["bot_description"]) <= 512
        assert len(texts["bot_short_description"]) <= 120
        for role in MENUS:
            assert all(3 <= len(c.description) <= 256 for c in commands(role, language))
    english = {c.command: c.description for c in commands("brand", "en")}
    assert english["shortlist"].startswith("Creators you saved")


async def test_a_creator_gets_the_creator_menu_and_a_brand_the_default_again(
        harness: Harness) -> None:
    user = LocalUser(77, "Sari", "id")
    await harness.send(user, "/start")
    await harness.press(user, "role:creator")
    menus = menus_set(harness.api)
    assert menus[("chat", 77, "id")] == list(MENUS["creator"])
    assert "register" in menus[("chat", 77, None)]
    await harness.press(user, "role:brand")
    deleted = [params for method, params in harness.api.requests
               if method == "deleteMyCommands"]
    assert deleted and all(_value(p, "scope")["chat_id"] == 77 for p in deleted)
    # An admin keeps the admin menu whatever role they pick.
    before = len(harness.api.requests)
    await harness.press(LocalUser(ADMIN, "Admin", "en"), "role:creator")
    assert not [m for m, _ in harness.api.requests[before:] if "MyCommands" in m]


async def test_a_bot_api_that_refuses_menus_does_not_stop_the_bot() -> None:
    api = LocalBotAPI()
    api.failures["setMyCommands"] = [(400, {"description": "Bad Request: nope"})]

    async with Bot("0:local", request=api) as bot:
        assert await set_up_menus(bot, [ADMIN]) is False
        assert await set_up_menus(bot, [ADMIN]) is True
