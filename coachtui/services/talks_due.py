"""Talks due, for the team overview: the next talk by each agent's cadence (monthly or
every two weeks) and the next yearly talk (appraisal or performance talk, in months of the
year the team chooses). One query for the whole team. No Textual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coachtui.model.months import add_months

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

# The month of the year each yearly talk is due in, unless the journal's meta says otherwise
# (`talks.appraisal_month`, `talks.performance_month`, 1..12): the appraisal at the turn of
# the year, the performance talk half a year later.
DEFAULT_APPRAISAL_MONTH = 1
DEFAULT_PERFORMANCE_MONTH = 7
APPRAISAL_MONTH_KEY = "talks.appraisal_month"
PERFORMANCE_MONTH_KEY = "talks.performance_month"
BIWEEKLY_DAYS = 14
# A yearly talk signed up to this many months before its due month counts for that month;
# one not held stays late for this many months after it (then the next year's is shown).
YEARLY_EARLY_MONTHS = 3
YEARLY_LATE_MONTHS = 5


@dataclass(frozen=True)
class TalkDue:
    """When an agent's next talk is due, and the next yearly talk (appraisal or performance).

    `next_month` is set for the monthly cadence (the month the next talk is about),
    `next_day` for every two weeks; `late` when that is already past. `yearly_kind` is
    `appraisal` or `performance`, `yearly_month` when it is due, `yearly_late` if past.
    """

    cadence: str
    next_month: str | None
    next_day: date | None
    late: bool
    yearly_kind: str
    yearly_month: str
    yearly_late: bool


def _yearly_month(value: str | None, default: int) -> int:
    """A configured month of the year (1..12); the default for anything else."""
    try:
        month = int(str(value).strip())
    except ValueError:
        return default
    return month if 1 <= month <= 12 else default


def _next_yearly(month_of_year: int, last_signed: str | None, started: str | None,
                 current: str) -> tuple[str, bool]:
    """(due month, late) of a yearly talk held in `month_of_year`: this cycle's month unless
    a talk of its kind was signed for it, the agent started after it or it is more than
    five months past (then next year's)."""
    year = int(current[:4]) if int(current[5:7]) >= month_of_year else int(current[:4]) - 1
    due = f"{year:04d}-{month_of_year:02d}"
    done = last_signed is not None and last_signed >= add_months(due, -YEARLY_EARLY_MONTHS)
    if done or (started is not None and started[:7] > due) \
            or add_months(due, YEARLY_LATE_MONTHS) < current:
        return add_months(due, 12), False
    return due, due < current


def talks_due(journal: Journal, today: date) -> dict[int, TalkDue]:
    """Per active agent: the next talk by their cadence (monthly: the month after the last
    signed monthly talk; every two weeks: 14 days after the last signed talk of any kind)
    and the next yearly talk. One query for the whole team."""
    current = f"{today:%Y-%m}"
    review = add_months(current, -1)
    due: dict[int, TalkDue] = {}
    for agent_id, r in journal.talk_due_facts().items():
        started = r["employment_start"]
        next_month: str | None = None
        next_day: date | None = None
        if r["cadence"] == "biweekly":
            last = r["last_day"] or started
            next_day = (date.fromisoformat(last[:10]) + timedelta(days=BIWEEKLY_DAYS)
                        if last else today)
            late = next_day < today
        else:
            if r["last_monthly"]:
                next_month = add_months(r["last_monthly"], 1)
            else:
                next_month = max(started[:7], review) if started else review
            late = next_month < review
        appraisal = _next_yearly(_yearly_month(r["appraisal_month"], DEFAULT_APPRAISAL_MONTH),
                                 r["last_appraisal"], started, current)
        performance = _next_yearly(
            _yearly_month(r["performance_month"], DEFAULT_PERFORMANCE_MONTH),
            r["last_performance"], started, current)
        kind, (month, yearly_late) = min(
            (("appraisal", appraisal), ("performance", performance)), key=lambda p: p[1][0])
        due[agent_id] = TalkDue(cadence=r["cadence"] or "monthly", next_month=next_month,
                                next_day=next_day, late=late, yearly_kind=kind,
                                yearly_month=month, yearly_late=yearly_late)
    return due


def set_yearly_talk_months(journal: Journal, appraisal: int | None = None,
                           performance: int | None = None) -> None:
    """Store the months of the year the appraisal and the performance talk are due in
    (1..12; one transaction, in the change log); a month out of range is refused."""
    from coachtui.errors import UserError

    for option, value in (("--appraisal", appraisal), ("--performance", performance)):
        if value is not None and not 1 <= value <= 12:
            raise UserError("year.bad_month_of_year", option=option, value=value)
    with journal.transaction():
        if appraisal is not None:
            journal.set_meta(APPRAISAL_MONTH_KEY, str(appraisal))
        if performance is not None:
            journal.set_meta(PERFORMANCE_MONTH_KEY, str(performance))


def yearly_talk_months(journal: Journal) -> tuple[int, int]:
    """The months of the year (1..12) the appraisal and the performance talk are due in."""
    return (_yearly_month(journal.meta(APPRAISAL_MONTH_KEY), DEFAULT_APPRAISAL_MONTH),
            _yearly_month(journal.meta(PERFORMANCE_MONTH_KEY), DEFAULT_PERFORMANCE_MONTH))
