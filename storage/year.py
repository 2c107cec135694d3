"""The rows of an agent's year, read in a handful of queries (the year overview's storage).

Every read here is one query for the whole period (never one per month or per metric),
and returns plain rows: the year service judges them. Targets follow the one resolution
rule of `target_for` (the agent's own target, else the team default), read in bulk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coachtui.model.choices import Relation
from coachtui.storage.base import StoreBase
from coachtui.storage.overview import known_since_sql

_RELATIONS = {r.value: r for r in Relation}


@dataclass(frozen=True, slots=True)
class ObservedContact:
    """A quick note's verdict on one observed contact: what the relation quotient reads
    (a plain row, not a Note model: a year holds many)."""

    id: int | None
    agent_id: int
    created_at: datetime
    contact_ref: str | None
    relation: Relation


class YearStore(StoreBase):
    """Bulk reads for one agent over a run of months: figures, targets, ratings, goals,
    learning points, observed contacts and absences."""

    def targets_in_months(self, agent_id: int, metrics: Sequence[str],
                          months: Sequence[str]) -> dict[tuple[str, str], float | None]:
        """The target that applied per (metric, month): `target_for`'s rule for many at once
        (two queries). The agent's latest own row from that month back wins unless its value
        is NULL ("ended"); then the latest row of the agent's team default decides."""
        if not months:
            return {}
        last = max(months)
        own: dict[str, list[tuple[str, float | None]]] = {}
        for metric, from_month, value in self.conn.execute(
            "SELECT metric, from_month, value FROM targets WHERE agent_id = ?"
            " AND from_month <= ? ORDER BY metric, from_month", [agent_id, last]
        ):
            own.setdefault(metric, []).append((from_month, value))
        team: dict[str, list[tuple[str, float | None]]] = {}
        for metric, from_month, value in self.conn.execute(
            "SELECT t.metric, t.from_month, t.value FROM agents a JOIN team_targets t"
            " ON t.team = COALESCE(a.team, '') WHERE a.id = ? AND t.from_month <= ?"
            " ORDER BY t.metric, t.from_month", [agent_id, last]
        ):
            team.setdefault(metric, []).append((from_month, value))
        resolved: dict[tuple[str, str], float | None] = {}
        ordered = sorted(months)
        for metric in metrics:
            mine, theirs = own.get(metric, ()), team.get(metric, ())
            i = j = 0
            agreed: float | None = None
            default: float | None = None
            for month in ordered:  # both lists are by from_month: walk them along
                while i < len(mine) and mine[i][0] <= month:
                    agreed = mine[i][1]
                    i += 1
                while j < len(theirs) and theirs[j][0] <= month:
                    default = theirs[j][1]
                    j += 1
                resolved[(metric, month)] = agreed if agreed is not None else default
        return resolved

    def year_figures(self, agent_id: int, first: str,
                     last: str) -> list[tuple[str, str, float | None]]:
        """The agent's figures from `first` to `last`: (month, metric, value) rows, with
        `qm_score` and `rq` computed from the month's evaluations as `figures()` does."""
        rows: list[tuple[str, str, float | None]] = self.conn.execute(
            "SELECT month, metric, value FROM figures WHERE agent_id = ?"
            " AND month BETWEEN ? AND ?", [agent_id, first, last]).fetchall()
        from coachtui.storage.qm import QmStore

        if not isinstance(self, QmStore):
            return rows
        computed = [(month, metric, value) for month, metric, value
                    in self.qm_figures(agent_id, None) if first <= month <= last]
        done = {(month, metric) for month, metric, _ in computed}
        return [r for r in rows if (r[0], r[1]) not in done] + computed

    def year_ratings(self, agent_id: int, first: str,
                     last: str) -> list[tuple[str, str, str | None, str | None]]:
        """The team lead's factor ratings and notes of the signed monthly talks about the
        months from `first` to `last`: (month, factor, rating, note) rows, oldest talk
        first."""
        return self.conn.execute(
            "SELECT s.month, r.factor, r.rating, r.note FROM sessions s"
            " JOIN factor_ratings r ON r.session_id = s.id"
            " WHERE s.agent_id = ? AND s.status = 'signed' AND s.kind = 'monthly'"
            " AND s.month BETWEEN ? AND ? ORDER BY s.month, s.id",
            [agent_id, first, last]).fetchall()

    def year_goals(self, agent_id: int, first: str, last: str) -> list[tuple[Any, ...]]:
        """Goals agreed in the signed talks about `first`..`last`: (id, type, what,
        carried_over_from, set month, status, judged month) rows in the order agreed. The
        judged month is that of the signed talk that gave the outcome (None while open). An
        outcome typed in a draft talk is not agreed yet: such a goal reads as open."""
        return self.conn.execute(
            "SELECT g.id, g.type, g.what, g.carried_over_from, s.month,"
            " CASE WHEN g.reviewed_in IS NULL OR r.status = 'signed' THEN g.status"
            "  ELSE 'open' END,"
            " CASE WHEN r.status = 'signed' THEN r.month END"
            " FROM sessions s JOIN goals g ON g.session_id = s.id"
            " LEFT JOIN sessions r ON r.id = g.reviewed_in"
            " WHERE s.agent_id = ? AND s.status = 'signed' AND s.month BETWEEN ? AND ?"
            " ORDER BY s.month, g.position, g.id", [agent_id, first, last]).fetchall()

    def goal_ancestry(self, goal_ids: Sequence[int]) -> dict[int, tuple[str, int | None]]:
        """Per goal these were carried over from, and theirs back to the first (one
        recursive query): (month of the talk it was set in, the goal it was carried from)."""
        if not goal_ids:
            return {}
        marks = ", ".join("?" * len(goal_ids))
        return {goal_id: (month, parent) for goal_id, parent, month in self.conn.execute(
            "WITH RECURSIVE chain(id) AS ("
            f" SELECT id FROM goals WHERE id IN ({marks})"
            " UNION SELECT g.carried_over_from FROM chain c JOIN goals g ON g.id = c.id"
            " WHERE g.carried_over_from IS NOT NULL)"
            " SELECT g.id, g.carried_over_from, s.month FROM chain c"
            " JOIN goals g ON g.id = c.id JOIN sessions s ON s.id = g.session_id",
            list(goal_ids))}

    def year_learning_points(self, agent_id: int, first: str,
                             last: str) -> list[tuple[str, str]]:
        """The learning points of the signed talks about `first`..`last`: (month, text)."""
        return self.conn.execute(
            "SELECT month, learning_point FROM sessions WHERE agent_id = ?"
            " AND status = 'signed' AND month BETWEEN ? AND ?"
            " AND TRIM(COALESCE(learning_point, '')) != '' ORDER BY month, id",
            [agent_id, first, last]).fetchall()

    def observed_contacts(self, agent_id: int, after: str,
                          before: str) -> list[ObservedContact]:
        """The agent's shared (not private) notes with a relation verdict written at or
        after `after` and before `before` (stored UTC stamps), oldest first."""
        return [ObservedContact(note_id, agent, datetime.fromisoformat(created), ref,
                                                _RELATIONS[relation])
                for note_id, agent, created, ref, relation in self.conn.execute(
                    "SELECT id, agent_id, created_at, contact_ref, relation FROM notes"
                    " WHERE agent_id = ? AND created_at >= ? AND created_at < ?"
                    " AND relation IS NOT NULL AND private = 0 ORDER BY created_at, id",
                    [agent_id, after, before])]

    def absence_spans(self, agent_id: int, first_day: str,
                      last_day: str) -> list[tuple[str, str | None]]:
        """(start, end) of the agent's absences that touch `first_day`..`last_day`
        (ISO dates; an open absence has no end)."""
        return self.conn.execute(
            'SELECT start, "end" FROM absences WHERE agent_id = ? AND start <= ?'
            ' AND ("end" IS NULL OR "end" >= ?) ORDER BY start',
            [agent_id, last_day, first_day]).fetchall()

    def monthly_factor_keys(self) -> list[str]:
        """The keys of the active factors the monthly talk rates (no named factor set),
        in display order."""
        return [key for (key,) in self.conn.execute(
            "SELECT key FROM factors WHERE active = 1 AND factor_set IS NULL"
            " ORDER BY position, key")]

    def talk_due_facts(self) -> dict[int, dict[str, Any]]:
        """Per active agent, in one query: cadence, employment start (or the day the journal
        first knows them by, `known_since_sql`), the month of the last
        signed monthly talk, the day of the last signed talk of any kind, the months of the
        last signed appraisal and performance talk, and the journal's months for those two
        (meta `talks.appraisal_month`, `talks.performance_month`; None when not set)."""
        return {r["agent_id"]: r for r in self._rows(
            f"SELECT a.id AS agent_id, a.cadence, {known_since_sql('a')} AS employment_start,"
            " (SELECT MAX(s.month) FROM sessions s WHERE s.agent_id = a.id"
            "  AND s.status = 'signed' AND s.kind = 'monthly') AS last_monthly,"
            " (SELECT MAX(COALESCE(s.held_on, substr(s.agent_signed_at, 1, 10)))"
            "  FROM sessions s WHERE s.agent_id = a.id AND s.status = 'signed') AS last_day,"
            " (SELECT MAX(s.month) FROM sessions s WHERE s.agent_id = a.id"
            "  AND s.status = 'signed' AND s.kind = 'appraisal') AS last_appraisal,"
            " (SELECT MAX(s.month) FROM sessions s WHERE s.agent_id = a.id"
            "  AND s.status = 'signed' AND s.kind = 'performance') AS last_performance,"
            " (SELECT value FROM meta WHERE key = 'talks.appraisal_month') AS appraisal_month,"
            " (SELECT value FROM meta WHERE key = 'talks.performance_month')"
            "  AS performance_month"
            " FROM agents a WHERE a.active = 1")}
