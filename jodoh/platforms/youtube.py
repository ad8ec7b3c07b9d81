"""YouTube Data API v3 with an API key (no OAuth: public statistics).

Per batch of up to 50 channels: `channels.list` (part=snippet,statistics,contentDetails: the
subscriber count, unless hidden, and the uploads playlist), then per channel
`playlistItems.list` on the uploads playlist (the latest RECENT_VIDEOS ids) and one
`videos.list` (part=statistics) for their views, likes and comments. Each call costs 1 quota
unit, so a creator costs ≈ 2 units and the default 10,000 units a day refresh ≈ 4,900.

Errors follow the API's format (`{"error": {"code", "message", "errors": [{"reason"}]}}`):
an invalid key (400 keyInvalid / API_KEY_INVALID) and a forbidden key (403) stop everything;
403 quotaExceeded stops for the day; 429 and 5xx are retried with backoff.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx
from pydantic import SecretStr

from jodoh.platforms.base import (
    RETRIES,
    FetchedStats,
    InvalidCredentials,
    PlatformError,
    QuotaExceeded,
    TemporarilyUnavailable,
    average,
    call_with_retries,
    error_object,
)

CHANNELS_PER_CALL = 50
RECENT_VIDEOS = 10
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded"}
KEY_REASONS = {"keyInvalid", "keyExpired", "API_KEY_INVALID", "forbidden", "accessNotConfigured",
               "ipRefererBlocked"}


class YouTubeConnector:
    """Reads channels' public statistics; one instance per refresh."""

    platform = "youtube"
    batch_size = CHANNELS_PER_CALL

    def __init__(self, api_key: SecretStr, base_url: str, *,
                 client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._key = api_key
        self._base = base_url.rstrip("/")
        self._client = client or httpx.Client(timeout=15.0)
        self._sleep = sleep
        self.units = 0  # quota units spent

    def fetch(self, account_ids: Sequence[str]) -> dict[str, FetchedStats]:
        found: dict[str, FetchedStats] = {}
        for start in range(0, len(account_ids), CHANNELS_PER_CALL):
            ids = list(account_ids[start : start + CHANNELS_PER_CALL])
            answer = self._get("channels", part="snippet,statistics,contentDetails",
                               id=",".join(ids), maxResults=str(len(ids)))
            for item in answer.get("items", []):
                found[str(item["id"])] = self._channel(item)
        return found

    def _channel(self, item: dict[str, Any]) -> FetchedStats:
        statistics = item.get("statistics", {})
        hidden = bool(statistics.get("hiddenSubscriberCount"))
        uploads = item.get("contentDetails", {}).get("relatedPlaylists", {}).get("uploads")
        videos = self._recent_videos(uploads) if uploads else []
        return FetchedStats(
            account_id=str(item["id"]),
            followers=None if hidden else int(statistics.get("subscriberCount", 0)),
            avg_views=average(videos, "viewCount"), avg_likes=average(videos, "likeCount"),
            avg_comments=average(videos, "commentCount"),
            recent_items=len(videos),
            description=str(item.get("snippet", {}).get("description", "")),
        )

    def _recent_videos(self, uploads: str) -> list[dict[str, Any]]:
        try:
            playlist = self._get("playlistItems", part="contentDetails", playlistId=uploads,
                                 maxResults=str(RECENT_VIDEOS))
        except PlatformError as error:
            if error.status == 404:  # a channel without public uploads
                return []
            raise
        ids = [item["contentDetails"]["videoId"] for item in playlist.get("items", [])]
        if not ids:
            return []
        videos = self._get("videos", part="statistics", id=",".join(ids))
        return [item.get("statistics", {}) for item in videos.get("items", [])]

    def _get(self, resource: str, **params: str) -> dict[str, Any]:
        """One API call, retried on 429 and 5xx; the key never reaches a log or message."""
        def send() -> httpx.Response:
            response = self._client.get(f"{self._base}/{resource}",
                                        params={**params, "key": self._key.get_secret_value()})
            self.units += 1
            return response

        return call_with_retries(send, _classify, service="YouTube API", sleep=self._sleep)


def _classify(response: httpx.Response) -> PlatformError:
    """What a failed answer means, by the API's documented reasons."""
    error = _error_of(response)
    if error.reason in QUOTA_REASONS - {"rateLimitExceeded"}:
        return QuotaExceeded("YouTube API quota exceeded for today", reason=error.reason,
                             status=error.status)
    if error.status == 429 or error.status >= 500 or error.reason == "rateLimitExceeded":
        return TemporarilyUnavailable(
            f"YouTube API still failing after {RETRIES + 1} tries (HTTP {error.status})",
            reason=error.reason, status=error.status)
    if error.reason in KEY_REASONS or "API key" in str(error) or error.status == 403:
        return InvalidCredentials("YouTube API key rejected: check YOUTUBE_API_KEY",
                                  reason=error.reason, status=error.status)
    return error


def _error_of(response: httpx.Response) -> PlatformError:
    """The API's error, read from its documented JSON shape (or the HTTP status alone)."""
    error = error_object(response)
    reasons = [str(item.get("reason", "")) for item in error.get("errors", [])]
    reasons += [str(item.get("reason", "")) for item in error.get("details", [])
                if isinstance(item, dict)]
    reason = next((r for r in reasons if r), "")
    if any(r == "API_KEY_INVALID" for r in reasons):
        reason = "API_KEY_INVALID"
    message = str(error.get("message") or f"HTTP {response.status_code}")
    return PlatformError(message, reason=reason, status=response.status_code)
