"""Privacy in the journal: everything about one agent (right of access), erasure that leaves
no trace in the file, and the retention list of agents who left long ago.

Erasure works on three levels: the rows (every table with an `agent_id` or a `session_id`
of theirs, and change-log rows that name them by agent, session or entity id), the free
pages (`secure_delete` zeroes what is deleted) and the file itself (the WAL is checkpointed
and truncated, then VACUUM rebuilds the file, so no old page version survives).
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from coachtui.errors import UserError
from coachtui.storage.base import StoreBase
from coachtui.storage.changelog import Change

# The erasure report's name for QM evaluations of other agents' contacts whose scorer was
# the erased agent: the evaluation stays (it is the other agent's), the name goes.
SCORER_NAMES = "qm_scorer_names"

if TYPE_CHECKING:  # models load on first use, not with the Journal
    from coachtui.model import Absence, Agent, FigureRow, Note, Session, Target


@dataclass(frozen=True)
class AgentRecord:
    """Everything the journal holds about one agent, private parts included."""

    agent: Agent
    targets: list[Target]
    figures: list[FigureRow]
    sessions: list[Session]
    notes: list[Note]
    absences: list[Absence]
    changes: list[Change]
    # the goals' dated progress remarks and behaviour incidents (rows as stored)
    goal_progress: list[dict[str, Any]] = field(default_factory=list)
    goal_incidents: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ReplicaNotice:
    """What an erasure did to the journal's replica: one sentence (text key and values),
    `warning` when older copies may remain somewhere; no key: the journal has no replica."""

    key: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    warning: bool = False

    def say(self, key: str, *, warning: bool = False, **values: str) -> None:
        """Set the sentence."""
        self.key, self.values, self.warning = key, values, warning


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed: rows per table, whether the file was cleaned too, and
    what became of the replica (services.replica fills it in)."""

    agents: list[Agent]
    rows: dict[str, int]
    file_cleaned: bool
    replica: ReplicaNotice = field(default_factory=ReplicaNotice)

    @property
    def total(self) -> int:
        """All rows removed, over every table."""
        return sum(self.rows.values())


class PrivacyStore(StoreBase):
    """Right of access, erasure and retention for the agents in the journal."""

    # -- right of access -----------------------------------------------------------------
    def agent_record(self, agent_id: int) -> AgentRecord:
        """Everything recorded about the agent, including private notes and the change log."""
        agent = self.agent(agent_id)  # type: ignore[attr-defined]
        notes_of = self.goal_notes  # type: ignore[attr-defined]
        sessions = [
            self.session(r["id"])  # type: ignore[attr-defined]
            for r in self._rows(
                "SELECT id FROM sessions WHERE agent_id = ? ORDER BY month, id", [agent_id]
            )
        ]
        return AgentRecord(
            agent=agent,
            targets=self.targets(agent_id),  # type: ignore[attr-defined]
            figures=self.figures(agent_id),  # type: ignore[attr-defined]
            sessions=sessions,
            notes=list(reversed(self.notes(agent_id))),  # type: ignore[attr-defined]
            absences=self.absences(agent_id),  # type: ignore[attr-defined]
            changes=[Change(**r) for r in self._rows(
                f"SELECT * FROM change_log WHERE {self._about_agent_sql()} ORDER BY id",
                self._about_agent_params(agent_id),
            )],
            goal_progress=notes_of("goal_progress", agent_id),
            goal_incidents=notes_of("goal_incidents", agent_id),
        )

    # -- erasure ---------------------------------------------------------------------------
    def erasure_preview(self, agent_ids: list[int]) -> dict[str, int]:
        """How many rows per table an erasure of these agents would remove (nothing written)."""
        counts: dict[str, int] = {}
        for agent_id in agent_ids:
            for table, where, params in self._erasure_targets(agent_id):
                n = self.conn.execute(
                    f"SELECT COUNT(*) FROM [{table}] WHERE {where}", params
                ).fetchone()[0]
                counts[table] = counts.get(table, 0) + n
            if "qm_evaluations" in self._tables():  # names blanked, evaluations kept
                n = len(self.qm_scorer_rows(agent_id))  # type: ignore[attr-defined]
                counts[SCORER_NAMES] = counts.get(SCORER_NAMES, 0) + n
        return {t: n for t, n in counts.items() if n}

    def erase_agent(self, agent_id: int) -> ErasureReport:
        """Erase one agent and every trace of them, from the tables and from the file."""
        return self.erase_agents([agent_id])

    def erase_agents(self, agent_ids: list[int]) -> ErasureReport:
        """Erase agents in one transaction, then scrub the file (WAL, free pages, VACUUM)."""
        agents = [self.agent(a) for a in agent_ids]  # type: ignore[attr-defined]
        rows: dict[str, int] = {}
        self.conn.execute("PRAGMA secure_delete = ON")
        with self.transaction():
            for agent_id in agent_ids:
                # Found by the agent's name, so before their row goes.
                scored = (self.qm_scorer_rows(agent_id)  # type: ignore[attr-defined]
                          if "qm_evaluations" in self._tables() else [])
                # The order matters: rows that find others through a join go first.
                for table, where, params in self._erasure_targets(agent_id):
                    cursor = self.conn.execute(f"DELETE FROM [{table}] WHERE {where}", params)
                    if cursor.rowcount:
                        rows[table] = rows.get(table, 0) + cursor.rowcount
                if scored:
                    blanked = self.blank_scorer(scored)  # type: ignore[attr-defined]
                    if blanked:
                        rows[SCORER_NAMES] = rows.get(SCORER_NAMES, 0) + blanked
            # The erasure itself is logged without anything that points back to the person.
            self._log("privacy", "erasure", "erased", None, f"{len(agent_ids)} agent(s)", None)
        return ErasureReport(agents=agents, rows=rows, file_cleaned=self.scrub_file())

    def wal_released(self) -> bool:
        """Checkpoint and truncate the WAL; False when another process holds a read lock on
        it all along (Litestream does while it replicates), so a scrub could not finish."""
        if self.conn.in_transaction:
            raise UserError("journal.busy")
        busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not (busy and busy[0])

    def scrub_file(self) -> bool:
        """Rewrite the file so deleted data is gone from its bytes; False if another
        process kept the WAL busy (the rows are erased, but old page copies may remain)."""
        conn = self.conn
        if conn.in_transaction:
            raise UserError("journal.busy")
        conn.execute("PRAGMA secure_delete = ON")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        try:
            conn.execute("VACUUM")
        except sqlite3.OperationalError:
            return False
        after = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        with contextlib.suppress(sqlite3.Error):
            self._data_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        # A checkpoint answers (busy, wal pages, pages copied); busy means a reader held it.
        return not (busy and busy[0]) and not (after and after[0])

    # -- retention ---------------------------------------------------------------------------
    def purge_candidates(self, older_than_years: float, today: date) -> list[Agent]:
        """Agents whose employment ended more than `older_than_years` before `today`; with
        0, everyone whose employment has ended (on `today` or before). The clock starts at
        the date of leaving, so an end still to come is never a candidate."""
        cutoff = _years_before(today, older_than_years)
        if older_than_years == 0:
            cutoff = today + timedelta(days=1)
        return [
            self.agent(r["id"])  # type: ignore[attr-defined]
            for r in self._rows(
                "SELECT id FROM agents WHERE employment_end IS NOT NULL"
                " AND employment_end < ? ORDER BY employment_end, id",
                [cutoff.isoformat()],
            )
        ]

    # -- which rows are about an agent -------------------------------------------------------
    def _columns(self, table: str) -> set[str]:
        return {r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])")}

    def _tables(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name")]

    def _about_agent_sql(self) -> str:
        """Change-log rows about an agent: by agent, by talk, or by the id of their rows."""
        parts = [
            "agent_id = :agent",
            "(entity = 'agent' AND entity_id = CAST(:agent AS TEXT))",
            "(entity IN ('target', 'figure') AND entity_id LIKE CAST(:agent AS TEXT) || ':%')",
            "(entity = 'session' AND entity_id IN"
            " (SELECT CAST(id AS TEXT) FROM sessions WHERE agent_id = :agent))",
            "(entity = 'rating' AND substr(entity_id, 1, instr(entity_id, ':') - 1) IN"
            " (SELECT CAST(id AS TEXT) FROM sessions WHERE agent_id = :agent))",
            "(entity = 'goal' AND entity_id IN"
            " (SELECT CAST(id AS TEXT) FROM goals WHERE agent_id = :agent))",
            "(entity = 'note' AND entity_id IN"
            " (SELECT CAST(id AS TEXT) FROM notes WHERE agent_id = :agent))",
            "(entity = 'absence' AND entity_id IN"
            " (SELECT CAST(id AS TEXT) FROM absences WHERE agent_id = :agent))",
            "(entity = 'addendum' AND entity_id IN (SELECT CAST(a.id AS TEXT) FROM addenda a"
            " JOIN sessions s ON s.id = a.session_id WHERE s.agent_id = :agent))",
        ]
        if "session_id" in self._columns("change_log"):
            parts.append("session_id IN (SELECT id FROM sessions WHERE agent_id = :agent)")
        return " OR ".join(parts)

    def _about_agent_params(self, agent_id: int) -> dict[str, int]:
        return {"agent": agent_id}

    def _erasure_targets(self, agent_id: int) -> list[tuple[str, str, dict[str, Any]]]:
        """(table, WHERE, params) for every row about the agent, children before parents.

        Tables added by later migrations are covered when they have an `agent_id` or a
        `session_id` column, so a new table cannot quietly keep someone's data.
        """
        params = {"agent": agent_id}
        sessions = "(SELECT id FROM sessions WHERE agent_id = :agent)"
        targets: list[tuple[str, str, dict[str, Any]]] = [
            ("change_log", self._about_agent_sql(), params),
        ]
        tables = self._tables()
        if "qm_evaluations" in tables:  # QM rows found through joins and scorer names
            targets += self.qm_erasure_targets(agent_id)  # type: ignore[attr-defined]
        done = {"change_log", "agents", "sessions"}
        for table in tables:
            if table in done:
                continue
            columns = self._columns(table)
            clauses = []
            if "agent_id" in columns:
                clauses.append("agent_id = :agent")
            if "session_id" in columns:
                clauses.append(f"session_id IN {sessions}")
            if clauses:
                targets.append((table, " OR ".join(clauses), params))
        targets.append(("sessions", "agent_id = :agent", params))
        targets.append(("agents", "id = :agent", params))
        return targets


def _years_before(today: date, years: float) -> date:
    """The day `years` (may be fractional, counted in whole months) before `today`."""
    from dateutil.relativedelta import relativedelta

    return today - relativedelta(months=round(years * 12))
