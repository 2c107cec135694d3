"""`coachtui year AGENT [--until YYYY-MM] [--json]`: the agent's twelve months on one page."""

from __future__ import annotations

import argparse

from coachtui.commands.common import month_arg, open_journal, print_json
from coachtui.model.choices import Rating
from coachtui.model.number_format import optional_percent
from coachtui.services import agents as agent_service
from coachtui.services.year import (
    YearOverview,
    absence_words,
    goal_words,
    last_full_month,
    year_overview,
)
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the year overview (text or one JSON document)."""
    from coachtui import clock

    until = month_arg(args.until, "--until") or last_full_month(clock.today())
    with open_journal(settings) as journal:
        agent = agent_service.find_agent(journal, args.agent)
        overview = year_overview(journal, agent.id or 0, until)
    if args.json:
        print_json(overview.as_json())
        return 0
    print("\n".join(year_lines(overview, settings.lang)))
    return 0


def year_lines(overview: YearOverview, lang: str) -> list[str]:
    """The overview as plain lines of text (what `coachtui year` prints)."""
    agent = overview.agent
    lines = [f"{tr('year.title', lang, name=agent.name)} <{agent.email}>",
             tr("year.period", lang, first=overview.first, until=overview.until)]
    if overview.is_empty:
        lines.append(tr("year.empty", lang, first=overview.first, until=overview.until))
        return lines
    width = max([len(m.metric.label(lang)) for m in overview.metrics]
                + [len(f.factor.label(lang)) for f in overview.factors] + [8])
    lines += ["", tr("year.metrics_title", lang)]
    for m in overview.metrics:
        trend = tr(f"year.trend.{m.trend}", lang)
        average = m.metric.format(m.average, lang)
        label = m.metric.label(lang)
        line = (tr("year.cli.metric_line", lang, label=label, on=m.months_on_target,
                   of=m.months_judged, average=average, trend=trend) if m.has_target
                else tr("year.cli.metric_no_target", lang, label=label, average=average,
                        trend=trend))
        lines.append(f"  {m.marks}  {line}")
    lines += ["", tr("year.factors_title", lang)]
    if not any(f.rated for f in overview.factors):
        lines.append("  " + tr("year.no_factors", lang))
    for f in overview.factors:
        lines.append("  " + tr("year.cli.factor_line", lang,
                               label=f.factor.label(lang).ljust(width), pattern=f.pattern,
                               plus=f.count(Rating.PLUS), mixed=f.count(Rating.MIXED),
                               minus=f.count(Rating.MINUS)))
    lines += ["", tr("year.goals_title", lang)]
    lines += [f"  • {goal_words(g, lang)}" for g in overview.goals] or [
        "  " + tr("year.no_goals", lang)]
    lines += ["", tr("year.lp_title", lang)]
    lines += [f"  {p.month}  {p.text}" for p in overview.learning_points] or [
        "  " + tr("year.no_lp", lang)]
    lines += ["", tr("year.rq_title", lang)]
    observed = [r for r in overview.relation if r.observed]
    lines += ["  " + tr("year.cli.rq_line", lang, month=r.month,
                        share=optional_percent(r.share, 0, lang), observed=r.observed)
              for r in observed] or [
        "  " + tr("year.rq_none", lang)]
    lines += ["", absence_words(overview.absence_days, lang)]
    return lines



def run_talk_months(args: argparse.Namespace, settings: Settings) -> int:
    """Show, or set, the months of the year the appraisal and performance talk are due."""
    from coachtui.services.talks_due import set_yearly_talk_months, yearly_talk_months

    writes = args.appraisal is not None or args.performance is not None
    with open_journal(settings, create=writes) as journal:
        if writes:
            set_yearly_talk_months(journal, args.appraisal, args.performance)
        appraisal, performance = yearly_talk_months(journal)
    print(tr("year.talk_months", settings.lang, appraisal=appraisal, performance=performance))
    return 0
