"""Bot state that must be shared by every bot instance of a deployment: conversation state,
per-user data and rate limits, kept in the database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from storage import runtime_repository as runtime_repo
from storage.db import make_engine, retry_on_db_errors, session_scope
from storage.models import utcnow

log = logging.getLogger(__name__)


class StateStore:
    """Namespaced JSON values in the `botstate` table.

    Args:
        engine: an engine on the deployment's database (shared with the service), or None to
            open one from `database_url`.
        database_url: used when no engine is given.
    """

    def __init__(self, engine: Engine | None = None, *, database_url: str | None = None) -> None:
        if engine is None:
            if database_url is None:
                raise ValueError("StateStore needs an engine or a database URL")
            engine = make_engine(database_url)
            self._owns_engine = True
        else:
            self._owns_engine = False
        self.engine = engine

    @retry_on_db_errors
    def load(self, namespace: str) -> dict[str, Any]:
        with session_scope(self.engine) as session:
            return runtime_repo.load_states(namespace, session=session)

    @retry_on_db_errors
    def get(self, namespace: str, key: str) -> Any:
        with session_scope(self.engine) as session:
            return runtime_repo.get_state(namespace, key, session=session)

    @retry_on_db_errors
    def put(self, namespace: str, key: str, value: Any) -> None:
        # Fails here, not later in another instance, if a handler stored a non-JSON value.
        json.dumps(value)
        with session_scope(self.engine) as session:
            runtime_repo.put_state(namespace, key, value, session=session)

    @retry_on_db_errors
    def delete(self, namespace: str, key: str) -> None:
        with session_scope(self.engine) as session:
            runtime_repo.delete_state(namespace, key, session=session)

    def close(self) -> None:
        if self._owns_engine:
            self.engine.dispose()


class SharedRateLimiter:
    """At most `limit` actions per user within `window` seconds, across all bot instances.

    Args:
        engine: the shared database.
        bucket: what is limited ("brief", "register").
        limit: actions allowed per window.
        window: window length in seconds.
        clock: injectable time source (tests).
    """

    def __init__(self, engine: Engine, bucket: str, limit: int, window: float,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self._clock = clock
        self.bucket = bucket
        self.limit = limit
        self.window = window
        self._last_wait: dict[int, float] = {}

    @retry_on_db_errors
    def allow(self, user_id: int) -> bool:
        """Record an action for the user if the limit allows it."""
        with session_scope(self.engine) as session:
            wait = runtime_repo.take_rate_slot(self.bucket, user_id, limit=self.limit,
                                       window_seconds=self.window, session=session,
                                       now=self._clock())
        if wait == 0.0:
            self._last_wait.pop(user_id, None)
            return True
        self._last_wait[user_id] = wait
        return False

    def retry_after(self, user_id: int) -> float:
        """Seconds until the user may act again, as of the last refused `allow`."""
        return self._last_wait.get(user_id, 0.0)


class UserLeases:
    """One update per user at a time across every bot instance sharing the database.

    Each instance already handles one user's updates in order; behind a load balancer two
    instances could still get two updates of the same user at once. A lease row per user, taken
    before and released after each update, serialises them. A lease of an instance that died
    expires after `seconds`. No connection is held while the update is handled.

    Args:
        engine: the shared database.
        seconds: how long a lease lasts if it is never released.
        poll: pause between attempts while another instance holds the lease.
        wait: after this long, handle the update anyway (and log it) rather than stall.
    """

    def __init__(self, engine: Engine, *, seconds: float = 60.0, poll: float = 0.05,
                 wait: float = 30.0) -> None:
        self.engine = engine
        self.seconds = seconds
        self.poll = poll
        self.wait = wait
        self.owner = f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def acquire(self, subject: int) -> bool:
        """Block until this instance holds the user's lease; False if it gave up waiting."""
        deadline = time.monotonic() + self.wait
        while True:
            try:
                with session_scope(self.engine) as session:
                    if runtime_repo.take_lease(subject, self.owner, seconds=self.seconds,
                                       session=session):
                        return True
            except IntegrityError:
                pass  # another instance inserted it a moment earlier
            if time.monotonic() > deadline:
                log.warning("User %s still leased by another instance after %.0f s; "
                            "handling the update anyway", subject, self.wait)
                return False
            time.sleep(self.poll)

    def release(self, subject: int) -> None:
        with session_scope(self.engine) as session:
            runtime_repo.release_lease(subject, self.owner, session=session)
