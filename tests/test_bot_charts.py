"""❓ and /myprofile send a chart of the creator's own numbers, drawn once per content."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from PIL import Image

from bot.charts import _facts, chart_key, render_chart
from bot.local import LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import parse_brief
from retrieval.profile import CreatorProfile
from retrieval.ranking import score_candidates
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, card_button, running_bot
from tests.conftest import creator_row

HISTORY = [26_000, 27_500, 28_100, 29_000, 30_000]
MALANG = creator_row("glow.mlg", city="Malang", followers=30_000, avg_likes=800,
                     avg_comments=30, follower_history=HISTORY)
BOUGHT = creator_row("fake.jkt", platform="tiktok", followers=48_000, avg_likes=90,
                     avg_comments=2, avg_views=3_000, follower_history=[9_000, 9_500, 48_000])


def match_of(row: dict[str, object]):  # type: ignore[no-untyped-def]
    record = CreatorRecord.model_validate(row)
    profile = CreatorProfile.from_fields(record, creator_id=1)
    return score_candidates(parse_brief(""), [profile], {}, {})[0]


@pytest.fixture
async def harness(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    service.import_records([CreatorRecord.model_validate(r) for r in (
        MALANG, *(creator_row(f"glow.{i}") for i in range(4)))])
    async with running_bot(settings, service) as harness:
        yield harness


def test_the_chart_draws_only_the_records_numbers_and_flags_what_the_checks_found() -> None:
    facts = _facts(match_of(MALANG), "id")
    assert facts["history"] == HISTORY and facts["labels"][-1] == "kini"
    assert all(severity == "ok" for _, severity in facts["checks"])  # type: ignore[attr-defined]
    bought = dict(_facts(match_of(BOUGHT), "en")["checks"])  # type: ignore[arg-type]
    assert bought["low_engagement"] == "strong" and bought["follower_jump"] == "strong"
    assert "view_farming" in bought  # views are published: the view checks are drawn too
    png = render_chart(match_of(BOUGHT), "en")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (800, 520) and len(png) < 40_000
    # Another language or other numbers: another picture.
    assert chart_key(match_of(MALANG), "id") != chart_key(match_of(MALANG), "en")
    assert chart_key(match_of(MALANG), "id") != chart_key(
        match_of({**MALANG, "follower_history": [25_000, *HISTORY[1:]]}), "id")


async def test_why_sends_the_chart_once_then_by_telegrams_file_id(harness: Harness) -> None:
    user = LocalUser(41, "Brand", "id")
    answer = (await harness.send(user, "skincare kulit berminyak di Malang"))[0]
    why = card_button(answer, "glow.mlg", "why:")
    shown = await harness.press(user, why)
    photo, details = shown[0], shown[-1]
    assert photo.photo is not None and "@glow.mlg" in photo.text and len(photo.text) <= 1024
    assert Image.open(io.BytesIO(harness.api.photos[photo.photo])).size == (800, 520)
    assert details.text.startswith("Kenapa @glow.mlg?")
    uploads = len([p for m, p in harness.api.requests if m == "sendPhoto"
                   and not isinstance(p.get("photo"), str)])
    again = await harness.press(user, why)
    assert again[0].photo == photo.photo  # the same file, not uploaded again
    assert len([p for m, p in harness.api.requests if m == "sendPhoto"
                and not isinstance(p.get("photo"), str)]) == uploads


async def test_myprofile_sends_the_creators_chart(harness: Harness,
                                                  service: JodohService) -> None:
    owner = CreatorRecord.model_validate(creator_row("sari.owner", followers=30_000,
                                                     follower_history=HISTORY))
    service.save_creator(owner, owner_telegram_id=42, take_over_imported=True)
    sent = await harness.send(LocalUser(42, "Sari", "en"), "/myprofile")
    assert [m.photo is not None for m in sent] == [False, True]
    assert "@sari.owner" in sent[1].text
