"""Deep links: a card's share link opens its public card for anyone, a creator's profile link,
and a brand's shortlist shared read-only; payloads are opaque and never carry a contact."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.local import LocalUser, SentMessage
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, card_button, running_bot
from tests.conftest import creator_row

CREATORS = [creator_row(f"glow.{city.lower()}", city=city, contact=f"+62812{i}000")
            for i, city in enumerate(["Surabaya", "Jakarta", "Bandung", "Medan", "Malang",
                                      "Bogor"])]


@pytest.fixture
async def harness(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    service.import_records([CreatorRecord.model_validate(r) for r in CREATORS])
    async with running_bot(settings, service) as harness:
        yield harness


def shared_link(share_button_url: str) -> str:
    """The deep link inside a t.me/share/url button."""
    assert share_button_url.startswith("https://t.me/share/url?")
    return parse_qs(urlsplit(share_button_url).query)["url"][0]


def payload_of(link: str) -> str:
    assert link.startswith("https://t.me/jodoh_bot?start=")
    return link.split("start=", 1)[1]


def no_contact(messages: list[SentMessage]) -> bool:
    return not any("+62812" in m.text or "@example.com" in m.text for m in messages)


async def test_a_cards_share_link_opens_its_public_card_for_anyone(harness: Harness) -> None:
    brand, teammate = LocalUser(21, "Brand", "id"), LocalUser(22, "Teammate", "en")
    answer = (await harness.send(brand, "cari KOL skincare di Jakarta"))[0]
    share = card_button(answer, "glow.jakarta", "https://t.me/share/url")
    payload = payload_of(shared_link(share))
    assert payload.startswith("c_") and "jakarta" not in payload and len(payload) <= 64
    opened = await harness.send(teammate, f"/start {payload}")
    assert len(opened) == 1 and "(@glow.jakarta)" in opened[0].text
    assert "12,000 followers" in opened[0].text and "like @glow.jakarta" in opened[0].text
    assert no_contact(opened)
    assert [label for label, _ in opened[0].buttons] == ["🔗 Share"]
    # A made-up or mistyped payload says so, and plain /start still greets.
    for wrong in ("c_000000000000", "c_zz", "s_" + "x" * 16):
        assert "no longer valid" in (await harness.send(teammate, f"/start {wrong}"))[0].text
    for plain in ("/start", "/start inline"):
        assert "Hi Teammate" in (await harness.send(teammate, plain))[0].text


async def test_a_shortlist_is_shared_read_only_and_shows_the_list_as_it_is_now(
        harness: Harness) -> None:
    brand, teammate = LocalUser(23, "Brand", "id"), LocalUser(24, "Teammate", "id")
    answer = (await harness.send(brand, "cari KOL skincare di Jakarta"))[0]
    await harness.press(brand, card_button(answer, "glow.jakarta", "sl:"))
    listing = (await harness.send(brand, "/shortlist"))[0]
    share = dict(listing.buttons)["🔗 Bagikan ke tim (hanya baca)"]
    payload = payload_of(shared_link(share))
    assert payload.startswith("s_") and str(brand.user["id"]) not in payload
    # The same link every time.
    again = (await harness.send(brand, "/shortlist"))[0]
    assert dict(again.buttons)["🔗 Bagikan ke tim (hanya baca)"] == share
    opened = await harness.send(teammate, f"/start {payload}")
    assert "Shortlist yang dibagikan" in opened[0].text and "@glow.jakarta" in opened[0].text
    assert opened[0].buttons == [] and no_contact(opened)  # read-only: no export, no clear
    await harness.press(brand, "slx:clear")
    assert "kosong" in (await harness.send(teammate, f"/start {payload}"))[0].text


async def test_a_creator_gets_a_profile_link_for_their_bio(
        harness: Harness, service: JodohService) -> None:
    owner = CreatorRecord.model_validate(creator_row("glow.owner", city="Jakarta"))
    service.save_creator(owner, owner_telegram_id=25, take_over_imported=True)
    profile = (await harness.send(LocalUser(25, "Sari", "id"), "/myprofile"))[0]
    link = profile.text.rsplit(": ", 1)[1]
    opened = await harness.send(LocalUser(26, "Brand", "id"), f"/start {payload_of(link)}")
    assert "(@glow.owner)" in opened[0].text and no_contact(opened)
