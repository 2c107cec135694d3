"""What an import would change: a Harvest compared with the journal, before anything is
written. Importing the same data again gives an empty plan."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from coachtui.importers.harvest import AgentRef, Harvest, has_odd_text
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.model import Agent, Figure
from coachtui.outside_text import quoted

if TYPE_CHECKING:
    from coachtui.storage.figures import FigureChange
    from coachtui.storage.journal import Journal

NAMES_SHOWN = 8  # agents or lines a warning names; its count covers the rest


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
    """What an import would do: changes to show, then write with `save_import`."""

    source: str
    changes: list[PlannedChange] = field(default_factory=list)
    new_agents: list[Agent] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    rows: int = 0
    unchanged: int = 0
    # what save_import writes: (agent e-mail, month, metric, value)
    writes: list[tuple[str, str, str, float | None]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when saving would change nothing."""
        return not self.changes and not self.new_agents

    def people(self) -> list[PlannedPerson]:
        """Everyone the plan creates or updates, new agents first, then by name."""
        found: dict[str, PlannedPerson] = {}
        for agent in self.new_agents:
            found[agent.email] = PlannedPerson(agent.email, agent.name, True, 0)
        for change in self.changes:
            person = found.get(change.agent_email) or PlannedPerson(
                change.agent_email, change.agent_name, False, 0)
            found[change.agent_email] = replace(person, figures=person.figures + 1)
        return sorted(found.values(), key=lambda p: (not p.is_new, p.name.casefold(), p.email))

    def without(self, emails: Collection[str]) -> ImportPlan:
        """This plan minus the people (by e-mail) the lead unticked: they are not created as
        agents and none of their figures are written."""
        left = frozenset(emails)
        if not left:
            return self
        return replace(self, changes=[c for c in self.changes if c.agent_email not in left],
                       new_agents=[a for a in self.new_agents if a.email not in left],
                       writes=[w for w in self.writes if w[0] not in left])


@dataclass(frozen=True)
class PlannedPerson:
    """One agent an import creates or updates: e-mail, name, new or not, figures changed."""

    email: str
    name: str
    is_new: bool
    figures: int


class _Agents:
    """The journal's agents by e-mail, id and name, for finding who a source names."""

    def __init__(self, everyone: list[Agent]) -> None:
        self.by_email = {a.email: a for a in everyone}
        self.by_id = {str(a.id): a for a in everyone}
        self.by_name: dict[str, list[Agent]] = {}
        for a in everyone:
            self.by_name.setdefault(a.name.casefold(), []).append(a)

    def find(self, ref: AgentRef) -> Agent | None:
        """The agent `ref` names, None if unknown; a name shared by two is refused."""
        if ref.match == "email":
            return self.by_email.get(ref.key)
        if ref.match == "id":
            return self.by_id.get(ref.key)
        found = self.by_name.get(ref.key.casefold(), [])
        if len(found) > 1:
            raise ImportProblem("imports.agent_ambiguous", name=quoted(ref.key),
                                emails=", ".join(quoted(a.email) for a in found))
        return found[0] if found else None


def _new_agent(ref: AgentRef) -> Agent:
    """A new agent for an e-mail the journal does not know (name from the source, or the
    e-mail's local part)."""
    name = ref.name
    if not name:
        local = ref.key.split("@")[0]
        name = " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part)
    return Agent(name=name or ref.key, email=ref.key)


def _names(keys: list[str]) -> str:
    """Some agents' keys for a warning: safe to show, the first few only."""
    return ", ".join(quoted(k, 40) for k in sorted(keys)[:NAMES_SHOWN])


def _resolve(plan: ImportPlan, harvest: Harvest,
             agents: _Agents) -> dict[AgentRef, Agent]:
    """Who each AgentRef of the harvest is: a known agent, a new one (by e-mail), or
    nobody (then a warning lists them)."""
    new_by_email: dict[str, Agent] = {}
    unknown: set[str] = set()
    resolved: dict[AgentRef, Agent] = {}
    for ref in [*harvest.agents, *(ref for ref, _ in harvest.figures)]:
        if ref in resolved or ref.key in unknown:
            continue
        agent = agents.find(ref)
        if agent is None and ref.match == "email":
            agent = new_by_email.get(ref.key)
            if agent is None:
                try:
                    agent = new_by_email[ref.key] = _new_agent(ref)
                except ValueError:
                    unknown.add(ref.key)
                    continue
                plan.new_agents.append(agent)
        if agent is None:
            unknown.add(ref.key)
            continue
        resolved[ref] = agent
    if unknown:
        plan.notices.append(Notice("imports.note.unknown_agents", {
            "count": len(unknown), "names": _names(list(unknown))}))
    return resolved


def _control_notices(plan: ImportPlan, harvest: Harvest) -> None:
    """A warning naming the rows (a file's lines) or agents (a helpdesk's) whose names or
    e-mails carry control characters; the data is stored as it came, shown safely."""
    if harvest.odd_rows:
        lines = ", ".join(f"{line} ({quoted(ref.key, 40)})" for line, ref in harvest.odd_lines)
        more = "" if harvest.odd_rows <= len(harvest.odd_lines) else ", …"
        plan.notices.append(Notice("imports.note.controls_lines", {
            "count": harvest.odd_rows, "lines": lines + more}))
    if not harvest.odd_lines:  # a helpdesk names its agents without lines
        odd = {ref.key for ref in [*harvest.agents, *(ref for ref, _ in harvest.figures)]
               if has_odd_text(ref)}
        if odd:
            plan.notices.append(Notice("imports.note.controls_agents", {
                "count": len(odd), "names": _names(list(odd))}))


def plan_harvest(journal: Journal, harvest: Harvest) -> ImportPlan:
    """Compare a Harvest with the journal: which agents are new, which figures change.

    A missing value (None) is written only where the journal has no figure yet; it never
    wipes out a known value.
    """
    known_metrics = {m.key for m in journal.metrics(active_only=False)}
    used = {metric for values in harvest.figures.values() for metric in values}
    unknown = sorted(used - known_metrics)
    if unknown:
        raise ImportProblem("imports.unknown_metric", metric=quoted(unknown[0]),
                            metrics=", ".join(sorted(known_metrics)))
    plan = ImportPlan(source=harvest.source, notices=list(harvest.notices), rows=harvest.rows)
    resolved = _resolve(plan, harvest, _Agents(journal.agents()))
    _control_notices(plan, harvest)
    existing: list[Figure] = []
    pending: list[tuple[Agent, Figure]] = []
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
    kept = 0
    changed: list[FigureChange] = []  # changes to agents already in the journal
    for agent, figure in pending:
        change = None
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
        if change is not None:
            changed.append(change)
        plan.changes.append(PlannedChange(agent.email, agent.name, figure.month, figure.metric,
                                          change_old, figure.value, is_new))
        plan.writes.append((agent.email, figure.month, figure.metric, figure.value))
    if kept:
        plan.notices.append(Notice("imports.note.kept_values", {"count": kept}))
    _signed_notice(journal, plan, changed)
    return plan


def _signed_notice(journal: Journal, plan: ImportPlan, changed: list[FigureChange]) -> None:
    """Figures the import changes in a month whose talk is signed: the signed record keeps
    the value it was agreed with (said in the preview; the figure itself is updated)."""
    from coachtui.services.signing import kept_by_signed_talks

    kept = kept_by_signed_talks(journal, changed)
    if not kept:
        return
    names = {a.id: a.name for a in journal.agents()}
    shown_list = ", ".join(
        f"{quoted(names.get(k.agent_id, k.agent_id), 40)} {k.month} {k.metric}"
        f" ({'–' if k.signed is None else f'{k.signed:g}'})" for k in kept[:10])
    more = len(kept) - 10
    plan.notices.append(Notice("imports.note.signed_kept", {
        "count": len(kept), "figures": shown_list + (f", +{more}" if more > 0 else "")}))
