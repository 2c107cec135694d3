"""Freshdesk (API v2): one month of FTR and smileys per agent, from the documented API.

- Auth: Basic with the API key as user name and `X` as password.
- Pages: `page` and `per_page` (100 at most); the next page's address is in the `Link`
  header (`rel="next"`); 429 answers carry `Retry-After` (the retrying client waits).
- Agents: `GET /api/v2/agents` (their `contact` holds name and e-mail); with a group,
  `GET /api/v2/groups/{id}` names the group's agents and only they count.
- Tickets: `GET /api/v2/tickets?updated_since=...&include=stats` (without `updated_since`
  Freshdesk lists only the last 30 days). A ticket counts in the month it was resolved
  (`stats.resolved_at`, else `stats.closed_at`) as the account's clock reads it. FTR, by
  the same definition as the other connectors (at most one agent reply, never reopened):
  `stats.reopened_at` is empty and the last agent response is the first one
  (`stats.agent_responded_at` equals `stats.first_responded_at`, or there was none).
- Smileys: `GET /api/v2/surveys/satisfaction_ratings?created_since=...`; the default
  question's answer is green above 100, yellow at 100 and red below 100, for 3-, 5- and
  7-point surveys alike (Freshdesk scores 103..-103 around a neutral 100), counted in the
  month it was given.
Freshdesk does not know hours worked, so tickets per hour stays unknown.
`freshdesk_groups` lists the groups (`GET /api/v2/groups`) for choosing the own team.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, tzinfo
from typing import Any

import httpx

from coachtui.importers.credentials import Secret, freshdesk_credentials
from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.http import RetryingClient
from coachtui.importers.months import month_bounds, month_of
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.outside_text import quoted

__all__ = ["freshdesk_groups", "harvest_freshdesk", "smiley_of"]

SOLVED = frozenset({4, 5})  # Resolved, Closed
PER_PAGE = 100
MAX_PAGES = 100000
NEUTRAL = 100  # the middle of every Freshdesk rating scale
_DOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
VARIABLES = "COACHTUI_FRESHDESK_API_KEY"


def smiley_of(answer: Any) -> str | None:
    """green, yellow or red for an answer to the default question (103..-103), or None
    when it is not a number."""
    if not isinstance(answer, int) or isinstance(answer, bool):
        return None
    if answer > NEUTRAL:
        return "green"
    return "yellow" if answer == NEUTRAL else "red"


def _pages(client: RetryingClient, url: str,
           params: dict[str, Any] | None) -> Iterator[list[Any]]:
    """Every page of a list endpoint, following the `Link: <...>; rel="next"` header."""
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        response = client.request("GET", url, params=params)
        page = client.json_of(response)
        if not isinstance(page, list):
            raise ImportProblem("imports.bad_answer", vendor=client.vendor,
                                url=quoted(url, 120))
        yield page
        nxt = (response.links.get("next") or {}).get("url")
        if not nxt or nxt in seen:
            return
        seen.add(nxt)
        url, params = nxt, None


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _mapping(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _client(domain: str, base_url: str | None, credentials: Secret | None,
            sleep: Callable[[float], None], transport: httpx.BaseTransport | None,
            progress: Callable[[int, int | None], None] | None,
            max_attempts: int) -> RetryingClient:
    """A client for the account with the API key set; a malformed domain is refused."""
    domain = domain.strip().lower()
    if not base_url and not _DOMAIN.match(domain):
        raise ImportProblem("imports.unreachable", vendor="Freshdesk",
                            url=quoted(f"https://{domain}.freshdesk.com", 120))
    secret = credentials or freshdesk_credentials()
    client = RetryingClient("Freshdesk", base_url or f"https://{domain}.freshdesk.com",
                            variables=VARIABLES, sleep=sleep, transport=transport,
                            progress=progress, max_attempts=max_attempts)
    pair = f"{secret.secret}:X".encode()
    client.set_header("Authorization", "Basic " + base64.b64encode(pair).decode())
    return client


def freshdesk_groups(domain: str, *, base_url: str | None = None,
                     credentials: Secret | None = None,
                     sleep: Callable[[float], None] = time.sleep,
                     transport: httpx.BaseTransport | None = None,
                     max_attempts: int = 5) -> list[tuple[int, str]]:
    """The account's groups as (id, name), by name: the teams a lead chooses from."""
    found: list[tuple[int, str]] = []
    with _client(domain, base_url, credentials, sleep, transport, None,
                 max_attempts) as client:
        for page in _pages(client, "/api/v2/groups", {"per_page": PER_PAGE}):
            for group in page:
                if isinstance(group, dict) and isinstance(group.get("id"), int):
                    found.append((group["id"], str(group.get("name") or group["id"])))
    return sorted(found, key=lambda item: (item[1].casefold(), item[0]))


def harvest_freshdesk(domain: str, month: str, *, base_url: str | None = None,
                      credentials: Secret | None = None,
                      sleep: Callable[[float], None] = time.sleep,
                      transport: httpx.BaseTransport | None = None,
                      progress: Callable[[int, int | None], None] | None = None,
                      max_attempts: int = 5, tz: tzinfo = UTC,
                      group: int | None = None) -> Harvest:
    """Read one month (local to `tz`) from Freshdesk into a Harvest (agents by e-mail);
    with `group`, only that group's agents, tickets and ratings."""
    start, _ = month_bounds(month, tz)  # the end: each item is checked by its local month
    harvest = Harvest(source="freshdesk")
    with _client(domain, base_url, credentials, sleep, transport, progress,
                 max_attempts) as client:
        agents = _agents(client)
        members = _group_members(client, group) if group is not None else None
        solved = _solved_tickets(client, start, month, tz, group, harvest)
        ratings = _ratings(client, start, month, tz, group)
    judged: dict[int, list[int]] = {}  # responder -> [first time right, solved]
    for responder, ok in solved.values():
        counts = judged.setdefault(responder, [0, 0])
        counts[0] += ok
        counts[1] += 1
    smileys: dict[int, dict[str, int]] = {}
    for agent_id, colour in ratings.values():
        tally = smileys.setdefault(agent_id, {"green": 0, "yellow": 0, "red": 0})
        tally[colour] += 1
    ignored = 0
    for agent_id in sorted(set(judged) | set(smileys)):
        ref = agents.get(agent_id)
        if ref is None or (members is not None and agent_id not in members):
            ignored += 1
            continue
        right, total = judged.get(agent_id, [0, 0])
        tally = smileys.get(agent_id, {"green": 0, "yellow": 0, "red": 0})
        harvest.put(ref, month, "ftr", round(100.0 * right / total, 4) if total else None)
        harvest.put(ref, month, "smileys_green", float(tally["green"]))
        harvest.put(ref, month, "smileys_yellow", float(tally["yellow"]))
        harvest.put(ref, month, "smileys_red", float(tally["red"]))
        harvest.put(ref, month, "tickets_per_hour", None)
    if ignored:
        harvest.notices.append(Notice("imports.note.ignored_users", {"count": ignored}))
    harvest.notices.append(Notice("imports.note.hours_unknown", {}))
    return harvest


def _agents(client: RetryingClient) -> dict[int, AgentRef]:
    """Freshdesk agent id -> AgentRef for every agent with an e-mail."""
    agents: dict[int, AgentRef] = {}
    for page in _pages(client, "/api/v2/agents", {"per_page": PER_PAGE}):
        for agent in page:
            if not isinstance(agent, dict) or not isinstance(agent.get("id"), int):
                continue
            contact = _mapping(agent.get("contact"))
            email = str(contact.get("email") or "").strip().lower()
            if "@" not in email:
                continue
            agents[agent["id"]] = AgentRef("email", email, str(contact.get("name") or "")
                                           or None)
    return agents


def _group_members(client: RetryingClient, group: int) -> set[int]:
    """The ids of the agents in `group`."""
    found = client.get_json(f"/api/v2/groups/{int(group)}")
    ids = found.get("agent_ids") if isinstance(found, dict) else None
    return {i for i in ids if isinstance(i, int)} if isinstance(ids, list) else set()


def _solved_tickets(client: RetryingClient, start: datetime, month: str, tz: tzinfo,
                    group: int | None, harvest: Harvest) -> dict[int, tuple[int, bool]]:
    """ticket id -> (responder, first time right) for tickets resolved in `month`."""
    found: dict[int, tuple[int, bool]] = {}
    params = {"updated_since": _stamp(start), "include": "stats", "per_page": PER_PAGE}
    for page in _pages(client, "/api/v2/tickets", params):
        for ticket in page:
            if not isinstance(ticket, dict) or not isinstance(ticket.get("id"), int):
                continue
            harvest.rows += 1
            responder = ticket.get("responder_id")
            if ticket.get("status") not in SOLVED or not isinstance(responder, int):
                continue
            if group is not None and ticket.get("group_id") != group:
                continue
            stats = _mapping(ticket.get("stats"))
            if month_of(stats.get("resolved_at") or stats.get("closed_at"), tz) != month:
                continue
            first, last = stats.get("first_responded_at"), stats.get("agent_responded_at")
            one_reply = first is None or last is None or first == last
            found[ticket["id"]] = (responder, one_reply and not stats.get("reopened_at"))
    return found


def _ratings(client: RetryingClient, start: datetime, month: str, tz: tzinfo,
             group: int | None) -> dict[int, tuple[int, str]]:
    """rating id -> (agent, green|yellow|red) for ratings given in `month`."""
    found: dict[int, tuple[int, str]] = {}
    params = {"created_since": _stamp(start), "per_page": PER_PAGE}
    for page in _pages(client, "/api/v2/surveys/satisfaction_ratings", params):
        for rating in page:
            if not isinstance(rating, dict):
                continue
            agent_id = rating.get("agent_id")
            answers = _mapping(rating.get("ratings"))
            colour = smiley_of(answers.get("default_question"))
            if colour is None or not isinstance(agent_id, int):
                continue
            if group is not None and rating.get("group_id") != group:
                continue
            if month_of(rating.get("created_at"), tz) != month:
                continue
            found[rating.get("id") or id(rating)] = (agent_id, colour)
    return found
