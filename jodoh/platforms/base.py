"""What every connector returns and raises."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


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
