"""An Instagram API with Instagram Login stand-in: the authorize step (it redirects back with a
code, as if the user logged in as `username`), the token exchanges and the Graph reads, in the
documented shapes, with the documented failures (invalid code, expired token)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

APP_ID, APP_SECRET = "1234567890", "app-secret"


@dataclass
class InstagramStandIn:
    username: str = "sari.sunscreen"
    followers: int | None = 12_800
    media: list[tuple[int, int]] = field(default_factory=lambda: [(500, 30), (700, 50)])
    codes: dict[str, str] = field(default_factory=dict)  # code → redirect_uri
    tokens: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)
    url: str = ""

    def answer(self, method: str, path: str, query: dict[str, str],
               form: dict[str, str]) -> tuple[int, dict[str, Any], str | None]:
        self.calls.append(path)
        if path == "/oauth/authorize":
            code = f"code-{len(self.codes) + 1}"
            self.codes[code] = query["redirect_uri"]
            target = query["redirect_uri"] + "?" + urlencode({"code": code,
                                                              "state": query["state"]})
            return 302, {}, target
        if path == "/oauth/access_token" and method == "POST":
            if form.get("client_secret") != APP_SECRET or form.get("code") not in self.codes \
                    or self.codes.pop(form["code"]) != form.get("redirect_uri"):
                return 400, {"error_type": "OAuthException", "code": 400,
                             "error_message": "Invalid authorization code"}, None
            self.tokens.add("short-token")
            return 200, {"access_token": "short-token", "user_id": 17841400000000000,
                         "permissions": ["instagram_business_basic"]}, None
        if path in ("/access_token", "/refresh_access_token"):
            if query.get("access_token") not in self.tokens:
                return 400, _invalid_token(), None
            token = f"long-token-{len(self.tokens)}"
            self.tokens.add(token)
            return 200, {"access_token": token, "token_type": "bearer",
                         "expires_in": 5_184_000}, None
        if path in ("/me", "/me/media"):
            if query.get("access_token") not in self.tokens:
                return 400, _invalid_token(), None
            if path == "/me":
                me: dict[str, Any] = {"user_id": "17841400000000000", "username": self.username,
                                      "media_count": len(self.media)}
                if self.followers is not None:
                    me["followers_count"] = self.followers
                return 200, me, None
            return 200, {"data": [{"id": str(n), "like_count": likes, "comments_count": comments}
                                  for n, (likes, comments) in enumerate(self.media)]}, None
        return 404, {"error": {"message": "Unknown path", "type": "OAuthException",
                               "code": 2500}}, None


def _invalid_token() -> dict[str, Any]:
    return {"error": {"message": "Invalid OAuth access token - Cannot parse access token",
                      "type": "OAuthException", "code": 190, "fbtrace_id": "Aa1"}}


@contextmanager
def serve(stand_in: InstagramStandIn) -> Iterator[InstagramStandIn]:
    class Handler(BaseHTTPRequestHandler):
        def _handle(self, method: str) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            status, body, location = stand_in.answer(method, parts.path, query, form)
            data = json.dumps(body).encode()
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._handle("GET")

        def do_POST(self) -> None:
            self._handle("POST")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    stand_in.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield stand_in
    finally:
        server.shutdown()
        server.server_close()
