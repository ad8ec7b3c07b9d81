"""Inline mode: `@bot <brief>` in any chat, through the real Application and the in-process
Bot API (telegram-test-api has no inline queries)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.local import LocalUser
from jodoh.limits import BRIEFS_PER_MINUTE
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, running_bot
from tests.conftest import creator_row

CREATORS = [creator_row(f"glow.{i}", city=city, contact=f"+62812{i}000")
            for i, city in enumerate(["Surabaya", "Jakarta", "Bandung", "Medan", "Malang",
                                      "Bogor", "Solo"])]


@pytest.fixture
async def harness(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    service.import_records([CreatorRecord.model_validate(r) for r in CREATORS])
    async with running_bot(settings, service) as harness:
        yield harness


async def ask(harness: Harness, user: LocalUser, query: str) -> dict[str, Any]:
    await harness.app.process_update(user.inline_query(harness.app.bot, query))
    method, params = harness.api.requests[-1]
    assert method == "answerInlineQuery"
    return {name: json.loads(value) if isinstance(value, str) and value[:1] in "[{" else value
            for name, value in params.items()}


async def test_an_inline_brief_answers_short_cards_with_share_links_and_no_contact(
        harness: Harness) -> None:
    answer = await ask(harness, LocalUser(31, "Brand", "en"),
                       "skincare creators in Jakarta")
    results = answer["results"]
    assert 1 <= len(results) <= 5 and answer["is_personal"] is True
    first = results[0]
    assert first["type"] == "article" and first["title"].endswith("(@glow.1)")
    assert "12,000 followers" in first["description"]
    text = first["input_message_content"]["message_text"]
    assert "(@glow.1)" in text and "https://t.me/jodoh_bot?start=c_" in text
    assert len(text.split("\n")) <= 4  # the three-line card and its link
    assert first["reply_markup"]["inline_keyboard"][0][0]["url"].startswith(
        "https://t.me/jodoh_bot?start=c_")
    assert "+62812" not in json.dumps(answer) and "@example.com" not in json.dumps(answer)


async def test_inline_queries_being_typed_or_over_the_limit_search_nothing(
        harness: Harness) -> None:
    user = LocalUser(32, "Brand", "id")
    typing = await ask(harness, user, "sk")
    assert typing["results"] == [] and "Tulis brief" in typing["button"]["text"]
    for _ in range(BRIEFS_PER_MINUTE):
        assert (await ask(harness, user, "skincare di Jakarta"))["results"]
    limited = await ask(harness, user, "skincare di Jakarta")
    assert limited["results"] == [] and "Terlalu cepat" in limited["button"]["text"]
