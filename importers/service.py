"""The headless import service the CLI and the TUI share: plan first, then apply.

`plan_import(journal, request)` reads a source and compares it with the journal without
writing anything: the ImportPlan lists changed figures (old -> new), new agents and
warnings. `apply_import(journal, plan)` writes the plan in one transaction. Importing the
same data again gives an empty plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.importers.readers import NotUtf8, Progress, ReadAgain
from coachtui.model import Agent, Figure


@dataclass(frozen=True)
class FileRequest:
    """Import a CSV or XLSX file through a mapping profile (a preset name or a path)."""

    path: Path
    profile: str
    month: str | None = None
    hours_path: Path | None = None  # a WFM/time export with hours worked (ticket-level only)


@dataclass(frozen=True)
class ZendeskRequest:
    """Pull one month from Zendesk Support."""

    subdomain: str
    month: str
    base_url: str | None = None


@dataclass(frozen=True)
class HelpScoutRequest:
    """Pull one month from Help Scout."""

    month: str
    base_url: str | None = None


@dataclass(frozen=True)
class PlannedChange:
    """One figure that the import adds or changes (old is None for a new figure)."""

    agent_email: str
    agent_name: str
    month: str
    metric: str
    old: float | None
    new: float | None
    is_new: bool


@dataclass
class ImportPlan:
    """What an import would do: changes to show, then write with `apply_import`."""

    source: str
    changes: list[PlannedChange] = field(default_factory=list)
    new_agents: list[Agent] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    rows: int = 0
    unchanged: int = 0
    # what apply_import writes: (agent e-mail, month, metric, value)
    writes: list[tuple[str, str, str, float | None]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when applying would change nothing."""
        return not self.changes and not self.new_agents


def plan_import(journal: Any, request: FileRequest | ZendeskRequest | HelpScoutRequest, *,
                progress: Progress | None = None, **options: Any) -> ImportPlan:
    """Read the requested source and compare it with the journal; writes nothing.

    `options` go to the connector (credentials, sleep, transport) and exist for tests.
    """
    if isinstance(request, FileRequest):
        harvest = harvest_file(request, progress=progress)
    elif isinstance(request, ZendeskRequest):
        from coachtui.importers.zendesk import harvest_zendesk

        harvest = harvest_zendesk(request.subdomain, request.month, base_url=request.base_url,
                                  progress=progress, **options)
    else:
        from coachtui.importers.helpscout import harvest_helpscout

        harvest = harvest_helpscout(request.month, base_url=request.base_url,
                                    progress=progress, **options)
    return plan_harvest(journal, harvest)


def harvest_file(request: FileRequest, *, progress: Progress | None = None) -> Harvest:
    """Read a file through its profile (streaming; a late non-UTF-8 byte restarts as cp1252)."""
    from coachtui.importers.agent_rows import read_agent_months
    from coachtui.importers.aggregate import aggregate_tickets
    from coachtui.importers.mapping import load_profile
    profile = load_profile(request.profile)
    path = Path(request.path).expanduser()
    if not path.is_file():
        raise ImportProblem("imports.no_file", file=str(path))
    source = f"file:{profile.name}"
    read = aggregate_tickets if profile.kind == "tickets" else read_agent_months
    if request.hours_path is not None and profile.kind != "tickets":
        raise ImportProblem("imports.hours_needs_tickets", profile=profile.name)
    harvest = _read_file(path, profile.sheet, progress,
                         lambda table: read(table, profile, request.month, source))
    if request.hours_path is not None:
        _add_hours(harvest, profile, request)
    return harvest


def _read_file(path: Path, sheet: str | None, progress: Progress | None,
               read: Callable[[Any], Any]) -> Any:
    """Open and read a file; a late non-UTF-8 byte starts it again as cp1252, and a file
    a file the split fast path cannot take as it is is read again with the csv module."""
    from coachtui.importers.readers import open_table

    encoding, chunked = None, True
    while True:
        try:
            with open_table(path, sheet=sheet, progress=progress, encoding=encoding,
                            chunked=chunked) as table:
                return read(table)
        except NotUtf8:
            encoding = "cp1252"
        except ReadAgain:
            chunked = False


def _add_hours(harvest: Harvest, profile: Any, request: FileRequest) -> None:
    """Tickets per hour from a WFM file: handled / hours worked; no hours, no figure."""
    from coachtui.importers.agent_rows import read_hours

    hours_path = Path(request.hours_path or "").expanduser()
    if not hours_path.is_file():
        raise ImportProblem("imports.no_file", file=str(hours_path))
    worked = _read_file(hours_path, None, None, lambda table: read_hours(
        table, profile.hours_file, profile.agent_match, request.month, profile.day_first))
    missing = []
    for (ref, month), handled in harvest.handled.items():
        seconds = worked.get((ref, month))
        if seconds:
            harvest.put(ref, month, "tickets_per_hour", round(handled / (seconds / 3600.0), 4))
        else:  # the WFM file is the source of hours now: none there means unknown
            harvest.put(ref, month, "tickets_per_hour", None)
            missing.append(ref.key)
    harvest.notices = [n for n in harvest.notices if n.key != "imports.note.hours_unknown"]
    if missing:
        harvest.notices.append(Notice("imports.note.hours_missing", {
            "count": len(set(missing)), "names": ", ".join(sorted(set(missing))[:8])}))


def _resolve(journal: Any, ref: AgentRef, by_email: dict[str, Agent],
             by_name: dict[str, list[Agent]], by_id: dict[str, Agent]) -> Agent | None:
    if ref.match == "email":
        return by_email.get(ref.key)
    if ref.match == "id":
        return by_id.get(ref.key)
    found = by_name.get(ref.key.casefold(), [])
    if len(found) > 1:
        raise ImportProblem("imports.agent_ambiguous", name=ref.key,
                            emails=", ".join(a.email for a in found))
    return found[0] if found else None


def _new_agent(ref: AgentRef) -> Agent:
    name = ref.name
    if not name:
        local = ref.key.split("@")[0]
        name = " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part)
    return Agent(name=name or ref.key, email=ref.key)


def plan_harvest(journal: Any, harvest: Harvest) -> ImportPlan:
    """Compare a Harvest with the journal: which agents are new, which figures change.

    A missing value (None) is written only where the journal has no figure yet; it never
    wipes out a known value.
    """
    known_metrics = {m.key for m in journal.metrics(active_only=False)}
    used = {metric for values in harvest.figures.values() for metric in values}
    unknown = sorted(used - known_metrics)
    if unknown:
        raise ImportProblem("imports.unknown_metric", metric=unknown[0],
                            metrics=", ".join(sorted(known_metrics)))
    everyone = journal.agents()
    by_email = {a.email: a for a in everyone}
    by_id = {str(a.id): a for a in everyone}
    by_name: dict[str, list[Agent]] = {}
    for a in everyone:
        by_name.setdefault(a.name.casefold(), []).append(a)
    plan = ImportPlan(source=harvest.source, notices=list(harvest.notices), rows=harvest.rows)
    new_by_email: dict[str, Agent] = {}
    unknown_agents: set[str] = set()
    refs = list(harvest.agents) + [ref for ref, _ in harvest.figures]
    resolved: dict[AgentRef, Agent] = {}
    for ref in refs:
        if ref in resolved or ref.key in unknown_agents:
            continue
        agent = _resolve(journal, ref, by_email, by_name, by_id)
        if agent is None and ref.match == "email":
            agent = new_by_email.get(ref.key)
            if agent is None:
                try:
                    agent = new_by_email[ref.key] = _new_agent(ref)
                except ValueError:
                    unknown_agents.add(ref.key)
                    continue
                plan.new_agents.append(agent)
        if agent is None:
            unknown_agents.add(ref.key)
            continue
        resolved[ref] = agent
    if unknown_agents:
        plan.notices.append(Notice("imports.note.unknown_agents", {
            "count": len(unknown_agents), "names": ", ".join(sorted(unknown_agents)[:8])}))
    existing: list[Figure] = []
    pending: list[tuple[Agent, Figure]] = []
    kept = 0
    for (ref, month), values in sorted(harvest.figures.items(),
                                       key=lambda item: (item[0][0].key, item[0][1])):
        agent = resolved.get(ref)
        if agent is None:
            continue
        for metric, value in values.items():
            figure = Figure(agent_id=agent.id or 0, month=month, metric=metric,
                            value=value, source=harvest.source)
            pending.append((agent, figure))
            if agent.id is not None:
                existing.append(figure)
    olds = {(c.agent_id, c.month, c.metric): c for c in journal.figure_changes(existing)}
    for agent, figure in pending:
        if agent.id is None:
            change_old, is_new = None, True
        else:
            change = olds.get((agent.id, figure.month, figure.metric))
            if change is None:
                plan.unchanged += 1
                continue
            change_old, is_new = change.old, change.is_new
        if figure.value is None and not is_new:
            kept += 1  # an empty cell never wipes out a known figure
            continue
        plan.changes.append(PlannedChange(agent.email, agent.name, figure.month, figure.metric,
                                          change_old, figure.value, is_new))
        plan.writes.append((agent.email, figure.month, figure.metric, figure.value))
    if kept:
        plan.notices.append(Notice("imports.note.kept_values", {"count": kept}))
    return plan


def apply_import(journal: Any, plan: ImportPlan,
                 progress: Callable[[int, int | None], None] | None = None) -> int:
    """Write a plan in one transaction: new agents first, then the figures. Returns the count
    of figures written (unchanged ones are skipped again, so applying twice is harmless)."""
    if plan.is_empty:
        return 0
    with journal.transaction():
        ids = {a.email: a.id for a in journal.agents()}
        for agent in plan.new_agents:
            if agent.email not in ids:
                ids[agent.email] = journal.add_agent(agent).id
        figures = [Figure(agent_id=ids[email], month=month, metric=metric, value=value,
                          source=plan.source) for email, month, metric, value in plan.writes]
        changes = journal.save_figures(figures)
    if progress is not None:
        progress(len(figures), len(figures))
    return len(changes)
