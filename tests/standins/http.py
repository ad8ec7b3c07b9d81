"""The HTTP side every provider stand-in shares: one JSON answer per request, on a free port
of 127.0.0.1 only."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str] = field(default_factory=dict)  # an urlencoded body
    body: Any = None  # a JSON body
    headers: dict[str, str] = field(default_factory=dict)


# (status, JSON body, Location header or None)
Answer = tuple[int, Any, str | None]


@contextmanager
def serve_json(answer: Callable[[Request], Answer]) -> Iterator[str]:
    """Serve `answer` until the block ends; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def _handle(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode()
            is_json = "json" in (self.headers.get("Content-Type") or "")
            request = Request(
                method, parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()},
                {} if is_json else {k: v[0] for k, v in parse_qs(raw).items()},
                json.loads(raw) if is_json and raw else None,
                {k.lower(): v for k, v in self.headers.items()})
            status, body, location = answer(request)
            data = json.dumps(body).encode()
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
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
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
