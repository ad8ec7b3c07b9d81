"""Instagram API with Instagram Login (OAuth; professional accounts).

The creator logs in at Instagram (`authorize_url`, scope `instagram_business_basic`); the code
that comes back to Jodoh's callback is exchanged for a short-lived token (POST
`/oauth/access_token`) and that for a 60-day one (`GET /access_token`,
`grant_type=ig_exchange_token`), refreshed before expiry (`GET /refresh_access_token`).
With it, `GET /me?fields=user_id,username,followers_count,media_count` and
`GET /me/media?fields=like_count,comments_count` give the account's own numbers.

`InstagramDiscovery` reads other professional accounts' public counts by username through
Business Discovery (Instagram API with Facebook Login): `GET /{ig-user-id}?fields=
business_discovery.username(NAME){followers_count,media_count,biography,media{like_count,
comments_count}}`, with Jodoh's own business account and its token. One call per creator;
an account that is not found or not professional answers code 110 / subcode 2207013.

Errors follow the Graph API's shape (`{"error": {"message", "type", "code"}}`): code 190
(expired or revoked token) and OAuthException are credentials; 4, 17, 32 and 613 are rate
limits (retried, then given up); 5xx is retried.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
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
    QuotaExceeded,
    TemporarilyUnavailable,
    average,
    call_with_retries,
    error_object,
)

SCOPE = "instagram_business_basic"
RECENT_MEDIA = 10
RATE_LIMIT_CODES = {4, 17, 32, 613, 80002}
NOT_FOUND_CODE, NOT_FOUND_SUBCODE = 110, 2207013


class InstagramLogin:
    """One app's OAuth and Graph calls; the app secret and tokens never reach a message."""

    platform = "instagram"
    label = "Instagram"
    refresh_before = timedelta(days=7)

    def __init__(self, *, app_id: str, app_secret: SecretStr, oauth_url: str, token_url: str,
                 graph_url: str, redirect_uri: str, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._app_id = app_id
        self._secret = app_secret
        self._oauth_url = oauth_url
        self._token_url = token_url
        self._graph = graph_url.rstrip("/")
        self.redirect_uri = redirect_uri
        self._client = client or httpx.Client(timeout=15.0)
        self._sleep = sleep

    def authorize_url(self, state: str) -> str:
        return self._oauth_url + "?" + urlencode({
            "client_id": self._app_id, "redirect_uri": self.redirect_uri,
            "response_type": "code", "scope": SCOPE, "state": state})

    def exchange(self, code: str, *, now: datetime | None = None) -> AccessToken:
        """The code from the callback → a long-lived token."""
        short = self._call("POST", self._token_url, data={
            "client_id": self._app_id, "client_secret": self._secret.get_secret_value(),
            "grant_type": "authorization_code", "redirect_uri": self.redirect_uri,
            "code": code})
        long = self._call("GET", f"{self._graph}/access_token", params={
            "grant_type": "ig_exchange_token", "client_secret": self._secret.get_secret_value(),
            "access_token": str(short["access_token"])})
        return AccessToken(str(long["access_token"]), str(short.get("user_id", "")),
                           (now or datetime.now(UTC)) + timedelta(seconds=int(long["expires_in"])))

    def refresh(self, token: AccessToken, *, now: datetime | None = None) -> AccessToken:
        answer = self._call("GET", f"{self._graph}/refresh_access_token", params={
            "grant_type": "ig_refresh_token", "access_token": token.value})
        expires = (now or datetime.now(UTC)) + timedelta(seconds=int(answer["expires_in"]))
        return AccessToken(str(answer["access_token"]), token.user_id, expires)

    def stats(self, token: AccessToken) -> tuple[str, FetchedStats]:
        """(username, the account's numbers) with the account's own token."""
        me = self._call("GET", f"{self._graph}/me", params={
            "fields": "user_id,username,followers_count,media_count",
            "access_token": token.value})
        media = self._call("GET", f"{self._graph}/me/media", params={
            "fields": "like_count,comments_count", "limit": str(RECENT_MEDIA),
            "access_token": token.value}).get("data", [])
        return str(me.get("username", "")), _media_stats(
            str(me.get("user_id", token.user_id)), me.get("followers_count"), media)

    def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        return call_with_retries(lambda: self._client.request(method, url, **kwargs),
                                 _classify, service="Instagram", sleep=self._sleep)


class InstagramDiscovery:
    """Business Discovery: public counts of professional accounts by username (no login)."""

    platform = "instagram"
    batch_size = 1  # one call per account: each one stored before the next is asked

    def __init__(self, *, user_id: str, token: SecretStr, base_url: str,
                 client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._user_id = user_id
        self._token = token
        self._base = base_url.rstrip("/")
        self._client = client or httpx.Client(timeout=15.0)
        self._sleep = sleep
        self.units = 0  # calls made (the Graph API's rate limit counts calls per hour)

    def fetch(self, account_ids: Sequence[str]) -> dict[str, FetchedStats]:
        """Raises QuotaExceeded on the hourly rate limit (the rest waits for the next run)."""
        found: dict[str, FetchedStats] = {}
        for username in account_ids:
            stats = self._account(username)
            if stats is not None:
                found[username] = stats
        return found

    def _account(self, username: str) -> FetchedStats | None:
        fields = (f"business_discovery.username({username}){{followers_count,media_count,"
                  f"biography,media.limit({RECENT_MEDIA}){{like_count,comments_count}}}}")

        def send() -> httpx.Response:
            self.units += 1
            return self._client.get(f"{self._base}/{self._user_id}", params={
                "fields": fields, "access_token": self._token.get_secret_value()})

        try:
            answer = call_with_retries(send, _classify_discovery, service="Instagram",
                                       sleep=self._sleep)
        except PlatformError as error:
            if error.reason in (str(NOT_FOUND_CODE), str(NOT_FOUND_SUBCODE)):
                return None  # no such account, or not a professional one
            raise
        account = answer.get("business_discovery", {})
        return _media_stats(str(account.get("id", username)), account.get("followers_count"),
                           account.get("media", {}).get("data", []),
                           str(account.get("biography", "")))


def _media_stats(account_id: str, followers: Any, media: list[dict[str, Any]],
                description: str = "") -> FetchedStats:
    """An account's numbers from its follower count and its recent media, as both the
    Instagram Login and Business Discovery answer them (no views: photos have none)."""
    return FetchedStats(
        account_id=account_id, followers=int(followers) if followers is not None else None,
        avg_views=None, avg_likes=average(media, "like_count"),
        avg_comments=average(media, "comments_count"), recent_items=len(media),
        description=description)


def _classify_discovery(response: httpx.Response) -> PlatformError:
    """Business Discovery's failures: a missing account is its own reason; the hourly rate
    limit waits for the next run instead of a retry a few seconds later."""
    details = error_object(response)
    error = _classify_error(details, response.status_code)
    subcode = int(details.get("error_subcode") or 0)
    if subcode == NOT_FOUND_SUBCODE or error.reason == str(NOT_FOUND_CODE):
        return PlatformError(str(error), reason=str(NOT_FOUND_SUBCODE), status=error.status)
    if isinstance(error, InvalidCredentials):
        return InvalidCredentials(f"Business Discovery token rejected ({error}): check "
                                  "INSTAGRAM_DISCOVERY_TOKEN", reason=error.reason,
                                  status=error.status)
    if error.reason and int(error.reason) in RATE_LIMIT_CODES:
        return QuotaExceeded(f"Instagram rate limit reached ({error})", reason=error.reason,
                             status=error.status)
    return error


def _classify(response: httpx.Response) -> PlatformError:
    return _classify_error(error_object(response), response.status_code)


def _classify_error(error: dict[str, Any], status: int) -> PlatformError:
    """What a failed answer means, by the Graph API's error codes."""
    code = int(error.get("code") or 0)
    message = str(error.get("message") or f"HTTP {status}")
    if code in RATE_LIMIT_CODES or status == 429 or status >= 500:
        return TemporarilyUnavailable(message, reason=str(code), status=status)
    if code == 190 or error.get("type") == "OAuthException" or status in (400, 401, 403):
        return InvalidCredentials(message, reason=str(code), status=status)
    return PlatformError(message, reason=str(code), status=status)
