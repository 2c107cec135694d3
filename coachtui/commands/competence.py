"""`coachtui competence AGENT [--json]`: phase, each skill's latest judgement, points, level."""

from __future__ import annotations

import argparse

from coachtui.commands.common import open_journal, print_json
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Show the agent's competence KPI."""
    from coachtui.services import competence

    lang = settings.lang
    with open_journal(settings) as journal:
        agent = journal.find_agent(args.agent)
        assert agent.id is not None
        summary = competence.competence_summary(journal, agent.id)
    if args.json:
        print_json(competence.summary_json(summary, agent.email))
        return 0
    if summary.phase is None:
        print(tr("comp.no_phase", lang, name=agent.name))
        return 0
    print(tr("comp.head", lang, name=agent.name, phase=tr(f"comp.set.{summary.phase}", lang)
             if summary.phase in competence.PHASES else summary.phase,
             points=summary.points, max=summary.max_points, level=summary.level))
    for state in summary.skills:
        latest = state.latest
        word = tr(f"comp.judgement.{latest.judgement.value}", lang) if latest else tr(
            "comp.not_judged", lang)
        day = latest.judged_on if latest else ""
        print(f"  {state.skill.label(lang):<30} {word:<36} {day}")
    if summary.proposal is not None:
        print(tr("comp.proposal", lang, skill=summary.proposal.label(lang)))
    return 0
