"""Absence as dates only: periods from one day to another, never a reason or a diagnosis.

Absence is about one agent and is discussed only with them: the agent's own page, their
talk, their year overview and the privacy exports show it; team views and month exports
never do. Days are calendar days, both ends included, each day counted once (periods that
overlap, which only older data can hold, do not count a day twice).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coachtui import clock
from coachtui.errors import UserError
from coachtui.model import check_month

if TYPE_CHECKING:
    from coachtui.model import Absence
    from coachtui.storage.journal import Journal


def month_bounds(first_month: str, last_month: str) -> tuple[date, date]:
    """The first day of `first_month` and the last day of `last_month` (YYYY-MM)."""
    first_year, first = map(int, check_month(first_month).split("-"))
    last_year, last = map(int, check_month(last_month).split("-"))
    return (date(first_year, first, 1),
            date(last_year, last, monthrange(last_year, last)[1]))


def days_within(periods: Iterable[tuple[date, date | None]], first: date, last: date,
                today: date) -> int:
    """Calendar days from `first` to `last` (both included) that fall in any period; an
    open period (no end) runs up to `today`."""
    days: set[date] = set()
    for start, end in periods:
        stop = min(end if end is not None else today, last)
        day = max(start, first)
        while day <= stop:
            days.add(day)
            day += timedelta(days=1)
    return len(days)


def days_text(days: int | None, lang: str) -> str:
    """A number of days in words ("1 day", "3 days"; an open period "still running")."""
    from coachtui.texts import tr

    if days is None:
        return tr("absence.days.open", lang)
    return tr("absence.days.one" if days == 1 else "absence.days.many", lang, n=days)


def absences(journal: Journal, agent_id: int) -> list[Absence]:
    """The agent's absences, oldest first."""
    return journal.absences(agent_id)


def absence_days(journal: Journal, agent_id: int, first_month: str, last_month: str) -> int:
    """Days the agent was absent from the first day of `first_month` to the last day of
    `last_month` (YYYY-MM, both included): calendar days of overlap, each day once."""
    first, last = month_bounds(first_month, last_month)
    return days_within(((a.start, a.end) for a in journal.absences(agent_id)), first, last,
                       clock.today())


@dataclass(frozen=True)
class AbsenceOverview:
    """What the agent page shows: the periods (newest first) and the days in one month."""

    periods: list[Absence]
    month: str
    days_in_month: int


def absence_overview(journal: Journal, agent_id: int, month: str) -> AbsenceOverview:
    """The agent's absences, newest first, with the days absent in `month`."""
    periods = journal.absences(agent_id)
    first, last = month_bounds(month, month)
    return AbsenceOverview(
        periods=list(reversed(periods)), month=month,
        days_in_month=days_within(((a.start, a.end) for a in periods), first, last,
                                  clock.today()))


def record_absence(journal: Journal, agent_id: int, start: date, end: date) -> Absence:
    """Record that the agent was absent from `start` to `end` (both included), by the
    dates alone. An end before the start, or a period that overlaps one already recorded,
    is refused and nothing is written; the change log records the new period."""
    from coachtui.model import Absence

    if end < start:
        raise UserError("absence.end_before_start", start=start.isoformat(),
                        end=end.isoformat())
    with journal.transaction():
        journal.agent(agent_id)  # an agent erased meanwhile is refused by name
        for other in journal.absences(agent_id):
            other_end = other.end if other.end is not None else date.max
            if other.start <= end and start <= other_end:
                raise UserError("absence.overlap", start=start.isoformat(),
                                end=end.isoformat(), other_start=other.start.isoformat(),
                                other_end=other.end.isoformat() if other.end else "…")
        return journal.add_absence(Absence(agent_id=agent_id, start=start, end=end))


def remove_last_absence(journal: Journal, agent_id: int) -> Absence:
    """Remove the absence recorded last for the agent (the one a slip of the keys most
    likely got wrong); refused in one sentence when there is none. One transaction."""
    with journal.transaction():
        recorded = journal.absences(agent_id)
        if not recorded:
            raise UserError("absence.none_to_remove", name=journal.agent(agent_id).name)
        last = max(recorded, key=lambda a: a.id or 0)
        return journal.remove_absence(last.id or 0)
