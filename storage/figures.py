"""Monthly figures in the journal, with the targets that applied, and idempotent saving."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachtui.clock import now_iso
from coachtui.errors import NotFoundError, UserError
from coachtui.outside_text import quoted
from coachtui.storage.base import StoreBase
from coachtui.storage.catalogue import target_sql

if TYPE_CHECKING:  # models load on first use, not with the Journal
    from coachtui.model import Figure, FigureRow


@dataclass(frozen=True)
class FigureChange:
    """One figure that an import would add or change: `old` is None for a new figure."""

    agent_id: int
    month: str
    metric: str
    old: float | None
    new: float | None
    is_new: bool


def _logged(value: float | None) -> str | None:
    """A figure as the change log keeps it (text, like every logged value)."""
    return None if value is None else str(value)


class FigureStore(StoreBase):
    """The figures table."""

    def figure_changes(self, figures: Iterable[Figure]) -> list[FigureChange]:
        """What saving `figures` would change; identical values are left out (idempotent)."""
        changes = []
        for fig in figures:
            row = self._row(
                "SELECT value FROM figures WHERE agent_id=? AND month=? AND metric=?",
                [fig.agent_id, fig.month, fig.metric],
            )
            if row is None:
                changes.append(FigureChange(fig.agent_id, fig.month, fig.metric, None,
                                            fig.value, True))
            elif row["value"] != fig.value:
                changes.append(FigureChange(fig.agent_id, fig.month, fig.metric, row["value"],
                                            fig.value, False))
        return changes

    def save_figures(self, figures: Iterable[Figure]) -> list[FigureChange]:
        """Save figures in one transaction; returns what changed. Unchanged ones are skipped."""
        figures = list(figures)
        stamp = now_iso()
        metrics = {r["key"] for r in self._rows("SELECT key FROM metrics")}
        unknown = sorted({f.metric for f in figures} - metrics)
        if unknown:
            raise UserError("journal.metric_unknown", metric=quoted(unknown[0]))
        agents = {r["id"] for r in self._rows("SELECT id FROM agents")}
        missing = sorted({f.agent_id for f in figures} - agents)
        if missing:
            raise NotFoundError("journal.agent_unknown", id=missing[0])
        with self.transaction():
            changes = self.figure_changes(figures)
            if not changes:
                return changes
            by_key = {(f.agent_id, f.month, f.metric): f for f in figures}
            rows: list[dict[str, object]] = []
            log: list[dict[str, object]] = []
            for change in changes:
                fig = by_key[(change.agent_id, change.month, change.metric)]
                rows.append({"agent_id": fig.agent_id, "month": fig.month, "metric": fig.metric,
                             "value": fig.value, "source": fig.source,
                             "imported_at": fig.imported_at.isoformat() if fig.imported_at
                             else stamp})
                log.append({"at": stamp, "agent_id": fig.agent_id, "entity": "figure",
                            "entity_id": f"{fig.agent_id}:{fig.month}:{fig.metric}",
                            "field": "value", "old": _logged(change.old),
                            "new": _logged(change.new), "session_id": None})
            # A bulk write through sqlite-utils' table API: inside this transaction its
            # writes run in a savepoint, so the import stays one transaction.
            self.db.table("figures").upsert_all(rows, pk=("agent_id", "month", "metric"))
            self.db.table("change_log").insert_all(log)
        return changes

    def figures(self, agent_id: int, month: str | None = None) -> list[FigureRow]:
        """The agent's figures (one month, or all) each with the target then in force."""
        from coachtui.model import FigureRow

        sql = (
            "SELECT f.agent_id, f.month, f.metric, f.value, f.source,"
            f" {target_sql('f.agent_id', 'a.team', 'f.metric', 'f.month')} AS target"
            " FROM figures f LEFT JOIN metrics m ON m.key = f.metric"
            " JOIN agents a ON a.id = f.agent_id"
            " WHERE f.agent_id = ?"
        )
        params: list[object] = [agent_id]
        if month:
            sql += " AND f.month = ?"
            params.append(month)
        sql += " ORDER BY f.month, m.position, f.metric"
        rows = [FigureRow(**r) for r in self._rows(sql, params)]
        from coachtui.storage.qm import QmStore  # qm_score and rq, computed from evaluations

        return self.with_qm_figures(rows, agent_id, month) if isinstance(self, QmStore) \
            else rows

    def figure_months(self, agent_id: int) -> list[str]:
        """The months for which the agent has any figure (or a scored contact), oldest first."""
        return [
            r["month"]
            for r in self._rows(
                "SELECT month FROM figures WHERE agent_id = ? UNION SELECT substr(scored_on,"
                " 1, 7) FROM qm_evaluations WHERE agent_id = ? AND round_id IS NULL"
                " ORDER BY month", [agent_id, agent_id]
            )
        ]
