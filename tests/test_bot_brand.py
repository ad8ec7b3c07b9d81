"""Brand handlers through the real PTB Application, fed `Update`s, with an in-process Bot API."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator

import pytest

from bot.app import build_application
from bot.brand import is_refinement, neutralise_cell
from bot.local import LocalBotAPI, LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import parse_brief
from storage.records import CreatorRecord
from tests.bot_helpers import Harness
from tests.conftest import creator_row

CREATORS = [
    creator_row("glow.sby", display_name="Glow <b>Sby</b> _*[x]"),
    creator_row("glow.bdg", city="Bandung", platform="tiktok", avg_views=8000,
                avg_likes=900, avg_comments=30),
    creator_row("glow.jkt", city="Jakarta"),
    creator_row("glow.mlg", city="Malang", followers=30_000, avg_likes=800, avg_comments=30,
                follower_history=[29_000, 30_000]),
    creator_row("glow.smg", city="Semarang"),
    creator_row("glow.mdn", city="Medan"),
    creator_row("glow.bali", city="Denpasar", rate_idr=2_500_000),
    creator_row("kopi.jkt", bio="Review kopi specialty", niches=["coffee"], city="Jakarta"),
]


@pytest.fixture
async def harness(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    records = [CreatorRecord.model_validate(r) for r in CREATORS]
    service.import_records(records)
    owner = CreatorRecord.model_validate(creator_row("glow.jkt", city="Jakarta"))
    service.save_creator(owner, owner_telegram_id=555)
    api = LocalBotAPI()
    app = build_application(settings, service=service, request=api)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield Harness(app, api)


async def test_start_greets_in_telegram_language_and_offers_roles(harness: Harness) -> None:
    sent = await harness.send(LocalUser(1, "Budi", "id"), "/start")
    assert "Halo, Budi" in sent[0].text
    assert [b[1] for b in sent[0].buttons] == ["role:brand", "role:creator"]
    sent = await harness.send(LocalUser(2, "Ann", "en-US"), "/start")
    assert "Hi Ann" in sent[0].text
    sent = await harness.press(LocalUser(2, "Ann", "en-US"), "role:brand")
    assert "Describe what you need" in sent[0].text


async def test_language_switch(harness: Harness) -> None:
    user = LocalUser(3, "Sari", "en")
    await harness.send(user, "/language")
    await harness.press(user, "lang:id")
    sent = await harness.send(user, "/help")
    assert "Ceritakan kebutuhanmu" in sent[0].text


async def test_brief_gives_five_cards_with_buttons_and_more(harness: Harness) -> None:
    user = LocalUser(10, "Brand", "id")
    sent = await harness.send(user, "cari KOL skincare kulit berminyak, budget 1 jt per post")
    assert sent[0].text.startswith("Yang kutangkap")
    cards = [m for m in sent if m.buttons and m.buttons[0][1].startswith("sl:")]
    assert len(cards) == 5
    assert "sendChatAction" in harness.api.calls
    first = cards[0]
    assert {b[1].split(":")[0] for b in first.buttons} == {"sl", "fb", "ct", "why"}
    assert "followers" in first.text and "ER" in first.text
    more = [m for m in sent if m.buttons and m.buttons[0][1].startswith("more:")]
    assert more
    again = await harness.press(user, more[0].buttons[0][1])
    assert [m for m in again if m.buttons and m.buttons[0][1].startswith("sl:")]
    shown = {m.text.split("(@")[1].split(")")[0] for m in cards + again if "(@" in m.text}
    assert len(shown) == len(cards + [m for m in again if "(@" in m.text])  # no repeats


async def test_why_button_shows_every_fact_and_refuses_foreign_briefs(
        harness: Harness) -> None:
    user, other = LocalUser(11, "Brand", "id"), LocalUser(12, "Other", "id")
    sent = await harness.send(user, "skincare kulit berminyak di Malang, budget 1 jt")
    card = next(m for m in sent if "glow.mlg" in m.text)
    why = next(b[1] for b in card.buttons if b[1].startswith("why:"))
    details = (await harness.press(user, why))[-1].text
    assert details.startswith("Kenapa @glow.mlg?")
    # Its numbers are the creator's own: averages and the follower history.
    assert "800 like, 30 komentar" in details and "29.000 → 30.000" in details
    assert "glow.mlg@example.com" not in details
    # Another user pressing a copy of the button (their briefs don't have that token): refused.
    assert not await harness.press(other, why)
    assert harness.last_answer().get("show_alert")


async def test_user_content_is_escaped(harness: Harness) -> None:
    sent = await harness.send(LocalUser(11), "skincare Surabaya")
    card = next(m for m in sent if "glow.sby" in m.text)
    assert "Glow &lt;b&gt;Sby&lt;/b&gt; _*[x]" in card.text


async def test_refinement_narrows_the_previous_brief(harness: Harness) -> None:
    user = LocalUser(12)
    await harness.send(user, "cari KOL skincare, budget 3 jt per post")
    sent = await harness.send(user, "yang di Bandung saja")
    assert sent[0].text.startswith("Brief sebelumnya dipersempit")
    cards = [m for m in sent if "(@" in m.text]
    assert "glow.bdg" in cards[0].text
    assert is_refinement(parse_brief("only TikTok"), "only TikTok")
    assert not is_refinement(parse_brief("cari KOL kopi di Bandung"), "cari KOL kopi di Bandung")


async def test_shortlist_feedback_export_and_clear(harness: Harness) -> None:
    user = LocalUser(13)
    sent = await harness.send(user, "skincare Surabaya")
    card = next(m for m in sent if m.buttons and m.buttons[0][1].startswith("sl:"))
    await harness.press(user, card.buttons[0][1])
    await harness.press(user, card.buttons[0][1])
    assert [a.get("text") for a in harness.api.answers[-2:]] == [
        "⭐ Disimpan ke shortlist.", "Sudah ada di shortlist."]
    await harness.press(user, card.buttons[1][1])
    assert "Terima kasih" in harness.api.answers[-1]["text"]
    listing = await harness.send(user, "/shortlist")
    assert "Shortlist kamu" in listing[0].text and "(1 kreator)" in listing[0].text
    exported = await harness.press(user, "slx:csv")
    rows = list(csv.reader(io.StringIO(exported[0].document.decode())))
    assert rows[0][0] == "handle" and len(rows) == 2
    assert "@example.com" not in exported[0].document.decode()
    # Another user's shortlist stays empty: callbacks act on the presser only.
    other = await harness.send(LocalUser(14), "/shortlist")
    assert "masih kosong" in other[0].text
    await harness.press(user, "slx:clear")
    assert "masih kosong" in (await harness.send(user, "/shortlist"))[0].text


async def test_contact_request_only_reveals_contact_on_accept(harness: Harness) -> None:
    brand_user, creator_user, stranger = LocalUser(20), LocalUser(555), LocalUser(99)
    sent = await harness.send(brand_user, "skincare di Jakarta")
    card = next(m for m in sent if "glow.jkt" in m.text)
    assert "glow.jkt@example.com" not in card.text
    contact_button = next(b[1] for b in card.buttons if b[1].startswith("ct:"))
    delivered = await harness.press(brand_user, contact_button)
    to_creator = next(m for m in delivered if m.chat_id == 555)
    assert "skincare di Jakarta" in to_creator.text
    assert all("glow.jkt@example.com" not in m.text for m in delivered)
    accept = next(b[1] for b in to_creator.buttons if b[1].endswith(":1"))
    # Someone else pressing (forged/replayed) the creator's button gets nothing.
    assert not await harness.press(stranger, accept)
    assert harness.api.answers[-1].get("show_alert")
    result = await harness.press(creator_user, accept)
    to_brand = next(m for m in result if m.chat_id == 20)
    assert "glow.jkt@example.com" in to_brand.text


async def test_contact_details_in_creator_text_never_reach_brands(
        harness: Harness, service: JodohService) -> None:
    service.import_records([CreatorRecord.model_validate(creator_row(
        "leaky.sby", display_name="Leaky WA 0812 3456 7890",
        community="Mahasiswi skincare. DM aku: leaky@mail.com atau wa.me/6281234567890",
        contact="leaky@mail.com"))])
    brand_user = LocalUser(21)
    sent = await harness.send(brand_user, "skincare kulit berminyak Surabaya")
    card = next(m for m in sent if "leaky.sby" in m.text)
    for secret in ("0812", "leaky@mail.com", "wa.me", "6281234567890"):
        assert secret not in card.text
    await harness.press(brand_user, next(b[1] for b in card.buttons if b[1].startswith("sl:")))
    await harness.send(brand_user, "/shortlist")
    exported = await harness.press(brand_user, "slx:csv")
    documents = [m for m in exported if m.document is not None]
    assert documents
    csv_text = documents[-1].document.decode()  # type: ignore[union-attr]
    assert "leaky.sby" in csv_text
    for secret in ("0812", "leaky@mail.com", "6281234567890"):
        assert secret not in csv_text


async def test_contact_request_to_unregistered_creator(harness: Harness) -> None:
    user = LocalUser(21)
    sent = await harness.send(user, "kopi specialty")
    card = next(m for m in sent if "kopi.jkt" in m.text)
    result = await harness.press(user, next(b[1] for b in card.buttons if b[1].startswith("ct:")))
    assert "belum terhubung" in result[0].text


async def test_bad_input_gets_friendly_answers(harness: Harness) -> None:
    user = LocalUser(30)
    assert "terlalu panjang" in (await harness.send(user, "x" * 5000))[0].text
    assert "tidak kukenal" in (await harness.send(user, "/frobnicate"))[0].text
    sticker = {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                           "is_animated": False, "is_video": False, "type": "regular"}}
    assert "pesan teks" in (await harness.send(user, None, **sticker))[0].text
    await harness.press(user, "weird-old-data")
    assert harness.api.answers[-1].get("show_alert")
    await harness.press(user, "more:deadbeef")
    assert "kedaluwarsa" in harness.api.answers[-1]["text"]
    await harness.press(user, "sl:notanumber")
    assert harness.api.answers[-1].get("show_alert")


async def test_errors_are_logged_and_the_user_is_told(harness: Harness,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database on fire")

    harness.app.bot_data["service"].search = boom
    sent = await harness.send(LocalUser(31), "skincare")
    assert any("Maaf, ada yang salah" in m.text for m in sent)
    assert any(r.exc_info for r in caplog.records if "Unhandled error" in r.message)


def test_csv_cells_are_neutralised() -> None:
    assert neutralise_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert neutralise_cell("+62") == "'+62"
    assert neutralise_cell("normal") == "normal"


async def test_brief_flood_is_slowed_down(harness: Harness) -> None:
    from bot.app import BRIEFS_PER_MINUTE

    user = LocalUser(40)
    for _ in range(BRIEFS_PER_MINUTE):
        assert "Pelan-pelan" not in (await harness.send(user, "kopi"))[0].text
    sent = await harness.send(user, "kopi")
    assert len(sent) == 1 and "Pelan-pelan" in sent[0].text
    assert "Yang kutangkap" in (await harness.send(LocalUser(41), "kopi"))[0].text


def test_fake_api_refuses_markup_telegram_would_refuse() -> None:
    from bot.local import html_problem

    assert html_problem("<b>ok</b> &lt;b&gt; literal") is None
    assert html_problem("Name</b> (@x)") is not None  # unmatched end tag
    assert html_problem("<b>open") is not None
    assert html_problem("a < b") is not None
    assert html_problem("<script>x</script>") is not None
