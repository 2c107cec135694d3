"""Facts for the team overview, read for all agents at once (a few queries, never one per agent).

The team screen is the first thing coachtui paints, so it must not cost a query per agent:
a journal of 60 agents and ten years of talks still opens in one blink.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from storage.base import StoreBase


@dataclass
class AgentFacts:
    """What the journal knows about one agent for the overview (no judgement yet)."""

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


class OverviewStore(StoreBase):
    """Reads the overview facts of every agent in a handful of queries."""

    def overview_facts(self, month: str) -> dict[int, AgentFacts]:
        """Per agent id: latest signed talk, open goals, latest draft, and `month`'s figures."""
        facts: dict[int, AgentFacts] = {}

        def of(agent_id: int) -> AgentFacts:
            return facts.setdefault(agent_id, AgentFacts())

        # The latest signed session per agent (same order as SessionStore.open_goals).
        for r in self._rows(
            "SELECT agent_id, id, month, held_on FROM ("
            " SELECT agent_id, id, month, held_on, ROW_NUMBER() OVER ("
            "  PARTITION BY agent_id ORDER BY month DESC, id DESC) AS rn"
            " FROM sessions WHERE status = 'signed') WHERE rn = 1"
        ):
            item = of(r["agent_id"])
            item.last_signed_session_id = r["id"]
            item.last_signed_month = r["month"]
            item.last_signed_held_on = date.fromisoformat(r["held_on"]) if r["held_on"] else None
        for r in self._rows(
            "SELECT agent_id, MAX(month) AS month FROM sessions"
            " WHERE status = 'signed' AND kind = 'monthly' GROUP BY agent_id"
        ):
            of(r["agent_id"]).last_signed_monthly_month = r["month"]
        # Open goals of that latest signed session.
        for r in self._rows(
            "SELECT s.agent_id, COUNT(g.id) AS n FROM ("
            " SELECT agent_id, id, ROW_NUMBER() OVER ("
            "  PARTITION BY agent_id ORDER BY month DESC, id DESC) AS rn"
            " FROM sessions WHERE status = 'signed') s"
            " JOIN goals g ON g.session_id = s.id AND g.status = 'open'"
            " WHERE s.rn = 1 GROUP BY s.agent_id"
        ):
            of(r["agent_id"]).open_goals = r["n"]
        # The most recent draft in progress.
        for r in self._rows(
            "SELECT agent_id, id, month, step FROM ("
            " SELECT agent_id, id, month, step, ROW_NUMBER() OVER ("
            "  PARTITION BY agent_id ORDER BY month DESC, id DESC) AS rn"
            " FROM sessions WHERE status = 'draft') WHERE rn = 1"
        ):
            item = of(r["agent_id"])
            item.draft_session_id, item.draft_month = r["id"], r["month"]
            item.draft_step = r["step"]
        # The month's figures with the target then in force, for everyone at once.
        for r in self._rows(
            "SELECT f.agent_id, f.metric, f.value,"
            " (SELECT t.value FROM targets t WHERE t.agent_id = f.agent_id"
            "  AND t.metric = f.metric AND t.from_month <= f.month"
            "  ORDER BY t.from_month DESC LIMIT 1) AS target"
            " FROM figures f WHERE f.month = ?", [month]
        ):
            of(r["agent_id"]).figures[r["metric"]] = (r["value"], r["target"])
        return facts
