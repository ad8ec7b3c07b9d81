"""Outgoing Bot API calls: transient failures are retried with backoff, our own errors are not."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.delivery import ReliableRateLimiter, backoff_delays


def flaky(failures: list[Exception]) -> tuple[Any, list[int]]:
    calls = [0]

    async def callback(*_args: Any, **_kwargs: Any) -> dict[str, bool]:
        calls[0] += 1
        if failures:
            raise failures.pop(0)
        return {"ok": True}

    return callback, calls


async def send(limiter: ReliableRateLimiter, callback: Any) -> Any:
    await limiter.initialize()
    try:
        return await limiter.process_request(callback, (), {}, "sendMessage",
                                             {"chat_id": 1}, None)
    finally:
        await limiter.shutdown()


def test_backoff_doubles_up_to_the_cap() -> None:
    assert backoff_delays(5, base=0.5, cap=4.0) == [0.5, 1.0, 2.0, 4.0, 4.0]


async def test_server_errors_timeouts_and_flood_control_are_retried() -> None:
    callback, calls = flaky([NetworkError("Bad Gateway"), TimedOut(), RetryAfter(0)])
    limiter = ReliableRateLimiter(base_delay=0.01)
    assert await send(limiter, callback) == {"ok": True}
    assert calls[0] == 4


async def test_gives_up_after_the_last_retry() -> None:
    callback, calls = flaky([NetworkError("down")] * 10)
    with pytest.raises(NetworkError):
        await send(ReliableRateLimiter(network_retries=2, base_delay=0.01), callback)
    assert calls[0] == 3


async def test_bad_requests_are_not_retried() -> None:
    callback, calls = flaky([BadRequest("message is too long")])
    with pytest.raises(BadRequest):
        await send(ReliableRateLimiter(base_delay=0.01), callback)
    assert calls[0] == 1
