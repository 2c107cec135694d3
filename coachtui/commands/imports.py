"""`coachtui import csv|zendesk|helpscout`: show what changes (old -> new), then write it.

With `--dry-run` only the list is shown. The work itself lives in `importers.service`, which
the TUI's import screen calls too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coachtui.commands.common import month_arg, open_journal
from coachtui.errors import UserError
from coachtui.settings import Settings
from coachtui.texts import tr


def _request(args: argparse.Namespace):  # -> a request dataclass of importers.service
    from coachtui.importers.service import FileRequest, HelpScoutRequest, ZendeskRequest

    month = month_arg(getattr(args, "month", None))
    if args.source == "csv":
        hours = getattr(args, "hours", None)
        return FileRequest(path=Path(args.file), profile=args.profile, month=month,
                           hours_path=Path(hours) if hours else None)
    if args.source == "zendesk":
        return ZendeskRequest(subdomain=args.subdomain, month=month or "",
                              base_url=args.base_url)
    return HelpScoutRequest(month=month or "", base_url=args.base_url)


def _report(plan, metrics: dict, lang: str, request) -> None:
    """Print the plan: header, new agents, changes old -> new, unchanged count, warnings."""
    if getattr(request, "path", None) is not None:
        print(tr("imports.header", lang, source=f"{request.path.name} ({request.profile})",
                 rows=plan.rows))
    else:
        print(tr("imports.header_api", lang, source=plan.source, month=request.month))
    if plan.new_agents:
        print(tr("imports.new_agents", lang, count=len(plan.new_agents)))
        for agent in plan.new_agents:
            print(f"  + {agent.name} <{agent.email}>")
    if plan.changes:
        print(tr("imports.changes", lang, count=len(plan.changes)))
        for change in plan.changes:
            metric = metrics.get(change.metric)
            label = metric.label(lang) if metric else change.metric
            fmt = metric.format if metric else (lambda v: "–" if v is None else str(v))
            old = tr("imports.new_value", lang) if change.is_new else fmt(change.old)
            print(f"  {change.agent_name:<26} {change.month}  {label:<30} "
                  f"{old:>9} -> {fmt(change.new)}")
    if plan.unchanged:
        print(tr("imports.unchanged", lang, count=plan.unchanged))
    if plan.notices:
        print(tr("imports.warnings", lang))
        for notice in plan.notices:
            print(f"  - {notice.text(lang)}")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Plan the import, list the changes, and write them unless --dry-run."""
    from coachtui.importers.problems import ImportProblem
    from coachtui.importers.service import apply_import, plan_import

    lang = settings.lang
    request = _request(args)
    with open_journal(settings) as journal:
        try:
            plan = plan_import(journal, request)
        except ImportProblem as exc:
            raise UserError(exc.text(lang)) from None
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
        _report(plan, metrics, lang, request)
        if plan.is_empty:
            print(tr("imports.nothing", lang))
            return 0
        if args.dry_run:
            print(tr("imports.dry_run", lang))
            return 0
        written = apply_import(journal, plan)
    print(tr("imports.written", lang, figures=written, agents=len(plan.new_agents)))
    return 0
