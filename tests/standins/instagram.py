"""An Instagram Platform stand-in in the documented shapes.

Instagram API with Instagram Login: the authorize step (it redirects back with a code, as if
the user logged in as `username`), the token exchanges and the Graph reads of the account's
own numbers. Business Discovery (Instagram API with Facebook Login, under /v21.0): public
counts of the professional accounts in `public` by username, read through Jodoh's own
account. The documented failures on demand: invalid code, expired or revoked token, rate
limit (codes 4/17), 5xx, and an account that is missing or not professional (110/2207013).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.standins.http import Answer, Request, serve_json

APP_ID, APP_SECRET = "1234567890", "app-secret"
DISCOVERY_USER_ID, DISCOVERY_TOKEN = "17841400000000001", "discovery-token"
_DISCOVERED = re.compile(r"business_discovery\.username\(([^)]+)\)")


@dataclass
class PublicAccount:
    followers: int
    media: list[tuple[int, int]]  # (likes, comments) of the latest posts
    biography: str = ""


@dataclass
class InstagramStandIn:
    username: str = "sari.sunscreen"
    followers: int | None = 12_800
    media: list[tuple[int, int]] = field(default_factory=lambda: [(500, 30), (700, 50)])
    public: dict[str, PublicAccount] = field(default_factory=dict)  # professional accounts
    # Failures served next, in order: "rate", "500", "expired".
    failures: list[str] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # code → redirect_uri
    tokens: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)
    url: str = ""

    @property
    def discovery_url(self) -> str:
        return f"{self.url}/v21.0"

    def answer(self, request: Request) -> Answer:
        path, query, form = request.path, request.query, request.form
        self.calls.append(path)
        if path == "/oauth/authorize":
            code = f"code-{len(self.codes) + 1}"
            self.codes[code] = query["redirect_uri"]
            target = query["redirect_uri"] + "?" + urlencode({"code": code,
                                                              "state": query["state"]})
            return 302, {}, target
        if self.failures:
            return _failure(self.failures.pop(0))
        if path == "/oauth/access_token" and request.method == "POST":
            if form.get("client_secret") != APP_SECRET or form.get("code") not in self.codes \
                    or self.codes.pop(form["code"]) != form.get("redirect_uri"):
                return 400, {"error_type": "OAuthException", "code": 400,
                             "error_message": "Invalid authorization code"}, None
            self.tokens.add("short-token")
            return 200, {"access_token": "short-token", "user_id": 17841400000000000,
                         "permissions": ["instagram_business_basic"]}, None
        if path in ("/access_token", "/refresh_access_token"):
            if query.get("access_token") not in self.tokens:
                return _failure("expired")
            token = f"long-token-{len(self.tokens)}"
            self.tokens.add(token)
            return 200, {"access_token": token, "token_type": "bearer",
                         "expires_in": 5_184_000}, None
        if path in ("/me", "/me/media"):
            if query.get("access_token") not in self.tokens:
                return _failure("expired")
            return 200, self._me() if path == "/me" else self._my_media(), None
        if path == f"/v21.0/{DISCOVERY_USER_ID}":
            if query.get("access_token") != DISCOVERY_TOKEN:
                return _failure("expired")
            return self._discover(query.get("fields", ""))
        return 404, {"error": {"message": "Unknown path", "type": "OAuthException",
                               "code": 2500}}, None

    def _me(self) -> dict[str, Any]:
        me: dict[str, Any] = {"user_id": "17841400000000000", "username": self.username,
                              "media_count": len(self.media)}
        if self.followers is not None:
            me["followers_count"] = self.followers
        return me

    def _my_media(self) -> dict[str, Any]:
        return {"data": [{"id": str(n), "like_count": likes, "comments_count": comments}
                         for n, (likes, comments) in enumerate(self.media)]}

    def _discover(self, fields: str) -> Answer:
        found = _DISCOVERED.search(fields)
        account = self.public.get(found.group(1)) if found else None
        if found is None or account is None:
            name = found.group(1) if found else ""
            return 400, {"error": {
                "message": "Invalid user id", "type": "OAuthException", "code": 110,
                "error_subcode": 2207013, "is_transient": False,
                "error_user_title": "Cannot find User",
                "error_user_msg": f"The user with username: {name} cannot be found.",
                "fbtrace_id": "Ab2"}}, None
        return 200, {"business_discovery": {
            "username": found.group(1), "followers_count": account.followers,
            "media_count": len(account.media), "biography": account.biography,
            "media": {"data": [{"like_count": likes, "comments_count": comments, "id": str(n)}
                               for n, (likes, comments) in enumerate(account.media)]},
            "id": "17841400000000099"}, "id": DISCOVERY_USER_ID}, None


def _failure(kind: str) -> Answer:
    if kind == "rate":
        return 400, {"error": {"message": "(#4) Application request limit reached",
                               "type": "OAuthException", "is_transient": True, "code": 4,
                               "fbtrace_id": "Ab3"}}, None
    if kind == "500":
        return 500, {"error": {"message": "An unexpected error has occurred. Please retry "
                                          "your request later.", "type": "OAuthException",
                               "is_transient": True, "code": 2, "fbtrace_id": "Ab4"}}, None
    return 400, {"error": {"message": "Error validating access token: Session has expired",
                           "type": "OAuthException", "code": 190, "error_subcode": 463,
                           "fbtrace_id": "Aa1"}}, None


@contextmanager
def serve(stand_in: InstagramStandIn) -> Iterator[InstagramStandIn]:
    with serve_json(stand_in.answer) as url:
        stand_in.url = url
        yield stand_in
