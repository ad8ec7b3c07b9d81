"""Several bot instances, one database: conversations, user data and rate limits are shared.

Each test runs on SQLite and on a real PostgreSQL server (`database_url`)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser, SentMessage
from jodoh.limits import BRIEFS_PER_MINUTE, REGISTRATIONS_PER_HOUR
from jodoh.service import JodohService
from jodoh.settings import Settings
from jodoh.state import SharedRateLimiter, StateStore, UserLeases
from storage.db import make_engine
from storage.records import CreatorRecord
from tests.bot_helpers import Harness
from tests.conftest import HashingEmbeddings, creator_row
from tests.test_bot_creator import register


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(jodoh_data_dir=tmp_path / "data", database_url=database_url,
                    _env_file=None)  # type: ignore[call-arg]


def test_rate_limit_is_counted_across_instances(database_url: str) -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    first, second = make_engine(database_url), make_engine(database_url)
    one = SharedRateLimiter(first, "brief", 3, 60.0, clock=lambda: now[0])
    two = SharedRateLimiter(second, "brief", 3, 60.0, clock=lambda: now[0])
    assert one.allow(7_000_000_001) and two.allow(7_000_000_001) and one.allow(7_000_000_001)
    assert not two.allow(7_000_000_001)
    assert two.retry_after(7_000_000_001) == pytest.approx(60.0)
    assert one.allow(42)  # other users are not affected
    assert SharedRateLimiter(first, "register", 3, 60.0, clock=lambda: now[0]).allow(
        7_000_000_001)  # nor other buckets
    now[0] += timedelta(seconds=30)
    assert not one.allow(7_000_000_001)
    assert one.retry_after(7_000_000_001) == pytest.approx(30.0)
    now[0] += timedelta(seconds=31)
    assert one.allow(7_000_000_001)
    first.dispose()
    second.dispose()


def test_user_lease_is_exclusive_and_expires_when_its_holder_died(database_url: str) -> None:
    engine = make_engine(database_url)
    dead = UserLeases(engine, seconds=0.5)
    alive = UserLeases(engine, seconds=0.5, poll=0.02, wait=0.1)
    assert dead.acquire(9_000_000_001)
    assert not alive.acquire(9_000_000_001)  # held: gives up after `wait`
    assert alive.acquire(9_000_000_002)  # other users are free
    patient = UserLeases(engine, poll=0.02, wait=5.0)
    started = time.monotonic()
    assert patient.acquire(9_000_000_001)  # the dead holder's lease expired
    assert time.monotonic() - started < 2.0
    patient.release(9_000_000_001)
    assert alive.acquire(9_000_000_001)
    engine.dispose()


def test_state_store_round_trip_and_refuses_non_json(database_url: str) -> None:
    store = StateStore(database_url=database_url)
    store.put("user_data", "1", {"reg": {"queue": ["handle"], "data": {"followers": 12}}})
    store.put("user_data", "1", {"lang": "en"})  # replaces (an upsert on both databases)
    assert store.load("user_data") == {"1": {"lang": "en"}}
    assert store.get("user_data", "1") == {"lang": "en"}
    with pytest.raises(TypeError):
        store.put("user_data", "2", {"bad": object()})
    store.delete("user_data", "1")
    assert store.get("user_data", "1") is None
    store.close()


class TwoInstances:
    """Two bot processes' worth of state (two Applications, two services, one database);
    each update goes to the other instance, as a round-robin load balancer would do."""

    def __init__(self, first: Harness, second: Harness) -> None:
        self.harnesses = [first, second]
        self.turn = 0

    def _next(self) -> Harness:
        self.turn += 1
        return self.harnesses[self.turn % 2]

    async def send(self, user: LocalUser, text: str | None = None,
                   **extra: Any) -> list[SentMessage]:
        return await self._next().send(user, text, **extra)

    async def press(self, user: LocalUser, data: str) -> list[SentMessage]:
        return await self._next().press(user, data)


@pytest.fixture
async def instances(settings: Settings) -> AsyncIterator[TwoInstances]:
    services = [JodohService(settings, embeddings=HashingEmbeddings()) for _ in range(2)]
    services[0].import_records([CreatorRecord.model_validate(creator_row("glow.sby"))])
    harnesses = []
    apps = []
    for service in services:
        api = LocalBotAPI()
        app = build_application(settings, service=service, request=api)
        await app.initialize()
        await app.post_init(app)  # type: ignore[misc]
        apps.append(app)
        harnesses.append(Harness(app, api))
    yield TwoInstances(*harnesses)
    for app in apps:
        await app.shutdown()
    for service in services:
        service.close()


async def test_registration_continues_on_whichever_instance_gets_the_update(
        instances: TwoInstances) -> None:
    user = LocalUser(7_100_000_123)
    await register(instances, user)  # type: ignore[arg-type]
    saved = await instances.press(user, "rg:save")
    assert any("tersimpan" in m.text for m in saved), [m.text for m in saved]
    for harness in instances.harnesses:
        owned = harness.app.bot_data["services"].creators.owned(user.user["id"])
        assert [p["handle"] for p in owned] == ["nadia.glow"]


async def test_brief_and_registration_limits_hold_across_instances(
        instances: TwoInstances) -> None:
    brand = LocalUser(7_200_000_456)
    for _ in range(BRIEFS_PER_MINUTE):
        assert "Pelan-pelan" not in (await instances.send(brand, "skincare Surabaya"))[0].text
    assert "Pelan-pelan" in (await instances.send(brand, "skincare Surabaya"))[0].text

    creator = LocalUser(7_300_000_789)
    for _ in range(REGISTRATIONS_PER_HOUR):
        assert "terlalu sering" not in (await instances.send(creator, "/register"))[0].text
    assert "terlalu sering" in (await instances.send(creator, "/register"))[0].text




class SlowBotAPI(LocalBotAPI):
    """Answers every call after a pause, so an update is still in progress when the next one
    (for the same user) reaches the other instance."""

    async def do_request(self, *args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.4)
        return await super().do_request(*args, **kwargs)


async def test_two_instances_never_handle_one_users_updates_at_once(
        settings: Settings, database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several instances share PostgreSQL; SQLite is one process")
    services = [JodohService(settings, embeddings=HashingEmbeddings()) for _ in range(2)]
    apis = [SlowBotAPI(), LocalBotAPI()]
    apps = [build_application(settings, service=s, request=a) for s, a in zip(
        services, apis, strict=True)]
    for app in apps:
        await app.initialize()
        await app.post_init(app)  # type: ignore[misc]
    first, second = apps
    user = LocalUser(7_400_000_001)
    try:
        register = user.message(first.bot, "/register")
        started = asyncio.create_task(first.update_processor.process_update(
            register, first.process_update(register)))
        await asyncio.sleep(0.15)  # instance 1 is now inside /register, waiting on the API
        pick = user.press(second.bot, "rg:pick:tiktok")
        await second.update_processor.process_update(pick, second.process_update(pick))
        await started
        # Instance 2 waited for instance 1, so the button belonged to a live conversation.
        assert apis[1].sent and "TikTok" in apis[1].sent[-1].text, apis[1].answers
    finally:
        for app in apps:
            await app.shutdown()
        for service in services:
            service.close()
