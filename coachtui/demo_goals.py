"""The demo's goals follow the rules coachtui teaches: KPI goals point at a metric and a
target, and their outcome agrees with the figure; an exam result stays private; one agent
has a behaviour goal with incidents, one achieved goal is settling in (embedding), and a
team has a shared KPI goal that its open talks show.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from coachtui import clock
from coachtui.model import GoalStatus, GoalType, add_months

if TYPE_CHECKING:
    from coachtui.model import Goal
    from coachtui.storage.journal import Journal

# The demo's goals by their English text: the measure each one points at.
MEASURES: dict[str, dict[str, Any]] = {
    "Reach an FTR of at least 85%": {"metric": "ftr", "target_value": 85.0},
    "Handle at least 6 tickets an hour": {"metric": "tickets_per_hour", "target_value": 6.0},
    "Complaint-handling certificate with at least an 8": {"personal": True},
}
BEHAVIOUR_AGENT = 2  # the demo agent (by id) with a behaviour goal
EMBEDDING_AGENT = 5  # the demo agent whose achieved goal is settling in
TEAM_GOAL_TEAM = "Hosting"


def goal_extras(english_what: str) -> dict[str, Any]:
    """The measure (metric and target) or privacy of a demo goal, by its English text."""
    return dict(MEASURES.get(english_what, {}))


def demo_outcome(journal: Journal, goal: Goal, month: str, drawn: GoalStatus) -> GoalStatus:
    """The outcome of a looked-back goal: what its figure says when it has a measure
    (the demo never calls 5.4 tickets an hour "achieved" against 6), else `drawn`."""
    if not goal.metric or goal.target_value is None:
        return drawn
    from coachtui.services.goals import figure_for

    suggested = figure_for(journal, goal, until=month).suggested
    if suggested is None:
        return drawn
    if suggested == GoalStatus.NOT_ACHIEVED.value and drawn is GoalStatus.PARTLY:
        return drawn  # nearly there: the lead's own call, and no contradiction
    return GoalStatus(suggested)


def during_talk(journal: Journal, session_id: int, agent_id: int, month: str, *,
                last: bool, lang: str) -> None:
    """Before a demo talk is signed: the last talk of one agent agrees a behaviour goal;
    another agent's achieved goal is kept to settle in."""
    if not last:
        return
    from coachtui.services import goals as goal_service

    nl = lang == "nl"
    if agent_id == BEHAVIOUR_AGENT and len(journal.goals(session_id)) < 5:
        journal.add_goal(
            session_id, type=GoalType.BEHAVIOUR,
            what="Op tijd ingelogd, elke werkdag" if nl else "Logged in on time, every day",
            measure="Inlogtijd in het telefoniesysteem" if nl else "Login time in the phone "
            "system", target="08:55", deadline=_month_end(add_months(month, 2)),
            why="De ochtendpiek begint om negen uur" if nl else "The morning rush starts "
            "at nine",
            unwanted="Na 09:05 ingelogd" if nl else "Logged in after 09:05",
            wanted="Om 08:55 ingelogd en klaar" if nl else "Logged in and ready at 08:55",
            registered_by="Teamleider noteert het voorval dezelfde dag" if nl else
            "The team lead logs each incident that day",
            threshold=3,
            consequence="Een apart gesprek over de werktijden" if nl else
            "A separate talk about working hours",
            follow_up=date.fromisoformat(add_months(month, 1) + "-20").isoformat())
    if agent_id == EMBEDDING_AGENT:
        session = journal.session(session_id)
        for goal in journal.goals_to_review(session):
            if goal.status is GoalStatus.ACHIEVED and goal.id is not None:
                goal_service.review(journal, goal.id, session_id,
                                    GoalStatus.EMBEDDING.value, GoalStatus.ACHIEVED.value)
                break


def build_goal_demo(journal: Journal, lang: str, today: date) -> None:
    """After the talks: a team goal for Hosting, incidents and progress remarks."""
    from coachtui.services import goals as goal_service
    from coachtui.services.team_goals import add_team_goal

    this_month = today.strftime("%Y-%m")
    review = add_months(this_month, -1)
    nl = lang == "nl"
    with clock.frozen_at(datetime(today.year, today.month, 1, 9, tzinfo=UTC)):
        add_team_goal(journal, TEAM_GOAL_TEAM, "ftr", "87", add_months(review, -2),
                      add_months(review, 3),
                      "Samen naar een FTR van 87%" if nl else "Together to an FTR of 87%",
                      "Klanttevredenheid contactcenter" if nl else "Contact-center CSAT")
    behaviour = [p for p in goal_service.open_goals(journal, BEHAVIOUR_AGENT, today=today)
                 if p.goal.type is GoalType.BEHAVIOUR]
    for p in behaviour:
        assert p.goal.id is not None
        for day in (3, 10):
            on = date(today.year, today.month, day)
            if on >= today:
                continue
            with clock.frozen_at(datetime(on.year, on.month, on.day, 9, 30, tzinfo=UTC)):
                goal_service.add_incident(journal, p.goal.id, on,
                                          "09:12 ingelogd" if nl else "logged in at 09:12")
    for agent_id in (BEHAVIOUR_AGENT, EMBEDDING_AGENT):
        found = goal_service.open_goals(journal, agent_id, today=today)
        if found and found[0].goal.id is not None:
            on = date(today.year, today.month, 5)
            if on < today:
                with clock.frozen_at(datetime(on.year, on.month, on.day, 16, tzinfo=UTC)):
                    goal_service.add_progress(
                        journal, found[0].goal.id,
                        "Goede week, ligt op koers" if nl else "Good week, on track")


def _month_end(month: str) -> date:
    first_next = date.fromisoformat(add_months(month, 1) + "-01")
    return date.fromordinal(first_next.toordinal() - 1)
