"""The team's catalogue in the journal: metric definitions, factors and per-agent targets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coachtui.errors import NotFoundError, UserError
from coachtui.outside_text import quoted
from coachtui.storage.base import StoreBase

if TYPE_CHECKING:  # models load on first use, not with the Journal
    from coachtui.model import Factor, MetricDefinition, Target


def _upsert_sql(table: str, columns: list[str], key: str) -> str:
    """INSERT of one row that replaces the row with the same key (its other columns)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    return (f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})"
            f" ON CONFLICT({key}) DO UPDATE SET {updates}")


class CatalogueStore(StoreBase):
    """The metrics, factors and targets tables."""

    def save_metric(self, metric: MetricDefinition) -> None:
        """Add or replace a metric definition."""
        row = metric.model_dump(mode="json")
        with self.transaction():
            self.conn.execute(_upsert_sql("metrics", list(row), "key"), list(row.values()))
            self._log("metric", metric.key, "definition", None, metric.label_en, None)

    def metrics(self, *, active_only: bool = True) -> list[MetricDefinition]:
        """Metric definitions in display order."""
        from coachtui.model import MetricDefinition

        where = "WHERE active = 1" if active_only else ""
        return [
            MetricDefinition(**_bools(r, "higher_is_better", "active"))
            for r in self._rows(f"SELECT * FROM metrics {where} ORDER BY position, key")
        ]

    def save_factor(self, factor: Factor) -> None:
        """Add or replace a qualitative factor."""
        row = factor.model_dump(mode="json")
        with self.transaction():
            self.conn.execute(_upsert_sql("factors", list(row), "key"), list(row.values()))
            self._log("factor", factor.key, "definition", None, factor.label_en, None)

    def factors(self, *, active_only: bool = True) -> list[Factor]:
        """Qualitative factors of the monthly talk in display order (the competence
        phases' skills, in named factor sets, are read by the QM part of the Journal)."""
        from coachtui.model import Factor

        where = "WHERE factor_set IS NULL" + (" AND active = 1" if active_only else "")
        return [
            Factor(**_bools(r, "active"))
            for r in self._rows(f"SELECT * FROM factors {where} ORDER BY position, key")
        ]

    def set_target(self, target: Target) -> None:
        """Agree a target with an agent for a metric from a month on."""
        with self.transaction():
            if self._row("SELECT 1 FROM metrics WHERE key = ?", [target.metric]) is None:
                raise UserError("journal.metric_unknown", metric=quoted(target.metric))
            if self._row("SELECT 1 FROM agents WHERE id = ?", [target.agent_id]) is None:
                raise NotFoundError("journal.agent_unknown", id=target.agent_id)
            old = self._row(
                "SELECT value FROM targets WHERE agent_id=? AND metric=? AND from_month=?",
                [target.agent_id, target.metric, target.from_month],
            )
            self.conn.execute(
                "INSERT INTO targets (agent_id, metric, from_month, value) VALUES (?,?,?,?)"
                " ON CONFLICT(agent_id, metric, from_month) DO UPDATE SET value=excluded.value",
                [target.agent_id, target.metric, target.from_month, target.value],
            )
            self._log("target", f"{target.agent_id}:{target.metric}:{target.from_month}",
                      "value", old["value"] if old else None, target.value, target.agent_id)

    def targets(self, agent_id: int) -> list[Target]:
        """Every target ever agreed with the agent."""
        from coachtui.model import Target

        return [
            Target(**r)
            for r in self._rows(
                "SELECT * FROM targets WHERE agent_id = ? ORDER BY metric, from_month", [agent_id]
            )
        ]

    def target_for(self, agent_id: int, metric: str, month: str) -> float | None:
        """The target that applied to the agent for the metric in that month."""
        row = self._row(
            "SELECT value FROM targets WHERE agent_id=? AND metric=? AND from_month<=?"
            " ORDER BY from_month DESC LIMIT 1",
            [agent_id, metric, month],
        )
        return row["value"] if row else None


def _bools(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {**row, **{n: bool(row[n]) for n in names}}
