"""`coachtui site JOURNAL_OR_REPLICA... [--json]`: a read-only view over several journals."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from coachtui.commands.common import print_json
from coachtui.settings import Settings
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the teams of every journal given as counts, their team goals against the
    team's figure, and the calibration IRR across them."""
    from coachtui import clock
    from coachtui.model import add_months
    from coachtui.outside_text import shown
    from coachtui.services.months import checked_month
    from coachtui.services.site import default_cache, site_view

    month = checked_month(args.month, "--month") or add_months(clock.current_month(), -1)
    view = site_view(list(args.sources), month, default_cache())
    if args.json:
        print_json(view.as_json())
        return 0
    lang = settings.lang
    print(tr("site.heading", lang, month=month, agents=view.agents))
    for name in sorted(view.teams):
        team = view.teams[name]
        print(tr("site.team", lang, team=shown(team.team) or tr("site.no_team", lang),
                 lead=shown(team.lead) if team.lead else "–", agents=team.agents,
                 done=team.talks_done, due=team.talks_due))
        for metric, count in sorted(team.on_target.items()):
            print(tr("site.on_target", lang, metric=metric, count=count, agents=team.agents))
        for goal in (g for g in view.team_goals if g.team == team.team):
            definition = view.metrics.get(goal.metric)
            higher = definition.higher_is_better if definition else True
            values = {"metric": goal.metric, "start": goal.from_month, "end": goal.until_month,
                      "target": ("≥ " if higher else "≤ ") + _value(definition, goal.target,
                                                                    lang)}
            if goal.figure is None:
                print(tr("site.cli.goal_no_figure", lang, **values))
                continue
            print(tr("site.cli.goal", lang, **values,
                     figure=_value(definition, goal.figure, lang),
                     month=goal.month, on=goal.on_target, of=goal.with_figure,
                     verdict=tr("site.verdict.met" if goal.met else "site.verdict.not_met",
                                lang)))
    latest = view.irr.latest
    if latest is None:
        print(tr("site.irr_none", lang))
    else:
        owner, found = latest
        print(tr("site.irr", lang, latest=_percent(found.irr, lang), date=found.held_on,
                 lead=shown(owner.lead) if owner.lead else tr("site.unknown_lead", lang),
                 overall=_percent(view.irr.overall, lang), rounds=view.irr.rounds))
    return 0


def _value(definition: MetricDefinition | None, value: float | None, lang: str) -> str:
    if definition is None:
        return "–" if value is None else f"{value:g}"
    return definition.format(value, lang)


def _percent(value: float | None, lang: str) -> str:
    from coachtui.model import qm_scoring
    from coachtui.model.number_format import decimal_text

    rounded = qm_scoring.rounded(value)
    return "–" if rounded is None else decimal_text(rounded, 1, lang) + "%"
