"""What a record's charts draw, taken into the record's content when it is signed.

Signed means signed: the PDF and HTML of a signed record draw from its stored content, so
the months a chart shows are put into that content at signing (`sign()` passes them to
`store_signed_record`), never read from the journal as it is at export. Two keys, each
only where it applies (a record signed before them simply has no chart, and its hash
stays what it was):

- `trend` (monthly talk): the twelve months up to the talk's month, per metric with a
  figure its values and the target in force each month.
- `year_overview` (appraisal and performance talk): the year overview as the talk showed
  it (the twelve months up to the talk's month, or up to the last full month): the
  metrics as above, each factor's ratings month by month, the goals of the period with
  their outcome, the learning points and the days of absence. It holds nothing from
  quick notes (the relation quotient stays on screen), and no private note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coachtui.model.choices import SessionKind
from coachtui.services.year import MetricYear, metric_years, year_months, year_overview

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal


def record_charts(journal: Journal, session_id: int) -> dict[str, Any]:
    """The chart keys of a session's record content (empty for the kinds without one)."""
    session = journal.session(session_id)
    # a figure marked personal stays out of the charts as it stays out of the figures,
    # unless the team lead put it in this record on purpose
    includes = journal.record_includes(session_id)
    hidden = {key for key in journal.personal_metrics(session.agent_id)
              if f"figure:{key}" not in includes}
    if session.kind is SessionKind.MONTHLY:
        months = year_months(session.month)
        return {"trend": {"months": months,
                          "metrics": _metric_entries(metric_years(journal, session.agent_id,
                                                                  months), hidden)}}
    if session.kind in (SessionKind.APPRAISAL, SessionKind.PERFORMANCE):
        return {"year_overview": overview_entry(journal, session.agent_id,
                                                overview_until(session.month), hidden)}
    return {}


def overview_until(month: str) -> str:
    """The last month of a talk's year overview: the talk's month, or the last full month
    when the talk is about the month now running (as the talk's year overview step)."""
    from coachtui import clock
    from coachtui.model.months import add_months

    return min(month, add_months(clock.current_month(), -1))


def overview_entry(journal: Journal, agent_id: int, until: str,
                   hidden: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """The year overview as a record keeps it (plain values, in the JSON the hash covers);
    the metrics in `hidden` (personal, not included) are left out."""
    view = year_overview(journal, agent_id, until)
    return {
        "months": list(view.months),
        "metrics": _metric_entries(view.metrics, hidden),
        "factors": [{"factor": f.factor.key,
                     "ratings": [r.value if r is not None else None for r in f.ratings]}
                    for f in view.factors if f.rated],
        "goals": [{"text": g.text, "type": g.type.value, "status": g.status.value,
                   "set_in": g.set_in, "months": g.months} for g in view.goals],
        "learning_points": [{"month": p.month, "text": p.text} for p in view.learning_points],
        "absence_days": view.absence_days,
    }


def _metric_entries(metrics: tuple[MetricYear, ...],
                    hidden: frozenset[str] | set[str]) -> list[dict[str, Any]]:
    return [{"metric": m.metric.key, "values": [_number(v) for v in m.values],
             "targets": [_number(t) for t in m.targets]}
            for m in metrics if m.months_with_value and m.metric.key not in hidden]


def _number(value: float | None) -> float | int | None:
    """Whole numbers without `.0`, so the same figure hashes the same everywhere."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)
