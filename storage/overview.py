"""Facts for the team overview, read for all agents at once (a few queries, never one per agent).

The team screen is the first thing coachtui paints, so it must not cost a query per agent:
a journal of 60 agents and ten years of talks still opens in one blink. The facts are plain
query results (no pydantic models are built), so the first paint need not load pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coachtui.model.choices import GOAL_KINDS_SQL
from coachtui.storage.base import StoreBase
from coachtui.storage.catalogue import target_sql


@dataclass
class AgentFacts:
    """What the journal knows about one active agent for the overview (no judgement yet)."""

    name: str
    team: str | None = None
    employment_start: date | None = None
    employment_end: date | None = None  # set once the agent has left
    # the employment start, else the first month or day the journal knows them by (figures,
    # talks, the change log): an agent added today without a start date is new, not late
    known_since: date | None = None
    last_signed_month: str | None = None
    last_signed_held_on: date | None = None
    last_signed_session_id: int | None = None
    last_signed_monthly_month: str | None = None
    open_goals: int = 0
    draft_session_id: int | None = None
    draft_month: str | None = None
    draft_step: int | None = None
    # metric key -> (value, target in force that month)
    figures: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)


def known_since_sql(agent: str) -> str:
    """SQL for the day an agent counts from when talks fall due (YYYY-MM-DD): the
    employment start; else the first month of their figures or talks; else the day the
    journal first logged them. COALESCE stops at the first answer, so an agent with a start
    date costs nothing more; each lookup is one index search."""
    return (f"COALESCE({agent}.employment_start,"
            f" (SELECT MIN(fm.month) || '-01' FROM figures fm WHERE fm.agent_id = {agent}.id),"
            f" (SELECT MIN(sm.month) || '-01' FROM sessions sm WHERE sm.agent_id = {agent}.id),"
            f" (SELECT substr(cl.at, 1, 10) FROM change_log cl WHERE cl.agent_id = {agent}.id"
            "   ORDER BY cl.id LIMIT 1))")


class OverviewStore(StoreBase):
    """Reads the overview facts of every active agent in two queries."""

    def overview_metrics(self) -> dict[str, bool]:
        """The active metrics' keys in display order, each with whether higher is better
        (as `metrics()`, without building the definitions)."""
        return {r["key"]: bool(r["higher_is_better"]) for r in self._rows(
            "SELECT key, higher_is_better FROM metrics WHERE active = 1 ORDER BY position, key")}

    def overview_facts(self, month: str, *, left: bool = False) -> dict[int, AgentFacts]:
        """Per active agent id (with `left`: per agent who left instead), by name: name and
        team, latest signed talk, open goals, latest draft, `month`'s figures.

        Every lookup walks the (agent_id, month) indexes backwards from the newest row and
        stops at the first hit, so ten years of talks cost no more than one year.
        """
        facts: dict[int, AgentFacts] = {}
        active = 0 if left else 1
        for r in self._rows(
            "SELECT a.id AS agent_id, a.name, a.team, a.employment_start, a.employment_end,"
            f" {known_since_sql('a')} AS since,"
            " s.id AS sid, s.month, s.held_on,"
            " (SELECT COUNT(*) FROM goals g WHERE g.status = 'open' AND g.session_id = ("
            "  SELECT o.id FROM sessions o WHERE o.agent_id = a.id AND o.status = 'signed'"
            f"  AND o.kind IN {GOAL_KINDS_SQL} ORDER BY o.month DESC, o.id DESC LIMIT 1))"
            "  AS open_goals,"
            " (SELECT m.month FROM sessions m WHERE m.agent_id = a.id AND m.status = 'signed'"
            "  AND m.kind = 'monthly' ORDER BY m.month DESC LIMIT 1) AS monthly,"
            " d.id AS did, d.month AS dmonth, d.step AS dstep"
            " FROM agents a"
            " LEFT JOIN sessions s ON s.id = ("
            "  SELECT x.id FROM sessions x WHERE x.agent_id = a.id AND x.status = 'signed'"
            "  ORDER BY x.month DESC, x.id DESC LIMIT 1)"  # the last talk of any kind
            " LEFT JOIN sessions d ON d.id = ("
            "  SELECT y.id FROM sessions y WHERE y.agent_id = a.id AND y.status = 'draft'"
            "  ORDER BY y.month DESC, y.id DESC LIMIT 1)"
            " WHERE a.active = ? ORDER BY a.name", [active]
        ):
            start, end = r["employment_start"], r["employment_end"]
            facts[r["agent_id"]] = AgentFacts(
                name=r["name"],
                team=r["team"],
                employment_start=date.fromisoformat(start) if start else None,
                employment_end=date.fromisoformat(end) if end else None,
                known_since=date.fromisoformat(r["since"][:10]) if r["since"] else None,
                last_signed_month=r["month"],
                last_signed_held_on=date.fromisoformat(r["held_on"]) if r["held_on"] else None,
                last_signed_session_id=r["sid"],
                last_signed_monthly_month=r["monthly"],
                open_goals=r["open_goals"] or 0,
                draft_session_id=r["did"],
                draft_month=r["dmonth"],
                draft_step=r["dstep"],
            )
        # The month's figures with the target then in force, for everyone at once. CROSS
        # JOIN keeps agents the outer loop, so each agent's month is one primary-key search
        # (left to itself SQLite scans every figure: 20 ms on ten years of 60 agents).
        for r in self._rows(
            "SELECT f.agent_id, f.metric, f.value,"
            f" {target_sql('f.agent_id', 'a.team', 'f.metric', 'f.month')} AS target"
            " FROM agents a CROSS JOIN figures f ON f.agent_id = a.id AND f.month = ?"
            " WHERE a.active = ?", [month, active]
        ):
            if r["agent_id"] in facts:
                facts[r["agent_id"]].figures[r["metric"]] = (r["value"], r["target"])
        return facts
