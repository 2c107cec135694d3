"""An httpx client that retries politely and fails in one plain sentence.

429 and 503 wait as long as the server asks (`Retry-After` in seconds or as an HTTP date,
or Help Scout's `X-RateLimit-Retry-After`); other 5xx answers, timeouts, dropped
connections and failed connects are retried with exponential backoff, a bounded number of
times (a host that cannot be reached at all is given up on after `CONNECT_ATTEMPTS`).
`sleep` is injectable so tests run fast.
Credentials live only in the client's headers and are never logged or stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from coachtui.errors import Phrase
from coachtui.importers.problems import ImportProblem
from coachtui.outside_text import quoted

MAX_ATTEMPTS = 5
BACKOFF_START = 1.0
BACKOFF_CAP = 30.0
LONGEST_WAIT = 300.0  # a Retry-After beyond five minutes is not worth waiting for
CONNECT_ATTEMPTS = 3  # a refused or unresolvable host: a few tries, then one sentence
RETRY_HEADERS = ("Retry-After", "X-RateLimit-Retry-After")
ASKS_TO_WAIT = frozenset({429, 503})  # the statuses whose Retry-After is honoured


def retry_after(response: httpx.Response,
                now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> float | None:
    """Seconds the server asks us to wait, from either rate-limit header: a number of
    seconds, or an HTTP date (RFC 9110) counted from `now`."""
    for name in RETRY_HEADERS:
        value = response.headers.get(name)
        if value is None:
            continue
        text = value.strip()
        try:
            return max(0.0, float(text))
        except ValueError:
            pass
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - now()).total_seconds())
    return None


class RetryingClient:
    """GET/POST JSON against one vendor's host with retries; refusals as ImportProblem."""

    def __init__(self, vendor: str, base_url: str, *, variables: str = "",
                 sleep: Callable[[float], None] = time.sleep, max_attempts: int = MAX_ATTEMPTS,
                 timeout: float = 30.0, transport: httpx.BaseTransport | None = None,
                 progress: Callable[[int, int | None], None] | None = None) -> None:
        self.vendor = vendor
        self.variables = variables
        self.base = urlsplit(base_url.rstrip("/"))
        self.sleep = sleep
        self.max_attempts = max(1, max_attempts)
        self.progress = progress
        self.requests = 0
        self.client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout,
                                   transport=transport, follow_redirects=False,
                                   headers={"Accept": "application/json",
                                            "User-Agent": "coachtui"})

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def __enter__(self) -> RetryingClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_header(self, name: str, value: str) -> None:
        """Set a header on every following request (the Authorization, after sign-in)."""
        self.client.headers[name] = value

    def same_host(self, url: str) -> str:
        """A next-page URL pointed at our base host, so credentials never go elsewhere."""
        parts = urlsplit(url)
        if not parts.scheme:
            return url
        return urlunsplit((self.base.scheme, self.base.netloc, parts.path, parts.query, ""))

    def _shown(self, url: str) -> str:
        """An address for an error sentence: no query (it may hold a token), made safe."""
        parts = urlsplit(url)
        return quoted(urlunsplit((self.base.scheme, self.base.netloc, parts.path, "", "")), 120)

    def request(self, method: str, url: str, *, what: str = "imports.what.tickets",
                **kwargs: Any) -> httpx.Response:
        """One request with retries; returns a 2xx response or raises ImportProblem."""
        url = self.same_host(url)
        full = self._shown(str(self.client.build_request(method, url).url))
        detail = ""
        for attempt in range(1, self.max_attempts + 1):
            wait = min(BACKOFF_CAP, BACKOFF_START * 2 ** (attempt - 1))
            try:
                response = self.client.request(method, url, **kwargs)
            except httpx.ConnectError as exc:
                if attempt >= min(self.max_attempts, CONNECT_ATTEMPTS):
                    raise ImportProblem("imports.unreachable", vendor=self.vendor,
                                        url=full) from exc
                detail = type(exc).__name__
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                detail = type(exc).__name__
            else:
                self.requests += 1
                if self.progress is not None:
                    self.progress(self.requests, None)
                status = response.status_code
                if 200 <= status < 300:
                    return response
                if status in ASKS_TO_WAIT or status >= 500:
                    detail = str(status)
                    asked = retry_after(response) if status in ASKS_TO_WAIT else None
                    if asked is not None:
                        wait = asked
                else:
                    raise self._refusal(status, full, what)
            if attempt < self.max_attempts:
                if wait > LONGEST_WAIT:
                    break
                self.sleep(wait)
        raise ImportProblem("imports.gave_up", vendor=self.vendor, attempts=self.max_attempts,
                            detail=detail)

    def _refusal(self, status: int, url: str, what: str) -> ImportProblem:
        if status == 401:
            return ImportProblem("imports.unauthorized", vendor=self.vendor,
                                 variables=self.variables)
        if status == 403:
            return ImportProblem("imports.forbidden", vendor=self.vendor, what=Phrase(what))
        if status == 404:
            return ImportProblem("imports.not_found", vendor=self.vendor, url=url)
        return ImportProblem("imports.http_error", vendor=self.vendor, status=status, url=url)

    def get_json(self, url: str, params: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        """GET a JSON document (retrying); a non-JSON answer is refused in plain words."""
        response = self.request("GET", url, params=params, **kwargs)
        return self.json_of(response)

    def json_of(self, response: httpx.Response) -> Any:
        """The JSON body of a response, or a plain refusal."""
        try:
            return response.json()
        except ValueError as exc:
            raise ImportProblem("imports.bad_answer", vendor=self.vendor,
                                url=self._shown(str(response.url))) from exc
