"""Zendesk Support: one month of FTR and smileys per agent, from the documented API.

- Who signs in: `GET /api/v2/users/me` first. The ticket export and the ratings are for
  admins only, so a token of someone else is refused up front in one sentence (instead of
  a 403 halfway). Basic `{email}/token:{api_token}`, or an OAuth bearer token.
- Agents: `GET /api/v2/users?role=agent` (cursor pagination).
- Tickets with metrics: the incremental cursor stream with `include=metric_sets`, followed
  via `after_url` until `end_of_stream`. A ticket counts in the month of `solved_at`, as
  the clock of the account's time zone reads it (importers.months); FTR = at most one agent
  reply (`replies`) and no reopen (`reopens`), over all solved tickets.
- Smileys, the newer CSAT first: `GET /api/v2/guide/survey_responses` filtered on the
  month's tickets (`filter[subject_zrns]=zen:ticket:ID,...`, up to 100 a request, cursor
  pagination); the rating-scale answer (2-, 3- or 5-point, the scale read once per survey
  from `GET /api/v2/guide/surveys/{id}`) is green above the middle of its scale, yellow in
  the middle and red below it, counted in the month it was answered; the ticket (from the
  stream) names the assignee and group. An account without it answers 404 or 403 there,
  and only one CSAT kind can be active at a time, so without survey responses the legacy
  `GET /api/v2/satisfaction_ratings?score=received` is read: each in the month it was
  answered (`updated_at`, the moment the customer gave the score; `created_at` is when the
  survey was offered), binary, good = green and bad = red (no yellow exists there).
- Only the own team: with a group id, only tickets and ratings of that group count, so only
  the agents who worked in it arrive.
Zendesk does not know hours worked, so tickets per hour stays unknown.
`zendesk_groups` lists the account's groups (`GET /api/v2/groups`) for choosing the own team.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from typing import Any

import httpx

from coachtui.importers.credentials import Secret, zendesk_credentials, zendesk_oauth_token
from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.http import RetryingClient
from coachtui.importers.months import month_bounds, month_of
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.outside_text import quoted

__all__ = ["harvest_zendesk", "smiley_on_scale", "zendesk_groups"]

SOLVED = frozenset({"solved", "closed"})
OFFER_WINDOW = 31 * 24 * 3600  # seconds a customer may take to answer a survey, at most
MAX_PAGES = 100000  # a server that never ends its stream must not keep us forever
_SUBDOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SURVEY_RESPONSES = "/api/v2/guide/survey_responses"
ZRN_BATCH = 100  # ticket ZRNs in one survey-responses filter
NOT_THERE = frozenset({"imports.not_found", "imports.forbidden"})  # no newer CSAT here


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


@contextmanager
def _signed_in(subdomain: str, base_url: str | None, credentials: Secret | None,
               sleep: Callable[[float], None], transport: httpx.BaseTransport | None,
               progress: Callable[[int, int | None], None] | None,
               max_attempts: int) -> Iterator[RetryingClient]:
    """A client for the account with the Authorization set (OAuth bearer, or e-mail and API
    token), refused up front for a malformed subdomain."""
    subdomain = subdomain.strip().lower()
    if not base_url and not _SUBDOMAIN.match(subdomain):
        raise ImportProblem("imports.unreachable", vendor="Zendesk",
                            url=quoted(f"https://{subdomain}.zendesk.com", 120))
    bearer = None if credentials else zendesk_oauth_token()
    secret = None if bearer else credentials or zendesk_credentials()
    base = base_url or f"https://{subdomain}.zendesk.com"
    variables = ("COACHTUI_ZENDESK_OAUTH_TOKEN" if bearer else
                 "COACHTUI_ZENDESK_EMAIL + COACHTUI_ZENDESK_TOKEN")
    with RetryingClient("Zendesk", base, variables=variables, sleep=sleep,
                        transport=transport, progress=progress,
                        max_attempts=max_attempts) as client:
        if bearer:
            client.set_header("Authorization", f"Bearer {bearer}")
        elif secret is not None:
            pair = f"{secret.user}/token:{secret.secret}".encode()
            client.set_header("Authorization", "Basic " + base64.b64encode(pair).decode())
        yield client


def zendesk_groups(subdomain: str, *, base_url: str | None = None,
                   credentials: Secret | None = None,
                   sleep: Callable[[float], None] = time.sleep,
                   transport: httpx.BaseTransport | None = None,
                   max_attempts: int = 5) -> list[tuple[int, str]]:
    """The account's groups as (id, name), by name, deleted ones left out: the teams a lead
    chooses from (`GET /api/v2/groups`, cursor pagination)."""
    found: list[tuple[int, str]] = []
    with _signed_in(subdomain, base_url, credentials, sleep, transport, None,
                    max_attempts) as client:
        for page in _pages(client, "/api/v2/groups", {"page[size]": 100}, _cursor_next):
            for group in page.get("groups") or []:
                if isinstance(group, dict) and isinstance(group.get("id"), int) \
                        and not group.get("deleted"):
                    found.append((group["id"], str(group.get("name") or group["id"])))
    return sorted(found, key=lambda item: (item[1].casefold(), item[0]))


def harvest_zendesk(subdomain: str, month: str, *, base_url: str | None = None,
                    credentials: Secret | None = None,
                    sleep: Callable[[float], None] = time.sleep,
                    transport: httpx.BaseTransport | None = None,
                    progress: Callable[[int, int | None], None] | None = None,
                    max_attempts: int = 5, tz: tzinfo = UTC,
                    group: int | None = None) -> Harvest:
    """Read one month (local to `tz`) from Zendesk into a Harvest (agents by e-mail); with
    `group`, only that group's tickets and ratings."""
    start, end = month_bounds(month, tz)
    harvest = Harvest(source="zendesk")
    with _signed_in(subdomain, base_url, credentials, sleep, transport, progress,
                    max_attempts) as client:
        _require_admin(client)
        agents, ignored = _agents(client)
        streamed: dict[int, tuple[int | None, int | None]] = {}
        solved = _solved_tickets(client, int(start.timestamp()), month, harvest, tz, group,
                                 streamed)
        surveyed = _survey_ratings(client, streamed, month, tz, group)
        scaled = surveyed is not None  # the newer CSAT is there: yellow can be counted
        # only one CSAT kind is active at a time; a month without survey responses reads
        # the legacy ratings too (an account that switched this month, or never did)
        ratings = surveyed or _ratings(client, start, end, month, tz, group)
    judged: dict[int, list[int]] = {}  # assignee -> [first time right, judged]
    for assignee, ok in solved.values():
        counts = judged.setdefault(assignee, [0, 0])
        if ok is not None:
            counts[0] += ok
            counts[1] += 1
    scores: dict[int, dict[str, int]] = {}  # assignee -> colour -> count
    for assignee, colour in ratings.values():
        tally = scores.setdefault(assignee, {"green": 0, "yellow": 0, "red": 0})
        tally[colour] += 1
    active = set(judged) | set(scores)
    for assignee in sorted(active):
        if assignee not in agents:
            ignored.add(assignee)
            continue
        ref = agents[assignee]
        right, total = judged.get(assignee, [0, 0])
        tally = scores.get(assignee, {"green": 0, "yellow": 0, "red": 0})
        harvest.put(ref, month, "ftr", round(100.0 * right / total, 4) if total else None)
        harvest.put(ref, month, "smileys_green", float(tally["green"]))
        # the legacy rating is binary: no yellow exists there, so it stays unknown
        harvest.put(ref, month, "smileys_yellow", float(tally["yellow"]) if scaled else None)
        harvest.put(ref, month, "smileys_red", float(tally["red"]))
        harvest.put(ref, month, "tickets_per_hour", None)
    ignored_in_month = len(ignored & active)
    if ignored_in_month:
        harvest.notices.append(Notice("imports.note.ignored_users", {"count": ignored_in_month}))
    harvest.notices.append(Notice("imports.note.hours_unknown", {}))
    return harvest


def _require_admin(client: RetryingClient) -> None:
    """Refuse up front, in one sentence, a token whose user is no admin: the ticket export
    and the satisfaction ratings answer anyone else with 403."""
    me = client.get_json("/api/v2/users/me")
    user = me.get("user") if isinstance(me, dict) else None
    if not isinstance(user, dict):
        raise ImportProblem("imports.bad_answer", vendor="Zendesk", url="/api/v2/users/me")
    if user.get("role") != "admin":
        role = str(user.get("role") or "end-user")
        raise ImportProblem("imports.zendesk_not_admin",
                            email=quoted(str(user.get("email") or "?")), role=quoted(role))


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


def _solved_tickets(client: RetryingClient, start_time: int, month: str, harvest: Harvest,
                    tz: tzinfo, group: int | None,
                    streamed: dict[int, tuple[int | None, int | None]],
                    ) -> dict[int, tuple[int, bool | None]]:
    """ticket id -> (assignee, first time right or None when unknown), solved in `month`
    (local to `tz`), of `group` when given. `streamed` gets every ticket of the stream as
    id -> (assignee, group), for the survey responses."""
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
            group_id = ticket.get("group_id")
            streamed[ticket_id] = (assignee if isinstance(assignee, int) else None,
                                   group_id if isinstance(group_id, int) else None)
            if ticket.get("status") not in SOLVED or not isinstance(assignee, int):
                found.pop(ticket_id, None)  # reopened since: no longer solved
                continue
            if group is not None and ticket.get("group_id") != group:
                found.pop(ticket_id, None)  # moved to another team's group
                continue
            if month_of(metric.get("solved_at"), tz) != month:
                found.pop(ticket_id, None)
                continue
            replies, reopens = metric.get("replies"), metric.get("reopens")
            ok = None
            if isinstance(replies, int) and isinstance(reopens, int):
                ok = replies <= 1 and reopens == 0
            found[ticket_id] = (assignee, ok)
    return found


def _ratings(client: RetryingClient, start: datetime, end: datetime, month: str,
             tz: tzinfo, group: int | None) -> dict[Any, tuple[int, str]]:
    """rating id -> (assignee, green|red) for legacy ratings answered in `month` (local to
    `tz`), of `group` when given."""
    found: dict[Any, tuple[int, str]] = {}
    # the filter runs on `created_at` (when the survey was offered): reach back far enough
    # for a survey offered last month and answered in this one
    params = {"score": "received", "start_time": int(start.timestamp()) - OFFER_WINDOW,
              "end_time": int(end.timestamp()) - 1, "page[size]": 100}
    for page in _pages(client, "/api/v2/satisfaction_ratings", params, _cursor_next):
        for rating in page.get("satisfaction_ratings") or []:
            if not isinstance(rating, dict):
                continue
            score, assignee = rating.get("score"), rating.get("assignee_id")
            if score not in ("good", "bad") or not isinstance(assignee, int):
                continue
            if group is not None and rating.get("group_id") != group:
                continue
            answered = rating.get("updated_at") or rating.get("created_at")
            if month_of(answered, tz) != month:
                continue
            found[rating.get("id") or id(rating)] = (assignee,
                                                     "green" if score == "good" else "red")
    return found


def smiley_on_scale(rating: Any, points: int) -> str | None:
    """green, yellow or red for an answer `rating` (1..points) by its side of the scale:
    above the middle green, the middle itself (3 of 5, 2 of 3) yellow, below it red; None
    when it is not a rating on that scale."""
    if not isinstance(rating, int | float) or isinstance(rating, bool) or points < 2 \
            or not 1 <= rating <= points:
        return None
    middle = (points + 1) / 2
    if rating > middle:
        return "green"
    return "yellow" if rating == middle else "red"


def _scale(client: RetryingClient, survey_id: str, cache: dict[str, int]) -> int:
    """How many points the rating-scale question of survey `survey_id` has (read once)."""
    if survey_id not in cache:
        found = client.get_json(f"/api/v2/guide/surveys/{survey_id}")
        survey = found.get("survey") if isinstance(found, dict) else None
        questions = survey.get("questions") if isinstance(survey, dict) else None
        points = 0
        for question in questions if isinstance(questions, list) else []:
            if isinstance(question, dict) and question.get("type") == "rating_scale":
                options = question.get("options") or []
                ratings = [o.get("rating") for o in options if isinstance(o, dict)]
                points = max((r for r in ratings if isinstance(r, int)), default=0)
                break
        cache[survey_id] = points
    return cache[survey_id]


def _survey_ratings(client: RetryingClient,
                    streamed: dict[int, tuple[int | None, int | None]], month: str,
                    tz: tzinfo, group: int | None) -> dict[Any, tuple[int, str]] | None:
    """response id -> (assignee, green|yellow|red) for CSAT survey responses answered in
    `month` on the streamed tickets (of `group` when given); None when the account has no
    survey responses (404 or 403 on the endpoint)."""
    found: dict[Any, tuple[int, str]] = {}
    scales: dict[str, int] = {}
    ids = sorted(streamed)
    if not ids:
        return None  # no ticket to ask about: whether the account has them stays unknown
    for first in range(0, len(ids), ZRN_BATCH):
        zrns = ",".join(f"zen:ticket:{i}" for i in ids[first:first + ZRN_BATCH])
        params = {"filter[subject_zrns]": zrns, "page[size]": 100}
        try:
            for page in _pages(client, SURVEY_RESPONSES, params, _cursor_next):
                for response in page.get("survey_responses") or []:
                    _one_response(client, response, streamed, month, tz, group, scales,
                                  found)
        except ImportProblem as exc:
            if exc.key in NOT_THERE and first == 0 and not found:
                return None  # the legacy satisfaction ratings apply
            raise
    return found


def _one_response(client: RetryingClient, response: Any,
                  streamed: dict[int, tuple[int | None, int | None]], month: str,
                  tz: tzinfo, group: int | None, scales: dict[str, int],
                  found: dict[Any, tuple[int, str]]) -> None:
    """Count one survey response's rating-scale answer, if it was answered in `month`."""
    if not isinstance(response, dict):
        return
    ticket = next((int(z.rsplit(":", 1)[1]) for z in response.get("subject_zrns") or []
                   if isinstance(z, str) and z.startswith("zen:ticket:")
                   and z.rsplit(":", 1)[1].isdigit()), None)
    assignee, group_id = streamed.get(ticket, (None, None)) if ticket else (None, None)
    if assignee is None or (group is not None and group_id != group):
        return
    answer = next((a for a in response.get("answers") or []
                   if isinstance(a, dict) and a.get("type") == "rating_scale"), None)
    if answer is None:
        return  # skipped, or only an open answer: no smiley
    answered = answer.get("updated_at") or answer.get("created_at") \
        or response.get("updated_at") or response.get("created_at")
    if month_of(answered, tz) != month:
        return
    points = _scale(client, str(response.get("survey_id") or ""), scales)
    colour = smiley_on_scale(answer.get("rating"), points)
    if colour is not None:
        found[response.get("id") or id(response)] = (assignee, colour)
