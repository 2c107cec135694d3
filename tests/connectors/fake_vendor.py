"""A small real HTTP server on 127.0.0.1 that speaks Zendesk's and Help Scout's documented
shapes, with pagination, and injectable failures (429 with the right header, 5xx, 401)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Route = Callable[["Call"], tuple[int, dict[str, str], Any]]


@dataclass
class Call:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: str


@dataclass
class FakeVendor:
    """Routes by path; `failures[path]` is a list of (status, headers) served first."""

    routes: dict[str, Route] = field(default_factory=dict)
    failures: dict[str, list[tuple[int, dict[str, str]]]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    url: str = ""

    def handle(self, call: Call) -> tuple[int, dict[str, str], Any]:
        self.calls.append(call)
        pending = self.failures.get(call.path)
        if pending:
            status, headers = pending.pop(0)
            return status, headers, {"error": "injected"}
        route = self.routes.get(call.path)
        if route is None:
            return 404, {}, {"error": "RecordNotFound"}
        return route(call)

    def paths(self) -> list[str]:
        """The paths requested, in order."""
        return [c.path for c in self.calls]


def serve(vendor: FakeVendor):
    """Start the server in a thread; returns (server, thread). Port chosen by the OS."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            call = Call(self.command, parts.path, parse_qs(parts.query),
                        {k: v for k, v in self.headers.items()}, body)
            status, headers, payload = vendor.handle(call)
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        do_GET = _answer
        do_POST = _answer

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    vendor.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
