"""The database locked (another writer holds it) briefly or for good: work is retried, and
when it stays locked the user gets a clear message and nothing is half-written."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

import storage.db
from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser
from jodoh.actions import JodohBrandActions
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.errors import DatabaseUnavailable
from storage.records import CreatorRecord
from tests.bot_helpers import Harness
from tests.conftest import creator_row


@pytest.fixture
def quick_service(service: JodohService, monkeypatch: pytest.MonkeyPatch
                  ) -> Iterator[JodohService]:
    """The service with SQLite's own busy wait and the retry pauses shortened."""
    service.import_records([CreatorRecord.model_validate(creator_row("glow.sby"))])
    monkeypatch.setattr(storage.db, "DB_RETRY_DELAYS", (0.3, 0.6))

    def short_busy_wait(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA busy_timeout=100")

    event.listen(service.engine, "connect", short_busy_wait)
    service.engine.dispose()
    yield service


def hold_write_lock(settings: Settings, seconds: float) -> threading.Thread:
    """Another process-like writer: an exclusive transaction on the same file."""
    started = threading.Event()

    def hold() -> None:
        path = settings.resolved_database_url.split("///", 1)[1]
        connection = sqlite3.connect(path, timeout=5)
        connection.execute("BEGIN EXCLUSIVE")
        started.set()
        time.sleep(seconds)
        connection.rollback()
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait(5)
    return thread


def test_a_briefly_locked_database_is_retried(quick_service: JodohService,
                                              settings: Settings) -> None:
    actions = JodohBrandActions(quick_service)
    ref = quick_service.load_profiles(["instagram:glow.sby"])["instagram:glow.sby"].ref
    holder = hold_write_lock(settings, 0.5)
    started = time.monotonic()
    assert actions.shortlist_add(7, ref) == "added"  # blocked at first, done after a retry
    assert time.monotonic() - started >= 0.3
    holder.join()
    assert [p.handle for p in actions.shortlist(7)] == ["glow.sby"]


def test_a_database_that_stays_locked_raises_a_clear_error(quick_service: JodohService,
                                                          settings: Settings) -> None:
    actions = JodohBrandActions(quick_service)
    ref = quick_service.load_profiles(["instagram:glow.sby"])["instagram:glow.sby"].ref
    holder = hold_write_lock(settings, 3.0)
    with pytest.raises(DatabaseUnavailable):
        actions.shortlist_add(8, ref)
    holder.join()
    assert actions.shortlist(8) == []  # nothing half-written
    assert actions.shortlist_add(8, ref) == "added"  # and it works again once the lock is gone


async def test_the_user_is_told_and_can_try_again(quick_service: JodohService,
                                                  settings: Settings) -> None:
    api = LocalBotAPI()
    app = build_application(settings, service=quick_service, request=api)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        harness = Harness(app, api)
        brand = LocalUser(31)
        holder = hold_write_lock(settings, 3.0)
        sent = await harness.send(brand, "skincare Surabaya")
        holder.join()
        assert any("sibuk atau tidak terjangkau" in m.text for m in sent), [m.text for m in sent]
        again = await harness.send(brand, "skincare Surabaya")
        assert any("(@glow.sby)" in m.text for m in again)
