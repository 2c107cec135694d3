"""Importing figures, as `coachtui import ...` and the import screen both do it: preview
first (read the source, compare with the journal, write nothing), then save in one
transaction.

A window's worker previews and saves through `workspace.worker_journal()`, so its commit is
known as this process's own. The source of the last import saved is kept in the journal's
meta as a plain dict (kind, file and profile, or subdomain and address; never a month,
never credentials), so "import again" can read it once more.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachtui.errors import UserError
from coachtui.importers.harvest import Harvest
from coachtui.model import Figure, check_month
from coachtui.outside_text import quoted
from coachtui.services.import_plan import ImportPlan, PlannedChange, plan_harvest

if TYPE_CHECKING:
    from coachtui.services.workspace import Workspace
    from coachtui.storage.journal import Journal

__all__ = ["LAST_SOURCE_KEY", "SOURCE_KINDS", "TEAM_FIELDS", "FileRequest", "FreshdeskRequest",
           "HelpScoutRequest", "ImportPlan", "PlannedChange", "Progress", "Request",
           "ZendeskRequest", "last_source", "preview_import", "preview_in_worker",
           "profile_description", "profile_names", "remembered_team", "request_for",
           "save_import", "save_in_worker", "team_choices", "team_filter"]

# progress(done, total): bytes for a CSV, rows for a sheet, pages for a helpdesk
Progress = Callable[[int, int | None], None]
LAST_SOURCE_KEY = "import.last_source"
TEAM_KEY = "import.team."  # + a helpdesk kind: the group or mailbox chosen last (an id)
SOURCE_KINDS = ("file", "zendesk", "helpscout", "freshdesk")


@dataclass(frozen=True)
class FileRequest:
    """Import a CSV or XLSX file through a mapping profile (a preset name or a path)."""

    path: Path
    profile: str
    month: str | None = None
    hours_path: Path | None = None  # a WFM/time export with hours worked (ticket-level only)


@dataclass(frozen=True)
class ZendeskRequest:
    """Pull one month from Zendesk Support; `group` keeps only that group's tickets;
    `timezone` (IANA; empty: the machine's) draws the month's boundaries."""

    subdomain: str
    month: str
    base_url: str | None = None
    group: int | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class HelpScoutRequest:
    """Pull one month from Help Scout; `mailbox` keeps only that mailbox's reports."""

    month: str
    base_url: str | None = None
    mailbox: int | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class FreshdeskRequest:
    """Pull one month from Freshdesk; `group` keeps only that group's tickets."""

    domain: str
    month: str
    base_url: str | None = None
    group: int | None = None
    timezone: str | None = None


Request = FileRequest | ZendeskRequest | HelpScoutRequest | FreshdeskRequest


def harvest(request: Request, *, progress: Progress | None = None,
            **options: Any) -> Harvest:
    """Read the requested source into a Harvest (nothing compared, nothing written).

    `options` go to a helpdesk connector (credentials, sleep, transport), for tests.
    """
    if isinstance(request, FileRequest):
        from coachtui.importers.files import harvest_file

        return harvest_file(request.path, request.profile, request.month, request.hours_path,
                            progress=progress)
    from coachtui.importers.months import zone

    tz = zone(request.timezone)
    if isinstance(request, ZendeskRequest):
        from coachtui.importers.zendesk import harvest_zendesk

        return harvest_zendesk(request.subdomain, request.month, base_url=request.base_url,
                               progress=progress, tz=tz, group=request.group, **options)
    if isinstance(request, FreshdeskRequest):
        from coachtui.importers.freshdesk import harvest_freshdesk

        return harvest_freshdesk(request.domain, request.month, base_url=request.base_url,
                                 progress=progress, tz=tz, group=request.group, **options)
    from coachtui.importers.helpscout import harvest_helpscout

    return harvest_helpscout(request.month, base_url=request.base_url, progress=progress,
                             tz=tz, mailbox=request.mailbox, **options)


def preview_import(journal: Journal, request: Request, *, progress: Progress | None = None,
                   **options: Any) -> ImportPlan:
    """Read the source and compare it with the journal: what would change. Writes nothing."""
    return plan_harvest(journal, harvest(request, progress=progress, **options))


def team_filter(request: Request) -> tuple[str, int | None] | None:
    """The helpdesk kind and the group or mailbox a request keeps (None: everyone), or
    None for a file."""
    if isinstance(request, ZendeskRequest):
        return "zendesk", request.group
    if isinstance(request, FreshdeskRequest):
        return "freshdesk", request.group
    if isinstance(request, HelpScoutRequest):
        return "helpscout", request.mailbox
    return None


def remembered_team(journal: Journal, kind: str) -> int | None:
    """The group or mailbox chosen at the last import saved from helpdesk `kind`."""
    raw = journal.meta(TEAM_KEY + kind)
    return int(raw) if raw and raw.isdigit() else None


def save_import(journal: Journal, plan: ImportPlan,
                source: dict[str, Any] | None = None,
                team: tuple[str, int | None] | None = None) -> int:
    """Write a plan in one transaction: new agents, then the figures, then (given) the
    source and the team filter (`team_filter(request)`) to remember. Returns the count of
    figures written; unchanged ones are skipped again, so saving twice is harmless."""
    if plan.is_empty and source is None and team is None:
        return 0
    with journal.transaction():
        ids = {a.email: a.id for a in journal.agents()}
        for agent in plan.new_agents:
            if agent.email not in ids:
                ids[agent.email] = journal.add_agent(agent).id
        figures = [Figure(agent_id=ids[email] or 0, month=month, metric=metric, value=value,
                          source=plan.source) for email, month, metric, value in plan.writes]
        written = len(journal.save_figures(figures)) if figures else 0
        if source is not None:
            journal.set_meta(LAST_SOURCE_KEY, json.dumps(source, sort_keys=True))
        if team is not None:
            journal.set_meta(TEAM_KEY + team[0], "" if team[1] is None else str(team[1]))
    return written


def preview_in_worker(workspace: Workspace, request: Request, *,
                      progress: Progress | None = None) -> ImportPlan:
    """`preview_import` for a worker thread, on a connection of its own (it only reads)."""
    with workspace.worker_journal(writes=False) as journal:
        return preview_import(journal, request, progress=progress)


def save_in_worker(workspace: Workspace, plan: ImportPlan,
                   source: dict[str, Any] | None = None,
                   team: tuple[str, int | None] | None = None) -> int:
    """`save_import` for a worker thread: its commit is recorded as this process's own."""
    with workspace.worker_journal() as journal:
        return save_import(journal, plan, source, team)


TEAM_FIELDS = {"zendesk": "group", "freshdesk": "group", "helpscout": "mailbox"}


def team_choices(source: dict[str, Any], **options: Any) -> list[tuple[int, str]]:
    """The groups (Zendesk, Freshdesk) or mailboxes (Help Scout) of the helpdesk a source
    names, as (id, name): one read through the connector, nothing written. `options` go to
    the connector (credentials, transport), for tests."""
    kind = source.get("kind")
    base_url = source.get("base_url") or None
    if kind == "zendesk":
        if not source.get("subdomain") and not base_url:
            raise UserError("import_ui.need_subdomain")
        from coachtui.importers.zendesk import zendesk_groups

        return zendesk_groups(str(source.get("subdomain") or ""), base_url=base_url,
                              **options)
    if kind == "freshdesk":
        if not source.get("domain") and not base_url:
            raise UserError("import_ui.need_domain")
        from coachtui.importers.freshdesk import freshdesk_groups

        return freshdesk_groups(str(source.get("domain") or ""), base_url=base_url,
                                **options)
    from coachtui.importers.helpscout import helpscout_mailboxes

    return helpscout_mailboxes(base_url=base_url, **options)


# -- sources and profiles, as a form offers them -----------------------------------------
def profile_names() -> list[str]:
    """The mapping profiles shipped with coachtui."""
    from coachtui.importers.mapping import preset_names

    return preset_names()


def profile_description(name: str) -> str:
    """What a profile reads (its description); a UserError when it cannot be loaded."""
    from coachtui.importers.mapping import load_profile

    return load_profile(name).description


def last_source(journal: Journal) -> dict[str, Any] | None:
    """The source of the last import saved in this journal, or None."""
    raw = journal.meta(LAST_SOURCE_KEY)
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("kind") in SOURCE_KINDS else None


def request_for(source: dict[str, Any], month_text: str) -> Request:
    """The request for a source as a form holds it and the month typed there; a UserError
    names what is missing or wrong."""
    raw = month_text.strip()
    month = None
    if raw:
        try:
            month = check_month(raw)
        except ValueError:
            raise UserError("import_ui.bad_month", value=quoted(raw)) from None
    if source["kind"] == "file":
        if not source.get("path"):
            raise UserError("import_ui.need_path")
        hours = source.get("hours_path")
        return FileRequest(path=Path(source["path"]).expanduser(), profile=source["profile"],
                           month=month, hours_path=Path(hours).expanduser() if hours else None)
    vendor = {"zendesk": "Zendesk", "freshdesk": "Freshdesk"}.get(source["kind"], "Help Scout")
    if month is None:
        raise UserError("import_ui.need_month", vendor=vendor)
    group = source.get("group")
    group = group if isinstance(group, int) else None
    timezone = source.get("timezone") or None
    if source["kind"] == "zendesk":
        if not source.get("subdomain"):
            raise UserError("import_ui.need_subdomain")
        return ZendeskRequest(subdomain=source["subdomain"], month=month,
                              base_url=source.get("base_url"), group=group,
                              timezone=timezone)
    if source["kind"] == "freshdesk":
        if not source.get("domain"):
            raise UserError("import_ui.need_domain")
        return FreshdeskRequest(domain=source["domain"], month=month,
                                base_url=source.get("base_url"), group=group,
                                timezone=timezone)
    mailbox = source.get("mailbox")
    return HelpScoutRequest(month=month, base_url=source.get("base_url"),
                            mailbox=mailbox if isinstance(mailbox, int) else None,
                            timezone=timezone)
