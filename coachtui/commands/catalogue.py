"""`coachtui target` and `coachtui catalogue`: the targets agreed per agent, and the team's
catalogue of metrics and factors (switch extras on or off)."""

from __future__ import annotations

import argparse

from coachtui.commands.common import month_arg, open_journal, print_json
from coachtui.services import catalogue as catalogue_service
from coachtui.settings import Settings
from coachtui.texts import tr


def run_target(args: argparse.Namespace, settings: Settings) -> int:
    """Agree a target with an agent for one metric, from a month on (default: this month)."""
    from coachtui import clock

    lang = settings.lang
    start = month_arg(args.from_month, "--from") or clock.current_month()
    with open_journal(settings) as journal:
        agreed = catalogue_service.agree_target(journal, args.agent, args.metric, args.value,
                                                start)
    print(tr("cat.target_saved", lang, name=agreed.agent.name,
             metric=agreed.metric.label(lang), value=agreed.metric.format(agreed.value, lang),
             month=agreed.from_month))
    return 0


def run_catalogue(args: argparse.Namespace, settings: Settings) -> int:
    """List the metrics and factors, or switch one on or off."""
    lang = settings.lang
    with open_journal(settings) as journal:
        if args.enable or args.disable:
            catalogue_service.switch(journal, args.enable or args.disable,
                                     active=args.enable is not None)
        found = catalogue_service.catalogue(journal)
    if args.json:
        print_json({
            "metrics": [{"key": m.key, "label_nl": m.label_nl, "label_en": m.label_en,
                         "unit": m.unit.value, "higher_is_better": m.higher_is_better,
                         "active": m.active} for m in found.metrics],
            "factors": [{"key": f.key, "label_nl": f.label_nl, "label_en": f.label_en,
                         "active": f.active} for f in found.factors],
        })
        return 0
    on, off = tr("cat.on", lang), tr("cat.off", lang)
    print(tr("cat.metrics", lang))
    for m in found.metrics:
        print(f"  {m.key:<18} {m.label(lang):<34} {on if m.active else off}")
    print(tr("cat.factors", lang))
    for f in found.factors:
        print(f"  {f.key:<18} {f.label(lang):<34} {on if f.active else off}")
    return 0
