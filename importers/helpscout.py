"""Help Scout (Mailbox API 2.0): one month of FTR and smileys per agent.

Sign-in with OAuth client credentials (`POST /v2/oauth2/token`), then Bearer; the token
lives about 48 hours, so a 401 on a long run signs in again, once. Users come from
`GET /v2/users` (HAL, `_links.next.href`); per user, `GET /v2/reports/user` gives resolved
conversations and those resolved on the first reply (FTR), and
`/v2/reports/user/happiness` gives Great / Okay / Not Good = green / yellow / red. The
report range runs from the month's first moment to its last second (the end is inclusive),
in the account's time zone; `mailboxes` keeps only the own team's mailbox.
Reports need a Plus or Pro plan (402); 403 (no permission) and 404 (wrong address) are told
apart from it. `helpscout_mailboxes` lists the mailboxes (`GET /v2/mailboxes`) for choosing
the own team.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, timedelta, tzinfo
from typing import Any

import httpx

from coachtui.importers.credentials import Secret, helpscout_credentials
from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.http import RetryingClient
from coachtui.importers.months import month_bounds
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.importers.zendesk import MAX_PAGES
from coachtui.outside_text import quoted

DEFAULT_BASE = "https://api.helpscout.net"
ADMIN_ROLES = frozenset({"owner", "admin", "account owner"})
VARIABLES = "COACHTUI_HELPSCOUT_CLIENT_ID + COACHTUI_HELPSCOUT_CLIENT_SECRET"


def _sign_in(client: RetryingClient, secret: Secret) -> None:
    try:
        response = client.request("POST", "/v2/oauth2/token", data={
            "grant_type": "client_credentials", "client_id": secret.user,
            "client_secret": secret.secret})
    except ImportProblem as exc:
        # Help Scout answers a wrong client id/secret with 400 invalid_client
        if exc.key == "imports.http_error" and exc.values.get("status") == 400:
            raise ImportProblem("imports.unauthorized", vendor="Help Scout",
                                variables=VARIABLES) from None
        raise
    token = client.json_of(response)
    if not isinstance(token, dict) or not isinstance(token.get("access_token"), str):
        raise ImportProblem("imports.bad_answer", vendor="Help Scout", url="/v2/oauth2/token")
    client.set_header("Authorization", f"Bearer {token['access_token']}")


class _Session:
    """A signed-in client that signs in again once when the token has expired."""

    def __init__(self, client: RetryingClient, secret: Secret) -> None:
        self.client = client
        self.secret = secret
        self.renewed = False
        _sign_in(client, secret)

    def get_json(self, url: str, params: dict[str, Any] | None = None,
                 what: str = "imports.what.tickets") -> Any:
        """GET with the current token; on a 401 sign in again, once per run."""
        try:
            return self.client.get_json(url, params, what=what)
        except ImportProblem as exc:
            if exc.key != "imports.unauthorized" or self.renewed:
                raise
        self.renewed = True
        _sign_in(self.client, self.secret)
        return self.client.get_json(url, params, what=what)


def _users(client: _Session) -> tuple[list[tuple[int, AgentRef]], int]:
    """(id, AgentRef) of every agent; the count of admins, owners and teams left out."""
    users: list[tuple[int, AgentRef]] = []
    ignored = 0
    url: str | None = "/v2/users"
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        if url is None:
            break
        page = client.get_json(url)
        if not isinstance(page, dict):
            raise ImportProblem("imports.bad_answer", vendor="Help Scout", url=quoted(url, 120))
        for user in (page.get("_embedded") or {}).get("users") or []:
            if not isinstance(user, dict) or not isinstance(user.get("id"), int):
                continue
            email = str(user.get("email") or "").strip().lower()
            role = str(user.get("role") or "user").lower()
            if role in ADMIN_ROLES or user.get("type", "user") != "user" or "@" not in email:
                ignored += 1
                continue
            name = " ".join(str(user.get(k) or "") for k in ("firstName", "lastName")).strip()
            users.append((user["id"], AgentRef("email", email, name or None)))
        nxt = ((page.get("_links") or {}).get("next") or {}).get("href")
        url = nxt if nxt and nxt not in seen else None
        if nxt:
            seen.add(nxt)
    return users, ignored


def helpscout_mailboxes(*, base_url: str | None = None, credentials: Secret | None = None,
                        sleep: Callable[[float], None] = time.sleep,
                        transport: httpx.BaseTransport | None = None,
                        max_attempts: int = 5) -> list[tuple[int, str]]:
    """The account's mailboxes as (id, name), by name: the teams a lead chooses from
    (HAL `_embedded.mailboxes`, pages through `_links.next.href`)."""
    secret = credentials or helpscout_credentials()
    found: list[tuple[int, str]] = []
    with RetryingClient("Help Scout", base_url or DEFAULT_BASE, variables=VARIABLES,
                        sleep=sleep, transport=transport,
                        max_attempts=max_attempts) as client:
        session = _Session(client, secret)
        url: str | None = "/v2/mailboxes"
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            if url is None:
                break
            page = session.get_json(url)
            if not isinstance(page, dict):
                raise ImportProblem("imports.bad_answer", vendor="Help Scout",
                                    url=quoted(url, 120))
            for box in (page.get("_embedded") or {}).get("mailboxes") or []:
                if isinstance(box, dict) and isinstance(box.get("id"), int):
                    found.append((box["id"], str(box.get("name") or box["id"])))
            nxt = ((page.get("_links") or {}).get("next") or {}).get("href")
            url = nxt if nxt and nxt not in seen else None
            if nxt:
                seen.add(nxt)
    return sorted(found, key=lambda item: (item[1].casefold(), item[0]))


def _report(client: _Session, path: str, user_id: int, start: str, end: str,
            mailbox: int | None) -> dict[str, Any]:
    params: dict[str, Any] = {"user": user_id, "start": start, "end": end}
    if mailbox is not None:
        params["mailboxes"] = mailbox
    try:
        page = client.get_json(path, params, what="imports.what.reports")
    except ImportProblem as exc:
        if exc.key == "imports.http_error" and exc.values.get("status") == 402:
            raise ImportProblem("imports.helpscout_plan") from None
        raise
    current = page.get("current") if isinstance(page, dict) else None
    return current if isinstance(current, dict) else {}


def _number(data: dict[str, Any], key: str) -> float | None:
    value = data.get(key)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else None


def harvest_helpscout(month: str, *, base_url: str | None = None,
                      credentials: Secret | None = None,
                      sleep: Callable[[float], None] = time.sleep,
                      transport: httpx.BaseTransport | None = None,
                      progress: Callable[[int, int | None], None] | None = None,
                      max_attempts: int = 5, tz: tzinfo = UTC,
                      mailbox: int | None = None) -> Harvest:
    """Read one month (local to `tz`) from Help Scout into a Harvest (agents by e-mail);
    with `mailbox`, only that mailbox's conversations."""
    secret = credentials or helpscout_credentials()
    first, after = month_bounds(month, tz)
    start = first.strftime("%Y-%m-%dT%H:%M:%SZ")
    end = (after - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")  # inclusive
    harvest = Harvest(source="helpscout")
    with RetryingClient("Help Scout", base_url or DEFAULT_BASE, variables=VARIABLES,
                        sleep=sleep, transport=transport, progress=progress,
                        max_attempts=max_attempts) as client:
        session = _Session(client, secret)
        users, ignored = _users(session)
        for user_id, ref in users:
            harvest.rows += 1
            work = _report(session, "/v2/reports/user", user_id, start, end, mailbox)
            happy = _report(session, "/v2/reports/user/happiness", user_id, start, end,
                            mailbox)
            resolved = _number(work, "resolved")
            first_reply = _number(work, "resolvedOnFirstReply")
            great, okay, bad = (_number(happy, k) for k in
                                ("greatCount", "okayCount", "notGoodCount"))
            if not resolved and not any((great, okay, bad)):
                continue  # no work this month: not someone to import
            ftr: float | None
            if resolved and first_reply is not None:
                ftr = round(100.0 * first_reply / resolved, 4)
            else:
                ftr = _number(work, "percentResolvedOnFirstReply") if resolved else None
            harvest.put(ref, month, "ftr", ftr)
            harvest.put(ref, month, "smileys_green", great or 0.0)
            harvest.put(ref, month, "smileys_yellow", okay or 0.0)
            harvest.put(ref, month, "smileys_red", bad or 0.0)
            harvest.put(ref, month, "tickets_per_hour", None)
    if ignored:
        harvest.notices.append(Notice("imports.note.ignored_users", {"count": ignored}))
    harvest.notices.append(Notice("imports.note.hours_unknown", {}))
    return harvest
