"""The team's catalogue in the journal: metric definitions, factors, per-agent targets and
team default targets.

Which target applies to an agent for a metric in a month (the resolution rule): the agent's
latest own `targets` row from that month or before; if there is one and its value is not
NULL, that is the target. Otherwise the latest `team_targets` row of the agent's team (team
'' for agents without a team) from that month or before; a NULL value there, or no row, is
"no target". A NULL row therefore ends a target from its month on: an agent's own target
ends back to the team default, a team default ends to no target. `target_sql` is that rule
as one SQL expression, so every query that shows figures with targets reads them the same
way, in the same query (no query per cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from coachtui.errors import NotFoundError, UserError
from coachtui.outside_text import quoted
from coachtui.storage.base import StoreBase

if TYPE_CHECKING:  # models load on first use, not with the Journal
    from coachtui.model import Factor, MetricDefinition, Target


def target_sql(agent: str, team: str, metric: str, month: str) -> str:
    """The resolution rule as a scalar SQL expression over other expressions of the query:
    `agent` (an agent id), `team` (that agent's team, NULL for none), `metric` (a metric
    key) and `month` ('YYYY-MM'). Both lookups are primary-key searches."""
    return (
        "COALESCE("
        f"(SELECT t.value FROM targets t WHERE t.agent_id = {agent} AND t.metric = {metric}"
        f" AND t.from_month <= {month} ORDER BY t.from_month DESC LIMIT 1),"
        f"(SELECT tt.value FROM team_targets tt WHERE tt.team = COALESCE({team}, '')"
        f" AND tt.metric = {metric} AND tt.from_month <= {month}"
        " ORDER BY tt.from_month DESC LIMIT 1))"
    )


def _own_sql(agent: str, metric: str, month: str) -> str:
    """The agent's own target in force (NULL when none, or when ended)."""
    return (f"(SELECT t.value FROM targets t WHERE t.agent_id = {agent} AND t.metric = {metric}"
            f" AND t.from_month <= {month} ORDER BY t.from_month DESC LIMIT 1)")


def _upsert_sql(table: str, columns: list[str], key: str) -> str:
    """INSERT of one row that replaces the row with the same key (its other columns)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    return (f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})"
            f" ON CONFLICT({key}) DO UPDATE SET {updates}")


@dataclass
class TargetCells:
    """A team's targets for one month, read at once: `defaults` maps a metric to the team
    default in force (None: none or ended); `own` maps an agent id to the metrics for which
    that agent's own target is in force, with its value."""

    defaults: dict[str, float | None] = field(default_factory=dict)
    own: dict[int, dict[str, float]] = field(default_factory=dict)


class CatalogueStore(StoreBase):
    """The metrics, factors, targets and team_targets tables."""

    # -- metrics and factors ---------------------------------------------------------------
    def save_metric(self, metric: MetricDefinition) -> None:
        """Add or replace a metric definition."""
        row = metric.model_dump(mode="json")
        with self.transaction():
            self.conn.execute(_upsert_sql("metrics", list(row), "key"), list(row.values()))
            self._log("metric", metric.key, "definition", None, metric.label_en, None)

    def add_metric(self, metric: MetricDefinition) -> None:
        """Add a new metric at the end of the list; a key already taken is refused."""
        with self.transaction():
            if self._row("SELECT 1 FROM metrics WHERE key = ?", [metric.key]) is not None:
                raise UserError("cat.metric_exists", name=quoted(metric.key))
            last = self._row("SELECT COALESCE(MAX(position), 0) AS p FROM metrics")
            row = metric.model_copy(update={"position": (last or {"p": 0})["p"] + 1}
                                    ).model_dump(mode="json")
            self.conn.execute(f"INSERT INTO metrics ({', '.join(row)})"
                              f" VALUES ({', '.join('?' * len(row))})", list(row.values()))
            self._log("metric", metric.key, "added", None,
                      f"{metric.label_en} / {metric.label_nl} ({metric.unit.value})", None)

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

    def add_factor(self, factor: Factor) -> None:
        """Add a new factor at the end of the list; a key already taken is refused."""
        with self.transaction():
            if self._row("SELECT 1 FROM factors WHERE key = ?", [factor.key]) is not None:
                raise UserError("cat.factor_exists", name=quoted(factor.key))
            last = self._row("SELECT COALESCE(MAX(position), 0) AS p FROM factors")
            row = factor.model_copy(update={"position": (last or {"p": 0})["p"] + 1}
                                    ).model_dump(mode="json")
            self.conn.execute(f"INSERT INTO factors ({', '.join(row)})"
                              f" VALUES ({', '.join('?' * len(row))})", list(row.values()))
            self._log("factor", factor.key, "added", None,
                      f"{factor.label_en} / {factor.label_nl}"
                      + (f" [{factor.factor_set}]" if factor.factor_set else ""), None)

    def factors(self, *, active_only: bool = True, with_sets: bool = False) -> list[Factor]:
        """Qualitative factors in display order. Factors in a named set (competence phases)
        only with `with_sets`: the monthly talk and quick notes never see them."""
        from coachtui.model import Factor

        where = ["1 = 1"]
        if active_only:
            where.append("active = 1")
        if not with_sets:
            where.append("factor_set IS NULL")
        return [
            Factor(**_bools(r, "active"))
            for r in self._rows(f"SELECT * FROM factors WHERE {' AND '.join(where)}"
                                " ORDER BY position, key")
        ]

    # -- targets -----------------------------------------------------------------------------
    def _check_metric(self, metric: str) -> None:
        if self._row("SELECT 1 FROM metrics WHERE key = ?", [metric]) is None:
            raise UserError("journal.metric_unknown", metric=quoted(metric))

    def set_target(self, target: Target) -> None:
        """Agree a target with an agent for a metric from a month on (value None: the
        agent's own target ends from that month; the team default applies again)."""
        with self.transaction():
            self._check_metric(target.metric)
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

    def set_team_target(self, team: str, metric: str, value: float | None,
                        from_month: str) -> None:
        """The team default for a metric from a month on (team '' = agents without a
        team; value None: the default ends from that month)."""
        from coachtui.model import check_month

        check_month(from_month)
        with self.transaction():
            self._check_metric(metric)
            old = self._row(
                "SELECT value FROM team_targets WHERE team=? AND metric=? AND from_month=?",
                [team, metric, from_month],
            )
            self.conn.execute(
                "INSERT INTO team_targets (team, metric, from_month, value) VALUES (?,?,?,?)"
                " ON CONFLICT(team, metric, from_month) DO UPDATE SET value=excluded.value",
                [team, metric, from_month, value],
            )
            self._log("team_target", f"{team}:{metric}:{from_month}", "value",
                      old["value"] if old else None, value, None)

    def targets(self, agent_id: int) -> list[Target]:
        """Every target ever agreed with the agent (ended ones as rows with value None)."""
        from coachtui.model import Target

        return [
            Target(**r)
            for r in self._rows(
                "SELECT * FROM targets WHERE agent_id = ? ORDER BY metric, from_month", [agent_id]
            )
        ]

    def team_target_rows(self, team: str) -> list[dict[str, Any]]:
        """Every team default ever set for `team`: metric, from_month, value (None: ended)."""
        return list(self._rows(
            "SELECT metric, from_month, value FROM team_targets WHERE team = ?"
            " ORDER BY metric, from_month", [team]))

    def target_for(self, agent_id: int, metric: str, month: str) -> float | None:
        """The target that applied to the agent for the metric in that month: the agent's
        own target, else the team default (see the module's resolution rule)."""
        row = self._row(
            f"SELECT {target_sql('a.id', 'a.team', '?', '?')} AS value"
            " FROM agents a WHERE a.id = ?",
            [metric, month, metric, month, agent_id],
        )
        return row["value"] if row else None

    def targets_for(self, agent_id: int, month: str) -> dict[str, float | None]:
        """The target of every metric for the agent in that month, in one query."""
        return {
            r["key"]: r["value"]
            for r in self._rows(
                f"SELECT m.key, {target_sql('a.id', 'a.team', 'm.key', '?')} AS value"
                " FROM agents a CROSS JOIN metrics m WHERE a.id = ?",
                [month, month, agent_id],
            )
        }

    def target_cells(self, team: str, agent_ids: list[int], month: str) -> TargetCells:
        """A team's defaults and its agents' own targets in force in `month`, in two
        queries whatever the number of agents and metrics."""
        cells = TargetCells()
        for r in self._rows(
            "SELECT m.key, (SELECT tt.value FROM team_targets tt WHERE tt.team = ?"
            " AND tt.metric = m.key AND tt.from_month <= ?"
            " ORDER BY tt.from_month DESC LIMIT 1) AS value FROM metrics m", [team, month]
        ):
            cells.defaults[r["key"]] = r["value"]
        if agent_ids:
            marks = ", ".join("?" * len(agent_ids))
            for r in self._rows(
                f"SELECT a.id, m.key, {_own_sql('a.id', 'm.key', '?')} AS value"
                f" FROM agents a CROSS JOIN metrics m WHERE a.id IN ({marks})",
                [month, *agent_ids],
            ):
                if r["value"] is not None:
                    cells.own.setdefault(r["id"], {})[r["key"]] = r["value"]
        return cells

    def target_teams(self) -> list[str]:
        """Every team with a team default (ended ones too), '' for agents without a team."""
        return [r["team"] for r in self._rows(
            "SELECT DISTINCT team FROM team_targets ORDER BY team")]


def _bools(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {**row, **{n: bool(row[n]) for n in names}}
