"""Instagram Business Discovery (public counts of professional accounts by username, through
Jodoh's own account) against a stand-in that follows the Graph API's documented shapes and
failures; and `jodoh refresh --platform instagram` with it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pydantic import SecretStr

from jodoh.platforms.base import InvalidCredentials
from jodoh.platforms.instagram import InstagramDiscovery
from jodoh.refresh import refresh
from jodoh.refresh_run import refresh_everything
from jodoh.service import JodohService
from storage.records import CreatorRecord
from tests.conftest import creator_row
from tests.standins.instagram import (
    DISCOVERY_TOKEN,
    DISCOVERY_USER_ID,
    InstagramStandIn,
    PublicAccount,
    serve,
)

NOW = datetime(2026, 12, 4, 7, 0, tzinfo=UTC)


@pytest.fixture
def instagram() -> Iterator[InstagramStandIn]:
    with serve(InstagramStandIn(public={
        "sari.sunscreen": PublicAccount(12_900, [(520, 31), (680, 49)], "Skincare jujur"),
        "kopi.pagi": PublicAccount(8_100, [(300, 20)]),
    })) as stand_in:
        yield stand_in


def discovery(stand_in: InstagramStandIn, token: str = DISCOVERY_TOKEN) -> InstagramDiscovery:
    return InstagramDiscovery(user_id=DISCOVERY_USER_ID, token=SecretStr(token),
                              base_url=stand_in.discovery_url, sleep=lambda seconds: None)


@pytest.fixture
def imported(service: JodohService) -> JodohService:
    service.import_records([CreatorRecord.model_validate(creator_row(handle, **extra)) for
                            handle, extra in (
        ("sari.sunscreen", {}),
        ("kopi.pagi", {"niches": ["food_culinary"], "bio": "Ngopi tiap pagi.",
                       "followers": 8_000, "avg_likes": 280, "avg_comments": 15,
                       "follower_history": [7_600, 8_000]}),
        ("akun.pribadi", {}),  # a personal account: Business Discovery cannot read it
        ("tiktok.only", {"platform": "tiktok", "avg_views": 20_000}))])
    return service


def test_discovery_verifies_professional_accounts_and_keeps_the_rest(
        imported: JodohService, instagram: InstagramStandIn) -> None:
    report = refresh(imported, discovery(instagram), now=NOW)
    assert sorted(report.verified) == ["kopi.pagi", "sari.sunscreen"]
    assert report.missing == ["akun.pribadi"] and report.units == 3
    sari = imported.creators_named("sari.sunscreen")[0]
    assert (sari.followers, sari.avg_likes, sari.avg_comments) == (12_900, 600, 40)
    assert sari.verified_at == NOW
    personal = imported.creators_named("akun.pribadi")[0]
    assert personal.verified_at is None and personal.followers == 12_000


def test_the_hourly_rate_limit_stops_the_run_and_keeps_what_was_stored(
        imported: JodohService, instagram: InstagramStandIn) -> None:
    instagram.failures = ["500", "rate"]  # 500 is retried; the rate limit is not
    report = refresh(imported, discovery(instagram), now=NOW)
    assert report.verified == [] and len(report.not_reached) == 3
    report = refresh(imported, discovery(instagram), now=NOW)  # the next run
    assert len(report.verified) == 2 and report.not_reached == []


def test_a_rejected_token_changes_nothing_and_skips_connected_accounts(
        imported: JodohService, instagram: InstagramStandIn) -> None:
    with pytest.raises(InvalidCredentials):
        refresh(imported, discovery(instagram, token="expired"), now=NOW)
    assert all(p.verified_at is None for p in imported.creators_named("sari.sunscreen"))
    run = refresh_everything(imported, {}, [discovery(instagram, token="expired")])
    assert "instagram" in run.rejected and run.exit_code == 1
    sari = imported.creators_named("sari.sunscreen")[0].creator_id
    report = refresh(imported, discovery(instagram), now=NOW, skip={sari})
    assert report.verified == ["kopi.pagi"]
