"""What every connector returns and raises."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

    def fetch(self, account_ids: Sequence[str]) -> dict[str, FetchedStats]:
        """Statistics by account id; an id missing from the answer is private or deleted."""
        ...


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
