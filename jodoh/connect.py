"""Connecting a creator's own account (OAuth: Instagram, TikTok): the one-time state, the
callback's work, and the tokens, encrypted at rest (Fernet, key TOKEN_ENCRYPTION_KEY).

The state names who started the login and for which profile, is random (128 bits), used
once and valid for STATE_VALID; the account that logs in must be the profile's handle, so
only its owner can connect it. Tokens live in the shared state table, encrypted, and are
deleted on /disconnect and when the profile is deleted.
"""

from __future__ import annotations

import functools
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography.fernet import Fernet, InvalidToken
from pydantic import SecretStr

from jodoh.platforms.base import AccessToken, InvalidCredentials, OAuthLogin
from jodoh.refresh import store_fetched
from jodoh.service import JodohService
from storage import runtime_repository as runtime_repo
from storage.db import retry_on_db_errors, session_scope

STATES = "oauth_state"
TOKENS = "oauth_token"
# Creators whose login stopped working, until the bot has told them (whoever refreshed:
# the bot's daily job or `jodoh refresh` from cron).
REVOKED = "oauth_revoked"
STATE_VALID = timedelta(minutes=30)


def callback_path(platform: str) -> str:
    """Where a provider sends the browser back (under PUBLIC_URL)."""
    return f"/oauth/{platform}"


@dataclass(frozen=True, slots=True)
class Connected:
    """The callback's outcome: "verified", "wrong_account" (logged in as someone else),
    "hidden" (no follower count), "refused" (the record's rules refuse the numbers),
    "expired" (unknown or used state)."""

    status: str
    telegram_id: int | None = None
    username: str = ""
    followers: int | None = None
    platform: str = ""
    language: str = "id"


@dataclass(slots=True)
class LoginRefresh:
    """One provider's refresh of connected accounts (handles)."""

    platform: str
    verified: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)  # login revoked or expired


class TokenVault:
    """OAuth tokens by (platform, creator), encrypted with Fernet (AES-128-CBC + HMAC)."""

    def __init__(self, service: JodohService, key: SecretStr) -> None:
        self._service = service
        self._fernet = Fernet(key.get_secret_value().encode())

    @retry_on_db_errors
    def save(self, platform: str, creator_id: int, token: AccessToken) -> None:
        sealed = self._fernet.encrypt(json.dumps(token.to_dict()).encode()).decode()
        with session_scope(self._service.engine) as session:
            runtime_repo.put_state(TOKENS, f"{platform}:{creator_id}", sealed, session=session)

    @retry_on_db_errors
    def load(self, platform: str, creator_id: int) -> AccessToken | None:
        with session_scope(self._service.engine) as session:
            sealed = runtime_repo.get_state(TOKENS, f"{platform}:{creator_id}", session=session)
        if not isinstance(sealed, str):
            return None
        try:
            return AccessToken.from_dict(json.loads(self._fernet.decrypt(sealed.encode())))
        except InvalidToken:  # another key: the creator connects again
            return None

    @retry_on_db_errors
    def delete(self, platform: str, creator_id: int) -> None:
        with session_scope(self._service.engine) as session:
            runtime_repo.delete_state(TOKENS, f"{platform}:{creator_id}", session=session)


class AccountConnect:
    """/connect for one provider: a login link, and what the callback does with its code."""

    def __init__(self, service: JodohService, login: OAuthLogin, vault: TokenVault) -> None:
        self._service = service
        self.login = login
        self.vault = vault
        self.platform = login.platform

    @retry_on_db_errors
    def start(self, telegram_id: int, creator_id: int, language: str = "id") -> str:
        """The login link for this creator's profile; `language` is the one the outcome is
        told in (the callback comes from a browser, not from the chat)."""
        state = secrets.token_urlsafe(16)
        with session_scope(self._service.engine) as session:
            runtime_repo.put_state(STATES, state, {
                "platform": self.platform, "telegram_id": telegram_id, "creator_id": creator_id,
                "language": language,
                "until": (datetime.now(UTC) + STATE_VALID).isoformat()}, session=session)
        return self.login.authorize_url(state)

    def finish(self, state: str, code: str, *, now: datetime | None = None) -> Connected:
        """The callback: exchange the code, check the account is the profile's, store the
        token (encrypted) and the numbers (verified)."""
        moment = now or datetime.now(UTC)
        pending = self._take_state(state)
        if pending is None or datetime.fromisoformat(pending["until"]) < moment \
                or pending.get("platform", "instagram") != self.platform:
            return Connected("expired", platform=self.platform)
        telegram_id, creator_id = int(pending["telegram_id"]), int(pending["creator_id"])
        outcome = functools.partial(Connected, telegram_id=telegram_id, platform=self.platform,
                                    language=str(pending.get("language", "id")))
        token = self.login.exchange(code, now=moment)
        username, stats = self.login.stats(token)
        fields = self._service.creator_fields(creator_id)
        if not fields or username.lower() != str(fields.get("handle", "")).lower():
            return outcome("wrong_account", username=username)
        self.vault.save(self.platform, creator_id, token)
        if stats.followers is None:
            return outcome("hidden", username=username)
        if not store_fetched(self._service, creator_id, fields, stats, moment):
            return outcome("refused", username=username)
        return outcome("verified", username=username, followers=stats.followers)

    def disconnect(self, creator_id: int) -> None:
        self.vault.delete(self.platform, creator_id)

    def fresh_token(self, creator_id: int, *, now: datetime | None = None) -> AccessToken | None:
        """The stored token, refreshed first when it expires within the login's
        refresh_before."""
        token = self.vault.load(self.platform, creator_id)
        moment = now or datetime.now(UTC)
        if token is not None and token.expires_at - moment < self.login.refresh_before:
            token = self.login.refresh(token, now=moment)
            self.vault.save(self.platform, creator_id, token)
        return token

    @retry_on_db_errors
    def connected_creators(self) -> list[int]:
        """The creators with a token for this platform."""
        with session_scope(self._service.engine) as session:
            keys = runtime_repo.load_states(TOKENS, session=session)
        return sorted(int(key.split(":", 1)[1]) for key in keys
                      if key.startswith(f"{self.platform}:"))

    def refresh_all(self, *, now: datetime | None = None) -> LoginRefresh:
        """Fetch every connected account with its own token. A revoked or expired login
        keeps its numbers; its token is deleted and its owner is remembered, to be told
        (once, by the bot: `revoked_to_tell`) to /connect again.

        Raises:
            TemporarilyUnavailable: the provider keeps failing (what was stored before stays).
        """
        moment = now or datetime.now(UTC)
        outcome = LoginRefresh(self.platform)
        for creator_id in self.connected_creators():
            fields = self._service.creator_fields(creator_id)
            if not fields:
                self.disconnect(creator_id)  # the profile is gone
                continue
            handle = str(fields["handle"])
            try:
                token = self.fresh_token(creator_id, now=moment)
                if token is None:
                    raise InvalidCredentials("the token cannot be read with this key")
                username, stats = self.login.stats(token)
            except InvalidCredentials:
                self.disconnect(creator_id)
                outcome.revoked.append(handle)
                if fields.get("owner_telegram_id") is not None:
                    self._remember_revoked(creator_id, int(fields["owner_telegram_id"]), handle)
                continue
            if username.lower() != handle.lower() or stats.followers is None:
                continue
            if store_fetched(self._service, creator_id, fields, stats, moment):
                outcome.verified.append(handle)
        return outcome

    @retry_on_db_errors
    def _remember_revoked(self, creator_id: int, telegram_id: int, handle: str) -> None:
        with session_scope(self._service.engine) as session:
            runtime_repo.put_state(REVOKED, f"{self.platform}:{creator_id}",
                                   {"telegram_id": telegram_id, "handle": handle},
                                   session=session)

    @retry_on_db_errors
    def revoked_to_tell(self) -> list[tuple[str, int, str]]:
        """(key, Telegram id, handle) of each creator still to be told that their login
        stopped working; `told` forgets one once the message went out."""
        with session_scope(self._service.engine) as session:
            pending = runtime_repo.load_states(REVOKED, session=session)
        return [(key, int(value["telegram_id"]), str(value["handle"]))
                for key, value in sorted(pending.items())
                if key.startswith(f"{self.platform}:") and isinstance(value, dict)]

    @retry_on_db_errors
    def told(self, key: str) -> None:
        with session_scope(self._service.engine) as session:
            runtime_repo.delete_state(REVOKED, key, session=session)

    @retry_on_db_errors
    def _take_state(self, state: str) -> dict[str, str] | None:
        with session_scope(self._service.engine) as session:
            pending = runtime_repo.get_state(STATES, state, session=session)
            runtime_repo.delete_state(STATES, state, session=session)
        return pending if isinstance(pending, dict) else None
