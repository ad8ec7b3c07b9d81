"""Bot state that must be shared by every bot instance of a deployment: conversation state,
per-user data and rate limits, kept in the database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from storage import repository as repo
from storage.db import make_engine, retry_on_db_errors, session_scope
from storage.models import utcnow


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
            return repo.load_states(namespace, session=session)

    @retry_on_db_errors
    def get(self, namespace: str, key: str) -> Any:
        with session_scope(self.engine) as session:
            return repo.get_state(namespace, key, session=session)

    @retry_on_db_errors
    def put(self, namespace: str, key: str, value: Any) -> None:
        # Fails here, not later in another instance, if a handler stored a non-JSON value.
        json.dumps(value)
        with session_scope(self.engine) as session:
            repo.put_state(namespace, key, value, session=session)

    @retry_on_db_errors
    def delete(self, namespace: str, key: str) -> None:
        with session_scope(self.engine) as session:
            repo.delete_state(namespace, key, session=session)

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
            wait = repo.take_rate_slot(self.bucket, user_id, limit=self.limit,
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
