"""What every connector returns and raises."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import httpx

RETRIES = 3


@dataclass(frozen=True, slots=True)
class FetchedStats:
    """A creator's statistics as the platform reports them now."""

    account_id: str
    followers: int | None  # None: the platform hides the count
    avg_views: int | None
    avg_likes: int | None
    avg_comments: int | None
    recent_items: int  # how many recent posts/videos the averages are over
    description: str = ""  # public profile text (for a code-in-bio check)


class PlatformError(Exception):
    """A request failed; `reason` is the provider's own word for it."""

    def __init__(self, message: str, *, reason: str = "", status: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.status = status


class InvalidCredentials(PlatformError):
    """The key or token is wrong, expired or revoked: nothing can be fetched."""


class QuotaExceeded(PlatformError):
    """The day's quota is used up: try again after it resets."""


class TemporarilyUnavailable(PlatformError):
    """429 or 5xx after every retry."""


class PlatformConnector(Protocol):
    platform: str
    batch_size: int  # accounts per fetch (and per stored batch)

    def fetch(self, account_ids: Sequence[str]) -> dict[str, FetchedStats]:
        """Statistics by account id; an id missing from the answer is private or deleted."""
        ...


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A creator's OAuth token; `refresh_token` only where the provider issues one (TikTok:
    its access tokens last a day, the refresh token a year)."""

    value: str
    user_id: str
    expires_at: datetime
    refresh_token: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "user_id": self.user_id,
                "expires_at": self.expires_at.isoformat(), "refresh_token": self.refresh_token}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> AccessToken:
        return cls(data["value"], data["user_id"], datetime.fromisoformat(data["expires_at"]),
                   data.get("refresh_token", ""))


class OAuthLogin(Protocol):
    """One provider's login for a creator's own account (Instagram, TikTok)."""

    platform: str
    label: str  # the provider's name as users know it
    redirect_uri: str
    # A token this close to expiry is refreshed before it is used.
    refresh_before: timedelta

    def authorize_url(self, state: str) -> str: ...

    def exchange(self, code: str, *, now: datetime | None = None) -> AccessToken: ...

    def refresh(self, token: AccessToken, *, now: datetime | None = None) -> AccessToken: ...

    def stats(self, token: AccessToken) -> tuple[str, FetchedStats]:
        """(username, the account's numbers) with the account's own token."""
        ...


def json_body(response: httpx.Response) -> dict[str, Any]:
    """The answer's JSON object, or {} when it is none (an HTML error page, an empty body)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def error_object(response: httpx.Response) -> dict[str, Any]:
    """The `error` object most providers answer a failure with, or {}."""
    error = json_body(response).get("error")
    return error if isinstance(error, dict) else {}


def average(items: Sequence[Mapping[str, Any]], key: str) -> int | None:
    """The mean of `key` over the recent posts that report it (a hidden count is left out),
    or None when none does."""
    values = [int(item[key]) for item in items if key in item]
    return round(sum(values) / len(values)) if values else None


def call_with_retries(send: Callable[[], httpx.Response],
                      classify: Callable[[httpx.Response], PlatformError], *, service: str,
                      sleep: Callable[[float], None], retries: int = RETRIES) -> dict[str, Any]:
    """One API call's JSON answer. A dropped connection, and whatever `classify` calls
    TemporarilyUnavailable (429, 5xx, a provider's rate limit), are tried again after 1, 2,
    4 … s; any other error `classify` reads from the answer is raised at once."""
    for attempt in range(retries + 1):
        try:
            response = send()
        except httpx.HTTPError as failure:
            error: PlatformError = TemporarilyUnavailable(
                f"{service} unreachable ({type(failure).__name__})")
        else:
            if response.status_code == 200:
                body: dict[str, Any] = response.json()
                return body
            error = classify(response)
        if not isinstance(error, TemporarilyUnavailable) or attempt == retries:
            raise error
        sleep(2.0 ** attempt)
    raise TemporarilyUnavailable(f"{service} still failing")  # pragma: no cover
