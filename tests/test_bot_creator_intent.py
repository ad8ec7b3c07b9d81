"""A creator who types who they are ("aku kreator, mau daftar") gets the creator how-to, not
the brand's question or a search for creators; a brand's brief is still a brief."""

from __future__ import annotations

import pytest

from bot.common import about_being_a_creator
from bot.local import LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings
from prompts.bot_texts import BOT_TEXTS
from storage.records import CreatorRecord
from tests.bot_helpers import running_bot
from tests.conftest import creator_row


@pytest.mark.parametrize("text", [
    "Saya kreator", "aku kreator, mau daftar", "I'm a creator",
    "I am a content creator, how do I join?", "gimana cara daftar jadi kreator?",
    "halo kak, saya influencer skincare 20rb followers, boleh gabung?",
    # the role alone, typed instead of tapping "🎥 Saya kreator"
    "kreator", "Kreator!", "konten kreator", "creator", "🎥 Saya kreator",
])
def test_a_creator_s_message_about_themselves(text: str) -> None:
    assert about_being_a_creator(text)


@pytest.mark.parametrize("text", [
    "cari kreator kuliner di Surabaya", "I'm looking for a creator who reviews strollers",
    "saya kreator tapi mau cari kreator lain buat produk saya", "Saya brand",
    "jual pasir kucing, kreator yang pelihara kucing", "kreator kuliner", "brand",
])
def test_a_brief_is_no_creator_s_message(text: str) -> None:
    assert not about_being_a_creator(text)


async def test_the_bot_answers_a_creator_with_how_to_register(
        service: JodohService, settings: Settings) -> None:
    service.import_records([CreatorRecord.model_validate(creator_row("kopi.sby"))])
    async with running_bot(settings, service) as bot:
        user = LocalUser(301)
        [howto, *_] = await bot.send(user, "aku kreator, mau daftar")
        assert "/register" in howto.text and not howto.buttons
        assert howto.text == BOT_TEXTS["id"]["howto_creator"].format(proof="")
        english = LocalUser(302, language_code="en")
        [reply, *_] = await bot.send(english, "I'm a creator")
        assert "/register" in reply.text and "@kopi.sby" not in reply.text
        [answer, *_] = await bot.send(user, "cari kreator skincare di Surabaya")
        assert "@kopi.sby" in answer.text  # a brief is still searched


async def test_help_follows_the_chosen_role(service: JodohService, settings: Settings) -> None:
    async with running_bot(settings, service) as bot:
        user = LocalUser(303)
        [brand_help] = await bot.send(user, "/help")
        texts = BOT_TEXTS["id"]
        assert brand_help.text == f"{texts['howto_brand']}\n{texts['help_creator_hint']}"
        await bot.send(user, "kreator")
        [creator_help] = await bot.send(user, "/help")
        assert creator_help.text == texts["howto_creator"].format(proof="")
