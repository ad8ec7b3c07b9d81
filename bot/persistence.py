"""PTB persistence in the shared database, so several bot instances (webhooks behind a load
balancer) see the same conversations and user data.

Values are JSON. `user_data` is re-read before every update of that user (PTB's
`refresh_user_data` hook), conversation states are re-read by `SharedConversationHandler`, and
`flush_state` (the last handler group) writes both back as soon as an update is handled.
"""

from __future__ import annotations

import asyncio
import json
import logging
from copy import deepcopy
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import (
    BasePersistence,
    ContextTypes,
    ConversationHandler,
    PersistenceInput,
)

from jodoh.state import StateStore

if TYPE_CHECKING:
    from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

log = logging.getLogger(__name__)
_MISSING = object()
USER_DATA = "user_data"
CHAT_DATA = "chat_data"


def conversation_namespace(name: str) -> str:
    return f"conversation:{name}"


def encode_key(key: ConversationKey) -> str:
    return json.dumps(list(key))


def decode_key(raw: str) -> ConversationKey:
    return tuple(json.loads(raw))


class SharedPersistence(BasePersistence[dict[str, Any], dict[str, Any], dict[str, Any]]):
    """User data and conversations in the `botstate` table.

    bot_data holds live services, and no handler uses chat data (the bot only talks in
    private chats, where user data is the same thing) or callback data, so none of them is
    stored: each would cost a database read before every update.
    """

    def __init__(self, store: StateStore, *, update_interval: float = 60) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True,
                                        callback_data=False),
            update_interval=update_interval,
        )
        self.store = store
        # What this instance last read or wrote, per key: PTB also flushes on a timer, and an
        # unchanged copy must not overwrite what another instance wrote in the meantime.
        self._synced: dict[tuple[str, str], Any] = {}

    async def _write(self, namespace: str, key: str, value: Any) -> None:
        if self._synced.get((namespace, key), _MISSING) == value:
            return
        snapshot = deepcopy(value)
        if value is None:
            await asyncio.to_thread(self.store.delete, namespace, key)
        else:
            await asyncio.to_thread(self.store.put, namespace, key, snapshot)
        self._synced[(namespace, key)] = snapshot

    async def _refresh(self, namespace: str, key: str, data: dict[str, Any]) -> None:
        """Replace `data` in place with the stored value (another instance may have handled
        this user's or chat's previous update)."""
        stored = await asyncio.to_thread(self.store.get, namespace, key)
        data.clear()
        data.update(stored or {})
        self._synced[(namespace, key)] = deepcopy(data)

    async def _load(self, namespace: str) -> dict[str, Any]:
        return await asyncio.to_thread(self.store.load, namespace)

    async def get_user_data(self) -> dict[int, dict[str, Any]]:
        return {int(k): dict(v or {}) for k, v in (await self._load(USER_DATA)).items()}

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        return {int(k): dict(v or {}) for k, v in (await self._load(CHAT_DATA)).items()}

    async def get_bot_data(self) -> dict[str, Any]:
        return {}

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        stored = await self._load(conversation_namespace(name))
        return {decode_key(k): v for k, v in stored.items()}

    async def update_conversation(self, name: str, key: ConversationKey,
                                  new_state: object | None) -> None:
        await self._write(conversation_namespace(name), encode_key(key), new_state)

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None:
        await self._write(USER_DATA, str(user_id), data)

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        await self._write(CHAT_DATA, str(chat_id), data)

    async def update_bot_data(self, data: dict[str, Any]) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        await self._write(CHAT_DATA, str(chat_id), None)

    async def drop_user_data(self, user_id: int) -> None:
        await self._write(USER_DATA, str(user_id), None)

    async def refresh_user_data(self, user_id: int, user_data: dict[str, Any]) -> None:
        await self._refresh(USER_DATA, str(user_id), user_data)

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        await self._refresh(CHAT_DATA, str(chat_id), chat_data)

    async def refresh_bot_data(self, bot_data: dict[str, Any]) -> None:
        return None

    async def flush(self) -> None:
        return None


class SharedConversationHandler(ConversationHandler[Any]):
    """A persistent ConversationHandler that re-reads the conversation's state from the shared
    store before deciding whether an update belongs to it (another instance may have moved it).
    """

    def __init__(self, *args: Any, state_store: StateStore | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._state_store = state_store

    def check_update(self, update: object) -> Any:
        if self._state_store is not None and isinstance(update, Update):
            self._refresh(update)
        return super().check_update(update)

    def _refresh(self, update: Update) -> None:
        try:
            key = self._get_key(update)
        except RuntimeError:
            return
        assert self._state_store is not None
        # check_update is synchronous in PTB; this is one primary-key read.
        state = self._state_store.get(conversation_namespace(self.name or ""), encode_key(key))
        conversations: Any = self._conversations
        # update_no_track: this read must not be written back as a change.
        if state is None:
            if key in conversations:
                conversations.pop(key, None)
        else:
            conversations.update_no_track({key: state})


async def flush_state(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs after every update (last handler group): write its state changes through now.

    PTB marks an update's user for saving only after all groups ran, so user data is
    written here directly; `update_persistence` writes the conversation states.
    """
    persistence = context.application.persistence
    if not isinstance(persistence, SharedPersistence) or not isinstance(update, Update):
        return
    if update.effective_user is not None and context.user_data is not None:
        await persistence.update_user_data(update.effective_user.id, context.user_data)
    await context.application.update_persistence()

