"""Admin commands: /reindex with progress, document /import, /stats; everyone else refused."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import AsyncIterator

import pytest

from bot.admin import MAX_UPLOAD_MB
from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness
from tests.conftest import creator_row

ADMIN = 4242


@pytest.fixture
async def harness(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    service.import_records([CreatorRecord.model_validate(creator_row(f"c{i}"))
                            for i in range(30)])
    api = LocalBotAPI()
    app = build_application(settings.model_copy(update={"admin_user_ids": [ADMIN]}),
                            service=service, request=api)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield Harness(app, api)


async def test_non_admins_are_refused_and_logged(harness: Harness,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    stranger = LocalUser(1)
    for command in ("/reindex", "/import"):
        assert "khusus admin" in (await harness.send(stranger, command))[0].text
    upload = await harness.upload(stranger, "c.jsonl", b"{}")
    assert "khusus admin" in upload[0].text
    assert sum("Refused admin action" in r.message for r in caplog.records) == 3
    # /stats for a non-admin is the creator count update, which needs a profile.
    assert "belum punya profil" in (await harness.send(stranger, "/stats"))[0].text


async def test_reindex_edits_one_status_message(harness: Harness) -> None:
    sent = await harness.send(LocalUser(ADMIN), "/reindex")
    status = sent[0]
    edits = [m for m in harness.api.sent if m.edited and m.message_id == status.message_id]
    assert edits and "30 kreator" in edits[-1].text
    assert harness.app.bot_data["services"].service.stats()["indexed"] == 30


async def test_second_reindex_is_refused_while_one_runs(harness: Harness) -> None:
    harness.app.bot_data["reindex_running"] = True
    sent = await harness.send(LocalUser(ADMIN), "/reindex")
    assert "sedang berjalan" in sent[0].text


async def test_import_document_reports_counts_and_reasons(harness: Harness) -> None:
    rows = [json.dumps(creator_row("new.one")), "{broken",
            json.dumps(creator_row("bad", followers=-1)), json.dumps(creator_row("c1"))]
    sent = await harness.upload(LocalUser(ADMIN), "creators.jsonl",
                                "\n".join(rows).encode())
    report = sent[-1].text
    assert "1 baru" in report and "1 tidak berubah" in report and "2 ditolak" in report
    assert "baris 2" in report and "baris 3" in report
    assert harness.app.bot_data["services"].service.stats()["creators"] == 31


async def test_import_reasons_show_the_rows_text_as_written(harness: Harness) -> None:
    """Rejection reasons quoting the file reached the admin as "&lt;b&gt;…&amp;…"."""
    rows = [json.dumps(creator_row("odd.niche", niches=["<b>kopi & teh"]))]
    sent = await harness.upload(LocalUser(ADMIN), "creators.jsonl", "\n".join(rows).encode())
    assert "'<b>kopi & teh'" in sent[-1].visible_text


async def test_import_refuses_wrong_type_big_and_binary_files(harness: Harness) -> None:
    admin = LocalUser(ADMIN)
    assert "Hanya file" in (await harness.upload(admin, "x.xlsx", b"PK"))[0].text
    big = b" " * (MAX_UPLOAD_MB * 1024 * 1024 + 1)
    assert "terlalu besar" in (await harness.upload(admin, "x.csv", big))[0].text
    assert "UTF-8" in (await harness.upload(admin, "x.jsonl", b"\xff\xfe\x00"))[0].text
    too_many = b"{}\n" * 20_001
    assert "20,000" in (await harness.upload(admin, "x.jsonl", too_many))[0].text
    # Zip bombs: archives are never unpacked (wrong type), and a compressed payload renamed to
    # .csv is binary, refused before anything is expanded.
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("creators.csv", b"0" * 50_000_000)
    assert len(bomb.getvalue()) < 100_000
    assert "Hanya file" in (await harness.upload(admin, "creators.zip", bomb.getvalue()))[0].text
    renamed = (await harness.upload(admin, "creators.csv", bomb.getvalue()))[0].text
    assert "UTF-8" in renamed or "biner" in renamed


async def test_admin_stats(harness: Harness) -> None:
    sent = await harness.send(LocalUser(ADMIN), "/stats")
    assert "Kreator: 30" in sent[0].text and "instagram 30" in sent[0].text


async def test_reindex_status_ends_final_after_flood_control(
        harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    service = harness.app.bot_data["services"].service
    reindex = service.reindex
    monkeypatch.setattr(service, "reindex", lambda progress: reindex(lambda *_: None))
    # The only edit, the final one, first meets Telegram's flood control: it still lands.
    harness.api.failures["editMessageText"] = [
        (429, {"description": "Too Many Requests: retry after 1",
               "parameters": {"retry_after": 1}})]
    sent = await harness.send(LocalUser(ADMIN), "/reindex")
    status = sent[0]
    edits = [m for m in harness.api.sent if m.edited and m.message_id == status.message_id]
    assert edits and "30 kreator" in edits[-1].text


async def test_reindex_status_ends_final_when_it_cannot_be_edited(harness: Harness) -> None:
    gone = (400, {"description": "Bad Request: message to edit not found"})
    harness.api.failures["editMessageText"] = [gone] * 10
    sent = await harness.send(LocalUser(ADMIN), "/reindex")
    assert "30 kreator" in sent[-1].text and not sent[-1].edited


async def test_failed_reindex_ends_its_status_message(harness: Harness,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    service = harness.app.bot_data["services"].service

    def broken(progress: object) -> int:
        raise RuntimeError("chroma is down")

    monkeypatch.setattr(service, "reindex", broken)
    sent = await harness.send(LocalUser(ADMIN), "/reindex")
    status = sent[0]
    final = [m for m in harness.api.sent if m.message_id == status.message_id][-1]
    assert final.edited and "gagal" in final.text.lower()
