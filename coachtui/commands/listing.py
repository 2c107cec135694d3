"""`coachtui agents`, `figures` and `sessions`: lists for people and JSON for scripts."""

from __future__ import annotations

import argparse

from coachtui.commands.common import month_arg, open_journal, print_json
from coachtui.model.number_format import figure_text
from coachtui.services import agents as agent_service
from coachtui.settings import Settings
from coachtui.texts import tr


def run_agents(args: argparse.Namespace, settings: Settings) -> int:
    """List agents."""
    with open_journal(settings) as journal:
        agents = agent_service.list_agents(journal)
    if args.json:
        print_json([{"id": a.id, "name": a.name, "email": a.email, "team": a.team,
                     "active": a.active,
                     "left_on": a.employment_end.isoformat() if a.employment_end else None}
                    for a in agents])
        return 0
    if not agents:
        print(tr("cli.no_agents", settings.lang))
        return 0
    lang = settings.lang
    for a in agents:
        flag = "" if a.active else f"  ({tr('cli.inactive', lang)})"
        if a.employment_end is not None:
            flag = "  " + tr("agents.left_on", lang, on=a.employment_end.isoformat())
        if a.cadence.value != "monthly":
            flag = f"  {tr(f'agents.cadence.{a.cadence.value}', lang)}{flag}"
        print(f"{a.id:>4}  {a.name:<28} {a.email:<34} {a.team or '':<12}{flag}")
    return 0


def run_figures(args: argparse.Namespace, settings: Settings) -> int:
    """An agent's figures with their targets (one month or all)."""
    month = month_arg(args.month)
    with open_journal(settings) as journal:
        found = agent_service.agent_figures(journal, args.agent, month)
    agent, metrics = found.agent, found.metrics
    if args.json:
        print_json([{"agent": agent.email, "month": r.month, "metric": r.metric,
                     "value": r.value, "target": r.target, "source": r.source}
                    for r in found.rows])
        return 0
    if not found.rows:
        print(tr("cli.no_figures", settings.lang, name=agent.name))
        return 0
    lang = settings.lang
    print(f"{agent.name} <{agent.email}>")
    for r in found.rows:
        metric = metrics.get(r.metric)
        label = metric.label(lang) if metric else r.metric
        value = figure_text(metric, r.value, lang)
        target = figure_text(metric, r.target, lang)
        print(f"  {r.month}  {label:<30} {value:>9}   {tr('word.target', lang)}: {target}")
    return 0


def run_sessions(args: argparse.Namespace, settings: Settings) -> int:
    """Sessions with their status (filtered by agent and/or month)."""
    month = month_arg(args.month)
    with open_journal(settings) as journal:
        listing = agent_service.list_sessions(journal, agent=args.agent, month=month,
                                              details=args.json)
    if args.json:
        print_json([
            {"id": s.id, "agent": listing.email_of(s), "month": s.month,
             "kind": s.kind.value, "status": s.status.value, "learning_point": s.learning_point,
             "goals": [{"type": g.type.value, "text": g.what, "status": g.status.value}
                       for g in s.goals]}
            for s in listing.sessions
        ])
        return 0
    if not listing.sessions:
        print(tr("cli.no_sessions", settings.lang))
        return 0
    lang = settings.lang
    for s in listing.sessions:
        print(f"{s.id:>5}  {s.month}  {listing.name_of(s):<28} "
              f"{tr('kind.' + s.kind.value, lang):<24} {tr('status.' + s.status.value, lang)}")
    return 0
