"""Creator flows: /register with validation and re-asks, /myprofile, /edit, /stats, /delete."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage import repository as repo
from storage.db import session_scope
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, button, card_button
from tests.conftest import creator_row
from tests.storage_helpers import follower_snapshots

ADMIN = 4243


@pytest.fixture
async def harness(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    service.import_records([CreatorRecord.model_validate(
        creator_row("taken.handle", platform="tiktok", avg_views=5000))])
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("tiktok", "taken.handle", session=session)
        assert creator is not None
        creator.owner_telegram_id = 999
    api = LocalBotAPI()
    app = build_application(settings.model_copy(update={"admin_user_ids": [ADMIN]}),
                             service=service, request=api)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield Harness(app, api)


async def register(h: Harness, user: LocalUser, *, platform: str = "tiktok",
                   handle: str = "nadia.glow",
                   counts: tuple[str, ...] | None = None) -> list[str]:
    """Walk the whole registration; returns the bot's texts.

    `counts` are the answers from followers to rate (views only on video platforms).
    """
    texts: list[str] = []

    async def say(text: str) -> None:
        texts.extend(m.text for m in await h.send(user, text))

    async def press(data: str) -> None:
        texts.extend(m.text for m in await h.press(user, data))

    texts.extend(m.text for m in await h.send(user, "/register"))
    await press(f"rg:pick:{platform}")
    await say(handle)
    await say("Nadia <b>Glow</b>")
    await say("Review skincare jujur buat kulit berminyak, sering bahas sunscreen lokal.")
    await say("/skip")
    await press("rg:tog:beauty_skincare")
    await press("rg:tog:sustainable_living")
    await press("rg:done")
    await say("Surabaya")  # a known city: its country is not asked
    await press("rg:tog:id")
    await press("rg:done")
    if counts is None:
        video = ("9.000",) if platform != "instagram" else ()
        counts = ("12,5rb", "800", "35", *video, "3", "750rb")
    for answer in counts:
        await say(answer)
    await say("wa.me/628123456789")
    return texts


async def test_full_registration_with_reasks_then_profile_edit_stats_delete(
        harness: Harness, service: JodohService) -> None:
    user = LocalUser(101)
    sent = await harness.send(user, "/register")
    assert "platform" in sent[0].text.lower()
    await harness.press(user, "rg:pick:tiktok")
    # Invalid answers are re-asked with a reason.
    assert "huruf kecil" in (await harness.send(user, "Bad Handle!!"))[0].text
    assert "sudah terdaftar" in (await harness.send(user, "taken.handle"))[0].text
    await harness.send(user, "nadia.glow")
    await harness.send(user, "/skip")  # display name is optional
    assert "wajib" in (await harness.send(user, "/skip"))[0].text  # bio is not
    assert "maks. 1000" in (await harness.send(user, "x" * 1001))[0].text
    await harness.send(user, "Review skincare jujur buat kulit berminyak.")
    await harness.send(user, "Cewek kuliahan di Surabaya yang peduli kulit sehat.")
    assert "niche" in (await harness.send(user, "yang penting rame"))[0].text  # names none
    await harness.press(user, "rg:done")
    assert "minimal satu niche" in harness.last_answer()["text"]
    await harness.press(user, "rg:tog:beauty_skincare")
    await harness.press(user, "rg:done")
    # Typed the way people type it; stored as the place vocabulary names it.
    saved_as = await harness.send(user, "sby")
    assert "Kusimpan sebagai <b>Surabaya</b>" in saved_as[0].text
    assert "Bahasa" in saved_as[-1].text  # Surabaya is in Indonesia: no country question
    await harness.press(user, "rg:tog:id")
    await harness.press(user, "rg:done")
    assert "tidak bisa membaca" in (await harness.send(user, "banyak sekali"))[0].text
    assert "tidak bisa membaca" in (await harness.send(user, "-5"))[0].text
    assert "antara 0" in (await harness.send(user, "5000 jt"))[0].text
    # Numbers typed with what they count are read as the number.
    await harness.send(user, "12,5rb followers")
    await harness.send(user, "800 likes")
    await harness.send(user, "35 komentar")
    await harness.send(user, "9.000 views")
    assert "angka" in (await harness.send(user, "sering"))[0].text
    await harness.send(user, "3")
    await harness.send(user, "750rb")
    preview = await harness.send(user, "wa.me/628123456789")
    assert "Pratinjau" in preview[-1].text and "12.500 followers" in preview[-1].text
    assert "wa.me/628123456789" in preview[-1].text  # the owner sees their own contact
    assert "brief" not in preview[-1].text  # no brief: nothing to be "closest" to
    saved = await harness.press(user, "rg:save")
    assert "tersimpan" in saved[-1].text
    # Indexed at once: a brand finds the new creator without a reindex.
    result = service.search("sunscreen buat kulit berminyak di Surabaya")
    assert "nadia.glow" in [m.profile.handle for m in result.matches]
    found = next(m for m in result.matches if m.profile.handle == "nadia.glow")
    assert found.profile.city == "Surabaya" and not found.misses

    profile = await harness.send(user, "/myprofile")
    assert "nadia.glow" in profile[0].text and "ER" in profile[0].text
    assert "autentik" in profile[0].text

    # /edit one field.
    fields = await harness.send(user, "/edit")
    assert "rg:field:handle" not in [b[1] for b in fields[-1].buttons]
    await harness.press(user, "rg:field:city")
    await harness.send(user, "Malang")
    await harness.press(user, "rg:save")
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("tiktok", "nadia.glow", session=session)
        assert creator is not None and creator.city == "Malang"

    # /stats updates counts and keeps history.
    await harness.send(user, "/stats")
    await harness.send(user, "14rb")
    await harness.send(user, "900")
    await harness.send(user, "40")
    await harness.send(user, "10rb")
    await harness.press(user, "rg:save")
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("tiktok", "nadia.glow", session=session)
        assert creator is not None
        assert creator.follower_history[-2:] == [12_500, 14_000]
        assert [s.followers for s in follower_snapshots(creator.id or 0,
                                                        session=session)][-1] == 14_000
        creator_id = creator.id

    # Another user cannot delete it, even with a forged button.
    await harness.press(LocalUser(102), f"del:yes:{creator_id}")
    assert harness.last_answer().get("show_alert")
    confirm = await harness.send(user, "/delete")
    await harness.press(user, button(confirm, "del:yes"))
    assert service.index.hashes().get("tiktok:nadia.glow") is None
    assert "nadia.glow" not in [m.profile.handle for m in
                                service.search("sunscreen kulit berminyak").matches]


async def test_one_profile_per_platform(harness: Harness) -> None:
    user = LocalUser(103)
    await register(harness, user)
    await harness.press(user, "rg:save")
    await harness.send(user, "/register")
    await harness.press(user, "rg:pick:tiktok")
    assert "sudah punya profil" in harness.last_answer()["text"]


async def test_cancel_at_any_step_saves_nothing(harness: Harness, service: JodohService) -> None:
    user = LocalUser(104)
    await harness.send(user, "/register")
    await harness.press(user, "rg:pick:instagram")
    await harness.send(user, "cancel.me")
    sent = await harness.send(user, "/cancel")
    assert "Dibatalkan" in sent[0].text
    assert service.stats()["creators"] == 1
    # After cancel, free text is a brief again, not a registration answer.
    sent = await harness.send(user, "skincare")
    assert sent[0].text.startswith("Yang kutangkap")


async def test_preview_edit_then_save_and_escaping(harness: Harness) -> None:
    user = LocalUser(105)
    texts = await register(harness, user, platform="instagram", handle="rina.ig")
    assert "Nadia &lt;b&gt;Glow&lt;/b&gt;" in texts[-1]
    await harness.press(user, "rg:edit")
    await harness.press(user, "rg:field:rate_idr")
    preview = await harness.send(user, "1,2 jt")
    assert "Rp 1.200.000" in preview[-1].text
    assert "tersimpan" in (await harness.press(user, "rg:save"))[-1].text


async def test_registration_survives_a_restart(service: JodohService, settings: Settings) -> None:
    user = LocalUser(106)
    api = LocalBotAPI()
    app = build_application(settings, service=service, request=api)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        await app.process_update(user.message(app.bot, "/register"))
        await app.process_update(user.press(app.bot, "rg:pick:youtube"))
        await app.process_update(user.message(app.bot, "restart.me"))
    # The state is in the database, not in the process.
    from jodoh.state import StateStore
    assert StateStore(service.engine).load("conversation:creator_profile") == {"[106, 106]": 0}
    api2 = LocalBotAPI()
    app2 = build_application(settings, service=service, request=api2)
    async with app2:
        await app2.post_init(app2)  # type: ignore[misc]
        await app2.process_update(user.message(app2.bot, "/skip"))
        # Still inside the conversation: next question is the bio.
        assert "Ceritakan siapa kamu" in api2.sent[-1].text


# Every registration step, a bad answer, and a fragment of the re-ask that must follow.
BAD_ANSWERS = [
    ("handle", "Has Spaces", "huruf kecil"),
    ("display_name", "n" * 101, "maks. 100"),
    ("bio", "b" * 1001, "maks. 1000"),
    ("community", "c" * 1001, "maks. 1000"),
    ("niches", "sby", "niche"),  # names no niche
    ("city", "k" * 101, "maks. 100"),
    ("country", "Atlantis", "/cancel untuk berhenti"),
    ("languages", "indo", "Bahasa kontenmu"),
    ("followers", "sepuluh ribu", "tidak bisa membaca"),
    ("avg_likes", "12 apel", "tidak bisa membaca"),
    ("avg_comments", "-3", "tidak bisa membaca"),
    ("avg_views", "2000 miliar", "antara 0"),
    ("posts_per_week", "sering", "angka"),
    ("rate_idr", "mahal", "tidak bisa membaca"),
    ("rate_idr", "3", "satuannya ketinggalan"),  # 3 jt or 3rb, not Rp 3
    ("contact", "x" * 201, "maks. 200"),
    ("contact", "750rb", "belum terbaca sebagai kontak"),  # an answer to another question
]
GOOD_ANSWERS: dict[str, tuple[str, str]] = {
    "handle": ("text", "step.by.step"), "display_name": ("text", "Step"),
    "bio": ("text", "Skincare review."), "community": ("text", "Mahasiswi."),
    "niches": ("multi", "beauty_skincare"), "city": ("text", "/skip"),
    "country": ("pick", "ID"), "languages": ("multi", "id"), "followers": ("text", "5rb"),
    "avg_likes": ("text", "200"), "avg_comments": ("text", "10"),
    "avg_views": ("text", "3000"), "posts_per_week": ("text", "2"),
    "rate_idr": ("text", "300rb"), "contact": ("text", "step@example.com"),
}


@pytest.mark.parametrize(("field", "bad", "reask"), BAD_ANSWERS)
async def test_bad_input_at_every_step_is_reasked(harness: Harness, field: str, bad: str,
                                                  reask: str) -> None:
    user = LocalUser(200 + [f for f, _, _ in BAD_ANSWERS].index(field))
    await harness.send(user, "/register")
    await harness.press(user, "rg:pick:tiktok")
    for name, (kind, value) in GOOD_ANSWERS.items():
        if name == field:
            break
        if kind == "text":
            await harness.send(user, value)
        elif kind == "pick":
            await harness.press(user, f"rg:pick:{value}")
        else:
            await harness.press(user, f"rg:tog:{value}")
            await harness.press(user, "rg:done")
    sent = await harness.send(user, bad)
    assert reask in sent[-1].text
    state = harness.app.user_data[user.user["id"]]["reg"]
    assert state["step"] == field and field not in state["data"]


async def test_text_while_the_preview_waits_for_a_button_gets_an_answer(
        harness: Harness) -> None:
    """A creator who left at the preview and later typed a brief got no answer at all."""
    user = LocalUser(260)
    await harness.send(user, "/register")
    await harness.press(user, "rg:pick:tiktok")
    for kind, value in GOOD_ANSWERS.values():
        if kind == "text":
            sent = await harness.send(user, value)
        elif kind == "pick":
            sent = await harness.press(user, f"rg:pick:{value}")
        else:
            await harness.press(user, f"rg:tog:{value}")
            sent = await harness.press(user, "rg:done")
    assert "Pratinjau" in sent[-1].text
    sent = await harness.send(user, "cari KOL kopi di Surabaya")
    assert sent and "Pilih salah satu tombol di atas" in sent[-1].text
    assert "/cancel" in sent[-1].text
    saved = await harness.press(user, "rg:save")  # the preview still waits, and saves
    assert "tersimpan" in saved[-1].text


async def test_an_imported_handle_is_claimed_not_taken_over(
        harness: Harness, service: JodohService) -> None:
    """Anyone could /register an imported handle: their data overwrote the record, they got
    its pending requests, and /myprofile later showed them the real creator's contact."""
    service.import_records([CreatorRecord.model_validate(creator_row(
        "late.joiner", contact="real.owner@mail.com", display_name="Real Owner"))])
    brand, claimer, admin = LocalUser(301), LocalUser(302), LocalUser(ADMIN)
    sent = await harness.send(brand, "skincare kulit berminyak Surabaya")
    card = next(m for m in sent if "late.joiner" in m.text)
    reply = await harness.press(brand, card_button(card, "late.joiner", "ct:"))
    assert "belum terhubung" in reply[0].text
    texts = await register(harness, claimer, platform="instagram", handle="late.joiner")
    assert "Pratinjau" in texts[-1]
    saved = await harness.press(claimer, "rg:save")
    # A claim with a one-time code, and nothing else: no request, no takeover.
    assert len(saved) == 1 and "JODOH-" in saved[0].text
    assert not any("ingin bekerja sama" in m.text for m in saved)
    code = re.search(r"JODOH-[A-Z0-9]{6}", saved[0].text)
    assert code is not None
    with session_scope(service.engine) as session:
        kept = repo.get_creator_by_handle("instagram", "late.joiner", session=session)
        assert kept is not None and kept.owner_telegram_id is None
        assert kept.display_name == "Real Owner" and kept.contact == "real.owner@mail.com"
    mine = await harness.send(claimer, "/myprofile")
    assert code.group(0) in mine[0].text and "real.owner@mail.com" not in mine[0].text
    # The admin finds the code in the bio and approves: the claimer's own profile, their
    # own contact, and the waiting request, once.
    listing = await harness.send(admin, "/claims")
    assert code.group(0) in listing[0].text
    decided = await harness.press(admin, button(listing, "cl:", "Setujui"))
    to_claimer = [m for m in decided if m.chat_id == 302]
    assert any("disetujui" in m.text for m in to_claimer)
    request = next(m for m in to_claimer if "ingin bekerja sama" in m.text)
    assert "skincare kulit berminyak Surabaya" in request.text
    profile = await harness.send(claimer, "/myprofile")
    assert "real.owner@mail.com" not in profile[0].text and "Nadia" in profile[0].text
    # Later saves do not send the same request again.
    await harness.send(claimer, "/edit")
    await harness.press(claimer, "rg:field:city")
    again = await harness.send(claimer, "Malang")
    again += await harness.press(claimer, "rg:save")
    assert not any("ingin bekerja sama" in m.text for m in again)
    result = await harness.press(claimer, button([request], "cd:", "Terima"))
    assert any("wa.me/628123456789" in m.text for m in result if m.chat_id == 301)
    # An admin re-import leaves the profile its creator now maintains alone.
    report = service.import_records([CreatorRecord.model_validate(creator_row(
        "late.joiner", contact="real.owner@mail.com"))])
    assert report.kept == 1
    assert "real.owner@mail.com" not in (await harness.send(claimer, "/myprofile"))[0].text


async def test_a_rejected_claim_changes_nothing_and_is_told(
        harness: Harness, service: JodohService) -> None:
    service.import_records([CreatorRecord.model_validate(creator_row("someone.else"))])
    impostor, admin = LocalUser(303), LocalUser(ADMIN)
    await register(harness, impostor, platform="instagram", handle="someone.else")
    await harness.press(impostor, "rg:save")
    assert "khusus admin" in (await harness.send(impostor, "/claims"))[0].text
    listing = await harness.send(admin, "/claims")
    reject = button(listing, "cl:", "Tolak")
    assert not await harness.press(impostor, reject)  # only admins decide
    decided = await harness.press(admin, reject)
    assert any("tidak disetujui" in m.text for m in decided if m.chat_id == 303)
    assert "belum punya profil" in (await harness.send(impostor, "/myprofile"))[0].text
    await harness.press(admin, reject)
    assert "sudah diputuskan" in harness.api.answers[-1]["text"]
    with session_scope(service.engine) as session:
        kept = repo.get_creator_by_handle("instagram", "someone.else", session=session)
        assert kept is not None and kept.owner_telegram_id is None


async def test_a_jump_saved_in_small_steps_is_still_a_jump(
        harness: Harness, service: JodohService) -> None:
    from jodoh.service import profile_of
    from retrieval.brief_parser import parse_brief
    from retrieval.ranking import score_candidates

    user = LocalUser(107)
    await register(harness, user)  # 12,500 followers, 800 likes, 35 comments, 9,000 views
    await harness.press(user, "rg:save")
    # 12.5k → 30k (+140 %) in five /stats saves seconds apart, each below +25 %, likes flat.
    for followers in ("15rb", "18rb", "22rb", "26rb", "30rb"):
        await harness.send(user, "/stats")
        for answer in (followers, "800", "35", "9.000"):
            await harness.send(user, answer)
        assert "tersimpan" in (await harness.press(user, "rg:save"))[-1].text
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("tiktok", "nadia.glow", session=session)
        assert creator is not None
        profile = profile_of(creator)
    match = score_candidates(parse_brief(""), [profile], {}, {})[0]
    assert match.authenticity.verdict != "authentic"
    card = (await harness.send(user, "/myprofile"))[0].text
    assert "melonjak +140,0% dalam sehari (12.500 → 30.000)" in card
    # One point per day (a UTC midnight during the test may leave one more): the history
    # does not fill up with saves.
    assert profile.follower_history[0] == 12_500 and profile.follower_history[-1] == 30_000
    assert len(profile.follower_history) <= 3


async def test_an_approved_claim_keeps_the_imported_history(
        harness: Harness, service: JodohService) -> None:
    """Approving a claim replaced the imported history with the claimer's single count, so a
    jump from the imported numbers to the claimed ones was never seen."""
    service.import_records([CreatorRecord.model_validate(creator_row(
        "grown.fast", followers=5_000, avg_likes=200, avg_comments=10,
        follower_history=[4_600, 4_800, 5_000]))])
    claimer, admin = LocalUser(304), LocalUser(ADMIN)
    await register(harness, claimer, platform="instagram", handle="grown.fast")  # 12,500
    await harness.press(claimer, "rg:save")
    await harness.press(admin, button(await harness.send(admin, "/claims"), "cl:", "Setujui"))
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("instagram", "grown.fast", session=session)
        assert creator is not None and creator.owner_telegram_id == 304
        assert creator.follower_history == [4_600, 4_800, 5_000, 12_500]
        assert len(creator.follower_history_dates) == 1


async def test_an_approved_claim_keeps_verified_numbers_verified(
        harness: Harness, service: JodohService) -> None:
    """Only the account's proven owner changes verified numbers: a claimer's typed counts
    never replace what the platform reported."""
    from datetime import UTC, datetime

    from jodoh.platforms.base import FetchedStats
    from jodoh.refresh import store_fetched

    service.import_records([CreatorRecord.model_validate(creator_row(
        "terverifikasi", followers=5_000, avg_likes=200, avg_comments=10,
        follower_history=[4_600, 4_800, 5_000]))])
    creator_id = service.creators_named("terverifikasi")[0].creator_id
    store_fetched(service, creator_id, service.creator_fields(creator_id), FetchedStats(
        "17841", 5_200, None, 210, 11, 10), datetime.now(UTC))
    claimer, admin = LocalUser(305), LocalUser(ADMIN)
    await register(harness, claimer, platform="instagram", handle="terverifikasi")  # 12,500
    await harness.press(claimer, "rg:save")
    await harness.press(admin, button(await harness.send(admin, "/claims"), "cl:", "Setujui"))
    profile = service.creators_named("terverifikasi")[0]
    assert profile.followers == 5_200 and profile.avg_likes == 210
    assert profile.verified_at is not None
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("instagram", "terverifikasi", session=session)
        assert creator is not None and creator.owner_telegram_id == 305




@pytest.mark.parametrize(
    ("language", "fraction", "ambiguous", "posts", "shown"),
    [
        ("id", "bilangan bulat", "dua cara", "dua cara", "10.000 followers"),
        ("en", "whole number", "two ways", "two ways", "10,000 followers"),
    ],
)
async def test_typed_counts_are_read_like_import_files(
        harness: Harness, service: JodohService, language: str, fraction: str, ambiguous: str,
        posts: str, shown: str) -> None:
    user = LocalUser(110, language_code=language)
    await register(harness, user, platform="tiktok", handle="angka.tiktok", counts=())
    # The followers question is open: unclear numbers are re-asked, never rescaled.
    assert fraction in (await harness.send(user, "10.000,5"))[0].text
    assert ambiguous in (await harness.send(user, "1.5"))[0].text
    await harness.send(user, "10.000")
    await harness.send(user, "500")
    await harness.send(user, "20")
    await harness.send(user, "9.000")
    assert posts in (await harness.send(user, "1.000"))[0].text
    # A rhythm as creators say it: the middle of "2-3 a week".
    await harness.send(user, "2-3x seminggu" if language == "id" else "2 to 3 a week")
    await harness.send(user, "750.000")
    preview = await harness.send(user, "wa.me/628123456789")
    assert shown in preview[-1].text
    await harness.press(user, "rg:save")
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("tiktok", "angka.tiktok", session=session)
        assert creator is not None
        assert (creator.followers, creator.avg_views, creator.rate_idr,
                creator.posts_per_week) == (10_000, 9_000, 750_000, 2.5)


@pytest.mark.parametrize(
    ("language", "reason", "other_language"),
    [
        ("id", "Like: 900.000 tidak mungkin dengan 1.500 followers di Instagram", "not possible"),
        ("en", "Likes: 900,000 isn't possible with 1,500 followers on Instagram", "tidak"),
    ],
)
async def test_impossible_numbers_are_explained_in_the_users_language(
        harness: Harness, service: JodohService, language: str, reason: str,
        other_language: str) -> None:
    user = LocalUser(111, language_code=language)
    texts = await register(harness, user, platform="instagram", handle="viral.ig",
                           counts=("1.500", "900rb", "30", "3", "750rb"))
    refusal = next(text for text in texts if reason in text)
    assert other_language not in refusal
    assert service.stats()["creators"] == 1  # nothing saved
    # The field chooser follows; correcting the likes gives a preview that can be saved.
    await harness.press(user, "rg:field:avg_likes")
    preview = await harness.send(user, "90")
    assert "1.500" in preview[-1].text or "1,500" in preview[-1].text
    await harness.press(user, "rg:save")
    assert service.stats()["creators"] == 2


async def test_a_profile_stored_before_a_new_rule_still_opens_for_its_owner(
        harness: Harness, service: JodohService) -> None:
    """Engagement limits came after some profiles were saved: their owners must still see
    them (and fix them), not an error."""
    user = LocalUser(108)
    await register(harness, user)
    await harness.press(user, "rg:save")
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("tiktok", "nadia.glow", session=session)
        assert creator is not None
        creator.avg_likes = 900_000  # impossible for 12,500 followers, stored before the rule
    shown = await harness.send(user, "/myprofile")
    assert "nadia.glow" in shown[0].text and "salah di sisi kami" not in shown[0].text


async def test_a_known_city_answers_the_country_question(harness: Harness) -> None:
    async def up_to_city(user: LocalUser, handle: str) -> None:
        await harness.send(user, "/register")
        await harness.press(user, "rg:pick:tiktok")
        for text in (handle, "/skip", "Masak rumahan tiap hari.", "/skip"):
            await harness.send(user, text)
        await harness.press(user, "rg:tog:food_culinary")
        await harness.press(user, "rg:done")

    abroad = LocalUser(270)
    await up_to_city(abroad, "masak.di.kl")
    [saved, question] = await harness.send(abroad, "KL")
    assert "Kuala Lumpur" in saved.text and "Bahasa" in question.text
    assert harness.app.user_data[270]["reg"]["data"]["country"] == "MY"
    unknown = LocalUser(271)
    await up_to_city(unknown, "masak.di.kampung")
    sent = await harness.send(unknown, "Kampung Durian Runtuh")
    assert "Negara" in sent[-1].text  # a place we do not know: the creator says
    assert "country" not in harness.app.user_data[271]["reg"]["data"]


async def test_a_bare_start_mid_registration_starts_over(harness: Harness) -> None:
    user = LocalUser(280)
    await harness.send(user, "/register")
    await harness.press(user, "rg:pick:tiktok")
    await harness.send(user, "mulai.lagi")
    [dropped, greeting] = await harness.send(user, "/start")
    assert "Dibatalkan" in dropped.text and "Kamu siapa" in greeting.text
    assert "reg" not in harness.app.user_data[280]
    # The next text is a brief again, not the name the conversation had asked for.
    [answer, *_] = await harness.send(user, "cari kreator skincare di Surabaya")
    assert "Nama" not in answer.text and "@taken.handle" in answer.text


async def test_a_typed_choice_is_taken_as_its_button(harness: Harness) -> None:
    """"ig" at the platform question, "kuliner, parenting" at the niches: what the buttons
    offer, typed. Niches are ticked and Done stays the creator's to tap."""
    user = LocalUser(290)
    await harness.send(user, "/register")
    [question] = await harness.send(user, "ig aja")
    assert "Username" in question.text
    assert harness.app.user_data[290]["reg"]["data"]["platform"] == "instagram"
    for text in ("ketik.saja", "/skip", "Masak rumahan tiap hari.", "/skip"):
        await harness.send(user, text)
    [ticked] = await harness.send(user, "kuliner, parenting")
    assert ticked.text.startswith("Dipilih: kuliner &amp; makanan, parenting &amp; keluarga.")
    assert [label for label, _ in ticked.buttons if label.startswith("✓")] == [
        "✓ kuliner & makanan", "✓ parenting & keluarga"]
    await harness.press(user, "rg:done")
    assert harness.app.user_data[290]["reg"]["data"]["niches"] == ["food_culinary", "parenting"]
    sent = await harness.send(user, "Kampung Durian Runtuh")  # unknown: the country is asked
    [country] = await harness.send(user, "🇲🇾 Malaysia")
    assert harness.app.user_data[290]["reg"]["data"]["country"] == "MY"
    assert "Bahasa" in country.text and sent
