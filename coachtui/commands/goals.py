"""`coachtui goals`, `team-goal add`, `team-goals` and `goal progress|incident`: goals
between talks for people and scripts (see ../shared/CLI.md, "Goals between talks")."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from coachtui.commands.common import open_journal, print_json
from coachtui.errors import UserError
from coachtui.model.number_format import decimal_text
from coachtui.settings import Settings
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.services.goals import GoalProgress


def goal_json(p: GoalProgress) -> dict[str, object]:
    """One `goals --json` item, every field of the contract (and a few more)."""
    g = p.goal
    return {
        "id": g.id, "type": g.type.value, "text": g.what, "metric": g.metric,
        "target": g.target_value,
        "deadline": g.deadline.isoformat() if g.deadline else None,
        "status": g.status.value, "months_running": p.months_running,
        "carried_from": p.carried_from, "team_goal": g.team_goal_id,
        "latest": p.figure.value, "latest_month": p.figure.month,
        "suggested_outcome": p.figure.suggested, "incidents": p.incidents,
        "threshold": g.threshold, "embed_until": g.embed_until,
        "past_deadline": p.past_deadline, "personal": g.personal,
        "progress": [{"on": r.on, "text": r.text} for r in p.remarks],
    }


def run_goals(args: argparse.Namespace, settings: Settings) -> int:
    """The agent's open goals with their progress."""
    from coachtui.services import goals as goal_service
    from coachtui.services.agents import find_agent

    lang = settings.lang
    with open_journal(settings) as journal:
        agent = find_agent(journal, args.agent)
        found = goal_service.open_goals(journal, agent.id or 0)
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
    if args.json:
        print_json([goal_json(p) for p in found])
        return 0
    if not found:
        print(tr("goals.cli.none", lang, name=agent.name))
        return 0
    print(f"{agent.name} <{agent.email}>")
    for p in found:
        g = p.goal
        line = (f"{g.id:>5}  {tr('goal_type.' + g.type.value, lang):<22} {g.what}"
                f"  [{tr('goal_status.' + g.status.value, lang)}]")
        print(line)
        details = [tr("goals.cli.running", lang, n=p.months_running)]
        metric = metrics.get(g.metric or "")
        if metric is not None:
            details.append(tr("goals.cli.figure", lang, metric=metric.label(lang),
                              latest=metric.format(p.figure.value, lang),
                              target=metric.format(g.target_value, lang)))
            if p.figure.suggested:
                details.append(tr("goals.cli.suggests", lang,
                                  outcome=tr("goal_status." + p.figure.suggested, lang)))
        if g.threshold is not None:
            details.append(tr("goals.cli.incidents", lang, n=p.incidents, of=g.threshold))
        if g.embed_until:
            details.append(tr("goals.embedding_until", lang, month=g.embed_until))
        if p.past_deadline:
            details.append(tr("goals.past_deadline", lang))
        print("         " + " · ".join(details))
        for remark in p.remarks:
            print(f"         {remark.on}  {remark.text}")
    return 0


def run_team_goal(args: argparse.Namespace, settings: Settings) -> int:
    """`team-goal add`: a team's shared KPI goal for a period."""
    from coachtui.services.team_goals import add_team_goal

    lang = settings.lang
    with open_journal(settings, create=True) as journal:
        goal = add_team_goal(journal, args.team, args.metric, args.target, args.from_month,
                             args.until_month, args.text or "", args.serves or "")
    print(tr("goals.team.saved", lang, id=goal.id, team=goal.team, metric=goal.metric,
             target=decimal_text(goal.target, None, lang), start=goal.from_month,
             end=goal.until_month))
    return 0


def run_team_goals(args: argparse.Namespace, settings: Settings) -> int:
    """The team goals, every team."""
    from coachtui.services.team_goals import team_goals

    lang = settings.lang
    with open_journal(settings) as journal:
        found = team_goals(journal)
    if args.json:
        print_json([g.as_json() for g in found])
        return 0
    if not found:
        print(tr("goals.team.none", lang))
        return 0
    for g in found:
        print(f"{g.id:>4}  {g.team or '–':<14} {g.metric:<18} {g.target:>8g}  "
              f"{g.from_month}..{g.until_month}  {g.text}")
    return 0


def run_goal(args: argparse.Namespace, settings: Settings) -> int:
    """`goal progress GOAL_ID TEXT` and `goal incident GOAL_ID [--on D] [TEXT]`."""
    from coachtui.services import goals as goal_service

    lang = settings.lang
    on_words = getattr(args, "on", None) or []
    text = " ".join([*(args.text or []), *on_words[1:]])
    with open_journal(settings, create=True) as journal:
        if args.action == "progress":
            on = goal_service.add_progress(journal, args.goal_id, text,
                                           allow_health=args.yes)
            print(tr("goals.progress_saved", lang, id=args.goal_id, on=on.isoformat()))
            return 0
        on_day = _day(on_words[0]) if on_words else None
        n = goal_service.add_incident(journal, args.goal_id, on_day, text,
                                      allow_health=args.yes)
        goal = journal.goal(args.goal_id)
    print(tr("goals.incident_saved", lang, id=args.goal_id, n=n))
    if goal.threshold is not None and n >= goal.threshold:
        print(tr("goals.at_threshold", lang, n=n, of=goal.threshold,
                 consequence=goal.consequence or "–"))
    return 0


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError("goals.bad_day", value=value) from None
