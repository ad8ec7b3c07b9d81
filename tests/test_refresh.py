"""Verified statistics from the YouTube Data API (against a local stand-in that follows the
API's documented formats and failures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pydantic import SecretStr

from jodoh.cli import result_rows
from jodoh.platforms.base import InvalidCredentials, TemporarilyUnavailable
from jodoh.platforms.youtube import YouTubeConnector
from jodoh.refresh import refresh
from jodoh.service import JodohService
from storage.records import CreatorRecord
from tests.bot_helpers import run_daily_refresh
from tests.conftest import creator_row
from tests.standins.youtube import Channel, YouTubeStandIn, serve

CHANNEL = "UC" + "a" * 22
HIDDEN = "UC" + "b" * 22
GONE = "UC" + "c" * 22
NOW = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)


def youtuber(handle: str, channel: str | None, **extra: object) -> CreatorRecord:
    fields: dict[str, object] = {
        "platform": "youtube", "bio": "Review gadget dan HP murah.", "niches": ["tech_gadgets"],
        "followers": 20_000, "avg_likes": 500, "avg_comments": 40, "avg_views": 9_000,
        "follower_history": [18_000, 19_000, 20_000], "youtube_channel_id": channel}
    return CreatorRecord.model_validate(creator_row(handle, **{**fields, **extra}))


@pytest.fixture
def youtube() -> Iterator[YouTubeStandIn]:
    stand_in = YouTubeStandIn(channels={
        CHANNEL: Channel(24_500, [(12_000, 600, 50), (10_000, 400, 30), (8_000, None, 10)]),
        HIDDEN: Channel(99_000, [(5_000, 100, 5)], hidden=True),
    })
    with serve(stand_in):
        yield stand_in


def connector(stand_in: YouTubeStandIn, key: str = "good-key") -> YouTubeConnector:
    return YouTubeConnector(SecretStr(key), stand_in.url, sleep=lambda seconds: None)


@pytest.fixture
def imported(service: JodohService) -> JodohService:
    service.import_records([youtuber("hp.murah", CHANNEL), youtuber("rahasia", HIDDEN),
                            youtuber("hilang", GONE), youtuber("tanpa.id", None)])
    return service


def rows_by_handle(service: JodohService) -> dict[str, dict[str, object]]:
    result = service.search("review HP murah di youtube", top=10, log_brief=False)
    return {row["handle"]: row for row in result_rows(result)}  # type: ignore[misc]


def test_refresh_verifies_every_channel_it_can_read_and_keeps_the_rest(
        imported: JodohService, youtube: YouTubeStandIn) -> None:
    api = connector(youtube)
    report = refresh(imported, api, now=NOW)
    assert report.verified == ["hp.murah"] and report.hidden == ["rahasia"]
    assert report.missing == ["hilang"] and not report.not_reached
    # channels.list once (both ids in one call), then uploads and videos per channel.
    assert youtube.calls == ["channels", "playlistItems", "videos", "playlistItems", "videos"]
    assert api.units == 5
    rows = rows_by_handle(imported)
    verified = rows["hp.murah"]
    assert verified["verified"] is True and verified["verified_at"] == NOW.isoformat()
    assert verified["followers"] == 24_500  # the API's subscriber count
    profile = imported.creators_named("hp.murah")[0]
    # Averages of the recent videos; a hidden like count is left out, not counted as 0.
    assert (profile.avg_views, profile.avg_likes, profile.avg_comments) == (10_000, 500, 30)
    assert profile.follower_history[-2:] == (20_000, 24_500)
    for kept in ("rahasia", "hilang", "tanpa.id"):
        assert rows[kept]["verified"] is False and rows[kept]["followers"] == 20_000
    # Counts typed or imported later are self-reported again.
    imported.import_records([youtuber("hp.murah", CHANNEL, followers=30_000,
                                      follower_history=[19_000, 30_000])])
    assert rows_by_handle(imported)["hp.murah"]["verified"] is False


def test_a_wrong_key_changes_nothing(imported: JodohService,
                                     youtube: YouTubeStandIn) -> None:
    with pytest.raises(InvalidCredentials, match="YOUTUBE_API_KEY"):
        refresh(imported, connector(youtube, key="wrong"), now=NOW)
    assert all(row["verified"] is False for row in rows_by_handle(imported).values())
    assert imported.creators_named("hp.murah")[0].followers == 20_000


def test_quota_exceeded_stops_and_keeps_the_stored_numbers(
        imported: JodohService, youtube: YouTubeStandIn) -> None:
    youtube.failures = ["quota"]
    report = refresh(imported, connector(youtube), now=NOW)
    assert report.verified == [] and set(report.not_reached) == {"hp.murah", "rahasia",
                                                                 "hilang"}
    assert imported.creators_named("hp.murah")[0].followers == 20_000


def test_429_and_5xx_are_retried_then_given_up(imported: JodohService,
                                               youtube: YouTubeStandIn) -> None:
    youtube.failures = ["429", "500"]
    assert refresh(imported, connector(youtube), now=NOW).verified == ["hp.murah"]
    youtube.failures = ["500"] * 4
    with pytest.raises(TemporarilyUnavailable):
        connector(youtube).fetch([CHANNEL])


def test_a_channel_id_is_checked_and_changes_no_existing_hash() -> None:
    with pytest.raises(ValueError, match="youtube_channel_id"):
        youtuber("x", "UCshort")
    plain = CreatorRecord.model_validate(creator_row("same"))
    assert plain.youtube_channel_id is None
    assert plain.content_hash() == CreatorRecord.model_validate(
        {**creator_row("same"), "youtube_channel_id": ""}).content_hash()


def test_the_api_key_never_reaches_a_log_line(youtube: YouTubeStandIn,
                                              caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from jodoh.log_redaction import RedactingFilter, secrets_of
    from jodoh.settings import Settings

    settings = Settings(youtube_api_key=SecretStr("good-key"), _env_file=None)  # type: ignore[call-arg]
    assert "good-key" in secrets_of(settings)
    caplog.handler.addFilter(RedactingFilter(secrets_of(settings)))
    with caplog.at_level(logging.INFO, logger="httpx"):
        connector(youtube).fetch([CHANNEL])
    assert caplog.records and "good-key" not in caplog.text


def test_cards_say_verified_with_the_sync_age_or_self_reported(
        imported: JodohService, youtube: YouTubeStandIn) -> None:
    from datetime import timedelta

    from bot.render import render_short_card, verification_label
    from retrieval.ranking import VERIFIED_FACTOR, verified_factor

    refresh(imported, connector(youtube), now=datetime.now(UTC) - timedelta(days=3))
    result = imported.search("review HP murah di youtube", top=10, log_brief=False)
    cards = {m.profile.handle: render_short_card(1, m, "x", "id") for m in result.matches}
    assert "✓ terverifikasi · sinkron 3 hari lalu" in cards["hp.murah"]
    assert "dilaporkan sendiri" in cards["rahasia"]
    old = datetime.now(UTC) - timedelta(days=45)
    assert verification_label(old, "en") == "✓ verified · synced 45 days ago, out of date"
    assert verification_label(datetime.now(UTC), "en") == "✓ verified · synced today"
    assert verified_factor(old) == 1.0 and verified_factor(NOW, now=NOW) == VERIFIED_FACTOR
    # At equal fit the verified creator comes first.
    first = [m.profile.handle for m in result.matches]
    assert first.index("hp.murah") < first.index("rahasia")


async def test_the_bot_refreshes_daily_and_tells_admins_about_a_rejected_key(
        imported: JodohService, youtube: YouTubeStandIn, tmp_path: object) -> None:
    from pathlib import Path

    from bot.app import build_application
    from bot.local import LocalBotAPI
    from jodoh.settings import Settings

    api = LocalBotAPI()

    def app_with(key: str) -> object:
        settings = Settings(jodoh_data_dir=Path(str(tmp_path)) / "bot", admin_user_ids=[7],
                            youtube_api_key=SecretStr(key), youtube_api_url=youtube.url,
                            _env_file=None)  # type: ignore[call-arg]
        return build_application(settings, service=imported, request=api)

    app = app_with("wrong")
    async with app:  # type: ignore[attr-defined]
        await app.post_init(app)  # type: ignore[attr-defined]
        await run_daily_refresh(app)
        assert any(m.chat_id == 7 and "YOUTUBE_API_KEY" in m.text for m in api.sent)
    assert imported.creators_named("hp.murah")[0].verified_at is None
    app = app_with("good-key")
    async with app:  # type: ignore[attr-defined]
        await app.post_init(app)  # type: ignore[attr-defined]
        await run_daily_refresh(app)
    assert imported.creators_named("hp.murah")[0].verified_at is not None


def test_polled_counts_are_dated_and_a_bought_jump_between_polls_is_flagged(
        imported: JodohService, youtube: YouTubeStandIn) -> None:
    from datetime import timedelta

    from retrieval.scoring import assess_authenticity

    refresh(imported, connector(youtube), now=NOW)
    youtube.channels[CHANNEL].subscribers = 60_000  # bought: the likes stay where they were
    refresh(imported, connector(youtube), now=NOW + timedelta(days=7))
    profile = imported.creators_named("hp.murah")[0]
    assert profile.follower_history[-3:] == (20_000, 24_500, 60_000)
    assert profile.follower_history_dates == (NOW, NOW + timedelta(days=7))
    verdict = assess_authenticity(
        platform=profile.platform, followers=profile.followers, avg_likes=profile.avg_likes,
        avg_comments=profile.avg_comments, avg_views=profile.avg_views,
        follower_history=list(profile.follower_history),
        follower_history_dates=profile.follower_history_dates)
    jump = next(s for s in verdict.signals if s.code == "follower_jump")
    assert jump.severity == "strong" and jump.facts["after"] == 60_000
    assert verdict.verdict != "authentic"
