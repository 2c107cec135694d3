"""The monthly talk as the screen and its steps use it: load, save a field, goals, progress.

Every field of the talk is named the way its widget is named ("session:learning_point",
"ratingnote:initiative", "rating:initiative", "review:12", "remark:12", "goal:7:what",
"sign:manager"). `save_field` writes one field and carries the value the window saw: when
the journal holds something else, another window changed it, and the save is refused with
a ConflictError (text key + values) so nothing is overwritten silently. Reading never
writes: a window that only looks causes no commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from coachtui.model import Goal, GoalStatus, Session, SessionKind

if TYPE_CHECKING:
    from datetime import date

    from coachtui.model import Agent, Factor, FigureRow, MetricDefinition, Note
    from coachtui.storage.journal import Journal as Journal  # the steps' type for it
    from coachtui.storage.talk_answers import AgendaItem

# the session fields each "sign:" field is kept in while the talk is a draft
_SIGNATURE_FIELDS = {"manager": "manager_signature", "agent": "agent_signature"}


@dataclass(frozen=True)
class TalkState:
    """What can change underneath a window: the session and the goals it looks back on."""

    session: Session
    to_review: list[Goal] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)

    def value(self, name: str) -> str | None:
        """The journal's value of the field called `name`, as its widget shows it.

        Text fields give text ("" when empty); choice fields give the chosen value or None.
        """
        kind, _, rest = name.partition(":")
        s = self.session
        if kind == "session":
            raw = getattr(s, rest)
            return "" if raw is None else str(raw)
        if kind == "sign":
            return getattr(s, _SIGNATURE_FIELDS[rest]) or ""
        if kind in ("rating", "ratingnote"):
            rating = s.rating_for(rest)
            if kind == "ratingnote":
                return rating.note if rating else ""
            return rating.rating.value if rating and rating.rating else None
        if kind in ("review", "remark", "outcome"):
            goal = next((g for g in self.to_review if g.id == int(rest)), None)
            if goal is None:
                return None
            if kind == "remark":
                return goal.review_remark
            if kind == "outcome":
                return goal.outcome_reason
            return goal.status.value if goal.status is not GoalStatus.OPEN else None
        if kind == "answer":
            from coachtui.services.kinds import CHOICE_FIELDS

            text = s.answers.get(rest, "")
            return (text or None) if rest in CHOICE_FIELDS else text
        if kind in ("agentrating", "agentnote"):
            rating = s.rating_for(rest)
            if kind == "agentnote":
                return rating.agent_note if rating else ""
            return rating.agent_rating.value if rating and rating.agent_rating else None
        if kind == "agenda":
            item = next((i for i in self.agenda if i.id == int(rest)), None)
            if item is None or item.state_session_id != s.id:
                return None
            return item.state
        if kind == "goal":
            goal_id, _, name_ = rest.partition(":")
            found = next((g for g in s.goals if g.id == int(goal_id)), None)
            if found is None:
                return None
            return goal_text(found, name_)
        return None


def goal_text(goal: Goal, name: str) -> str:
    """A goal's field as its form shows it (a deadline as typed when not yet a date)."""
    if name == "deadline":
        return goal.deadline.isoformat() if goal.deadline else goal.deadline_draft
    if name == "type":
        return goal.type.value
    if name == "personal":
        return "1" if goal.personal else "0"
    if name == "target_value":
        return "" if goal.target_value is None else f"{goal.target_value:g}"
    return str(getattr(goal, name) or "")


@dataclass(frozen=True)
class TalkView:
    """Everything the talk's steps show, read in one go."""

    state: TalkState
    agent: Agent
    factors: list[Factor]
    evidence: dict[str, list[Note]]
    previous_learning_point: str | None
    manager_name: str
    metrics: list[MetricDefinition] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)  # the agent's, every month
    targets: dict[str, float | None] = field(default_factory=dict)  # the talk month's

    def with_state(self, state: TalkState) -> TalkView:
        """The same view on a newer state (what another window changed)."""
        return replace(self, state=state)

    @property
    def session(self) -> Session:
        """The session as read."""
        return self.state.session


# -- reading ------------------------------------------------------------------------------
def start_talk(journal: Journal, agent_id: int, month: str,
               kind: SessionKind = SessionKind.MONTHLY) -> Session:
    """Start the agent's talk of `kind` about `month`, or return the draft already in
    progress. A new talk that agrees goals gets the team's KPI goals and the unfinished
    goals carried over."""
    from coachtui.services.goals import prepare_talk

    if journal.draft_for(agent_id, month, kind) is not None:
        return journal.start_session(agent_id, month, kind)
    with journal.transaction():
        session = journal.start_session(agent_id, month, kind)
        if kind is SessionKind.MONTHLY:  # other kinds agree goals of their own
            prepare_talk(journal, session)
    return journal.session(session.id or 0)


def load_state(journal: Journal, session_id: int) -> TalkState:
    """The session, its look-back goals and its agenda (NotFoundError once it is gone)."""
    session = journal.session(session_id)
    return TalkState(session=session, to_review=journal.goals_to_review(session),
                     agenda=journal.agenda_for(session))


def load_talk(journal: Journal, session_id: int, *, agent_view: bool) -> TalkView:
    """Everything the steps show; private notes left out in agent view."""
    from coachtui.evidence import evidence_for_talk

    state = load_state(journal, session_id)
    session = state.session
    previous = journal.previous_session(session)
    metrics = journal.metrics()
    return TalkView(
        state=state,
        agent=journal.agent(session.agent_id),
        factors=journal.factors(),
        evidence=evidence_for_talk(journal, session, include_private=not agent_view),
        previous_learning_point=previous.learning_point if previous else None,
        manager_name=journal.meta("manager_name") or "",
        metrics=metrics,
        figures=_figures_as_agreed(journal, session),
        targets=journal.targets_for(session.agent_id, session.month),
    )


def _figures_as_agreed(journal: Journal, session: Session) -> list[FigureRow]:
    """The agent's figures; for a signed talk its month shows the figures it was signed
    with (later imports or target changes never alter a signed record)."""
    from coachtui.model import FigureRow
    from coachtui.services.signing import signed_figures

    rows = journal.figures(session.agent_id)
    signed = signed_figures(journal, session.id or 0) if session.signed else None
    if signed is None:
        return rows
    kept = [r for r in rows if r.month != session.month]
    kept += [FigureRow(agent_id=session.agent_id, month=session.month, metric=f.metric,
                       value=f.value, target=f.target, source="signed") for f in signed]
    return kept


# -- writing one field --------------------------------------------------------------------
# Fields whose value is a choice, not free text: the health guard leaves them alone.
_CHOICE_KINDS = ("rating", "review", "sign")
_CHOICE_GOAL_FIELDS = ("type", "deadline", "metric", "target_value", "team_goal_id",
                       "personal", "threshold", "follow_up")


def save_field(journal: Journal, session_id: int, name: str, value: str | None,
               seen: str | None, *, allow_health: bool = False) -> None:
    """Write the field called `name`; `seen` is the value the window last knew.

    Raises ConflictError when another window changed the field since (nothing written),
    ReadOnlyError once signed, NotFoundError when the talk or goal is gone, and
    HealthWordsInField when free text gets a health word for the first time (nothing
    written: ask, then save again with `allow_health`).
    """
    from coachtui.services import goals as goal_service

    kind, _, rest = name.partition(":")
    if kind not in _CHOICE_KINDS and not name.endswith(
            tuple(f":{f}" for f in _CHOICE_GOAL_FIELDS)):
        goal_service.check_health(seen, value, allow=allow_health)
    if kind == "review":
        goal_service.review(journal, int(rest), session_id, value, seen)
        return
    if kind == "outcome":
        journal.set_goal_outcome_details(int(rest), session_id, outcome_reason=value or "")
        return
    if kind == "session":
        journal.save_session_field(session_id, rest, value, expected=seen)
    elif kind == "sign":
        journal.save_session_field(session_id, _SIGNATURE_FIELDS[rest], value or None,
                                   expected=seen or None)
    elif kind == "ratingnote":
        journal.save_rating(session_id, rest, note=value or "", expected_note=seen or "")
    elif kind == "rating":
        journal.save_rating(session_id, rest, value, expected_rating=seen)
    elif kind == "remark":
        journal.review_goal(int(rest), session_id, remark=value or "",
                            expected_remark=seen or "")
    elif kind == "goal":
        goal_id, _, goal_field = rest.partition(":")
        journal.save_goal_field(int(goal_id), goal_field, value, expected=seen)
    elif kind == "answer":
        journal.save_talk_answer(session_id, rest, value, expected=seen or "")
    elif kind == "agentrating":
        journal.save_agent_rating(session_id, rest, rating=value, expected=seen)
    elif kind == "agentnote":
        journal.save_agent_rating(session_id, rest, note=value or "", expected=seen or "")
    elif kind == "agenda":
        journal.set_agenda_state(int(rest), session_id, value, expected=seen)
    else:  # pragma: no cover - a widget with a name nobody routes is a programming error
        raise ValueError(f"no such talk field: {name}")


def goal(journal: Journal, goal_id: int) -> Goal:
    """One goal as stored now."""
    return journal.goal(goal_id)


def save_progress(journal: Journal, session_id: int, step: int, field_name: str | None) -> None:
    """Remember the step and field so reopening resumes there (no commit when unchanged)."""
    journal.save_progress(session_id, step, field_name)


# -- goals --------------------------------------------------------------------------------
def add_goal(journal: Journal, session_id: int) -> Goal:
    """A new, empty goal (a sixth is refused: at most five, so focus stays possible)."""
    return journal.add_goal(session_id)


def remove_goal(journal: Journal, goal_id: int) -> Goal:
    """Remove a goal; returns it so the screen can offer undo."""
    return journal.delete_goal(goal_id)


def restore_goal(journal: Journal, removed: Goal) -> Goal:
    """Put back a removed goal (undo), with everything it held."""
    return journal.restore_goal(removed)


def carry_over(journal: Journal, goal_id: int, session_id: int) -> Goal:
    """Carry a previous goal over into this talk's goals (once)."""
    return journal.carry_over_goal(goal_id, session_id)


# -- signing and addenda -------------------------------------------------------------------
def add_addendum(journal: Journal, session_id: int, text: str) -> None:
    """A dated correction to a signed talk."""
    journal.add_addendum(session_id, text)


# -- talk kinds: agenda, the appraisal's scale, leaving ------------------------------------
def add_agenda_item(journal: Journal, agent_id: int, text: str, *,
                    by_agent: bool = False) -> AgendaItem:
    """A topic for the agent's next talk, added by the lead or (agent view) the agent."""
    return journal.add_agenda_item(agent_id, text, added_by="agent" if by_agent else "lead")


def open_agenda(journal: Journal, agent_id: int) -> list[AgendaItem]:
    """The agent's topics not yet ticked off in a talk."""
    return journal.open_agenda(agent_id)


def leaving_date(session: Session) -> date | None:
    """The date of leaving typed in an exit talk, when it is a whole date."""
    from datetime import date

    text = session.answers.get("exit.leaving_on", "").strip()
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def end_employment(journal: Journal, agent_id: int, on: date) -> Agent:
    """The agent's employment ends on `on`: they leave the overview (active = 0) and the
    retention clock starts. (The agents service's `agent leave` does the same for the
    command line; this one serves the exit talk.)"""
    agent = journal.agent(agent_id)
    return journal.update_agent(agent.model_copy(update={"employment_end": on,
                                                         "active": False}))


def after_signing(journal: Journal, session_id: int) -> None:
    """What signing a talk of a kind sets in motion (inside the signing transaction): a
    signed exit talk ends the employment on its date of leaving."""
    session = journal.session(session_id)
    if session.kind is SessionKind.EXIT:
        on = leaving_date(session)
        if on is not None:
            end_employment(journal, session.agent_id, on)
