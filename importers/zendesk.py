"""Zendesk Support: one month of FTR and smileys per agent, from the documented API.

- Agents: `GET /api/v2/users?role=agent` (cursor pagination).
- Tickets with metrics: the incremental cursor stream with `include=metric_sets`, followed
  via `after_url` until `end_of_stream`. A ticket counts in the month of `solved_at`; FTR =
  at most one agent reply (`replies`) and no reopen (`reopens`), over all solved tickets.
- Smileys: `GET /api/v2/satisfaction_ratings?score=received` by `created_at`; Zendesk's
  rating is binary, good = green and bad = red.
Zendesk does not know hours worked, so tickets per hour stays unknown.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx

from coachtui.importers.credentials import Secret, zendesk_credentials
from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.http import RetryingClient
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.model import add_months
from coachtui.outside_text import quoted

SOLVED = frozenset({"solved", "closed"})
MAX_PAGES = 100000  # a server that never ends its stream must not keep us forever
_SUBDOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """The first moment of `month` and of the month after, in UTC."""
    start = datetime(int(month[:4]), int(month[5:7]), 1, tzinfo=UTC)
    nxt = add_months(month, 1)
    return start, datetime(int(nxt[:4]), int(nxt[5:7]), 1, tzinfo=UTC)


def month_of(stamp: Any) -> str | None:
    """`YYYY-MM` of an ISO timestamp such as `2026-10-03T12:00:00Z`, or None."""
    if not isinstance(stamp, str) or len(stamp) < 7:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC) \
            .strftime("%Y-%m")
    except ValueError:
        return None


def _pages(client: RetryingClient, url: str, params: dict[str, Any] | None,
           next_of: Callable[[dict[str, Any]], str | None]) -> Iterator[dict[str, Any]]:
    """Every page of a paginated endpoint, following `next_of(page)` until it is None."""
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        page = client.get_json(url, params)
        if not isinstance(page, dict):
            raise ImportProblem("imports.bad_answer", vendor=client.vendor,
                                url=quoted(url, 120))
        yield page
        nxt = next_of(page)
        if not nxt or nxt in seen:
            return
        seen.add(nxt)
        url, params = nxt, None


def _cursor_next(page: dict[str, Any]) -> str | None:
    meta, links = page.get("meta") or {}, page.get("links") or {}
    return links.get("next") if meta.get("has_more") else None


def _stream_next(page: dict[str, Any]) -> str | None:
    return None if page.get("end_of_stream", True) else page.get("after_url")


def harvest_zendesk(subdomain: str, month: str, *, base_url: str | None = None,
                    credentials: Secret | None = None,
                    sleep: Callable[[float], None] = time.sleep,
                    transport: httpx.BaseTransport | None = None,
                    progress: Callable[[int, int | None], None] | None = None,
                    max_attempts: int = 5) -> Harvest:
    """Read one month from Zendesk into a Harvest (agents by e-mail)."""
    subdomain = subdomain.strip().lower()
    if not base_url and not _SUBDOMAIN.match(subdomain):
        raise ImportProblem("imports.unreachable", vendor="Zendesk",
                            url=quoted(f"https://{subdomain}.zendesk.com", 120))
    secret = credentials or zendesk_credentials()
    base = base_url or f"https://{subdomain}.zendesk.com"
    start, end = month_bounds(month)
    harvest = Harvest(source="zendesk")
    with RetryingClient("Zendesk", base, variables="COACHTUI_ZENDESK_EMAIL + "
                        "COACHTUI_ZENDESK_TOKEN", sleep=sleep, transport=transport,
                        progress=progress, max_attempts=max_attempts) as client:
        pair = f"{secret.user}/token:{secret.secret}".encode()
        client.set_header("Authorization", "Basic " + base64.b64encode(pair).decode())
        agents, ignored = _agents(client)
        solved = _solved_tickets(client, int(start.timestamp()), month, harvest)
        ratings = _ratings(client, start, end, month, harvest)
    judged: dict[int, list[int]] = {}  # assignee -> [first time right, judged]
    for assignee, ok in solved.values():
        counts = judged.setdefault(assignee, [0, 0])
        if ok is not None:
            counts[0] += ok
            counts[1] += 1
    scores: dict[int, list[int]] = {}  # assignee -> [good, bad]
    for assignee, score in ratings.values():
        scores.setdefault(assignee, [0, 0])[0 if score == "good" else 1] += 1
    active = set(judged) | set(scores)
    for assignee in sorted(active):
        if assignee not in agents:
            ignored.add(assignee)
            continue
        ref = agents[assignee]
        right, total = judged.get(assignee, [0, 0])
        good, bad = scores.get(assignee, [0, 0])
        harvest.put(ref, month, "ftr", round(100.0 * right / total, 4) if total else None)
        harvest.put(ref, month, "smileys_green", float(good))
        harvest.put(ref, month, "smileys_yellow", None)  # binary rating: no yellow exists
        harvest.put(ref, month, "smileys_red", float(bad))
        harvest.put(ref, month, "tickets_per_hour", None)
    ignored_in_month = len(ignored & active)
    if ignored_in_month:
        harvest.notices.append(Notice("imports.note.ignored_users", {"count": ignored_in_month}))
    harvest.notices.append(Notice("imports.note.hours_unknown", {}))
    return harvest


def _agents(client: RetryingClient) -> tuple[dict[int, AgentRef], set[int]]:
    """Zendesk user id -> AgentRef for every agent with an e-mail; ids of others ignored."""
    agents: dict[int, AgentRef] = {}
    ignored: set[int] = set()
    for page in _pages(client, "/api/v2/users", {"role": "agent", "page[size]": 100},
                       _cursor_next):
        for user in page.get("users") or []:
            if not isinstance(user, dict) or not isinstance(user.get("id"), int):
                continue
            email = str(user.get("email") or "").strip().lower()
            if user.get("role", "agent") != "agent" or "@" not in email:
                ignored.add(user["id"])
                continue
            agents[user["id"]] = AgentRef("email", email, str(user.get("name") or "") or None)
    return agents, ignored


def _solved_tickets(client: RetryingClient, start_time: int, month: str,
                    harvest: Harvest) -> dict[int, tuple[int, bool | None]]:
    """ticket id -> (assignee, first time right or None when unknown), solved in `month`."""
    found: dict[int, tuple[int, bool | None]] = {}
    params = {"start_time": start_time, "include": "metric_sets"}
    for page in _pages(client, "/api/v2/incremental/tickets/cursor.json", params,
                       _stream_next):
        metrics = {m.get("ticket_id"): m for m in page.get("metric_sets") or []
                   if isinstance(m, dict)}
        for ticket in page.get("tickets") or []:
            if not isinstance(ticket, dict):
                continue
            harvest.rows += 1
            ticket_id, assignee = ticket.get("id"), ticket.get("assignee_id")
            if not isinstance(ticket_id, int):
                continue  # a ticket without an id cannot be followed through the stream
            metric = metrics.get(ticket_id) or {}
            if ticket.get("status") not in SOLVED or not isinstance(assignee, int):
                found.pop(ticket_id, None)  # reopened since: no longer solved
                continue
            if month_of(metric.get("solved_at")) != month:
                found.pop(ticket_id, None)
                continue
            replies, reopens = metric.get("replies"), metric.get("reopens")
            ok = None
            if isinstance(replies, int) and isinstance(reopens, int):
                ok = replies <= 1 and reopens == 0
            found[ticket_id] = (assignee, ok)
    return found


def _ratings(client: RetryingClient, start: datetime, end: datetime, month: str,
             harvest: Harvest) -> dict[int, tuple[int, str]]:
    """rating id -> (assignee, good|bad) for ratings given in `month`."""
    found: dict[int, tuple[int, str]] = {}
    params = {"score": "received", "start_time": int(start.timestamp()),
              "end_time": int(end.timestamp()) - 1, "page[size]": 100}
    for page in _pages(client, "/api/v2/satisfaction_ratings", params, _cursor_next):
        for rating in page.get("satisfaction_ratings") or []:
            if not isinstance(rating, dict):
                continue
            score, assignee = rating.get("score"), rating.get("assignee_id")
            if score not in ("good", "bad") or not isinstance(assignee, int):
                continue
            if month_of(rating.get("created_at")) != month:
                continue
            found[rating.get("id") or id(rating)] = (assignee, score)
    return found
