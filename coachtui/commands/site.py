"""`coachtui site JOURNAL_OR_REPLICA... [--json]`: a read-only view over several journals."""

from __future__ import annotations

import argparse
from pathlib import Path

from coachtui.commands.common import print_json
from coachtui.settings import Settings
from coachtui.texts import tr


def _cache() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("coachtui", appauthor=False)) / "site"


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the teams of every journal given, as counts."""
    from coachtui import clock
    from coachtui.model import add_months
    from coachtui.services.site import site_view

    month = args.month or add_months(clock.current_month(), -1)
    view = site_view(list(args.sources), month, _cache())
    if args.json:
        print_json(view.as_json())
        return 0
    lang = settings.lang
    print(tr("site.heading", lang, month=month, agents=view.agents))
    for name in sorted(view.teams):
        team = view.teams[name]
        print(tr("site.team", lang, team=team.team or tr("site.no_team", lang),
                 lead=team.lead or "–", agents=team.agents, done=team.talks_done,
                 due=team.talks_due))
        for metric, count in sorted(team.on_target.items()):
            print(tr("site.on_target", lang, metric=metric, count=count, agents=team.agents))
    return 0
