"""Agent-month exports: one row per agent (and month), each metric in its own column.

Zendesk Explore, Freshdesk agent performance, Five9 agent reports and most WFM exports look
like this. A profile of kind `agent_month` maps the columns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from coachtui.importers.harvest import AgentRef, Harvest, agent_ref
from coachtui.importers.mapping import HoursFile, Profile
from coachtui.importers.parsing import converter, parse_month, parse_number
from coachtui.importers.problems import CellError, ImportProblem, Notice, bad_value
from coachtui.importers.readers import Table
from coachtui.outside_text import quoted


def read_agent_months(table: Table, profile: Profile, month: str | None,
                      source: str) -> Harvest:
    """Every row of `table` as figures; `month` is `--month` (required without a month column).

    With both a month column and `month`, rows of other months are left out (and counted).
    """
    if profile.month_column is None and month is None:
        raise ImportProblem("imports.month_needed", profile=quoted(profile.name))
    agent_i = table.index(profile.agent_column)
    place = table.find if profile.optional_columns else table.index
    name_i = table.find(profile.name_column) if profile.name_column else None  # a hint only
    month_i = table.index(profile.month_column) if profile.month_column else None
    comma = table.comma_decimal
    columns = [(m, i, converter(m.unit, comma)) for m in profile.metrics
               if (i := place(m.column)) is not None]
    if not columns and not (profile.handled_column and profile.hours_column):
        raise ImportProblem("imports.no_metric_columns", file=quoted(table.name),
                            profile=quoted(profile.name))
    derive = bool(profile.handled_column and profile.hours_column)
    if derive:
        handled_i = table.index(profile.handled_column or "")
        hours_i = table.index(profile.hours_column or "")
        hours_unit = "seconds" if profile.hours_unit == "duration" else profile.hours_unit
        read_hours = converter(hours_unit, comma)
    harvest = Harvest(source=source)
    seen: dict[tuple[AgentRef, str], int] = {}
    skipped = other_months = 0

    def cell(row: Any, i: int) -> Any:
        """The cell at `i`; a short row has None there."""
        return row[i] if i < len(row) else None

    for row in _guarded(table):
        harvest.rows += 1
        line = table.line()
        column = profile.agent_column
        raw = cell(row, agent_i)
        try:
            agent = agent_ref(raw, profile.agent_match,
                              cell(row, name_i) if name_i is not None else None)
            if agent is None:
                skipped += 1
                continue
            harvest.check_text(agent, line)
            row_month = month
            if month_i is not None:
                column, raw = profile.month_column or "", cell(row, month_i)
                row_month = parse_month(raw, day_first=profile.day_first)
                if row_month is None:
                    row_month = month
                    if row_month is None:
                        raise CellError("imports.why.month")
                if month is not None and row_month != month:
                    other_months += 1
                    continue
            assert row_month is not None
            if (agent, row_month) in seen:
                raise ImportProblem("imports.duplicate_row", file=quoted(table.name), line=line,
                                    agent=quoted(agent.key), month=row_month,
                                    first=seen[(agent, row_month)])
            seen[(agent, row_month)] = line
            values: dict[str, float | None] = {}
            for metric, i, read in columns:
                column, raw = metric.column, cell(row, i)
                values[metric.metric] = read(raw)
            if derive:
                column, raw = profile.handled_column or "", cell(row, handled_i)
                handled = parse_number(raw, comma)
                column, raw = profile.hours_column or "", cell(row, hours_i)
                seconds = read_hours(raw)
                values["tickets_per_hour"] = (
                    round(handled / (seconds / 3600.0), 4)
                    if handled is not None and seconds else None
                )
        except CellError as exc:
            raise bad_value(table.name, line, column, raw, exc.reason) from None
        for key, value in values.items():
            harvest.put(agent, row_month, key, value)
    if skipped:
        harvest.notices.append(Notice("imports.note.rows_without_agent", {"count": skipped}))
    if other_months:
        harvest.notices.append(Notice("imports.note.other_months",
                                      {"count": other_months, "month": month}))
    return harvest


def _guarded(table: Table) -> Iterator[Sequence[Any]]:
    """The table's rows, with a damaged file refused in plain words."""
    with table.guard():
        yield from table.rows


def read_hours(table: Table, spec: HoursFile, match: str, month: str | None,
               day_first: bool = True) -> dict[tuple[AgentRef, str], float]:
    """Seconds worked per (agent, month) from a WFM/time export; daily rows are added up."""
    agent_i = table.index(spec.agent_column)
    hours_i = table.index(spec.hours_column)
    month_i = table.find(spec.month_column) if spec.month_column else None
    if month_i is None and month is None:
        raise ImportProblem("imports.hours_month_needed", file=quoted(table.name))
    read = converter(spec.unit, table.comma_decimal)
    worked: dict[tuple[AgentRef, str], float] = {}
    for row in _guarded(table):
        line = table.line()
        column, raw = spec.agent_column, row[agent_i] if agent_i < len(row) else None
        try:
            agent = agent_ref(raw, spec.match or match)
            if agent is None:
                continue
            row_month = month
            if month_i is not None:
                column = spec.month_column or ""
                raw = row[month_i] if month_i < len(row) else None
                row_month = parse_month(raw, day_first=day_first) or month
            column, raw = spec.hours_column, row[hours_i] if hours_i < len(row) else None
            seconds = read(raw)
        except CellError as exc:
            raise bad_value(table.name, line, column, raw, exc.reason) from None
        if seconds is None or row_month is None or (month and row_month != month):
            continue
        worked[(agent, row_month)] = worked.get((agent, row_month), 0.0) + seconds
    return worked
