"""`coachtui target` and `coachtui catalogue`: the targets agreed per agent, and the team's
catalogue of metrics and factors (switch extras on or off)."""

from __future__ import annotations

import argparse

from coachtui.commands.common import month_arg, open_journal, print_json
from coachtui.errors import UserError
from coachtui.model import Target
from coachtui.settings import Settings
from coachtui.texts import tr


def run_target(args: argparse.Namespace, settings: Settings) -> int:
    """Agree a target with an agent for one metric, from a month on (default: this month)."""
    from coachtui import clock

    lang = settings.lang
    start = month_arg(args.from_month, "--from") or clock.current_month()
    with open_journal(settings) as journal:
        agent = journal.find_agent(args.agent)
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
        metric = metrics.get(args.metric)
        if metric is None:
            raise UserError(tr("cat.unknown_metric", lang, name=args.metric,
                               keys=", ".join(sorted(metrics))))
        try:
            value = float(args.value.replace(",", ".").rstrip("%"))
        except ValueError as exc:
            raise UserError(tr("cat.bad_value", lang, value=args.value)) from exc
        journal.set_target(Target(agent_id=agent.id or 0, metric=metric.key, value=value,
                                  from_month=start))
    print(tr("cat.target_saved", lang, name=agent.name, metric=metric.label(lang),
             value=metric.format(value), month=start))
    return 0


def run_catalogue(args: argparse.Namespace, settings: Settings) -> int:
    """List the metrics and factors, or switch one on or off."""
    lang = settings.lang
    with open_journal(settings) as journal:
        if args.enable or args.disable:
            key = args.enable or args.disable
            _switch(journal, key, args.enable is not None, lang)
        metrics = journal.metrics(active_only=False)
        factors = journal.factors(active_only=False)
    if args.json:
        print_json({
            "metrics": [{"key": m.key, "label_nl": m.label_nl, "label_en": m.label_en,
                         "unit": m.unit.value, "higher_is_better": m.higher_is_better,
                         "active": m.active} for m in metrics],
            "factors": [{"key": f.key, "label_nl": f.label_nl, "label_en": f.label_en,
                         "active": f.active} for f in factors],
        })
        return 0
    on, off = tr("cat.on", lang), tr("cat.off", lang)
    print(tr("cat.metrics", lang))
    for m in metrics:
        print(f"  {m.key:<18} {m.label(lang):<34} {on if m.active else off}")
    print(tr("cat.factors", lang))
    for f in factors:
        print(f"  {f.key:<18} {f.label(lang):<34} {on if f.active else off}")
    return 0


def _switch(journal, key: str, active: bool, lang: str) -> None:
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    factors = {f.key: f for f in journal.factors(active_only=False)}
    if key in metrics:
        journal.save_metric(metrics[key].model_copy(update={"active": active}))
    elif key in factors:
        journal.save_factor(factors[key].model_copy(update={"active": active}))
    else:
        raise UserError(tr("cat.unknown_key", lang, name=key,
                           keys=", ".join(sorted([*metrics, *factors]))))
