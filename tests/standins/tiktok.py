"""A TikTok Login Kit + Display API (v2) stand-in in the documented shapes: the authorize step
(it redirects back with a code, as if the user logged in as `username` and granted `granted`),
`POST /v2/oauth/token/` for the code and refresh grants, `GET /v2/user/info/` and
`POST /v2/video/list/` with a Bearer token. The documented failures on demand:
invalid code (400 invalid_grant), an unknown refresh token (answered 200 with an OAuth error
body), expired or revoked token (401 access_token_invalid), a declined scope
(401 scope_not_authorized), 429 rate_limit_exceeded and 500 internal_error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.standins.http import Answer, Request, serve_json

CLIENT_KEY, CLIENT_SECRET = "awtiktokkey", "tiktok-secret"
ALL_SCOPES = {"user.info.basic", "user.info.profile", "user.info.stats", "video.list"}
_SCOPE_OF = {"open_id": "user.info.basic", "union_id": "user.info.basic",
             "avatar_url": "user.info.basic", "display_name": "user.info.basic",
             "username": "user.info.profile", "bio_description": "user.info.profile",
             "follower_count": "user.info.stats", "following_count": "user.info.stats",
             "likes_count": "user.info.stats", "video_count": "user.info.stats"}


@dataclass
class TikTokStandIn:
    username: str = "dapur.dinda"
    followers: int = 23_400
    videos: list[tuple[int, int, int]] = field(  # (views, likes, comments), newest first
        default_factory=lambda: [(31_000, 2_100, 96), (27_000, 1_900, 80)])
    bio: str = "Resep rumahan 15 menit"
    granted: set[str] = field(default_factory=lambda: set(ALL_SCOPES))
    # Failures served next, in order: "429", "500", "expired".
    failures: list[str] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # code → redirect_uri
    tokens: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)
    url: str = ""

    def revoke(self) -> None:
        """The creator removed Jodoh's access in TikTok's settings."""
        self.tokens.clear()
        self.refresh_tokens.clear()

    def answer(self, request: Request) -> Answer:
        path = request.path
        self.calls.append(path)
        if path == "/v2/auth/authorize/":
            code = f"tt-code-{len(self.codes) + 1}"
            self.codes[code] = request.query["redirect_uri"]
            return 302, {}, request.query["redirect_uri"] + "?" + urlencode({
                "code": code, "scopes": ",".join(sorted(self.granted)),
                "state": request.query["state"]})
        if self.failures:
            return _error(self.failures.pop(0))
        if path == "/v2/oauth/token/" and request.method == "POST":
            return self._token(request.form)
        if request.headers.get("authorization", "").removeprefix("Bearer ") not in self.tokens:
            return _error("expired")
        if path == "/v2/user/info/":
            fields = request.query.get("fields", "").split(",")
            if any(_SCOPE_OF.get(name, "") not in self.granted for name in fields):
                return _error("scope")
            user = {"open_id": "-000abc-open-id", "username": self.username,
                    "follower_count": self.followers, "video_count": len(self.videos),
                    "bio_description": self.bio}
            return 200, {"data": {"user": {k: v for k, v in user.items() if k in fields}},
                         "error": _ok()}, None
        if path == "/v2/video/list/" and request.method == "POST":
            if "video.list" not in self.granted:
                return _error("scope")
            count = int((request.body or {}).get("max_count", 10))
            return 200, {"data": {"videos": [
                {"id": str(7_300_000 + n), "view_count": views, "like_count": likes,
                 "comment_count": comments}
                for n, (views, likes, comments) in enumerate(self.videos[:count])],
                "cursor": 0, "has_more": False}, "error": _ok()}, None
        return 404, {"error": {"code": "invalid_params", "message": "Unknown path",
                               "log_id": "log-404"}}, None

    def _token(self, form: dict[str, str]) -> Answer:
        if form.get("client_key") != CLIENT_KEY or form.get("client_secret") != CLIENT_SECRET:
            return 401, {"error": "invalid_client", "error_description":
                         "Client key or secret is incorrect.", "log_id": "log-401"}, None
        if form.get("grant_type") == "authorization_code":
            if form.get("code") not in self.codes \
                    or self.codes.pop(form["code"]) != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description":
                             "Authorization code is expired.", "log_id": "log-400"}, None
        elif form.get("refresh_token") not in self.refresh_tokens:
            return 200, {"error": "invalid_grant", "error_description":
                         "Refresh token is invalid or expired.", "log_id": "log-200"}, None
        number = len(self.tokens) + 1
        access, refresh = f"act.{number}", f"rft.{number}"
        self.tokens.add(access)
        self.refresh_tokens.add(refresh)
        return 200, {"access_token": access, "expires_in": 86_400,
                     "open_id": "-000abc-open-id", "refresh_expires_in": 31_536_000,
                     "refresh_token": refresh, "scope": ",".join(sorted(self.granted)),
                     "token_type": "Bearer"}, None


def _ok() -> dict[str, str]:
    return {"code": "ok", "message": "", "log_id": "log-ok"}


def _error(kind: str) -> Answer:
    status, code, message = {
        "429": (429, "rate_limit_exceeded", "The API rate limit was exceeded."),
        "500": (500, "internal_error", "Something went wrong. Please try again later."),
        "scope": (401, "scope_not_authorized",
                  "The user did not authorize the scope required for completing this request."),
    }.get(kind, (401, "access_token_invalid",
                 "The access token is invalid or not found in the request."))
    body: dict[str, Any] = {"error": {"code": code, "message": message, "log_id": "log-err"}}
    return status, body, None


@contextmanager
def serve(stand_in: TikTokStandIn) -> Iterator[TikTokStandIn]:
    with serve_json(stand_in.answer) as url:
        stand_in.url = url
        yield stand_in
