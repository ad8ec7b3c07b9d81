"""/connect: Instagram login (OAuth) end to end in one process: the bot's link → the Instagram
stand-in's authorize step → the callback the bot serves → the bot tells the creator; tokens
encrypted at rest, refreshed before expiry, deleted on /disconnect and /delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr

from bot.local import LocalUser
from jodoh.platforms.base import TemporarilyUnavailable
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, run_daily_refresh, running_bot
from tests.conftest import creator_row, free_port
from tests.oauth_helpers import log_in, stored_tokens
from tests.standins.instagram import APP_ID, APP_SECRET, InstagramStandIn, serve

CREATOR = 6160


@pytest.fixture
def instagram() -> Iterator[InstagramStandIn]:
    with serve(InstagramStandIn()) as stand_in:
        yield stand_in


@pytest.fixture
async def harness(service: JodohService, tmp_path: Path,
                  instagram: InstagramStandIn) -> AsyncIterator[Harness]:
    service.save_creator(CreatorRecord.model_validate(creator_row(
        "sari.sunscreen", followers=12_000, avg_likes=420, avg_comments=18,
        follower_history=[11_000, 12_000])), owner_telegram_id=CREATOR)
    port = free_port()
    settings = Settings(
        jodoh_data_dir=tmp_path / "bot", instagram_app_id=APP_ID,
        instagram_app_secret=SecretStr(APP_SECRET),
        instagram_oauth_url=f"{instagram.url}/oauth/authorize",
        instagram_token_url=f"{instagram.url}/oauth/access_token",
        instagram_graph_url=instagram.url, public_url=f"http://127.0.0.1:{port}",
        oauth_port=port, oauth_listen="127.0.0.1",
        token_encryption_key=SecretStr(Fernet.generate_key().decode()),
        _env_file=None)  # type: ignore[call-arg]
    async with running_bot(settings, service) as harness:
        yield harness




async def test_a_creator_connects_instagram_and_brands_see_verified_numbers(
        harness: Harness, service: JodohService, instagram: InstagramStandIn) -> None:
    creator = LocalUser(CREATOR, "Sari", "id")
    sent = (await harness.send(creator, "/connect"))[0]
    [(label, link)] = sent.buttons
    assert label == "🔐 Masuk dengan Instagram" and link.startswith(instagram.url)
    assert "client_id=" + APP_ID in link and "scope=instagram_business_basic" in link
    before = len(harness.api.sent)
    page = await log_in(link)
    assert page.status_code == 200 and "Beres!" in page.text
    told = harness.api.sent[before:]
    assert any("✓ Instagram @sari.sunscreen terhubung: 12.800 followers terverifikasi"
               in m.text for m in told if m.chat_id == CREATOR)
    profile = service.creators_named("sari.sunscreen")[0]
    assert profile.followers == 12_800 and profile.verified_at is not None
    assert (profile.avg_likes, profile.avg_comments) == (600, 40)
    # The token is stored, encrypted: no token text in the database.
    tokens = stored_tokens(service)
    assert len(tokens) == 1 and "long-token" not in str(tokens)
    # The same login link cannot be used twice.
    again = await log_in(link)
    assert "tidak bisa diselesaikan" in again.text
    answer = (await harness.send(LocalUser(90, "Brand", "id"), "skincare di Surabaya"))[0]
    assert "✓ terverifikasi · sinkron hari ini" in answer.text
    # /disconnect deletes the token.
    assert "dihapus" in (await harness.send(creator, "/disconnect"))[0].text
    assert stored_tokens(service) == {}


async def test_logging_in_as_another_account_connects_nothing(
        harness: Harness, service: JodohService, instagram: InstagramStandIn) -> None:
    instagram.username = "someone.else"
    creator = LocalUser(CREATOR, "Sari", "id")
    link = (await harness.send(creator, "/connect"))[0].buttons[0][1]
    before = len(harness.api.sent)
    await log_in(link)
    assert any("bukan akun profil ini" in m.text for m in harness.api.sent[before:])
    assert service.creators_named("sari.sunscreen")[0].verified_at is None
    assert stored_tokens(service) == {}


async def test_a_token_near_expiry_is_refreshed_and_deleted_with_the_profile(
        harness: Harness, service: JodohService, instagram: InstagramStandIn) -> None:
    creator = LocalUser(CREATOR, "Sari", "id")
    await log_in((await harness.send(creator, "/connect"))[0].buttons[0][1])
    connect = harness.app.bot_data["services"].connects["instagram"]
    creator_id = service.creators_named("sari.sunscreen")[0].creator_id
    token = connect.vault.load("instagram", creator_id)
    later = datetime.now(UTC) + timedelta(days=55)  # within a week of the 60 days
    fresh = connect.fresh_token(creator_id, now=later)
    assert fresh.value != token.value and fresh.expires_at > later + timedelta(days=50)
    await harness.send(creator, "/delete")
    await harness.press(creator, f"del:yes:{creator_id}")
    assert stored_tokens(service) == {}


async def test_without_an_instagram_app_connect_says_so(service: JodohService,
                                                        settings: Settings) -> None:
    async with running_bot(settings, service) as harness:
        sent = await harness.send(LocalUser(1, "X", "en"), "/connect")
        assert "not available" in sent[0].text


async def test_connected_accounts_refresh_with_their_own_tokens_until_revoked(
        harness: Harness, service: JodohService, instagram: InstagramStandIn) -> None:
    creator = LocalUser(CREATOR, "Sari", "id")
    await log_in((await harness.send(creator, "/connect"))[0].buttons[0][1])
    connect = harness.app.bot_data["services"].connects["instagram"]
    connect.login._sleep = lambda seconds: None
    instagram.followers = 13_400
    instagram.failures = ["rate", "500"]  # a rate limit and a 5xx, each retried
    assert connect.refresh_all().verified == ["sari.sunscreen"]
    profile = service.creators_named("sari.sunscreen")[0]
    assert profile.followers == 13_400 and profile.follower_history[-1] == 13_400
    instagram.failures = ["500"] * 4  # Instagram down for good: the numbers stay
    with pytest.raises(TemporarilyUnavailable):
        connect.refresh_all()
    instagram.tokens.clear()  # the creator revoked Jodoh's access at Instagram
    instagram.followers = 99_000
    # The daily job: the numbers are kept, the dead token deleted, the creator told once.
    before = len(harness.api.sent)
    await run_daily_refresh(harness.app)
    told = [m.text for m in harness.api.sent[before:] if m.chat_id == CREATOR]
    assert told == ["Login Instagram untuk @sari.sunscreen sudah tidak berlaku (dicabut atau "
                    "kedaluwarsa). Angka terakhir tetap tampil; ketik /connect untuk "
                    "menyambung lagi."]
    assert service.creators_named("sari.sunscreen")[0].followers == 13_400  # kept
    assert stored_tokens(service) == {}
