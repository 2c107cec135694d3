"""Signing a talk: what is still missing, and the signature that stores the record for good.

`checklist` says what a talk lacks before it can be signed. Hard gaps block signing (a
previous goal without an outcome would vanish from every later look-back; a talk without
a learning point or a goal is not a talk): `sign` refuses them with the reasons. Soft gaps
(unrated factors, fewer than three goals, goals the SMART check flags) may be signed when
both agree: `sign(..., confirmed_soft=True)`, and the change log records which ones.

An exit talk, or a talk with an agent whose employment has an end date, needs no new goals:
the goal-count gaps do not apply (goals that are there are still SMART-checked).

`sign` writes the signatures and stores the record as signed (storage.signed_records) in
one transaction, so there is never a signed talk without its record, nor the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from coachtui import clock
from coachtui.errors import ReadOnlyError, UserError, sentence
from coachtui.model import MAX_GOALS, GoalStatus, Session, SessionKind
from coachtui.model.sessions import MIN_GOALS_HINT
from coachtui.outside_text import quoted, shown
from coachtui.smart_check import smart_problems
from coachtui.storage import signed_records

if TYPE_CHECKING:
    from collections.abc import Iterable

    from coachtui.storage.figures import FigureChange
    from coachtui.storage.journal import Journal

# The step of the talk where each gap is put right (shown next to it: the digit jumps there).
STEP_FACTORS, STEP_LOOK_BACK, STEP_LEARNING_POINT, STEP_GOALS = 2, 3, 4, 5
_WHAT_LIMIT = 40


@dataclass(frozen=True)
class Both:
    """A value that reads differently in Dutch and English (a factor's label)."""

    nl: str
    en: str

    def in_lang(self, lang: str) -> str:
        """The value in `lang`."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Gap:
    """One thing a talk lacks: a text key with its values, hard or soft, and its step."""

    key: str
    hard: bool
    step: int
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The gap as one sentence in `lang`."""
        filled = {k: v.in_lang(lang) if isinstance(v, Both) else v
                  for k, v in self.values.items()}
        return sentence(self.key, lang, filled)

    def logged(self) -> dict[str, Any]:
        """The gap as the change log keeps it: key and values, language-neutral."""
        return {"key": self.key,
                "values": {k: v.en if isinstance(v, Both) else v
                           for k, v in self.values.items()}}


@dataclass(frozen=True)
class Checklist:
    """What a talk lacks before signing; `leaving` when no new goals are needed."""

    gaps: tuple[Gap, ...]
    leaving: bool = False

    @property
    def hard(self) -> tuple[Gap, ...]:
        """The gaps that block signing."""
        return tuple(g for g in self.gaps if g.hard)

    @property
    def soft(self) -> tuple[Gap, ...]:
        """The gaps that may be signed when both confirm."""
        return tuple(g for g in self.gaps if not g.hard)

    @property
    def complete(self) -> bool:
        """Nothing is missing."""
        return not self.gaps


class SigningRefused(UserError):
    """Signing refused: hard gaps, or soft gaps not confirmed; the text names every one."""

    def __init__(self, key: str, gaps: tuple[Gap, ...]) -> None:
        super().__init__(key, count=len(gaps))
        self.gaps = gaps

    def text(self, lang: str) -> str:
        """The refusal and each reason, in `lang`."""
        reasons = " ".join(f"({n}) {g.text(lang)}" for n, g in enumerate(self.gaps, 1))
        return f"{super().text(lang)} {reasons}"


def is_leaving(journal: Journal, session: Session) -> bool:
    """An exit talk, or an agent whose employment has an end date: no new goals needed."""
    if session.kind is SessionKind.EXIT:
        return True
    return journal.agent(session.agent_id).employment_end is not None


def checklist(journal: Journal, session_id: int, *, today: date | None = None) -> Checklist:
    """What the talk still lacks, hard gaps first (each with the step that fixes it)."""
    today = today or clock.today()
    session = journal.session(session_id)
    if session.kind is not SessionKind.MONTHLY:  # each kind has its own (services/kinds.py)
        from coachtui.services.kinds import kind_checklist

        return kind_checklist(journal, session)
    leaving = is_leaving(journal, session)
    gaps: list[Gap] = []
    for goal in journal.goals_to_review(session):
        if goal.status is GoalStatus.OPEN:
            gaps.append(Gap("signing.gap.previous_goal_open", True, STEP_LOOK_BACK,
                            {"what": quoted(goal.what or "–", _WHAT_LIMIT)}))
    if not (session.learning_point or "").strip():
        gaps.append(Gap("signing.gap.no_learning_point", True, STEP_LEARNING_POINT))
    goals = session.goals
    for n, goal in enumerate(goals, start=1):
        if not goal.what.strip():
            gaps.append(Gap("signing.gap.blank_goal", True, STEP_GOALS, {"n": n}))
        elif goal.deadline_draft:  # typed half-way and kept as typed: the record needs a date
            gaps.append(Gap("signing.gap.deadline_draft", True, STEP_GOALS,
                            {"n": n, "value": quoted(goal.deadline_draft, _WHAT_LIMIT)}))
    written = [g for g in goals if g.what.strip()]
    if len(written) > MAX_GOALS:
        gaps.append(Gap("signing.gap.too_many_goals", True, STEP_GOALS,
                        {"count": len(written), "most": MAX_GOALS}))
    elif not written and not leaving:
        gaps.append(Gap("signing.gap.no_goal", True, STEP_GOALS))
    elif len(written) < MIN_GOALS_HINT and not leaving:
        gaps.append(Gap("signing.gap.few_goals", False, STEP_GOALS,
                        {"count": len(written), "least": MIN_GOALS_HINT}))
    rated = {r.factor for r in session.ratings if r.rating is not None}
    unrated = [f for f in journal.factors() if f.key not in rated]
    if unrated:
        gaps.append(Gap("signing.gap.unrated", False, STEP_FACTORS, {
            "count": len(unrated),
            "factors": Both(", ".join(shown(f.label("nl")) for f in unrated),
                            ", ".join(shown(f.label("en")) for f in unrated))}))
    for n, goal in enumerate(goals, start=1):
        if goal.what.strip() and goal.team_goal_id is None \
                and smart_problems(goal, "en", today):  # a team goal is measured by design
            gaps.append(Gap("signing.gap.smart", False, STEP_GOALS, {
                "n": n, "what": quoted(goal.what, _WHAT_LIMIT),
                "count": len(smart_problems(goal, "en", today))}))
    gaps += goal_gaps(journal, session)
    gaps.sort(key=lambda g: not g.hard)  # stable: hard gaps first, each group in step order
    return Checklist(tuple(gaps), leaving=leaving)


def goal_gaps(journal: Journal, session: Session) -> list[Gap]:
    """Soft gaps of goals between talks: fields that look like health information, and
    outcomes that contradict the figure without a reason."""
    from coachtui.services import goals as goal_service

    gaps = []
    health = goal_service.health_fields(journal, session)
    if health:
        gaps.append(Gap("signing.gap.health", False, STEP_LOOK_BACK, {"count": len(health)}))
    for goal in journal.goals_to_review(session):
        if goal.metric and not goal.outcome_reason.strip():
            figure = goal_service.figure_for(journal, goal, until=session.month)
            if goal_service.contradicts(goal.status, figure.suggested):
                gaps.append(Gap("signing.gap.outcome_reason", False, STEP_LOOK_BACK,
                                {"what": quoted(goal.what or "–", _WHAT_LIMIT)}))
    return gaps


def sign(journal: Journal, session_id: int, *, manager: str, agent: str,
         confirmed_soft: bool, seen: tuple[Gap, ...] | None = None,
         today: date | None = None) -> Session:
    """Both sign; the record is stored as signed. Refuses hard gaps, and soft ones unless
    `confirmed_soft` (then the change log names them).

    `seen` is the soft gaps the two were shown when they confirmed: a gap that appeared
    since (another window) is not confirmed by that answer.
    """
    with journal.transaction():  # the checklist is read under the write lock it signs in
        session = journal.session(session_id)
        if session.signed:
            raise ReadOnlyError("signing.already_signed", id=session_id)
        found = checklist(journal, session_id, today=today)
        if found.hard:
            raise SigningRefused("signing.refused_hard", found.hard)
        unconfirmed = found.soft if not confirmed_soft else tuple(
            g for g in found.soft if seen is not None and g not in seen)
        if unconfirmed:
            raise SigningRefused("signing.refused_unconfirmed", unconfirmed)
        journal.sign(session_id, manager, agent)
        from coachtui.services.talks import after_signing

        after_signing(journal, session_id)  # e.g. a signed exit talk ends the employment
        if found.soft:
            signed_records.log_confirmed_gaps(journal, session_id, session.agent_id,
                                              [g.logged() for g in found.soft])
        from coachtui.services.record_charts import record_charts

        # the months the record's charts draw are signed with it (signed means signed)
        signed_records.store_signed_record(journal, session_id,
                                           extra=record_charts(journal, session_id))
    return journal.session(session_id)


# -- what imports, the talk and the agent page need to know ---------------------------------
@dataclass(frozen=True)
class SignedFigure:
    """A figure as a signed talk keeps it: value, target and the met/missed word."""

    metric: str
    value: float | None
    target: float | None
    result: str


def signed_figures(journal: Journal, session_id: int) -> list[SignedFigure] | None:
    """The figures a signed talk was signed with, or None (a draft, or nothing stored):
    what a signed talk shows instead of today's figures."""
    stored = signed_records.stored_record(journal, session_id)
    if stored is None:
        return None
    return [SignedFigure(str(f["metric"]), f["value"], f["target"], str(f["result"]))
            for f in stored.content["figures"]]


def signed_months(journal: Journal, agent_id: int) -> frozenset[str]:
    """The months of the agent's signed talks: their records keep the figures as signed."""
    return signed_records.signed_months(journal, agent_id)


@dataclass(frozen=True)
class KeptFigure:
    """A figure an import changes in a month whose signed talk keeps the old value."""

    agent_id: int
    month: str
    metric: str
    signed: float | None
    new: float | None
    session_id: int


def kept_by_signed_talks(journal: Journal, changes: Iterable[FigureChange]
                         ) -> list[KeptFigure]:
    """Of an import's changes, those whose month has a signed talk (which keeps the value
    it was signed with): for the preview's "signed talks keep the old value"."""
    kept: list[KeptFigure] = []
    by_agent: dict[int, list[signed_records.StoredRecord]] = {}
    for change in changes:
        if change.agent_id not in by_agent:
            by_agent[change.agent_id] = signed_records.stored_records(journal, change.agent_id)
        for stored in by_agent[change.agent_id]:
            if stored.month != change.month:
                continue
            figure = _figure(stored.content, change.metric)
            kept.append(KeptFigure(change.agent_id, change.month, change.metric,
                                   figure.get("value") if figure else None, change.new,
                                   stored.session_id))
    return kept


@dataclass(frozen=True)
class FigureDifference:
    """A figure of a signed talk that reads differently today (both are shown)."""

    session_id: int
    month: str
    metric: str
    signed_value: float | None
    signed_target: float | None
    signed_result: str
    now_value: float | None
    now_target: float | None
    now_result: str


def figure_differences(journal: Journal, agent_id: int) -> list[FigureDifference]:
    """Where an agent's signed records differ from today's figures or targets."""
    records = signed_records.stored_records(journal, agent_id)
    if not records:
        return []
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    today: dict[tuple[str, str], dict[str, Any]] = {
        (row.month, row.metric): signed_records.figure_entry(row, metrics)
        for row in journal.figures(agent_id)}
    differences: list[FigureDifference] = []
    for stored in records:
        signed = {f["metric"]: f for f in stored.content["figures"]}
        now = {metric: f for (month, metric), f in today.items() if month == stored.month}
        for metric in [*signed, *(m for m in now if m not in signed)]:
            was, is_ = signed.get(metric), now.get(metric)
            if was is not None and is_ is not None and (
                    was["value"], was["target"]) == (is_["value"], is_["target"]):
                continue
            differences.append(FigureDifference(
                stored.session_id, stored.month, metric,
                _get(was, "value"), _get(was, "target"), str(_get(was, "result") or "missing"),
                _get(is_, "value"), _get(is_, "target"), str(_get(is_, "result") or "missing")))
    return differences


def _figure(content: dict[str, Any], metric: str) -> dict[str, Any] | None:
    return next((f for f in content["figures"] if f["metric"] == metric), None)


def _get(figure: dict[str, Any] | None, key: str) -> Any:
    return figure.get(key) if figure else None
