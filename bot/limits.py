"""Per-user rate limits (sliding window), so one user cannot flood the search workers."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """At most `limit` events per user within `window` seconds.

    Args:
        limit: events allowed per window.
        window: window length in seconds.
        clock: injectable time source (tests).
    """

    def __init__(self, limit: int, window: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._events: dict[int, deque[float]] = {}

    def allow(self, user_id: int) -> bool:
        """Record an event for the user if the limit allows it."""
        now = self._clock()
        events = self._events.setdefault(user_id, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            return False
        events.append(now)
        return True

    def retry_after(self, user_id: int) -> float:
        """Seconds until the user may act again (0 when allowed now)."""
        events = self._events.get(user_id)
        if not events or len(events) < self.limit:
            return 0.0
        return max(0.0, self.window - (self._clock() - events[0]))
