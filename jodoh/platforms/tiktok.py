"""TikTok Login Kit + Display API (OAuth; the creator's own account).

The creator authorizes Jodoh at TikTok (`authorize_url`: `client_key`, the scopes
`user.info.basic,user.info.profile,user.info.stats,video.list`); the code that comes back to
Jodoh's callback is exchanged at `POST /v2/oauth/token/` for an access token (valid 24 h) and
a refresh token (valid 365 days), and the same endpoint with `grant_type=refresh_token` gives
the next pair. With the access token (`Authorization: Bearer`), `GET /v2/user/info/` gives
`username` and `follower_count`, and `POST /v2/video/list/` the latest videos' `view_count`,
`like_count` and `comment_count`.

Errors follow API v2's shape (`{"error": {"code", "message", "log_id"}}`, HTTP status by
code): `access_token_invalid` (401) is credentials, `scope_not_authorized` (401) means the
creator declined a scope (the numbers it guards are then unknown, not an error),
`rate_limit_exceeded` (429) and `internal_error` (5xx) are retried. The token endpoint answers
OAuth's shape instead (`{"error": "invalid_grant", "error_description"}`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from pydantic import SecretStr

from jodoh.platforms.base import (
    AccessToken,
    FetchedStats,
    InvalidCredentials,
    PlatformError,
    TemporarilyUnavailable,
    average,
    call_with_retries,
    json_body,
)

SCOPES = "user.info.basic,user.info.profile,user.info.stats,video.list"
USER_FIELDS = "open_id,username,follower_count,video_count,bio_description"
BASIC_USER_FIELDS = "open_id,username"
VIDEO_FIELDS = "id,view_count,like_count,comment_count"
RECENT_VIDEOS = 10
NOT_GRANTED = "scope_not_authorized"
CREDENTIAL_CODES = {"access_token_invalid", "invalid_grant", "invalid_client",
                    "unauthorized_client"}


class TikTokLogin:
    """One app's OAuth and Display API calls; the client secret and tokens never reach a
    message."""

    platform = "tiktok"
    label = "TikTok"
    # Access tokens last a day: refresh any that has less than an hour left.
    refresh_before = timedelta(hours=1)

    def __init__(self, *, client_key: str, client_secret: SecretStr, oauth_url: str,
                 api_url: str, redirect_uri: str, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._key = client_key
        self._secret = client_secret
        self._oauth_url = oauth_url
        self._api = api_url.rstrip("/")
        self.redirect_uri = redirect_uri
        self._client = client or httpx.Client(timeout=15.0)
        self._sleep = sleep

    def authorize_url(self, state: str) -> str:
        return self._oauth_url + "?" + urlencode({
            "client_key": self._key, "redirect_uri": self.redirect_uri,
            "response_type": "code", "scope": SCOPES, "state": state})

    def exchange(self, code: str, *, now: datetime | None = None) -> AccessToken:
        """The code from the callback → an access token and its refresh token."""
        return self._token({"grant_type": "authorization_code", "code": code,
                            "redirect_uri": self.redirect_uri}, now)

    def refresh(self, token: AccessToken, *, now: datetime | None = None) -> AccessToken:
        return self._token({"grant_type": "refresh_token",
                            "refresh_token": token.refresh_token}, now)

    def stats(self, token: AccessToken) -> tuple[str, FetchedStats]:
        """(username, the account's numbers); a declined scope leaves its numbers unknown."""
        try:
            user = self._user(token, USER_FIELDS)
        except PlatformError as error:
            if error.reason != NOT_GRANTED:
                raise
            user = self._user(token, BASIC_USER_FIELDS)
        videos = self._videos(token)
        followers = user.get("follower_count")
        return str(user.get("username", "")), FetchedStats(
            account_id=str(user.get("open_id", token.user_id)),
            followers=int(followers) if followers is not None else None,
            avg_views=average(videos, "view_count"), avg_likes=average(videos, "like_count"),
            avg_comments=average(videos, "comment_count"),
            recent_items=len(videos), description=str(user.get("bio_description", "")))

    def _user(self, token: AccessToken, fields: str) -> dict[str, Any]:
        answer = self._call("GET", f"{self._api}/v2/user/info/", params={"fields": fields},
                            headers=_bearer(token))
        user: dict[str, Any] = answer.get("data", {}).get("user", {})
        return user

    def _videos(self, token: AccessToken) -> list[dict[str, Any]]:
        try:
            answer = self._call("POST", f"{self._api}/v2/video/list/",
                                params={"fields": VIDEO_FIELDS},
                                json={"max_count": RECENT_VIDEOS}, headers=_bearer(token))
        except PlatformError as error:
            if error.reason != NOT_GRANTED:
                raise
            return []
        videos: list[dict[str, Any]] = answer.get("data", {}).get("videos", [])
        return videos

    def _token(self, grant: dict[str, str], now: datetime | None) -> AccessToken:
        answer = self._call("POST", f"{self._api}/v2/oauth/token/", data={
            "client_key": self._key, "client_secret": self._secret.get_secret_value(),
            **grant})
        if isinstance(answer.get("error"), str) and answer["error"]:
            raise InvalidCredentials(str(answer.get("error_description") or answer["error"]),
                                     reason=str(answer["error"]), status=200)
        return AccessToken(str(answer["access_token"]), str(answer.get("open_id", "")),
                           (now or datetime.now(UTC))
                           + timedelta(seconds=int(answer["expires_in"])),
                           str(answer.get("refresh_token", "")))

    def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        return call_with_retries(lambda: self._client.request(method, url, **kwargs),
                                 _classify, service="TikTok", sleep=self._sleep)


def _bearer(token: AccessToken) -> dict[str, str]:
    return {"Authorization": f"Bearer {token.value}"}


def _classify(response: httpx.Response) -> PlatformError:
    """What a failed answer means, by API v2's error codes (or OAuth's, from the token
    endpoint)."""
    body = json_body(response)
    error = body.get("error")
    if isinstance(error, dict):
        code = str(error.get("code") or "")
        message = str(error.get("message") or f"HTTP {response.status_code}")
    else:
        code = str(error or "")
        message = str(body.get("error_description") or f"HTTP {response.status_code}")
    status = response.status_code
    if code in ("rate_limit_exceeded", "internal_error") or status == 429 or status >= 500:
        return TemporarilyUnavailable(message, reason=code, status=status)
    if code == NOT_GRANTED:
        return PlatformError(message, reason=code, status=status)
    if status == 401 or code in CREDENTIAL_CODES:
        return InvalidCredentials(message, reason=code, status=status)
    return PlatformError(message, reason=code, status=status)
