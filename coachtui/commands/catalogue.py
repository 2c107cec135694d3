"""`coachtui target`, `metric add`, `factor add` and `catalogue`: the targets (a team's
default, an agent's own), and the team's catalogue of metrics and factors (add the team's
own, switch one on or off)."""

from __future__ import annotations

import argparse
import sys

from coachtui.commands.common import month_arg, open_journal, print_json
from coachtui.services import catalogue as catalogue_service
from coachtui.settings import Settings
from coachtui.texts import tr


def run_target(args: argparse.Namespace, settings: Settings) -> int:
    """A target for one agent, or a team's default (`--team`), for one metric, from a month
    on (default: the month under review); VALUE `none` ends it."""
    lang = settings.lang
    if (args.agent is None) == (args.team is None):
        print(f"coachtui: {tr('cat.target_usage', lang)}", file=sys.stderr)
        return 2
    start = month_arg(args.from_month, "--from") or catalogue_service.review_month()
    with open_journal(settings, create=True) as journal:
        if args.team is not None:
            agreed = catalogue_service.agree_team_target(journal, args.team, args.metric,
                                                         args.value, start)
        else:
            agreed = catalogue_service.agree_target(journal, args.agent, args.metric,
                                                    args.value, start)
    metric = agreed.metric.label(lang)
    if agreed.agent is None:
        team = agreed.team or tr("cat.no_team", lang)
        if agreed.value is None:
            print(tr("cat.team_target_ended", lang, team=team, metric=metric, month=start))
        else:
            print(tr("cat.team_target_saved", lang, team=team, metric=metric,
                     value=agreed.metric.format(agreed.value, lang), month=start))
    elif agreed.value is None:
        print(tr("cat.target_ended", lang, name=agreed.agent.name, metric=metric, month=start))
    else:
        print(tr("cat.target_saved", lang, name=agreed.agent.name, metric=metric,
                 value=agreed.metric.format(agreed.value, lang), month=agreed.from_month))
    return 0


def run_metric(args: argparse.Namespace, settings: Settings) -> int:
    """`coachtui metric add`: a metric of the team's own."""
    lang = settings.lang
    with open_journal(settings, create=True) as journal:
        metric = catalogue_service.add_metric(
            journal, args.key, label_en=args.label_en, label_nl=args.label_nl,
            unit=args.unit, direction=args.direction, decimals=args.decimals)
    print(tr("cat.metric_added", lang, name=metric.key, label=metric.label(lang),
             unit=tr(f"unit.{metric.unit.value}", lang),
             direction=tr("cat.higher" if metric.higher_is_better else "cat.lower", lang)))
    return 0


def run_factor(args: argparse.Namespace, settings: Settings) -> int:
    """`coachtui factor add`: a qualitative factor of the team's own (maybe in a set)."""
    lang = settings.lang
    with open_journal(settings, create=True) as journal:
        factor = catalogue_service.add_factor(
            journal, args.key, label_en=args.label_en, label_nl=args.label_nl,
            describe_en=args.describe_en or "", describe_nl=args.describe_nl or "",
            factor_set=args.set)
    if factor.factor_set:
        print(tr("cat.factor_added_set", lang, name=factor.key, label=factor.label(lang),
                 set=factor.factor_set))
    else:
        print(tr("cat.factor_added", lang, name=factor.key, label=factor.label(lang)))
    return 0


def run_catalogue(args: argparse.Namespace, settings: Settings) -> int:
    """List the metrics and factors, or switch one on or off."""
    lang = settings.lang
    with open_journal(settings, create=bool(args.enable or args.disable)) as journal:
        if args.enable or args.disable:
            catalogue_service.switch(journal, args.enable or args.disable,
                                     active=args.enable is not None)
        found = catalogue_service.catalogue(journal)
    if args.json:
        print_json({
            "metrics": [{"key": m.key, "label_nl": m.label_nl, "label_en": m.label_en,
                         "unit": m.unit.value, "higher_is_better": m.higher_is_better,
                         "active": m.active, "origin": m.origin.value}
                        for m in found.metrics],
            "factors": [{"key": f.key, "label_nl": f.label_nl, "label_en": f.label_en,
                         "active": f.active, "origin": f.origin.value, "set": f.factor_set}
                        for f in found.factors],
        })
        return 0
    on, off, own = tr("cat.on", lang), tr("cat.off", lang), tr("cat.own", lang)
    print(tr("cat.metrics", lang))
    for m in found.metrics:
        mark = f"  ({own})" if m.origin.value == "team" else ""
        print(f"  {m.key:<18} {m.label(lang):<34} {on if m.active else off}{mark}")
    print(tr("cat.factors", lang))
    for f in found.factors:
        mark = f"  ({own})" if f.origin.value == "team" else ""
        mark += f"  [{f.factor_set}]" if f.factor_set else ""
        print(f"  {f.key:<18} {f.label(lang):<34} {on if f.active else off}{mark}")
    return 0
