"""The team's shared KPI goals (1-2 at a time) and the board for the weekly team meeting.

A team goal points at a metric with a target over a period of months. Adding one also puts
it, read-only, into the drafts already open in that period (see services/goals.py). The
board shows each goal against the team's figure month by month, the share of agents on
target and the talks done; it never shows private data, and in "safe to show the team"
mode no individual figure either. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from coachtui import clock
from coachtui.errors import UserError
from coachtui.model import add_months, month_range
from coachtui.model.catalogue import Unit
from coachtui.services.goals import add_team_goals, meets

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition
    from coachtui.storage.journal import Journal

MOST_AT_ONCE = 2


@dataclass(frozen=True)
class TeamGoal:
    """One team goal as stored."""

    id: int
    team: str
    metric: str
    target: float
    from_month: str
    until_month: str
    text: str
    serves: str

    def as_json(self) -> dict[str, Any]:
        """The `team-goals --json` item."""
        return {"id": self.id, "team": self.team or None, "metric": self.metric,
                "target": self.target, "from": self.from_month, "until": self.until_month,
                "text": self.text, "serves": self.serves or None}


def _goal(row: dict[str, Any]) -> TeamGoal:
    return TeamGoal(id=row["id"], team=row["team"], metric=row["metric"],
                    target=float(row["target"]), from_month=row["from_month"],
                    until_month=row["until_month"], text=row["text"], serves=row["serves"])


def team_goals(journal: Journal, team: str | None = None) -> list[TeamGoal]:
    """Every team goal (or one team's), by team and period."""
    return [_goal(r) for r in journal.team_goal_rows(team)]


def parse_target(metric: MetricDefinition, text: str) -> float:
    """A target as typed ("85", "85%", "6,5"), checked against the metric's unit."""
    cleaned = text.strip().replace(",", ".").rstrip("%").removesuffix("/h").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise UserError("goals.team.bad_target", value=text) from None
    if value < 0 or (metric.unit is Unit.PERCENT and value > 100):
        raise UserError("goals.team.bad_target", value=text)
    return value


def metric_choices(journal: Journal) -> list[MetricDefinition]:
    """The catalogue's active metrics a team goal can point at, in display order."""
    return list(journal.metrics(active_only=True))


def metric_key(journal: Journal, typed: str) -> str:
    """The metric a person typed: its key, or its label in either language (case and
    spaces ignored); as typed when none matches (`add_team_goal` then refuses it)."""
    wanted = " ".join(typed.split()).casefold()
    for metric in journal.metrics(active_only=False):
        if wanted in {metric.key.casefold(), metric.label_nl.casefold(),
                      metric.label_en.casefold()}:
            return metric.key
    return typed.strip()


def add_team_goal(journal: Journal, team: str, metric_key: str, target: str,
                  from_month: str, until_month: str, text: str = "", serves: str = ""
                  ) -> TeamGoal:
    """Set a team goal for a period; a third one overlapping it is refused (1-2 at a time).

    One transaction: the goal, and its read-only copy in the team's open drafts.
    """
    from coachtui.services.months import checked_month

    start = checked_month(from_month, "--from") or from_month
    end = checked_month(until_month, "--until") or until_month
    if end < start:
        raise UserError("goals.team.bad_period", start=start, end=end)
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    metric = metrics.get(metric_key)
    if metric is None:
        raise UserError("goals.unknown_metric", value=metric_key)
    value = parse_target(metric, target)
    team = team.strip()
    teams = {a.team or "" for a in journal.agents(active_only=True)}
    if team not in teams:
        raise UserError("goals.team.unknown", team=team)
    with journal.transaction():
        overlapping = [g for g in team_goals(journal, team)
                       if g.from_month <= end and start <= g.until_month]
        if len(overlapping) >= MOST_AT_ONCE:
            raise UserError("goals.team.too_many", team=team, most=MOST_AT_ONCE)
        goal_id = journal.insert_team_goal(team, metric.key, value, start, end, text.strip(),
                                           serves.strip(), clock.now_iso())
        for session_id in journal.drafts_of_team(team, start, end):
            session = journal.session(session_id)
            add_team_goals(journal, session_id, session.agent_id, team, session.month)
    return _goal(next(r for r in journal.team_goal_rows(team) if r["id"] == goal_id))


def end_team_goal(journal: Journal, goal_id: int, last_month: str) -> TeamGoal:
    """End a team goal with `last_month` (its period shortens; it cannot end before it
    starts). Drafts about later months lose its read-only copy; signed talks keep theirs."""
    from coachtui.services.months import checked_month

    goal = team_goal(journal, goal_id)
    end = checked_month(last_month, "--until") or last_month
    if end < goal.from_month:
        raise UserError("goals.team.bad_period", start=goal.from_month, end=end)
    with journal.transaction():
        journal.set_team_goal_until(goal_id, end)
        for copy in journal.team_goal_copies(goal_id):
            if copy["status"] == "draft" and copy["month"] > end:
                journal.delete_team_goal_copy(copy["goal_id"])
    return team_goal(journal, goal_id)


def remove_team_goal(journal: Journal, goal_id: int) -> TeamGoal:
    """Remove a team goal set by mistake, with its copies in drafts. One that a signed talk
    holds is refused (a signed talk never changes): end it instead."""
    goal = team_goal(journal, goal_id)
    copies = journal.team_goal_copies(goal_id)
    signed = [c for c in copies if c["status"] != "draft"]
    if signed:
        raise UserError("goals.team.signed_copies", id=goal_id, count=len(signed))
    with journal.transaction():
        for copy in copies:
            journal.delete_team_goal_copy(copy["goal_id"])
        journal.delete_team_goal(goal_id)
    return goal


def team_goal(journal: Journal, goal_id: int) -> TeamGoal:
    """One team goal by id; refused when there is none."""
    found = next((g for g in team_goals(journal) if g.id == goal_id), None)
    if found is None:
        raise UserError("goals.no_team_goal", id=goal_id)
    return found


# -- the board for the team meeting -------------------------------------------------------
@dataclass(frozen=True)
class AgentFigure:
    """One agent's latest figure against the team goal (hidden in safe mode)."""

    name: str
    value: float | None
    on_target: bool | None


@dataclass(frozen=True)
class GoalBoard:
    """A team goal against the team's figure over the months."""

    goal: TeamGoal
    metric: MetricDefinition | None
    months: list[str]
    team_values: list[float | None]  # the team's average per month
    latest_month: str | None
    on_target: int  # agents on target in the latest month with figures
    with_figure: int
    agents: list[AgentFigure] = field(default_factory=list)

    @property
    def share(self) -> float | None:
        """Share of agents on target (percent), None without figures."""
        return None if not self.with_figure else 100 * self.on_target / self.with_figure


@dataclass(frozen=True)
class TeamBoard:
    """One team's goals, and its talks done this review month."""

    team: str
    goals: list[GoalBoard]
    talks_done: int
    agents: int


def team_board(journal: Journal, review_month: str, *, safe: bool) -> list[TeamBoard]:
    """Per team with goals in force this review month: each goal's board and talks done.

    `safe` leaves out every individual figure (names included)."""
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    agents = journal.agents(active_only=True)
    boards = []
    for team in sorted({g.team for g in team_goals(journal)}):
        goals = [g for g in team_goals(journal, team)
                 if g.from_month <= review_month <= g.until_month
                 or g.from_month <= add_months(review_month, 1) <= g.until_month]
        if not goals:
            continue
        members = [a for a in agents if (a.team or "") == team]
        figures = {a.id: journal.figures(a.id or 0) for a in members}
        done = sum(any(s.month == review_month and s.signed and s.kind.value == "monthly"
                       for s in journal.sessions(agent_id=a.id))
                   for a in members)
        boards.append(TeamBoard(
            team=team, talks_done=done, agents=len(members),
            goals=[_goal_board(g, metrics.get(g.metric), members, figures, review_month,
                               safe) for g in goals]))
    return boards


def _goal_board(goal: TeamGoal, metric: MetricDefinition | None, members: list[Any],
                figures: dict[Any, list[Any]], review_month: str, safe: bool) -> GoalBoard:
    last = min(goal.until_month, review_month)
    months = month_range(goal.from_month, last) if goal.from_month <= last else []
    values: list[float | None] = []
    for month in months:
        found = [r.value for a in members for r in figures[a.id]
                 if r.month == month and r.metric == goal.metric and r.value is not None]
        values.append(round(sum(found) / len(found), 2) if found else None)
    latest = next((m for m, v in zip(reversed(months), reversed(values), strict=True)
                   if v is not None), None)
    higher = metric.higher_is_better if metric else True
    people = []
    for a in sorted(members, key=lambda a: a.name.casefold()):
        value = next((r.value for r in figures[a.id]
                      if r.month == latest and r.metric == goal.metric), None)
        people.append(AgentFigure(a.name, value, None if value is None
                                  else meets(value, goal.target, higher)))
    counted = [p for p in people if p.on_target is not None]
    return GoalBoard(goal=goal, metric=metric, months=months, team_values=values,
                     latest_month=latest, on_target=sum(bool(p.on_target) for p in counted),
                     with_figure=len(counted), agents=[] if safe else people)
