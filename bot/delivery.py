"""Outgoing Bot API calls that respect Telegram's limits and survive its bad moments.

`AIORateLimiter` keeps the bot under Telegram's flood limits (30 messages/s overall, 20/min per
group) and waits out a 429's `retry_after`. On top of it, this retries 5xx answers, timeouts and
dropped connections with exponential backoff, so a reply is not lost to a brief outage.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
JSONResult = Any


def backoff_delays(attempts: int, *, base: float, cap: float) -> list[float]:
    """Exponential delays (base, 2·base, …) capped at `cap`, one per retry."""
    return [min(cap, base * 2**i) for i in range(attempts)]


class ReliableRateLimiter(AIORateLimiter):
    """Telegram's rate limits plus retries with backoff on transient failures.

    Args:
        network_retries: retries after a 5xx answer, timeout or dropped connection.
        base_delay: first backoff delay in seconds (doubling, with ±20 % jitter).
        max_delay: the longest single backoff delay.
        max_retries: retries after a 429 (flood control; its `retry_after` is honoured).
    """

    def __init__(self, *, network_retries: int = 5, base_delay: float = 0.5,
                 max_delay: float = 8.0, max_retries: int = 5) -> None:
        super().__init__(max_retries=max_retries)
        self._delays = backoff_delays(network_retries, base=base_delay, cap=max_delay)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        async def with_retries(*call_args: Any, **call_kwargs: Any) -> JSONResult:
            for delay in [*self._delays, None]:
                try:
                    return await callback(*call_args, **call_kwargs)
                except BadRequest:
                    raise  # our request is wrong; sending it again will not help
                except NetworkError as error:  # 5xx, timeouts, dropped connections
                    if delay is None:
                        log.error("Bot API %s failed after %d retries: %s", endpoint,
                                  len(self._delays), error)
                        raise
                    wait = delay * random.uniform(0.8, 1.2)
                    log.warning("Bot API %s failed (%s); retrying in %.1f s", endpoint,
                                error, wait)
                    await asyncio.sleep(wait)
            raise AssertionError("unreachable")

        return await super().process_request(with_retries, args, kwargs, endpoint, data,
                                             rate_limit_args)
