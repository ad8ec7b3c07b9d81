"""Update processing: concurrent across users, strictly in order for each user.

A slow brief must not stall other users, but one user's updates must not race each other
(two quick answers in a registration would otherwise be handled out of order).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from jodoh.state import UserLeases

log = logging.getLogger(__name__)


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different users concurrently and each user's updates sequentially.

    Args:
        max_concurrent_updates: updates in flight at once (over all users).
        leases: with several bot instances on one database, also serialise each user's
            updates across instances.
    """

    def __init__(self, max_concurrent_updates: int = 256,
                 leases: UserLeases | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._leases = leases

    @staticmethod
    def _key(update: object) -> int:
        if isinstance(update, Update):
            if update.effective_user is not None:
                return update.effective_user.id
            if update.effective_chat is not None:
                return update.effective_chat.id
        return 0

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = self._key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        try:
            async with lock:
                leased = False
                if self._leases is not None and key:
                    try:
                        leased = await asyncio.to_thread(self._leases.acquire, key)
                    except Exception:
                        # Availability first: a database hiccup must not drop the update.
                        log.warning("Could not take the lease of user %s", key, exc_info=True)
                try:
                    await coroutine
                finally:
                    if leased and self._leases is not None:
                        try:
                            await asyncio.to_thread(self._leases.release, key)
                        except Exception:
                            log.warning("Could not release the lease of user %s (it expires)",
                                        key, exc_info=True)
        finally:
            if not lock.locked():
                self._locks.pop(key, None)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
