"""A typed "next page" ("lagi dong", "next", the ➕ label) answers as the ➕ button does, with
the last brief's next page, and is never searched as a brief of its own."""

from __future__ import annotations

import pytest

from bot.local import LocalUser
from jodoh.briefs import asks_for_more
from jodoh.service import JodohService
from jodoh.settings import Settings
from prompts.bot_texts import BOT_TEXTS
from storage.records import CreatorRecord
from tests.bot_helpers import rank_of, running_bot
from tests.conftest import creator_row


@pytest.mark.parametrize("text", ["lagi dong", "berikutnya", "next", "more please",
                                  "➕ Hasil berikutnya", "ada lagi?", "show more",
                                  "show me more", "ada yang lain ga kak?", "anyone else?",
                                  "kasih liat yg lain dong", "can you show me more creators?",
                                  "another 5 please"])
def test_a_typed_next_page(text: str) -> None:
    assert asks_for_more(text)


@pytest.mark.parametrize("text", ["cari lagi kreator kopi", "more coffee creators",
                                  "kreator lain di Bandung", "lagi cari kreator skincare",
                                  "yang lain di Bandung", "more tiktok ones",
                                  "others in Surabaya?", "aku lagi mau promo sambal",
                                  "lagi cari kreator nih"])
def test_a_brief_is_no_next_page(text: str) -> None:
    assert not asks_for_more(text)


async def test_typing_next_shows_the_last_brief_s_next_page(
        service: JodohService, settings: Settings) -> None:
    service.import_records([CreatorRecord.model_validate(creator_row(f"skin.{n}"))
                            for n in range(8)])
    async with running_bot(settings, service) as bot:
        user = LocalUser(401)
        [nothing_yet] = await bot.send(user, "lagi dong")
        assert nothing_yet.text == BOT_TEXTS["id"]["empty_brief"]
        [first, *_] = await bot.send(user, "cari kreator skincare di Surabaya")
        shown = [f"skin.{n}" for n in range(8) if f"@skin.{n})" in first.text]
        assert len(shown) == 5
        [second, *_] = await bot.send(user, "show me more")
        rest = [f"skin.{n}" for n in range(8) if f"@skin.{n})" in second.text]
        assert sorted(rest) == sorted(set(f"skin.{n}" for n in range(8)) - set(shown))
        assert rank_of(second.text, rest[0]) >= 6  # numbered on from the first page
