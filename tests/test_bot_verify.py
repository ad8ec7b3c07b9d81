"""/verify: ownership proved by a one-time code in an account's public text, read back from
local stand-ins: a YouTube channel's description (YouTube Data API) and an Instagram
professional account's bio (Business Discovery); then the brand sees the verified badge."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.local import LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, running_bot
from tests.conftest import creator_row
from tests.standins.youtube import Channel, YouTubeStandIn, serve

CHANNEL = "UC" + "v" * 22
CREATOR = 5150


@pytest.fixture
def youtube() -> Iterator[YouTubeStandIn]:
    stand_in = YouTubeStandIn(channels={CHANNEL: Channel(
        31_000, [(20_000, 900, 80), (16_000, 700, 60)], description="Review gadget jujur.")})
    with serve(stand_in):
        yield stand_in


@pytest.fixture
async def harness(service: JodohService, tmp_path: Path,
                  youtube: YouTubeStandIn) -> AsyncIterator[Harness]:
    service.save_creator(CreatorRecord.model_validate(creator_row(
        "gadget.jujur", platform="youtube", bio="Review gadget jujur tiap minggu.",
        niches=["tech_gadgets"], followers=30_000, avg_likes=800, avg_comments=70,
        avg_views=17_000, follower_history=[29_000, 30_000])), owner_telegram_id=CREATOR)
    settings = Settings(jodoh_data_dir=tmp_path / "bot", youtube_api_key=SecretStr("good-key"),
                        youtube_api_url=youtube.url, _env_file=None)  # type: ignore[call-arg]
    async with running_bot(settings, service) as harness:
        yield harness


async def test_a_code_in_the_channel_description_verifies_the_creator(
        harness: Harness, youtube: YouTubeStandIn, service: JodohService) -> None:
    creator = LocalUser(CREATOR, "Dimas", "id")
    assert "channel id" in (await harness.send(creator, "/verify"))[0].text
    given = (await harness.send(creator, f"/verify {CHANNEL}"))[0]
    code = re.search(r"JODOH-[0-9A-F]{6}", given.text)
    assert code and given.buttons == [("✅ Cek", "vf:check")]
    missing = await harness.press(creator, "vf:check")
    assert "belum ada di deskripsi" in missing[-1].text
    assert service.creators_named("gadget.jujur")[0].verified_at is None
    youtube.channels[CHANNEL].description += f" {code.group(0)}"
    done = await harness.press(creator, "vf:check")
    assert "✓ Channel terverifikasi: 31.000 subscribers" in done[-1].text
    profile = service.creators_named("gadget.jujur")[0]
    assert profile.verified_at is not None and profile.followers == 31_000
    # A brand sees the badge.
    answer = (await harness.send(LocalUser(77, "Brand", "id"), "review gadget di youtube"))[0]
    assert "✓ terverifikasi · sinkron hari ini" in answer.text
    # The code was used: pressing again asks for a new one.
    await harness.press(creator, "vf:check")
    assert "tidak berlaku" in harness.last_answer()["text"]


async def test_only_an_owner_can_verify(harness: Harness) -> None:
    assert "/register" in (await harness.send(LocalUser(9, "Brand", "id"), "/verify"))[0].text


async def test_a_code_in_the_instagram_bio_verifies_the_creator(
        service: JodohService, tmp_path: Path) -> None:
    from tests.standins import instagram as ig

    service.save_creator(CreatorRecord.model_validate(creator_row(
        "sari.sunscreen", followers=12_000, avg_likes=420, avg_comments=18,
        follower_history=[11_000, 12_000])), owner_telegram_id=CREATOR)
    stand_in = ig.InstagramStandIn(public={
        "sari.sunscreen": ig.PublicAccount(12_900, [(520, 31), (680, 49)], "Skincare jujur")})
    with ig.serve(stand_in):
        settings = Settings(
            jodoh_data_dir=tmp_path / "bot", instagram_discovery_user_id=ig.DISCOVERY_USER_ID,
            instagram_discovery_token=SecretStr(ig.DISCOVERY_TOKEN),
            instagram_discovery_url=stand_in.discovery_url,
            _env_file=None)  # type: ignore[call-arg]
        async with running_bot(settings, service) as harness:
            creator = LocalUser(CREATOR, "Sari", "en")
            given = (await harness.send(creator, "/verify"))[0]
            assert "bio of Instagram @sari.sunscreen" in given.text
            code = re.search(r"JODOH-[0-9A-F]{6}", given.text)
            assert code is not None
            missing = await harness.press(creator, "vf:check")
            assert "not in the bio of Instagram @sari.sunscreen" in missing[-1].text
            stand_in.public["sari.sunscreen"].biography += f" {code.group(0)}"
            done = await harness.press(creator, "vf:check")
            assert "✓ Instagram @sari.sunscreen verified: 12,900 followers" in done[-1].text
            profile = service.creators_named("sari.sunscreen")[0]
            assert profile.verified_at is not None and profile.followers == 12_900
            # A personal account cannot be read: it says how to fix that.
            del stand_in.public["sari.sunscreen"]
            code = re.search(r"JODOH-[0-9A-F]{6}",
                             (await harness.send(creator, "/verify ig"))[0].text)
            gone = await harness.press(creator, "vf:check")
            assert code is not None and "not a professional" in gone[-1].text


async def test_the_creator_how_to_names_verify_only_where_it_works(
        harness: Harness, service: JodohService, tmp_path: Path) -> None:
    creator = LocalUser(CREATOR + 1, "Dimas", "id")
    await harness.send(creator, "/start")
    howto = (await harness.press(creator, "role:creator"))[0].text
    assert "/register" in howto and "/verify membuktikan angkamu" in howto
    assert "/connect" not in howto  # no Instagram or TikTok login configured here
    bare = Settings(jodoh_data_dir=tmp_path / "bare", _env_file=None)  # type: ignore[call-arg]
    async with running_bot(bare, service) as plain:
        await plain.send(creator, "/start")
        howto = (await plain.press(creator, "role:creator"))[0].text
    assert "/register" in howto and "/verify" not in howto and "/connect" not in howto
