"""The agent page as a service: everything it shows, gathered in one call. No Textual.

The page is also what the agent reads along with, so `include_private=False` leaves the
manager's private notes out of the summary itself rather than hiding them on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachtui.default_catalogue import SMILEY_METRICS
from coachtui.model import (
    Agent,
    Goal,
    MetricDefinition,
    Note,
    Relation,
    Session,
    SessionKind,
    TargetStatus,
    add_months,
    month_range,
    target_status,
)

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

TREND_MONTHS = 18


@dataclass(frozen=True)
class MetricTrend:
    """One metric over the trend window, with the review month's value against its target."""

    metric: MetricDefinition
    values: list[float | None]
    target: float | None
    value: float | None
    status: TargetStatus
    targets: tuple[float | None, ...] = ()  # the target in force each month of the window


@dataclass(frozen=True)
class SmileyCounts:
    """Customer ratings in one month: red, yellow and green smileys and the green share."""

    red: int
    yellow: int
    green: int

    @property
    def total(self) -> int:
        """All rated contacts."""
        return self.red + self.yellow + self.green

    @property
    def green_share(self) -> float | None:
        """Share of green smileys in percent (None when nobody rated)."""
        return 100.0 * self.green / self.total if self.total else None


@dataclass(frozen=True)
class RelationQuotient:
    """Observed contacts where the relationship was strengthened or kept, out of all observed."""

    kept_or_strengthened: int
    observed: int
    share: float  # in percent


@dataclass(frozen=True)
class AgentSummary:
    """The agent page's data: trends, smileys, talks, goals, notes since the last talk."""

    agent: Agent
    review_month: str
    months: list[str]
    trends: list[MetricTrend]
    smileys: SmileyCounts | None
    sessions: list[Session]
    last_signed: Session | None
    draft: Session | None
    open_goals: list[Goal]
    notes: list[Note]
    relation: RelationQuotient | None

    @property
    def has_figures(self) -> bool:
        """True when at least one figure exists in the trend window."""
        return any(v is not None for t in self.trends for v in t.values)

    @property
    def off_target(self) -> int:
        """How many metrics missed their target in the review month."""
        return sum(t.status is TargetStatus.MISSED for t in self.trends)


def relation_quotient(notes: list[Note]) -> RelationQuotient | None:
    """RQ over the notes that record an observed contact's relation (None when none do).

    The share is the evidence module's (one definition of RQ for the talk and this page:
    notes about the same contact count once); the counts of notes are shown beside it."""
    from coachtui.evidence import relation_quotient as shared_quotient

    observed = [n for n in notes if n.relation is not None]
    if not observed:
        return None
    good = sum(n.relation in (Relation.STRENGTHENED, Relation.KEPT) for n in observed)
    return RelationQuotient(good, len(observed), 100.0 * (shared_quotient(notes) or 0.0))


def agent_summary(journal: Journal, agent_id: int, review_month: str, *,
                  include_private: bool = True, months: int = TREND_MONTHS) -> AgentSummary:
    """Gather the agent page for `review_month`; private notes only if `include_private`."""
    agent = journal.agent(agent_id)
    window = month_range(add_months(review_month, -(months - 1)), review_month)
    first = window[0]
    by_key: dict[str, dict[str, tuple[float | None, float | None]]] = {}
    for row in journal.figures(agent_id):
        if first <= row.month <= review_month:
            by_key.setdefault(row.metric, {})[row.month] = (row.value, row.target)
    trends = []
    targets = journal.targets_for(agent_id, review_month)  # one query for every metric
    metrics = journal.metrics()
    in_force = journal.targets_in_months(agent_id, [m.key for m in metrics], window)
    for metric in metrics:
        per_month = by_key.get(metric.key, {})
        value = per_month.get(review_month, (None, None))[0]
        target = targets.get(metric.key)
        trends.append(MetricTrend(
            metric=metric,
            values=[per_month.get(m, (None, None))[0] for m in window],
            target=target,
            value=value,
            status=target_status(metric, value, target),
            targets=tuple(in_force[(metric.key, m)] for m in window),
        ))
    sessions = journal.sessions(agent_id=agent_id)
    signed = [s for s in sessions if s.signed]
    last_signed = signed[0] if signed else None
    since = last_signed.agent_signed_at if last_signed else None
    notes = journal.notes(agent_id, since=since, include_private=include_private)
    return AgentSummary(
        agent=agent,
        review_month=review_month,
        months=window,
        trends=trends,
        smileys=_smileys(trends),
        sessions=sessions,
        last_signed=last_signed,
        draft=journal.draft_for(agent_id, review_month, SessionKind.MONTHLY),
        open_goals=journal.open_goals(agent_id),
        notes=notes,
        relation=relation_quotient(notes),
    )


def _smileys(trends: list[MetricTrend]) -> SmileyCounts | None:
    values = {t.metric.key: t.value for t in trends if t.metric.key in SMILEY_METRICS}
    if len(values) < len(SMILEY_METRICS) or any(v is None for v in values.values()):
        return None
    return SmileyCounts(red=int(values["smileys_red"] or 0),
                        yellow=int(values["smileys_yellow"] or 0),
                        green=int(values["smileys_green"] or 0))

