"""Goals that live between talks: linked to figures, carried over until reached and
embedded, followed up with progress remarks and incidents, guarded against health words.

The talk screen, the agent page and the `goals` commands use these functions (never
storage). No Textual here.

Team goals are *materialised*: when a talk is built, every team goal of the agent's team in
force for the talk's month becomes a read-only KPI goal row of that talk (`team_goal_id`
set). So it counts towards the 3-5 like any goal, is looked back on with its figure next
month, and is in the signed record exactly as agreed, without a second code path for
"goals that are not rows". A team goal added later reaches the drafts already open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from coachtui import clock
from coachtui.errors import UserError
from coachtui.health_guard import looks_medical, new_health_words

# re-exported: the talk screen keeps a text without them when the lead says no
from coachtui.health_guard import without_health_words as without_health_words
from coachtui.model import Goal, GoalStatus, GoalType, add_months
from coachtui.model.choices import DropReason
from coachtui.model.rules import GOAL_TEXT_FIELDS, MAX_GOALS

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition, Session
    from coachtui.storage.journal import Journal

EMBED_MONTHS = 2  # how long an achieved goal is kept to settle, by default
UNFINISHED = (GoalStatus.OPEN, GoalStatus.PARTLY, GoalStatus.NOT_ACHIEVED)
FINISHED = (GoalStatus.ACHIEVED, GoalStatus.EMBEDDING, GoalStatus.DROPPED)
# the mix the SMART guide asks for: (least, most) per type
MIX = {GoalType.KPI: (1, 2), GoalType.DEVELOPMENT: (1, 2), GoalType.GROWTH: (0, 1)}


class HealthWordsInField(UserError):
    """A talk field would get words that suggest health information: nothing was saved.
    Ask first, then save again with `allow_health=True`."""

    def __init__(self, words: list[str]) -> None:
        super().__init__("goals.health.ask", words=", ".join(words))
        self.words = words


def check_health(old: str | None, new: str | None, *, allow: bool) -> None:
    """Refuse a free text that brings in health words for the first time (unless `allow`)."""
    if allow:
        return
    words = new_health_words(old, new)
    if words:
        raise HealthWordsInField(words)


# -- figures and outcomes -----------------------------------------------------------------
def meets(value: float, target: float, higher_is_better: bool) -> bool:
    """True when `value` reaches `target` in the metric's direction."""
    return value >= target if higher_is_better else value <= target


def suggested_outcome(value: float | None, target: float | None,
                      higher_is_better: bool) -> str | None:
    """`achieved` when the figure meets the target, else `not_achieved`; None without a
    figure or a target (`partly` is the team lead's own call)."""
    if value is None or target is None:
        return None
    return (GoalStatus.ACHIEVED if meets(value, target, higher_is_better)
            else GoalStatus.NOT_ACHIEVED).value


def contradicts(status: GoalStatus | str | None, suggestion: str | None) -> bool:
    """The lead's outcome says the opposite of the figure (partly never contradicts)."""
    if status is None or suggestion is None:
        return False
    status = GoalStatus(status)
    if suggestion == GoalStatus.NOT_ACHIEVED.value:
        return status in (GoalStatus.ACHIEVED, GoalStatus.EMBEDDING)
    return status is GoalStatus.NOT_ACHIEVED


@dataclass(frozen=True)
class Figure:
    """A goal's figure: the value, its month and what it suggests."""

    value: float | None
    month: str | None
    suggested: str | None


def figure_for(journal: Journal, goal: Goal, until: str | None = None,
               metrics: dict[str, MetricDefinition] | None = None) -> Figure:
    """The latest figure of the goal's metric (up to `until`), and the outcome it suggests."""
    if not goal.metric:
        return Figure(None, None, None)
    metrics = metrics if metrics is not None else _metrics(journal)
    metric = metrics.get(goal.metric)
    rows = [r for r in journal.figures(goal.agent_id) if r.metric == goal.metric
            and r.value is not None and (until is None or r.month <= until)]
    if not rows or metric is None:
        return Figure(None, None, None)
    latest = max(rows, key=lambda r: r.month)
    return Figure(latest.value, latest.month,
                  suggested_outcome(latest.value, goal.target_value, metric.higher_is_better))


def _metrics(journal: Journal) -> dict[str, MetricDefinition]:
    return {m.key: m for m in journal.metrics(active_only=False)}


def agreed_target(journal: Journal, agent_id: int, metric: str, month: str) -> float | None:
    """The target agreed with the agent for the metric that month: the goal form's start."""
    return journal.target_for(agent_id, metric, month)


# -- building a talk ----------------------------------------------------------------------
def team_goals_in_force(journal: Journal, team: str | None, month: str) -> list[dict[str, Any]]:
    """The team goals of `team` whose period holds `month`."""
    return [r for r in journal.team_goal_rows(team or "")
            if r["from_month"] <= month <= r["until_month"]]


def prepare_talk(journal: Journal, session: Session) -> None:
    """Fill a new talk: the team's KPI goals in force, then every unfinished goal of the
    previous talk carried over (by default; the look-back drops one with a reason)."""
    assert session.id is not None
    agent = journal.agent(session.agent_id)
    with journal.transaction():
        add_team_goals(journal, session.id, session.agent_id, agent.team, session.month)
        previous = journal.previous_session(session)
        if previous is None or previous.id is None:
            return
        for goal in journal.goals(previous.id):
            if goal.status in UNFINISHED and not is_team_kpi(goal):
                _carry(journal, goal, session.id)


def add_team_goals(journal: Journal, session_id: int, agent_id: int, team: str | None,
                   month: str) -> None:
    """Add the team goals in force as read-only KPI goals (once each; no room, no goal)."""
    have = {g.team_goal_id for g in journal.goals(session_id) if is_team_kpi(g)}
    metrics = _metrics(journal)
    for row in team_goals_in_force(journal, team, month):
        if row["id"] in have or len(journal.goals(session_id)) >= MAX_GOALS:
            continue
        metric = metrics.get(row["metric"])
        label = metric.label_en if metric else row["metric"]
        # measure and target are data (metric, target_value), worded when shown in the
        # reader's language (`team_goal_words`); only a goal without text of its own
        # needs a name here
        journal.add_goal(
            session_id, type=GoalType.KPI, what=row["text"] or label,
            measure="", target="", metric=row["metric"], target_value=row["target"],
            team_goal_id=row["id"], why=row["serves"],
            deadline=_month_end(row["until_month"]))


def _month_end(month: str) -> date:
    first_next = date.fromisoformat(add_months(month, 1) + "-01")
    return date.fromordinal(first_next.toordinal() - 1)


def is_team_kpi(goal: Goal) -> bool:
    """A team's KPI goal shown in a talk: read-only there."""
    return goal.type is GoalType.KPI and goal.team_goal_id is not None


def _carry(journal: Journal, goal: Goal, session_id: int) -> None:
    if goal.id is None or len(journal.goals(session_id)) >= MAX_GOALS:
        return
    journal.carry_over_goal(goal.id, session_id)


# -- the look-back ------------------------------------------------------------------------
def review(journal: Journal, goal_id: int, session_id: int, status: str | None,
           seen: str | None) -> None:
    """Mark a previous goal's outcome and keep the rest in line: an unfinished goal stays
    carried over, an achieved, embedding or dropped one leaves this talk's goals (when its
    copy was not touched); embedding runs two months by default."""
    new = GoalStatus(status) if status else GoalStatus.OPEN
    session = journal.session(session_id)
    with journal.transaction():
        journal.review_goal(goal_id, session_id, new,
                            expected_status=seen or GoalStatus.OPEN.value)
        goal = journal.goal(goal_id)
        copy = journal.carried_copy(goal_id, session_id)
        if new in FINISHED:
            if copy is not None and copy.id is not None and _untouched(copy, goal):
                journal.delete_goal(copy.id)
        elif copy is None and not is_team_kpi(goal):
            _carry(journal, goal, session_id)
        embed = add_months(session.month, EMBED_MONTHS) if new is GoalStatus.EMBEDDING \
            else None
        if goal.embed_until != embed and (embed is None or goal.embed_until is None):
            journal.set_goal_outcome_details(goal_id, session_id, embed_until=embed)
        if new is not GoalStatus.DROPPED and goal.drop_reason is not None:
            journal.set_goal_outcome_details(goal_id, session_id, drop_reason=None,
                                             drop_reason_text="")


def drop(journal: Journal, goal_id: int, session_id: int, reason: str, text: str = "",
         seen: str | None = None) -> None:
    """Drop a previous goal with its reason (`other` needs a text); one transaction."""
    if reason not in {r.value for r in DropReason}:
        raise UserError("goals.bad_drop_reason", value=reason)
    if reason == DropReason.OTHER.value and not text.strip():
        raise UserError("goals.drop_needs_text")
    with journal.transaction():
        review(journal, goal_id, session_id, GoalStatus.DROPPED.value, seen)
        journal.set_goal_outcome_details(goal_id, session_id, drop_reason=reason,
                                         drop_reason_text=text.strip())


def _untouched(copy: Goal, original: Goal) -> bool:
    keep = ("what", "measure", "target", "why", "support", "metric", "target_value")
    return all(getattr(copy, k) == getattr(original, k) for k in keep)


# -- the goal form's guidance -------------------------------------------------------------
@dataclass(frozen=True)
class MixAdvice:
    """Text keys (with values) that guide the mix of a talk's goals."""

    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def mix_advice(journal: Journal, session: Session) -> MixAdvice:
    """1-2 KPI, 1-2 development, at most 1 growth; a growth goal while most targets are
    missed is warned about (the basics first)."""
    goals = [g for g in session.goals if g.what.strip() or is_team_kpi(g)]
    notes: list[tuple[str, dict[str, Any]]] = []
    for kind, (least, most) in MIX.items():
        n = sum(g.type is kind for g in goals)
        if n > most:
            notes.append(("goals.mix.too_many", {"type": kind.value, "most": most}))
        elif n < least and goals:
            notes.append(("goals.mix.too_few", {"type": kind.value, "least": least}))
    if any(g.type is GoalType.GROWTH for g in session.goals):
        missed, counted = targets_missed(journal, session.agent_id, session.month)
        if counted and missed * 2 > counted:
            notes.append(("goals.mix.growth_early", {"missed": missed, "of": counted}))
    return MixAdvice(notes)


def mix_advice_for(journal: Journal, session_id: int) -> MixAdvice:
    """`mix_advice` on the talk as stored now."""
    return mix_advice(journal, journal.session(session_id))


def targets_missed(journal: Journal, agent_id: int, month: str) -> tuple[int, int]:
    """(missed, with a target) among the agent's figures of `month`."""
    metrics = _metrics(journal)
    missed = counted = 0
    for row in journal.figures(agent_id, month):
        metric = metrics.get(row.metric)
        if metric is None or row.value is None or row.target is None:
            continue
        counted += 1
        missed += not meets(row.value, row.target, metric.higher_is_better)
    return missed, counted


# -- between talks ------------------------------------------------------------------------
@dataclass(frozen=True)
class Remark:
    """A dated progress remark or incident."""

    on: str
    text: str


@dataclass(frozen=True)
class GoalProgress:
    """An open goal as the agent page and `coachtui goals` show it."""

    goal: Goal
    month: str  # the talk it was agreed in
    months_running: int
    carried_from: int | None
    figure: Figure
    incidents: int  # this month's, against the threshold
    incidents_total: int
    remarks: list[Remark]
    past_deadline: bool

    @property
    def at_threshold(self) -> bool:
        """A behaviour goal's incidents reached the agreed threshold this month."""
        t = self.goal.threshold
        return t is not None and self.incidents >= t


def open_goals(journal: Journal, agent_id: int, *, today: date | None = None
               ) -> list[GoalProgress]:
    """The agent's open goals (latest signed talk) and goals still embedding, with their
    progress: latest figure, months running, incidents, remarks."""
    today = today or clock.today()
    month = today.strftime("%Y-%m")
    rows = journal.goal_rows(agent_id)
    by_id = {r["id"]: r for r in rows}
    signed = [r for r in rows if r["session_status"] == "signed"]
    latest_session = signed[-1]["session_id"] if signed else None
    chosen = [r for r in signed if
              (r["session_id"] == latest_session
               and (r["status"] == GoalStatus.OPEN.value or r["reviewed_status"] == "draft"))
              or (r["status"] == GoalStatus.EMBEDDING.value
                  and r["reviewed_status"] == "signed"
                  and (r["embed_until"] or "") >= month)]
    progress = journal.goal_notes("goal_progress", agent_id)
    incidents = journal.goal_notes("goal_incidents", agent_id)
    metrics = _metrics(journal)
    from coachtui.storage.goals import goal_from_row

    found = []
    for row in chosen:
        chain = _chain(row["id"], by_id)
        first = by_id[chain[-1]]
        goal = goal_from_row({k: v for k, v in row.items() if k not in
                              ("session_month", "session_status", "reviewed_status")})
        if row["reviewed_status"] == "draft":  # looked back on in a talk not yet signed
            goal = goal.model_copy(update={"status": GoalStatus.OPEN})
        mine = [i for i in incidents if i["goal_id"] in chain]
        found.append(GoalProgress(
            goal=goal,
            month=row["session_month"],
            months_running=max(0, _months_between(first["session_month"], month)),
            carried_from=goal.carried_over_from,
            figure=figure_for(journal, goal, metrics=metrics),
            incidents=sum(i["on_date"][:7] == month for i in mine),
            incidents_total=len(mine),
            remarks=[Remark(p["on_date"], p["text"]) for p in progress
                     if p["goal_id"] in chain],
            past_deadline=goal.status is GoalStatus.OPEN and goal.deadline is not None
            and goal.deadline < today,
        ))
    return found


def _chain(goal_id: int, by_id: dict[int, dict[str, Any]]) -> list[int]:
    """The goal and every goal it was carried over from, newest first."""
    chain = [goal_id]
    while (parent := by_id[chain[-1]].get("carried_over_from")) in by_id \
            and parent not in chain:
        chain.append(parent)
    return chain


def _months_between(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])


def add_progress(journal: Journal, goal_id: int, text: str, *, allow_health: bool = False
                 ) -> date:
    """A dated progress remark on a goal (today); refused when empty."""
    text = text.strip()
    if not text:
        raise UserError("goals.progress_empty")
    check_health("", text + " ", allow=allow_health)
    journal.goal(goal_id)  # NotFoundError names the id
    on = clock.today()
    journal.add_goal_note("goal_progress", goal_id, on.isoformat(), text, clock.now_iso())
    return on


def add_incident(journal: Journal, goal_id: int, on: date | None = None, text: str = "",
                 *, allow_health: bool = False) -> int:
    """An incident against a behaviour goal; returns how many this goal has that month."""
    goal = journal.goal(goal_id)
    if goal.type is not GoalType.BEHAVIOUR:
        raise UserError("goals.incident_not_behaviour", id=goal_id)
    on = on or clock.today()
    if on > clock.today():
        raise UserError("goals.incident_future", value=on.isoformat())
    check_health("", text.strip() + " ", allow=allow_health)
    journal.add_goal_note("goal_incidents", goal_id, on.isoformat(), text.strip(),
                          clock.now_iso())
    rows = journal.goal_notes("goal_incidents", goal.agent_id)
    by_id = {r["id"]: r for r in journal.goal_rows(goal.agent_id)}
    chain = _chain(goal_id, by_id)
    return sum(r["goal_id"] in chain and r["on_date"][:7] == on.isoformat()[:7]
               for r in rows)


def past_deadline_counts(journal: Journal, agent_ids: list[int], today: date | None = None
                         ) -> dict[int, int]:
    """Per agent: open goals whose deadline has passed (the team overview marks them)."""
    today = today or clock.today()
    return {a: sum(g.past_deadline for g in open_goals(journal, a, today=today))
            for a in agent_ids}


# -- the health guard at signing ----------------------------------------------------------
def health_fields(journal: Journal, session: Session) -> list[str]:
    """Names of the talk's free-text fields whose text looks like health information."""
    found = []
    for name in ("learning_point", "support", "agreements", "agent_comments",
                 "private_notes"):
        if looks_medical(str(getattr(session, name) or "")):
            found.append(f"session:{name}")
    for rating in session.ratings:
        if looks_medical(rating.note):
            found.append(f"ratingnote:{rating.factor}")
    for goal in [*session.goals, *journal.goals_to_review(session)]:
        for name in sorted(GOAL_TEXT_FIELDS):
            if looks_medical(str(getattr(goal, name, "") or "")):
                found.append(f"goal:{goal.id}:{name}")
    for row in journal.talk_answer_texts(session.id or 0):
        if looks_medical(row):
            found.append("answer")
    return found


# -- personal goals and figures: out of the HR record unless included on purpose ----------
@dataclass(frozen=True)
class PersonalItem:
    """A personal goal or figure of a talk, and whether its HR record includes it."""

    item: str  # 'goal:ID' or 'figure:METRIC' (as record_includes stores it)
    kind: str  # 'goal' or 'figure'
    key: str  # the goal's id or the metric's key
    what: str  # the goal's text ('' for a figure: the screen names the metric)
    included: bool


def personal_metrics(journal: Journal, agent_id: int) -> set[str]:
    """The metrics whose figures are personal for the agent (an exam result...)."""
    return journal.personal_metrics(agent_id)


def toggle_personal_figure(journal: Journal, agent_id: int, metric: str) -> bool:
    """Mark the agent's figures of `metric` personal, or shared again; returns the new
    state. A personal figure stays out of every HR record unless a talk includes it."""
    personal = metric not in journal.personal_metrics(agent_id)
    journal.set_personal_metric(agent_id, metric, personal, clock.now_iso())
    return personal


def personal_items(journal: Journal, session_id: int) -> list[PersonalItem]:
    """The talk's personal items: the goals looked back on and set (marked personal) and
    the month's figures of personal metrics, each with whether the HR record includes it."""
    session = journal.session(session_id)
    includes = journal.record_includes(session_id)
    items: list[PersonalItem] = []
    goals = [*journal.goals_to_review(session), *session.goals]
    for goal in goals:
        if goal.personal and goal.id is not None:
            item = f"goal:{goal.id}"
            own = journal.record_includes(goal.session_id) if goal.session_id != session_id \
                else includes
            items.append(PersonalItem(item, "goal", str(goal.id), goal.what,
                                      item in includes or item in own))
    personal = journal.personal_metrics(session.agent_id)
    for row in journal.figures(session.agent_id, session.month):
        if row.metric in personal:
            item = f"figure:{row.metric}"
            items.append(PersonalItem(item, "figure", row.metric, "", item in includes))
    return items


def toggle_record_include(journal: Journal, session_id: int, item: str) -> bool:
    """Put a personal item in this draft's HR record on purpose, or take it out again;
    returns whether it is included now (a signed talk is refused: it never changes)."""
    found = next((i for i in personal_items(journal, session_id) if i.item == item), None)
    if found is None:
        raise UserError("goals.personal.not_personal", item=item)
    journal.set_record_include(session_id, item, not found.included)
    return not found.included


def team_goal_words(goal: Goal, metrics: dict[str, MetricDefinition], lang: str
                    ) -> tuple[str, str]:
    """How a goal is measured and its target, in `lang`: as typed, or for a team goal's
    copy (which stores the metric and the target value, not words) from the catalogue."""
    metric = metrics.get(goal.metric or "")
    measure = goal.measure or (metric.label(lang) if metric else "")
    target = goal.target or (metric.format(goal.target_value, lang)
                             if metric and goal.target_value is not None else "")
    return measure, target
