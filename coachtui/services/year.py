"""The coaching year of one agent: twelve months brought together for the appraisal and the
performance talk, the agent page (`y`) and `coachtui year`. No Textual.

Everything comes from the journal in a few bulk reads (storage/year.py): per metric the
months against the target that applied each month (`target_for`'s rule), per factor the
ratings of the signed monthly talks, the goals of the period with their outcome, the
learning points, the relation quotient per month and the days of absence. The overview is
meant to be shown to the agent and can go into an HR record, so it holds no private note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from coachtui.model.choices import GoalStatus, GoalType, Rating
from coachtui.model.months import add_months, month_range

if TYPE_CHECKING:
    from coachtui.model import Agent, Factor, MetricDefinition
    from coachtui.storage.journal import Journal
    from coachtui.storage.year import ObservedContact

YEAR_MONTHS = 12
# One character per month in a factor's pattern (the same in every language).
RATING_MARK = {Rating.PLUS: "+", Rating.MIXED: "±", Rating.MINUS: "-", None: "·"}
_RATINGS = {r.value: r for r in Rating}
_GOAL_TYPES = {t.value: t for t in GoalType}
_GOAL_STATUSES = {s.value: s for s in GoalStatus}
# One character per month against the target: met, missed, no target, no figure.
TARGET_MARK = {True: "✓", False: "✗", None: "·"}
# A change over the year smaller than this share of the average reads as steady.
STEADY_SHARE = 0.02


class Trend(StrEnum):
    """Which way a metric went over the year, in the metric's own direction."""

    BETTER = "better"
    WORSE = "worse"
    STEADY = "steady"
    UNKNOWN = "unknown"  # fewer than three months with a value


@dataclass(frozen=True)
class MetricYear:
    """One metric over the twelve months: each month's value and the target then in force."""

    metric: MetricDefinition
    months: tuple[str, ...]
    values: tuple[float | None, ...]
    targets: tuple[float | None, ...]
    on_target: tuple[bool | None, ...]  # None: no value, or no target that month
    trend: Trend

    @property
    def months_with_value(self) -> int:
        """Months with a figure."""
        return sum(v is not None for v in self.values)

    @property
    def months_on_target(self) -> int:
        """Months whose figure met the target of that month (months without one never do)."""
        return sum(ok is True for ok in self.on_target)

    @property
    def months_judged(self) -> int:
        """Months with both a figure and a target."""
        return sum(ok is not None for ok in self.on_target)

    @property
    def average(self) -> float | None:
        """The mean of the months with a figure (None when there is none)."""
        present = [v for v in self.values if v is not None]
        return sum(present) / len(present) if present else None

    @property
    def marks(self) -> str:
        """Month by month: `✓` on target, `✗` off target, `·` no figure or no target."""
        return "".join(TARGET_MARK[ok] for ok in self.on_target)

    @property
    def has_target(self) -> bool:
        """True when a target applied in any month."""
        return any(t is not None for t in self.targets)


@dataclass(frozen=True)
class FactorYear:
    """One factor over the twelve months: the rating of each month's signed talk and the
    notes that went with them."""

    factor: Factor
    ratings: tuple[Rating | None, ...]
    notes: tuple[tuple[str, str], ...]  # (month, note) of the months with a note

    def count(self, rating: Rating) -> int:
        """How many months got `rating`."""
        return sum(r is rating for r in self.ratings)

    @property
    def rated(self) -> int:
        """How many months were rated."""
        return sum(r is not None for r in self.ratings)

    @property
    def pattern(self) -> str:
        """The ratings month by month, one mark each (`+`, `±`, `-`, `·` not rated)."""
        return "".join(RATING_MARK[r] for r in self.ratings)


@dataclass(frozen=True)
class GoalYear:
    """A goal of the period (carried-over copies count as one goal) with its outcome."""

    text: str
    type: GoalType
    status: GoalStatus
    set_in: str  # the month of the talk where it was first agreed
    months: int  # how many months it ran: until its outcome, or until the period's end


@dataclass(frozen=True)
class LearningPoint:
    """The one learning point of a signed talk."""

    month: str
    text: str


@dataclass(frozen=True)
class MonthRelation:
    """The relation quotient of one month: observed contacts that strengthened or kept
    the relationship with the customer, out of all observed (quick notes)."""

    month: str
    observed: int
    share: float | None  # percent; None when nothing was observed


@dataclass(frozen=True)
class YearOverview:
    """An agent's coaching year: `months` are the twelve months up to `until`."""

    agent: Agent
    months: tuple[str, ...]
    metrics: tuple[MetricYear, ...]
    factors: tuple[FactorYear, ...]
    goals: tuple[GoalYear, ...]
    learning_points: tuple[LearningPoint, ...]
    relation: tuple[MonthRelation, ...]
    absence_days: int

    @property
    def first(self) -> str:
        """The period's first month."""
        return self.months[0]

    @property
    def until(self) -> str:
        """The period's last month."""
        return self.months[-1]

    @property
    def is_empty(self) -> bool:
        """True when the journal holds nothing about the agent in the period."""
        return (not any(m.months_with_value for m in self.metrics)
                and not any(f.rated for f in self.factors) and not self.goals
                and not self.learning_points and not any(r.observed for r in self.relation)
                and not self.absence_days)

    def as_json(self) -> dict[str, Any]:
        """The `coachtui year --json` document (keys as in the CLI contract)."""
        return {
            "agent": self.agent.email,
            "from": self.first,
            "until": self.until,
            "metrics": [{"metric": m.metric.key, "months": m.months_with_value,
                         "on_target": m.months_on_target,
                         "average": None if m.average is None else round(m.average, 4)}
                        for m in self.metrics],
            "factors": [{"factor": f.factor.key, "plus": f.count(Rating.PLUS),
                         "mixed": f.count(Rating.MIXED), "minus": f.count(Rating.MINUS)}
                        for f in self.factors],
            "goals": [{"text": g.text, "status": g.status.value, "months": g.months}
                      for g in self.goals],
            "learning_points": [{"month": p.month, "text": p.text}
                                for p in self.learning_points],
            "absence_days": self.absence_days,
        }


def last_full_month(today: date) -> str:
    """The month before `today`'s month (the default end of a year overview)."""
    return add_months(f"{today:%Y-%m}", -1)


def year_months(until: str) -> list[str]:
    """The twelve months up to and including `until`."""
    return month_range(add_months(until, -(YEAR_MONTHS - 1)), until)


def met(higher_is_better: bool, value: float | None, target: float | None) -> bool | None:
    """Whether `value` meets `target` in the metric's direction; None without either."""
    if value is None or target is None:
        return None
    return value >= target if higher_is_better else value <= target


def trend_of(values: tuple[float | None, ...], higher_is_better: bool) -> Trend:
    """The least-squares direction of the months with a value, better or worse in the
    metric's own direction; a change under 2% of the average over the year is steady."""
    xs = [i for i, v in enumerate(values) if v is not None]
    ys = [v for v in values if v is not None]
    n = len(xs)
    if n < 3:
        return Trend.UNKNOWN
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    spread = 0.0
    cross = 0.0
    for x, y in zip(xs, ys, strict=True):
        spread += (x - mean_x) ** 2
        cross += (x - mean_x) * (y - mean_y)
    slope = cross / spread
    change = slope * (xs[-1] - xs[0])
    if abs(change) <= STEADY_SHARE * max(abs(mean_y), 1e-9):
        return Trend.STEADY
    return Trend.BETTER if (change > 0) == higher_is_better else Trend.WORSE


def year_overview(journal: Journal, agent_id: int, until: str) -> YearOverview:
    """The agent's year: the twelve months up to and including `until`."""
    from coachtui.model import check_month

    check_month(until)
    agent = journal.agent(agent_id)
    months = year_months(until)
    first = months[0]
    return YearOverview(
        agent=agent,
        months=tuple(months),
        metrics=metric_years(journal, agent_id, months),
        factors=_factors(journal, agent_id, months),
        goals=_goals(journal, agent_id, first, until),
        learning_points=tuple(LearningPoint(month, text.strip()) for month, text
                              in journal.year_learning_points(agent_id, first, until)),
        relation=_relation(journal, agent_id, months),
        absence_days=absence_days_in(journal, agent_id, first, until),
    )


def metric_years(journal: Journal, agent_id: int, months: list[str]
                 ) -> tuple[MetricYear, ...]:
    """Each metric (active, or with a figure) over `months` against each month's target."""
    values = {(metric, month): value
              for month, metric, value in journal.year_figures(agent_id, months[0], months[-1])}
    with_value = {metric for (metric, _), v in values.items() if v is not None}
    shown = [m for m in journal.metrics(active_only=False) if m.active or m.key in with_value]
    targets = journal.targets_in_months(agent_id, [m.key for m in shown], months)
    out = []
    for metric in shown:
        row = tuple(values.get((metric.key, month)) for month in months)
        aims = tuple(targets[(metric.key, month)] for month in months)
        out.append(MetricYear(
            metric=metric, months=tuple(months), values=row, targets=aims,
            on_target=tuple(met(metric.higher_is_better, v, t) for v, t in zip(row, aims,
                                                                                strict=True)),
            trend=trend_of(row, metric.higher_is_better)))
    return tuple(out)


def _factors(journal: Journal, agent_id: int, months: list[str]) -> tuple[FactorYear, ...]:
    index = {month: i for i, month in enumerate(months)}
    ratings: dict[str, list[Rating | None]] = {}
    notes: dict[str, dict[str, str]] = {}
    for month, factor, rating, note in journal.year_ratings(agent_id, months[0], months[-1]):
        per_month = ratings.setdefault(factor, [None] * len(months))
        if rating:  # a later signed talk about the same month has the last word
            per_month[index[month]] = _RATINGS[rating]
        note = note.strip() if note else ""
        if note:
            notes.setdefault(factor, {})[month] = note
    keys = journal.monthly_factor_keys()
    keys += [key for key in ratings if key not in keys]
    by_key = {f.key: f for f in journal.factors(active_only=False)}
    return tuple(
        FactorYear(factor=by_key[key],
                   ratings=tuple(ratings.get(key, [None] * len(months))),
                   notes=tuple(sorted(notes.get(key, {}).items())))
        for key in keys if key in by_key)


def _goals(journal: Journal, agent_id: int, first: str, until: str) -> tuple[GoalYear, ...]:
    rows = journal.year_goals(agent_id, first, until)
    carried_on = {row[3] for row in rows if row[3]}
    # Where each chain of carried-over copies began (a chain may start before the period).
    origin: dict[int, tuple[str, int | None]] = {row[0]: (row[4], row[3]) for row in rows}
    outside = sorted({row[3] for row in rows if row[3] and row[3] not in origin})
    origin.update(journal.goal_ancestry(outside))
    goals = []
    for goal_id, kind, what, parent, set_month, status, judged in rows:
        if goal_id in carried_on:
            continue  # its copy in a later talk stands for it
        start = set_month
        seen = {goal_id}
        while parent is not None and parent in origin and parent not in seen:
            seen.add(parent)
            start, parent = origin[parent]
        ran = _months_between(start, judged or until)
        goals.append(GoalYear(text=(what or "").strip(), type=_GOAL_TYPES[kind],
                              status=_GOAL_STATUSES[status], set_in=start,
                              months=max(ran, 1) if judged else max(ran, 0)))
    return tuple(goals)


def _months_between(first: str, last: str) -> int:
    return (int(last[:4]) * 12 + int(last[5:7])) - (int(first[:4]) * 12 + int(first[5:7]))


def _relation(journal: Journal, agent_id: int,
              months: list[str]) -> tuple[MonthRelation, ...]:
    from coachtui.evidence import relation_quotient

    after = f"{months[0]}-01T00:00:00+00:00"
    before = f"{add_months(months[-1], 1)}-01T00:00:00+00:00"
    by_month: dict[str, list[ObservedContact]] = {}
    for note in journal.observed_contacts(agent_id, after, before):
        # Stored stamps are UTC (`storage.notes.stamp`): the month is the stamp's own.
        by_month.setdefault(note.created_at.isoformat()[:7], []).append(note)
    out = []
    for month in months:
        notes = by_month.get(month, [])
        share = relation_quotient(notes)
        out.append(MonthRelation(month, len(notes), None if share is None else 100.0 * share))
    return tuple(out)


def _month_days(first: str, last: str) -> tuple[date, date]:
    start = date(int(first[:4]), int(first[5:7]), 1)
    after = add_months(last, 1)
    return start, date(int(after[:4]), int(after[5:7]), 1) - timedelta(days=1)


def absence_days_in(journal: Journal, agent_id: int, first: str, last: str,
                    today: date | None = None) -> int:
    """Calendar days of absence from the first day of `first` to the last of `last`;
    overlapping absences count once, an open one runs until today."""
    from coachtui import clock

    start, end = _month_days(first, last)
    now = today or clock.today()
    days: set[date] = set()
    for begin, stop in journal.absence_spans(agent_id, start.isoformat(), end.isoformat()):
        low = max(date.fromisoformat(begin), start)
        high = min(date.fromisoformat(stop) if stop else now, end)
        days.update(low + timedelta(days=n) for n in range((high - low).days + 1))
    return len(days)



def goal_words(goal: GoalYear, lang: str) -> str:
    """One goal of the period in words: text, outcome, months it ran, since when."""
    from coachtui.texts import has_text, tr

    key = f"goal_status.{goal.status}"
    status = tr(key if has_text(key) else f"year.goal_status.{goal.status}", lang)
    return tr("year.goal_line", lang, text=goal.text or "–", status=status,
              months=goal.months, since=goal.set_in)


def absence_words(days: int, lang: str) -> str:
    """The period's absence in days, in words (dates only: never a reason)."""
    from coachtui.texts import tr

    if days == 0:
        return tr("year.absence_none", lang)
    if days == 1:
        return tr("year.absence_one", lang)
    return tr("year.absence", lang, days=days)
