"""/connect with TikTok (Login Kit + Display API) in one process: the bot's link → the TikTok
stand-in's authorize step → the callback the bot serves → the bot tells the creator; a declined
stats scope, a day-long access token refreshed with its refresh token, the documented
failures, and a creator with an Instagram and a TikTok profile choosing between both logins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr

from bot.local import LocalUser
from jodoh.connect import AccountConnect
from jodoh.platforms.base import TemporarilyUnavailable
from jodoh.refresh_run import refresh_everything
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, run_daily_refresh, running_bot
from tests.conftest import creator_row, free_port
from tests.oauth_helpers import log_in, stored_tokens
from tests.standins import instagram as instagram_standin
from tests.standins.tiktok import CLIENT_KEY, CLIENT_SECRET, TikTokStandIn, serve

CREATOR, ADMIN = 6170, 6171
BRAND = LocalUser(91, "Brand", "id")


@pytest.fixture
def tiktok() -> Iterator[TikTokStandIn]:
    with serve(TikTokStandIn()) as stand_in:
        yield stand_in


def tiktok_settings(tmp_path: Path, tiktok: TikTokStandIn, **more: Any) -> Settings:
    port = free_port()
    return Settings(
        jodoh_data_dir=tmp_path / "bot", tiktok_client_key=CLIENT_KEY,
        tiktok_client_secret=SecretStr(CLIENT_SECRET),
        tiktok_oauth_url=f"{tiktok.url}/v2/auth/authorize/", tiktok_api_url=tiktok.url,
        public_url=f"http://127.0.0.1:{port}", oauth_port=port, oauth_listen="127.0.0.1",
        token_encryption_key=SecretStr(Fernet.generate_key().decode()),
        **more, _env_file=None)  # type: ignore[call-arg]


def save_tiktoker(service: JodohService) -> int:
    return service.save_creator(CreatorRecord.model_validate(creator_row(
        "dapur.dinda", platform="tiktok", niches=["food_culinary"],
        bio="Resep rumahan cepat untuk anak kos.", followers=22_000, avg_views=28_000,
        avg_likes=1_800, avg_comments=80, follower_history=[20_500, 21_200, 22_000])),
        owner_telegram_id=CREATOR).id or 0


@pytest.fixture
async def harness(service: JodohService, tmp_path: Path,
                  tiktok: TikTokStandIn) -> AsyncIterator[Harness]:
    save_tiktoker(service)
    settings = tiktok_settings(tmp_path, tiktok, admin_user_ids=[ADMIN])
    async with running_bot(settings, service) as harness:
        yield harness



def connect_of(harness: Harness) -> AccountConnect:
    connect: AccountConnect = harness.app.bot_data["services"].connects["tiktok"]
    connect.login._sleep = lambda seconds: None  # type: ignore[attr-defined]
    return connect



async def test_a_creator_connects_tiktok_and_brands_see_verified_numbers(
        harness: Harness, service: JodohService, tiktok: TikTokStandIn) -> None:
    creator = LocalUser(CREATOR, "Dinda", "id")
    [(label, link)] = (await harness.send(creator, "/connect"))[0].buttons
    assert label == "🔐 Masuk dengan TikTok" and link.startswith(tiktok.url)
    assert f"client_key={CLIENT_KEY}" in link and "user.info.stats" in link
    before = len(harness.api.sent)
    page = await log_in(link)
    assert page.status_code == 200 and "Beres!" in page.text
    assert any("✓ TikTok @dapur.dinda terhubung: 23.400 followers terverifikasi" in m.text
               for m in harness.api.sent[before:] if m.chat_id == CREATOR)
    profile = service.creators_named("dapur.dinda")[0]
    assert (profile.followers, profile.avg_views, profile.avg_likes, profile.avg_comments) \
        == (23_400, 29_000, 2_000, 88)
    assert profile.verified_at is not None
    tokens = stored_tokens(service)
    assert list(tokens) == [f"tiktok:{profile.creator_id}"]
    assert "act." not in str(tokens) and "rft." not in str(tokens)  # encrypted at rest
    answer = (await harness.send(BRAND, "resep masakan rumahan di tiktok"))[0]
    assert "✓ terverifikasi · sinkron hari ini" in answer.text
    assert "diputus" in (await harness.send(creator, "/disconnect"))[0].text
    assert stored_tokens(service) == {}


async def test_a_declined_stats_scope_verifies_nothing_and_says_so(
        harness: Harness, service: JodohService, tiktok: TikTokStandIn) -> None:
    tiktok.granted = {"user.info.basic", "user.info.profile"}
    creator = LocalUser(CREATOR, "Dinda", "en")
    await harness.send(creator, "/lang en")
    link = (await harness.send(creator, "/connect"))[0].buttons[0][1]
    before = len(harness.api.sent)
    await log_in(link)
    told = [m.text for m in harness.api.sent[before:]]
    assert any("TikTok @dapur.dinda connected, but no follower count is available" in text
               for text in told), told
    assert service.creators_named("dapur.dinda")[0].verified_at is None


async def test_logging_in_as_another_account_connects_nothing(
        harness: Harness, service: JodohService, tiktok: TikTokStandIn) -> None:
    tiktok.username = "orang.lain"
    link = (await harness.send(LocalUser(CREATOR, "Dinda", "id"), "/connect"))[0].buttons[0][1]
    before = len(harness.api.sent)
    await log_in(link)
    assert any("bukan akun profil ini" in m.text for m in harness.api.sent[before:])
    assert stored_tokens(service) == {}


async def test_a_day_old_token_is_refreshed_and_failures_keep_the_numbers(
        harness: Harness, service: JodohService, tiktok: TikTokStandIn) -> None:
    creator = LocalUser(CREATOR, "Dinda", "id")
    await log_in((await harness.send(creator, "/connect"))[0].buttons[0][1])
    connect = connect_of(harness)
    creator_id = service.creators_named("dapur.dinda")[0].creator_id
    first = connect.vault.load("tiktok", creator_id)
    assert first is not None and first.refresh_token
    # A day later the access token has expired: the refresh token gets the next pair.
    later = datetime.now(UTC) + timedelta(hours=23, minutes=30)
    fresh = connect.fresh_token(creator_id, now=later)
    assert fresh is not None and fresh.value != first.value
    assert fresh.expires_at > later + timedelta(hours=23)
    # 429 and 500 are retried; the next answer is stored.
    tiktok.followers = 24_100
    tiktok.failures = ["429", "500"]
    assert connect.refresh_all().verified == ["dapur.dinda"]
    assert service.creators_named("dapur.dinda")[0].followers == 24_100
    # TikTok down for good: the error stops this provider only, and the numbers stay.
    tiktok.followers = 90_000
    tiktok.failures = ["500"] * 4
    with pytest.raises(TemporarilyUnavailable):
        connect.refresh_all()
    tiktok.failures = ["500"] * 4
    run = refresh_everything(service, {"tiktok": connect}, [])
    assert "tiktok" in run.failed and run.exit_code == 1
    tiktok.failures = ["500"] * 4
    before = len(harness.api.sent)
    await run_daily_refresh(harness.app)
    assert [m.text for m in harness.api.sent[before:] if m.chat_id == ADMIN] == [
        "⚠️ TikTok tidak bisa dihubungi saat pembaruan harian; angka tersimpan tetap, dicoba "
        "lagi besok."]
    assert service.creators_named("dapur.dinda")[0].followers == 24_100
    assert service.creators_named("dapur.dinda")[0].followers == 24_100
    # Revoked at TikTok: the refresh token no longer works either; numbers kept, listed.
    tiktok.failures = []
    tiktok.revoke()
    # Found by `jodoh refresh` from cron: the bot tells the creator at its next run.
    assert connect.refresh_all(now=later).revoked == ["dapur.dinda"]
    assert stored_tokens(service) == {}
    [(_, owner, handle)] = connect.revoked_to_tell()
    assert (owner, handle) == (CREATOR, "dapur.dinda")
    before = len(harness.api.sent)
    await run_daily_refresh(harness.app)
    assert [m.text for m in harness.api.sent[before:] if m.chat_id == CREATOR] == [
        "Login TikTok untuk @dapur.dinda sudah tidak berlaku (dicabut atau kedaluwarsa). "
        "Angka terakhir tetap tampil; ketik /connect untuk menyambung lagi."]
    assert connect.revoked_to_tell() == []  # told once
    assert service.creators_named("dapur.dinda")[0].followers == 24_100


async def test_a_creator_on_both_platforms_gets_one_login_button_each(
        service: JodohService, tmp_path: Path, tiktok: TikTokStandIn) -> None:
    save_tiktoker(service)
    service.save_creator(CreatorRecord.model_validate(creator_row(
        "dinda.masak", followers=9_000, avg_likes=400, avg_comments=20,
        follower_history=[8_500, 9_000])), owner_telegram_id=CREATOR)
    with instagram_standin.serve(instagram_standin.InstagramStandIn()) as instagram:
        settings = tiktok_settings(
            tmp_path, tiktok, instagram_app_id=instagram_standin.APP_ID,
            instagram_app_secret=SecretStr(instagram_standin.APP_SECRET),
            instagram_oauth_url=f"{instagram.url}/oauth/authorize",
            instagram_token_url=f"{instagram.url}/oauth/access_token",
            instagram_graph_url=instagram.url)
        async with running_bot(settings, service) as harness:
            sent = await harness.send(LocalUser(CREATOR, "Dinda", "en"), "/connect")
            labels = [label for label, _ in sent[0].buttons]
            assert labels == ["🔐 Log in with Instagram", "🔐 Log in with TikTok"] \
                or labels == ["🔐 Masuk dengan Instagram", "🔐 Masuk dengan TikTok"]
            bye = await harness.send(LocalUser(CREATOR, "Dinda", "id"), "/disconnect")
            assert "Instagram/TikTok diputus" in bye[0].text


def test_a_wrong_client_secret_or_a_used_code_is_a_credentials_error(
        tiktok: TikTokStandIn) -> None:
    from jodoh.platforms.base import InvalidCredentials
    from jodoh.platforms.tiktok import TikTokLogin

    def login(secret: str) -> TikTokLogin:
        return TikTokLogin(client_key=CLIENT_KEY, client_secret=SecretStr(secret),
                           oauth_url=f"{tiktok.url}/v2/auth/authorize/", api_url=tiktok.url,
                           redirect_uri="http://127.0.0.1:1/oauth/tiktok")

    tiktok.codes["tt-code-1"] = "http://127.0.0.1:1/oauth/tiktok"
    with pytest.raises(InvalidCredentials) as wrong:
        login("not-the-secret").exchange("tt-code-1")
    assert "not-the-secret" not in str(wrong.value)
    token = login(CLIENT_SECRET).exchange("tt-code-1")
    with pytest.raises(InvalidCredentials, match="expired"):
        login(CLIENT_SECRET).exchange("tt-code-1")  # a code works once
    assert token.refresh_token
