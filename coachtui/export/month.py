"""Every session of a month: one CSV row per session for HR analytics, or one file each.

Sessions are read and written one at a time, so memory stays flat however many there are.
Only signed sessions go to HR; drafts are reported back so the user knows they were left out.

A text cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`,
a tab or a carriage return) gets a leading `'`, as OWASP recommends against CSV injection,
in both the `,` and the `;` variant; numbers stay numbers.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachtui.export.files import inside, record_file_name, write_atomic
from coachtui.export.record import SessionRecord, build_record
from coachtui.outside_text import shown

CSV_FIXED = ("session_id", "agent_name", "agent_email", "team", "month", "kind", "status",
             "held_on", "manager", "manager_signed_at", "agent_signed_at")
CSV_TAIL = ("goals_count", "goals_reviewed", "goals_achieved", "goals_partly",
            "goals_not_achieved", "learning_point", "addenda_count", "sha256")


@dataclass
class MonthPlan:
    """The month's session ids: signed (exported) and drafts (left out)."""

    month: str
    signed: list[int] = field(default_factory=list)
    drafts: list[int] = field(default_factory=list)


def plan_month(journal: Any, month: str) -> MonthPlan:
    """Which sessions of `month` go out (signed) and which stay (drafts), by agent name."""
    plan = MonthPlan(month)
    names = {a.id: a.name.casefold() for a in journal.agents()}
    sessions = sorted(journal.sessions(month=month),
                      key=lambda s: (names.get(s.agent_id, ""), s.id))
    for session in sessions:
        (plan.signed if session.signed else plan.drafts).append(session.id)
    return plan


def iter_records(journal: Any, ids: list[int]) -> Iterator[SessionRecord]:
    """Records one by one, reading the catalogue once."""
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    factors = {f.key: f for f in journal.factors(active_only=False)}
    for session_id in ids:
        yield build_record(journal, session_id, metrics=metrics, factors=factors)


def csv_columns(journal: Any) -> list[str]:
    """The CSV header: fixed columns, then value/target/result per active metric and a
    rating per active factor (same columns every month the catalogue stays the same)."""
    columns = list(CSV_FIXED)
    for metric in journal.metrics():
        columns += [metric.key, f"{metric.key}_target", f"{metric.key}_result"]
    columns += [f"rating_{factor.key}" for factor in journal.factors()]
    return columns + list(CSV_TAIL)


def csv_row(record: SessionRecord, columns: list[str], decimal_comma: bool) -> list[str]:
    """One session as CSV cells (numbers with a decimal comma for Dutch Excel)."""
    c = record.content
    values: dict[str, Any] = {
        "session_id": c["session_id"], "agent_name": c["agent"]["name"],
        "agent_email": c["agent"]["email"], "team": c["agent"]["team"], "month": c["month"],
        "kind": c["kind"], "status": c["status"], "held_on": c["held_on"],
        "manager": c["manager"]["name"],
        "manager_signed_at": c["signatures"]["manager"]["signed_at"],
        "agent_signed_at": c["signatures"]["agent"]["signed_at"],
        "goals_count": len(c["goals"]), "goals_reviewed": len(c["goals_reviewed"]),
        "learning_point": c["learning_point"], "addenda_count": len(c["addenda"]),
        "sha256": record.sha256,
    }
    for status in ("achieved", "partly", "not_achieved"):
        values[f"goals_{status}"] = sum(1 for g in c["goals_reviewed"] if g["status"] == status)
    for figure in c["figures"]:
        key = figure["metric"]
        values[key] = figure["value"]
        values[f"{key}_target"] = figure["target"]
        values[f"{key}_result"] = figure["result"]
    for rating in c["ratings"]:
        values[f"rating_{rating['factor']}"] = rating["rating"]
    return [_cell(values.get(column), decimal_comma, column.startswith("rating_"))
            for column in columns]


def month_csv(journal: Any, plan: MonthPlan, delimiter: str) -> str:
    """The month's CSV as text: a header, then one row per signed session."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    columns = csv_columns(journal)
    writer.writerow([_cell(column, False) for column in columns])
    for record in iter_records(journal, plan.signed):
        writer.writerow(csv_row(record, columns, decimal_comma=delimiter == ";"))
    return buffer.getvalue()


def write_month_files(journal: Any, plan: MonthPlan, folder: Path, extension: str,
                      render: Callable[[SessionRecord], bytes | str], lang: str) -> list[Path]:
    """One file per signed session in `folder`; if any fails, the ones written are removed."""
    written: list[Path] = []
    try:
        for record in iter_records(journal, plan.signed):
            path = inside(folder, record_file_name(record.content, extension))
            written.append(write_atomic(path, render(record), lang))
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    return written


# What makes Excel, LibreOffice or Google Sheets start a formula (full-width twins too:
# some spreadsheets fold them), and what some of them strip before looking.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# The rating symbols are our own closed set (not outside text): no function, no reference,
# so no formula can hide in them, and HR's pivot tables count them as written.
RATING_SYMBOLS = frozenset({"+", "+/-", "-"})


def neutral_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: a leading `'` when it could start a
    formula (also after leading spaces or line breaks, which some spreadsheets skip)."""
    if text.startswith(FORMULA_STARTS) or text.lstrip(" \n").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _cell(value: Any, decimal_comma: bool, rating: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.10g}"
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, int) or (rating and value in RATING_SYMBOLS):
        return str(value)
    # Text shows its control characters as placeholders: the file may meet a terminal.
    return shown(neutral_cell(str(value)), multiline=True)
