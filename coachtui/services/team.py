"""The team overview as a service: one row per active agent, sortable and filterable
(agents who left in rows of their own, for the "left" filter).

The team screen calls `overview_rows` (never storage): the rows are read through the one
Journal in a few queries for the whole team, and judged here (cadence, targets). No Textual.

Monthly cadence: a talk held this month looks back on `review_month`. An agent whose talk
for that month is not yet signed is *due*; if the talk before it is missing too, *overdue*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from coachtui.folding import fold
from coachtui.model import TargetStatus, add_months, target_status

if TYPE_CHECKING:
    from coachtui.services.talks_due import TalkDue
    from coachtui.storage.journal import Journal


class TalkStatus(StrEnum):
    """Where an agent stands in the monthly cadence (shown as word and symbol)."""

    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    LEFT = "left"  # employment ended: no talk is due, never counted


# Worst first when sorting by status: the agents who need a talk most come on top.
STATUS_ORDER = {TalkStatus.OVERDUE: 0, TalkStatus.DUE: 1, TalkStatus.DONE: 2,
                TalkStatus.LEFT: 3}
STATUS_SYMBOL = {TalkStatus.DONE: "✓", TalkStatus.DUE: "●", TalkStatus.OVERDUE: "▲",
                 TalkStatus.LEFT: "–"}

SORT_KEYS = ("name", "status", "off_target")


@dataclass(frozen=True)
class TeamRow:
    """One agent in the overview: last talk, cadence status, figures off target, goals, draft."""

    agent_id: int
    name: str
    team: str
    last_talk: date | None
    status: TalkStatus
    off_target: int
    with_target: int
    missing_figures: int
    open_goals: int
    draft_month: str | None
    draft_step: int | None
    left_on: date | None = None  # the date of leaving, for an agent who left
    without_target: int = 0  # figures there, but no target agreed for them
    due: TalkDue | None = None  # next talk by cadence, next yearly talk (services.year)
    past_deadline: int = 0  # open goals whose deadline has passed

    @property
    def has_draft(self) -> bool:
        """True while a talk with this agent is in progress."""
        return self.draft_month is not None


def talk_status(last_signed_monthly: str | None, review_month: str,
                employment_start: date | None = None) -> TalkStatus:
    """Due when the talk about `review_month` is not signed; overdue when the one before
    is missing too. Someone who started after that earlier month cannot be overdue."""
    if last_signed_monthly is not None and last_signed_monthly >= review_month:
        return TalkStatus.DONE
    before = add_months(review_month, -1)
    if last_signed_monthly is not None and last_signed_monthly >= before:
        return TalkStatus.DUE
    if employment_start is not None and employment_start.strftime("%Y-%m") > before:
        return TalkStatus.DUE
    return TalkStatus.OVERDUE


@dataclass
class _Direction:
    """What `target_status` needs of a metric: which way is better."""

    higher_is_better: bool


def overview_rows(journal: Journal, review_month: str, *,
                  left: bool = False) -> list[TeamRow]:
    """Every active agent's overview row, by name (a few queries for the whole team);
    with `left`, the rows of the agents who left instead (status LEFT, with the date).

    Read as plain facts, not models: this is the first paint, which need not load pydantic.
    """
    from coachtui import clock
    from coachtui.services.talks_due import talks_due

    metrics = {key: _Direction(higher) for key, higher in journal.overview_metrics().items()}
    due = talks_due(journal, clock.today())
    from coachtui import clock

    late = journal.past_deadline_counts(clock.today().isoformat())
    rows = []
    for agent_id, fact in journal.overview_facts(review_month, left=left).items():
        statuses = [
            target_status(metric, *fact.figures[key]) if key in fact.figures
            else TargetStatus.MISSING
            for key, metric in metrics.items()
        ]
        rows.append(TeamRow(
            agent_id=agent_id,
            name=fact.name,
            team=fact.team or "",
            last_talk=fact.last_signed_held_on,
            status=TalkStatus.LEFT if left else talk_status(
                fact.last_signed_monthly_month, review_month, fact.known_since),
            off_target=statuses.count(TargetStatus.MISSED),
            with_target=statuses.count(TargetStatus.MISSED) + statuses.count(TargetStatus.MET),
            missing_figures=statuses.count(TargetStatus.MISSING),
            open_goals=fact.open_goals,
            draft_month=fact.draft_month,
            draft_step=fact.draft_step,
            left_on=fact.employment_end if left else None,
            without_target=statuses.count(TargetStatus.NO_TARGET),
            due=due.get(agent_id),
            past_deadline=late.get(agent_id, 0),
        ))
    return rows


def sort_rows(rows: list[TeamRow], key: str) -> list[TeamRow]:
    """Rows sorted by `name`, `status` (overdue first) or `off_target` (most first)."""
    by_name = sorted(rows, key=lambda r: r.name.casefold())
    if key == "status":
        return sorted(by_name, key=lambda r: STATUS_ORDER[r.status])
    if key == "off_target":
        return sorted(by_name, key=lambda r: -r.off_target)
    return by_name


def filter_rows(rows: list[TeamRow], text: str) -> list[TeamRow]:
    """Rows whose name or team contains `text`, ignoring case and accents (`ayse` finds
    `Ayşe`); all rows for empty text."""
    needle = fold(text.strip())
    if not needle:
        return list(rows)
    return [r for r in rows if needle in fold(r.name) or needle in fold(r.team)]


def next_sort_key(key: str) -> str:
    """The sort key after `key` in the cycle name -> status -> off target -> name."""
    return SORT_KEYS[(SORT_KEYS.index(key) + 1) % len(SORT_KEYS)] if key in SORT_KEYS \
        else SORT_KEYS[0]
