"""A live SMART check of a goal: what is missing, in plain words (no Textual here)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coachtui.model import Goal, GoalType
from coachtui.texts import tr

# Words that point at outcomes an agent does not control on their own (a KPI is not a goal).
_OUTSIDE_INFLUENCE = (
    "service level", "servicelevel", "sla", "wachtrij", "queue", "nps van het team",
    "team nps", "klanttevredenheid van het team", "team csat", "omzet", "revenue",
    "budget", "bereikbaarheid", "wachttijd", "waiting time",
)
_NUMBER = re.compile(r"\d")
FOLLOW_UP_WEEKS = 6  # a behaviour goal is looked at again within weeks, not months


def smart_problems(goal: Goal, lang: str, today: date) -> list[str]:
    """What stops this goal from being SMART, one short sentence per problem."""
    problems = []
    what = goal.what.strip()
    if len(what.split()) < 3:
        problems.append(tr("smart.specific", lang))
    if not (_NUMBER.search(goal.target) or _NUMBER.search(goal.measure)
            or _NUMBER.search(what)):
        problems.append(tr("smart.measurable", lang))
    if not goal.measure.strip():
        problems.append(tr("smart.no_measure", lang))
    lowered = f"{what} {goal.target}".lower()
    if any(word in lowered for word in _OUTSIDE_INFLUENCE):
        problems.append(tr("smart.influence", lang))
    if goal.deadline_draft:
        problems.append(tr("smart.deadline_draft", lang, value=goal.deadline_draft))
    elif goal.deadline is None:
        problems.append(tr("smart.no_deadline", lang))
    elif goal.deadline < today:
        problems.append(tr("smart.deadline_past", lang))
    if not goal.why.strip():
        problems.append(tr("smart.no_why", lang))
    if goal.type is GoalType.KPI and (not goal.metric or goal.target_value is None):
        problems.append(tr("smart.kpi_measure", lang))
    if goal.type is GoalType.BEHAVIOUR and not (
            goal.unwanted.strip() and goal.wanted.strip() and goal.threshold
            and goal.consequence.strip()):
        problems.append(tr("smart.behaviour", lang))
    if goal.type is GoalType.BEHAVIOUR and goal.follow_up:
        try:
            follow_up = date.fromisoformat(goal.follow_up)
        except ValueError:
            problems.append(tr("smart.follow_up", lang, value=goal.follow_up))
        else:
            if not today <= follow_up <= today + timedelta(weeks=FOLLOW_UP_WEEKS):
                problems.append(tr("smart.follow_up", lang, value=goal.follow_up))
    return problems
