"""Brand handlers through the real PTB Application, fed `Update`s, with an in-process Bot API."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest

from bot import brand
from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser, utf16_length
from bot.render import MAX_MESSAGE_CHARS, pack_messages, render_card
from bot.shortlist import neutralise_cell
from jodoh.briefs import is_refinement
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import parse_brief
from retrieval.profile import CreatorProfile
from retrieval.ranking import score_candidates
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, button, card_button, handles_in, rank_of, results
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
    service.save_creator(owner, owner_telegram_id=555, take_over_imported=True)
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


async def test_a_brief_is_answered_in_one_message_with_numbered_buttons_and_more(
        harness: Harness) -> None:
    user = LocalUser(10, "Brand", "id")
    sent = await harness.send(user, "cari KOL skincare kulit berminyak, budget 1 jt per post")
    # Fast answers need no status message: the summary, five matches and buttons, at once.
    assert len(sent) == 1 and not sent[0].edited
    answer = sent[0]
    assert answer.text.startswith("Yang kutangkap")
    assert len(handles_in(answer)) == 5
    assert "followers" in answer.text and "ER" in answer.text and "Tombol bernomor" in answer.text
    rows = [data.split(":")[0] for _, data in answer.buttons]
    # ➕, then one ✖ and one ✏️ per constraint of the understood line.
    assert rows == ["why", "sl", "ct", "like", "https"] * 5 + ["more", "drop", "chg"]
    assert [label for label, _ in answer.buttons[:3]] == ["❓ 1", "⭐ 1", "✉️ 1"]
    assert [label for label, _ in answer.buttons[-2:]] == ["✖ budget", "✏️ budget"]
    again = await harness.press(user, answer.buttons[-3][1])
    assert len(again) == 1 and again[0].text.startswith("Hasil 6–")
    assert rank_of(again[0].text, handles_in(again[0])[0]) == 6
    shown = handles_in(answer) + handles_in(again[0])
    assert len(set(shown)) == len(shown)  # no repeats
    assert "sendChatAction" not in harness.api.calls


async def test_the_understood_line_drops_a_constraint_in_one_tap_and_follow_ups_relax(
        harness: Harness) -> None:
    user = LocalUser(11, "Brand", "id")
    sent = await harness.send(user, "cari KOL skincare di Makassar, followers 10-20rb, "
                                    "budget 1 jt per post")
    answer = sent[0]
    assert "lokasi Makassar" in answer.text and "followers 10.000–20.000" in answer.text
    drops = {label: data for label, data in answer.buttons if data.startswith("drop:")}
    assert set(drops) == {"✖ lokasi", "✖ followers", "✖ budget"}
    # Nobody in the test base lives in Makassar: said before the cards, and each card says so.
    assert "Belum ada kreator yang memenuhi semua kriteria" in answer.text
    medan = (await harness.send(user, "yang di Medan aja"))[0]
    assert "Hanya 1 kreator yang memenuhi semua kriteria" in medan.text
    assert "bukan Makassar" in answer.text
    relaxed = (await harness.press(user, drops["✖ lokasi"]))[0]
    assert "Makassar" not in relaxed.text.split("\n")[0]
    assert "followers 10.000–20.000" in relaxed.text.split("\n")[0]
    # A typed follow-up relaxes too.
    follow_up = (await harness.send(user, "followers ga masalah"))[0]
    first_line = follow_up.text.split("\n")[0]
    assert first_line.startswith("Brief sebelumnya diubah")
    assert "followers" not in first_line and "budget" in first_line
    # Waiving what is no longer stated changes nothing, and the answer says so.
    again = (await harness.send(user, "followers ga masalah"))[0]
    assert again.text.split("\n")[0] == first_line.replace("diubah", "tetap sama")


async def test_the_understood_line_changes_a_constraint_to_a_typed_value(
        harness: Harness) -> None:
    user = LocalUser(12, "Brand", "id")
    answer = (await harness.send(user, "cari KOL skincare di Makassar, followers 10-20rb"))[0]
    changes = {label: data for label, data in answer.buttons if data.startswith("chg:")}
    assert set(changes) == {"✏️ lokasi", "✏️ followers"}
    question = await harness.press(user, changes["✏️ lokasi"])
    assert len(question) == 1 and "kota mana" in question[0].text
    changed = (await harness.send(user, "mdn"))[0]
    understood = changed.text.split("\n")[0]
    assert "Medan" in understood and "Makassar" not in understood
    assert "followers 10.000–20.000" in understood
    assert "Hanya 1 kreator yang memenuhi semua kriteria" in changed.text
    # What cannot be read as the value is said, and nothing is searched.
    await harness.press(user, button([changed], "chg:followers"))
    unreadable = await harness.send(user, "yang banyak")
    assert len(unreadable) == 1
    assert "Belum kebaca followers dari “yang banyak”" in unreadable[0].text
    # The question was answered once: the next message is a brief again.
    fresh = (await harness.send(user, "cari kreator kopi"))[0]
    assert "kopi.jkt" in handles_in(fresh)


async def test_lookalikes_by_name_and_by_button_never_show_the_source(
        harness: Harness) -> None:
    user = LocalUser(13, "Brand", "id")
    named = (await harness.send(user, "kak cari yang mirip @glow.bdg tapi di Jakarta ya."))[0]
    assert named.text.startswith("Kreator yang mirip @glow.bdg (TikTok)")
    assert "lokasi Jakarta" in named.text.split("\n")[0]
    shown = handles_in(named)
    assert shown and "glow.bdg" not in shown
    assert shown[0] == "glow.jkt"  # the one skincare creator in Jakarta comes first
    assert any(data.startswith("drop:city:") for _, data in named.buttons)
    # 🔁 on a card: creators like that one.
    again = (await harness.press(user, card_button(named, "glow.jkt", "like:")))[0]
    assert again.text.startswith("Kreator yang mirip @glow.jkt")
    assert "glow.jkt" not in handles_in(again)
    unknown = await harness.send(user, "mirip @siapa.ini")
    assert len(unknown) == 1 and "Belum ada kreator @siapa.ini" in unknown[0].text
    english = (await harness.send(LocalUser(14, "Brand", "en"), "similar to @kopi.jkt"))[0]
    assert english.text.startswith("Creators like @kopi.jkt (Instagram)")
    assert "kopi.jkt" not in handles_in(english)


INDONESIAN_WORDS = ("Yang kutangkap", "norma", "autentik", "Kontennya", "Tombol", "lokasi")
ENGLISH_WORDS = ("What I understood", " norm ", "authentic", "Posts about", "buttons",
                 "location")


@pytest.mark.parametrize(("language", "brief", "own", "other", "followers"), [
    ("id", "cari kreator skincare di Surabaya", INDONESIAN_WORDS, ENGLISH_WORDS, "12.000"),
    ("en", "looking for skincare creators in Surabaya", ENGLISH_WORDS, INDONESIAN_WORDS,
     "12,000"),
])
async def test_five_matches_fit_a_short_message_in_one_language(
        harness: Harness, language: str, brief: str, own: tuple[str, ...],
        other: tuple[str, ...], followers: str) -> None:
    # The chat's language is the other one: the answer follows the brief.
    chat_language = "en" if language == "id" else "id"
    answer = (await harness.send(LocalUser(16, "Brand", chat_language), brief))[0]
    assert len(handles_in(answer)) == 5
    lines = [line for line in answer.visible_text.split("\n") if line.strip()]
    cards = [block for block in answer.visible_text.split("\n\n") if block[:2] in
             {f"{rank}." for rank in range(1, 6)}]
    assert len(cards) == 5 and all(len(card.split("\n")) <= 3 for card in cards), cards
    # The understood line, the fit notice, five cards of three lines, the buttons' legend.
    assert len(lines) <= 18, lines
    assert f"{followers} followers" in answer.text
    assert sum(word in answer.text for word in own) >= 3
    assert not [word for word in other if word in answer.text]


async def test_a_message_that_says_no_language_keeps_the_one_spoken(harness: Harness) -> None:
    """"ok" after an English answer was searched as an Indonesian brief: arbitrary creators,
    in Indonesian, and every later reply in Indonesian too."""
    user = LocalUser(17, "Brand", "id")  # Telegram says Indonesian; the brand writes English
    first = await harness.send(user, "looking for skincare creators in Surabaya")
    assert first[-1].text.startswith("What I understood")
    for chat in ("ok", "thanks!", "sip 👍", "123"):
        asked = await harness.send(user, chat)
        assert len(asked) == 1 and not results(asked), chat
        assert asked[0].text.startswith("What would you like to promote"), chat
    # A brief of names and numbers only is answered in the language spoken so far.
    terse = (await harness.send(user, "skincare Surabaya, 10k-50k followers"))[-1]
    assert terse.text.startswith("What I understood") and "10,000" in terse.text
    assert not [word for word in INDONESIAN_WORDS if word in terse.text]
    indonesian = (await harness.send(LocalUser(18, "Brand", "en"), "skincare Surabaya"))[-1]
    assert indonesian.text.startswith("What I understood")  # the chat's language, not a guess


async def test_a_refused_place_is_named_in_the_answers_language(harness: Harness) -> None:
    english = (await harness.send(LocalUser(19, "Brand", "en"),
                                  "skincare creators anywhere except Jakarta"))[-1]
    assert "location outside Jakarta" in english.text and "luar" not in english.text
    assert "glow.jkt" not in handles_in(english)  # the Jakarta creator misses the location
    indonesian = (await harness.send(LocalUser(20, "Brand", "id"),
                                     "cari kreator skincare kecuali yg di Jakarta"))[-1]
    assert "lokasi luar Jakarta" in indonesian.text and "outside" not in indonesian.text


async def test_a_slow_answer_shows_a_status_message_first_then_edits_it(
        harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    service = harness.app.bot_data["services"].service
    search = service.search

    def slow_search(*args: object, **kwargs: object) -> object:
        time.sleep(0.3)
        return search(*args, **kwargs)

    monkeypatch.setattr(brand, "STATUS_AFTER_S", 0.1)
    monkeypatch.setattr(service, "search", slow_search)
    sent = await harness.send(LocalUser(15, "Brand", "en"), "skincare creators in Surabaya")
    status, answer = sent
    assert "Looking for matching creators" in status.text and not status.edited
    assert answer.edited and answer.message_id == status.message_id
    assert answer.text.startswith("What I understood") and len(handles_in(answer)) == 5


async def test_answers_too_long_for_one_message_are_split_with_buttons_on_the_last() -> None:
    blocks = ["header", *("x" * 1500 for _ in range(5)), "legend"]
    packed = pack_messages(blocks)
    assert len(packed) == 3 and all(len(text) <= MAX_MESSAGE_CHARS for text in packed)
    assert "\n\n".join(packed) == "\n\n".join(blocks)
    long = "kata " * 400
    card = render_card(1, score_candidates(parse_brief("skincare"), [CreatorProfile.from_fields(
        CreatorRecord.model_validate(CREATORS[0]), creator_id=1)], {}, {})[0], long, "id")
    assert len(card) < 1000 and card.endswith("…")


async def test_why_button_shows_every_fact_and_refuses_foreign_briefs(
        harness: Harness) -> None:
    user, other = LocalUser(11, "Brand", "id"), LocalUser(12, "Other", "id")
    sent = await harness.send(user, "skincare kulit berminyak di Malang, budget 1 jt")
    why = card_button(sent[-1], "glow.mlg", "why:")
    shown = (await harness.press(user, why))[-1]
    details = shown.text
    assert details.startswith("Kenapa @glow.mlg?")
    # Under the details: save, 👍 / 👎 and contact for this creator.
    assert {data.split(":")[0] for _, data in shown.buttons} == {"sl", "fb", "ct"}
    # Its numbers are the creator's own: averages and the follower history.
    assert "800 like, 30 komentar" in details and "29.000 → 30.000" in details
    assert "glow.mlg@example.com" not in details
    # Another user pressing a copy of the button (their briefs don't have that token): refused.
    assert not await harness.press(other, why)
    assert harness.last_answer().get("show_alert")


async def test_user_content_is_escaped(harness: Harness) -> None:
    sent = await harness.send(LocalUser(11), "skincare Surabaya")
    assert "Glow &lt;b&gt;Sby&lt;/b&gt; _*[x]" in sent[-1].text


async def test_refinement_narrows_the_previous_brief(harness: Harness) -> None:
    user = LocalUser(12)
    await harness.send(user, "cari KOL skincare, budget 3 jt per post")
    sent = await harness.send(user, "yang di Bandung saja")
    assert sent[0].text.startswith("Brief sebelumnya diubah")
    assert handles_in(sent[0])[0] == "glow.bdg"
    assert is_refinement(parse_brief("only TikTok"), "only TikTok")
    assert not is_refinement(parse_brief("cari KOL kopi di Bandung"), "cari KOL kopi di Bandung")


async def test_shortlist_feedback_export_and_clear(harness: Harness) -> None:
    user = LocalUser(13)
    sent = await harness.send(user, "skincare Surabaya")
    save = card_button(sent[-1], handles_in(sent[-1])[0], "sl:")
    await harness.press(user, save)
    await harness.press(user, save)
    assert [a.get("text") for a in harness.api.answers[-2:]] == [
        "⭐ Disimpan ke shortlist.", "Sudah ada di shortlist."]
    details = await harness.press(user, card_button(sent[-1], handles_in(sent[-1])[0], "why:"))
    await harness.press(user, button(details, "fb:"))
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


async def test_after_an_english_brief_its_buttons_answer_in_english(harness: Harness) -> None:
    user = LocalUser(15, "Ann", "id")  # Telegram says Indonesian; she writes English
    sent = await harness.send(user, "looking for skincare creators in Surabaya for oily skin")
    assert sent[-1].text.startswith("What I understood")
    await harness.press(user, card_button(sent[-1], handles_in(sent[-1])[0], "sl:"))
    assert harness.api.answers[-1]["text"] == "⭐ Saved to your shortlist."
    assert "Your shortlist" in (await harness.send(user, "/shortlist"))[0].text
    # An Indonesian brief next: back to Indonesian, answer and buttons alike.
    sent = await harness.send(user, "cari KOL skincare kulit berminyak di Surabaya dong")
    assert sent[-1].text.startswith("Yang kutangkap")
    await harness.press(user, card_button(sent[-1], handles_in(sent[-1])[1], "sl:"))
    assert harness.api.answers[-1]["text"] == "⭐ Disimpan ke shortlist."
    # A language chosen with /language stays the chat's, whatever the briefs' language.
    await harness.send(user, "/language")
    await harness.press(user, "lang:en")
    await harness.send(user, "cari KOL skincare kulit berminyak di Bandung")
    assert "Your shortlist" in (await harness.send(user, "/shortlist"))[0].text


async def test_contact_request_only_reveals_contact_on_accept(harness: Harness) -> None:
    brand_user, creator_user, stranger = LocalUser(20), LocalUser(555), LocalUser(99)
    sent = await harness.send(brand_user, "skincare di Jakarta")
    assert "glow.jkt@example.com" not in sent[-1].text
    contact_button = card_button(sent[-1], "glow.jkt", "ct:")
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
    await harness.press(brand_user, card_button(card, "leaky.sby", "sl:"))
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
    result = await harness.press(user, card_button(sent[-1], "kopi.jkt", "ct:"))
    assert "belum terhubung" in result[0].text


async def test_bad_input_gets_friendly_answers(harness: Harness) -> None:
    user = LocalUser(30)
    assert "terlalu panjang" in (await harness.send(user, "x" * 5000))[0].text
    assert "tidak kukenal" in (await harness.send(user, "/frobnicate"))[0].text
    # The how-to names /cancel and /skip: with nothing going on, they say so.
    for command in ("/cancel", "/skip"):
        [reply] = await harness.send(user, command)
        assert reply.text.startswith("Tidak ada yang sedang diisi"), reply.text
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

    harness.app.bot_data["services"].service.search = boom
    sent = await harness.send(LocalUser(31), "skincare")
    assert any("Maaf, ada yang salah" in m.text for m in sent)
    assert any(r.exc_info for r in caplog.records if "Unhandled error" in r.message)


def test_csv_cells_are_neutralised() -> None:
    assert neutralise_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert neutralise_cell("+62") == "'+62"
    assert neutralise_cell("normal") == "normal"


async def test_brief_flood_is_slowed_down(harness: Harness) -> None:
    from jodoh.limits import BRIEFS_PER_MINUTE

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


async def test_shortlist_shows_names_and_cities_as_brands_may_see_them(
        harness: Harness, service: JodohService) -> None:
    """/shortlist printed display name and city unscrubbed (the CSV export was scrubbed)."""
    service.import_records([CreatorRecord.model_validate(creator_row(
        "leaky.list", display_name="Rina <i>WA 0812-3456-7890</i>",
        city="Surabaya line: rina.kontak rina@mail.com"))])
    user = LocalUser(31)
    ref = service.load_profiles(["instagram:leaky.list"])["instagram:leaky.list"].ref
    actions = harness.app.bot_data["services"].brands
    assert actions.shortlist_add(31, ref) == "added"
    listing = (await harness.send(user, "/shortlist"))[0]
    assert "leaky.list" in listing.text and "Surabaya" in listing.visible_text
    for secret in ("0812", "3456", "rina@mail.com", "rina.kontak"):
        assert secret not in listing.visible_text
    assert "<i>" not in listing.text  # shown as typed, not as markup


async def test_long_shortlists_come_in_pages_within_telegrams_limit(
        harness: Harness, service: JodohService) -> None:
    """60 saved creators made one 4,928-character message, which Telegram refuses."""
    service.import_records([CreatorRecord.model_validate(creator_row(
        f"long.{i:02d}", display_name=("Nama Panjang Sekali " * 5)[:100],
        city=("Kota Administrasi Jakarta Selatan " * 3)[:100])) for i in range(60)])
    actions = harness.app.bot_data["services"].brands
    user = LocalUser(32, language_code="en")
    ids = [p.ref for p in service.load_profiles(
        f"instagram:long.{i:02d}" for i in range(60)).values()]
    for ref in ids:
        actions.shortlist_add(32, ref)
    first = (await harness.send(user, "/shortlist"))[0]
    seen = set(re.findall(r"@(long\.\d\d)", first.text))
    assert "(60 creators)" in first.text and "Page 1 of 6" in first.text
    page = first
    while any(data.startswith("slx:page:") and "Next" in label for label, data in page.buttons):
        page = (await harness.press(user, button([page], "slx:page:", "Next")))[0]
        assert page.edited and utf16_length(page.visible_text) <= 4096
        seen |= set(re.findall(r"@(long\.\d\d)", page.text))
    assert len(seen) == len(ids) == 60
    assert "Page 6 of 6" in page.text


async def test_a_shortlist_has_a_limit_and_says_so(harness: Harness,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("jodoh.actions.MAX_SHORTLIST", 2)
    monkeypatch.setattr("bot.brand.MAX_SHORTLIST", 2)
    user = LocalUser(33)
    sent = await harness.send(user, "skincare Surabaya")
    saves = [card_button(sent[-1], handle, "sl:") for handle in handles_in(sent[-1])[:3]]
    for data in saves:
        await harness.press(user, data)
    assert [a.get("text") for a in harness.api.answers[-3:-1]] == [
        "⭐ Disimpan ke shortlist.", "⭐ Disimpan ke shortlist."]
    assert "penuh (2 kreator)" in harness.api.answers[-1]["text"]
    await harness.press(user, saves[0])  # saving one already saved still says so
    assert harness.api.answers[-1]["text"] == "Sudah ada di shortlist."


async def test_an_accepted_contact_reaches_the_brand_as_written(
        harness: Harness, service: JodohService) -> None:
    """An accepted contact arrived as "&lt;b&gt;…&amp;…": escaped text sent as plain text."""
    contact = "<b>Tari</b> & co: https://tari.example/?a=1&b=2"
    owner = CreatorRecord.model_validate(creator_row("glow.jkt", city="Jakarta",
                                                     contact=contact))
    service.save_creator(owner, owner_telegram_id=555)
    brand_user = LocalUser(34)
    sent = await harness.send(brand_user, "skincare di Jakarta")
    delivered = await harness.press(brand_user, card_button(sent[-1], "glow.jkt", "ct:"))
    to_creator = next(m for m in delivered if m.chat_id == 555)
    accept = next(b[1] for b in to_creator.buttons if b[1].endswith(":1"))
    to_brand = next(m for m in await harness.press(LocalUser(555), accept) if m.chat_id == 34)
    assert contact in to_brand.visible_text
    assert "&amp;" not in to_brand.visible_text and "&lt;" not in to_brand.visible_text


async def test_the_local_bot_api_refuses_what_telegram_refuses() -> None:
    api = LocalBotAPI()
    async with Bot("0:local", request=api, get_updates_request=api) as bot:
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(1, "x" * 4097)
        # Counted as Telegram counts: markup does not count, an emoji counts twice (UTF-16).
        await bot.send_message(1, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(1, "😀" * 2049)
    assert len(api.sent) == 1


async def test_more_counts_against_the_brief_limit_and_stops_at_the_cap(
        harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the limit, 40 ➕ presses ran 40 searches and paged past the 50-result cap."""
    user = LocalUser(35)
    first = (await harness.send(user, "skincare"))[-1]
    more = button([first], "more:")
    searched = []
    for _ in range(40):
        searched += results(await harness.press(user, more))
    # The brief and 11 presses fill the minute's 12 searches; the other presses only alert.
    assert len(searched) <= 11
    assert "Pelan-pelan" in harness.api.answers[-1]["text"]
    monkeypatch.setattr("bot.brand.MAX_RESULTS", 7)
    harness.app.bot_data["services"].brief_limiter = None
    other = LocalUser(36)
    page = (await harness.send(other, "skincare"))[-1]
    ranks = [rank_of(page.text, h) for h in handles_in(page)]
    for _ in range(5):
        for message in results(await harness.press(other, button([page], "more:"))):
            ranks += [rank_of(message.text, h) for h in handles_in(message)]
    assert max(ranks) == 7 and len(ranks) == 7
    assert harness.api.answers[-1].get("show_alert")


async def test_forged_input_gets_an_answer_not_a_crash(harness: Harness) -> None:
    """Callback ids ≥ 2^63 raised OverflowError; a lone surrogate raised UnicodeEncodeError;
    an empty brief returned arbitrary creators."""
    user = LocalUser(37)
    huge = str(2**63)
    await harness.send(user, "skincare Surabaya")
    token = harness.app.user_data[37]["last_brief"]
    for data in (f"sl:{huge}", f"fb:{huge}:1", f"why:{huge}:{token}", f"ct:{huge}:{token}",
                 f"cd:{huge}:1", f"del:yes:{huge}", f"sl:-{huge}0", "fb:1:99999999999999999999"):
        sent = await harness.press(user, data)
        assert not any("salah di sisi kami" in m.text for m in sent), data
        assert harness.api.answers[-1].get("show_alert"), data
    sent = await harness.send(user, "skincare \ud800 Surabaya")
    assert results(sent) and not any("salah di sisi kami" in m.text for m in sent)
    for empty in ("?", "halo kak", "cari KOL dong 🙏"):
        asked = await harness.send(user, empty)
        assert len(asked) == 1 and not results(asked)
        assert "Produk apa" in asked[0].text


async def test_contact_requests_cannot_be_used_to_spam_a_creator(
        harness: Harness, service: JodohService, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ✉️ press messaged the creator again; a declined request could be re-sent at once;
    a forged ct: reached any creator; no brand had a daily limit."""
    brand_user, creator = LocalUser(41), LocalUser(555)
    sent = await harness.send(brand_user, "skincare di Jakarta")
    ask = card_button(sent[-1], "glow.jkt", "ct:")
    to_creator = [m for _ in range(5) for m in await harness.press(brand_user, ask)
                  if m.chat_id == 555]
    assert len(to_creator) == 1  # one open request: the other presses only alert the brand
    assert "menunggu jawaban" in harness.api.answers[-1]["text"]
    decline = next(b[1] for b in to_creator[0].buttons if b[1].endswith(":0"))
    await harness.press(creator, decline)
    assert not [m for m in await harness.press(brand_user, ask) if m.chat_id == 555]
    assert "bisa bertanya lagi mulai" in harness.api.answers[-1]["text"]
    # A creator this brand was never shown: the ref is real, the request is not sent.
    service.import_records([CreatorRecord.model_validate(creator_row("never.shown"))])
    hidden = service.load_profiles(["instagram:never.shown"])["instagram:never.shown"].ref
    token = ask.split(":")[2]
    assert not await harness.press(brand_user, f"ct:{hidden}:{token}")
    assert harness.api.answers[-1].get("show_alert")
    # The daily limit, counted per brand.
    monkeypatch.setattr("jodoh.actions.CONTACT_REQUESTS_PER_DAY", 2)
    other = LocalUser(42)
    page = (await harness.send(other, "skincare"))[-1]
    for handle in handles_in(page)[:3]:
        await harness.press(other, card_button(page, handle, "ct:"))
    assert "per hari" in harness.api.answers[-1]["text"]


async def test_old_buttons_of_a_deleted_creator_never_act_on_a_newcomer(
        harness: Harness, service: JodohService) -> None:
    """SQLite reused a deleted creator's id: an old ✉️ then reached whoever registered next."""
    service.import_records([CreatorRecord.model_validate(creator_row("soon.gone"))])
    brand_user = LocalUser(43)
    sent = await harness.send(brand_user, "skincare Surabaya")
    card = next(m for m in sent if "soon.gone" in m.text)
    old = {prefix: card_button(card, "soon.gone", prefix) for prefix in ("ct:", "sl:", "why:")}
    gone = service.load_profiles(["instagram:soon.gone"])["instagram:soon.gone"]
    assert gone.ref in old["ct:"] and str(gone.creator_id) not in old["ct:"].split(":")
    service.delete_creator(gone.creator_id)
    newcomer = CreatorRecord.model_validate(creator_row("new.comer"))
    service.save_creator(newcomer, owner_telegram_id=777)
    for data in old.values():
        delivered = await harness.press(brand_user, data)
        assert not [m for m in delivered if m.chat_id == 777]
        assert harness.api.answers[-1].get("show_alert")
