"""`coachtui import csv|zendesk|helpscout|freshdesk`: show what changes (old -> new), then write it.

With `--dry-run` only the list is shown. The work itself lives in `services.imports`, which
the TUI's import screen calls too; a refusal is a UserError the CLI prints in the user's
language.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coachtui.commands.common import month_arg, open_journal
from coachtui.model.number_format import figure_text
from coachtui.settings import Settings
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition
    from coachtui.services.imports import ImportPlan, Request
    from coachtui.storage import Journal


def _request(args: argparse.Namespace, timezone: str | None) -> Request:
    """The service request the command line asks for (helpdesk months in `timezone`)."""
    from coachtui.services.imports import (
        FileRequest,
        FreshdeskRequest,
        HelpScoutRequest,
        ZendeskRequest,
    )

    month = month_arg(getattr(args, "month", None))
    if args.source == "csv":
        hours = getattr(args, "hours", None)
        return FileRequest(path=Path(args.file), profile=args.profile, month=month,
                           hours_path=Path(hours) if hours else None)
    if args.source == "zendesk":
        return ZendeskRequest(subdomain=args.subdomain, month=month or "",
                              base_url=args.base_url, group=args.group, timezone=timezone)
    if args.source == "freshdesk":
        return FreshdeskRequest(domain=args.domain, month=month or "",
                                base_url=args.base_url, group=args.group, timezone=timezone)
    return HelpScoutRequest(month=month or "", base_url=args.base_url,
                            mailbox=args.mailbox, timezone=timezone)


def _report(plan: ImportPlan, metrics: dict[str, MetricDefinition], lang: str,
            request: Request) -> None:
    """Print the plan: header, new agents, changes old -> new, unchanged count, warnings.

    Names and e-mails come from outside: the CLI's stdout shows them safely."""
    from coachtui.outside_text import quoted, shown
    from coachtui.services.imports import FileRequest

    if isinstance(request, FileRequest):
        print(tr("imports.header", lang, rows=plan.rows,
                 source=f"{quoted(request.path.name)} ({quoted(request.profile)})"))
    else:
        print(tr("imports.header_api", lang, source=plan.source, month=request.month))
    if plan.new_agents:
        print(tr("imports.new_agents", lang, count=len(plan.new_agents)))
        for agent in plan.new_agents:
            print(f"  + {shown(agent.name)} <{shown(agent.email)}>")
    if plan.changes:
        print(tr("imports.changes", lang, count=len(plan.changes)))
        for change in plan.changes:
            metric = metrics.get(change.metric)
            label = metric.label(lang) if metric else change.metric
            old = (tr("imports.new_value", lang) if change.is_new
                   else figure_text(metric, change.old, lang))
            print(f"  {shown(change.agent_name):<26} {change.month}  {label:<30} "
                  f"{old:>9} -> {figure_text(metric, change.new, lang)}")
    if plan.unchanged:
        print(tr("imports.unchanged", lang, count=plan.unchanged))
    if plan.notices:
        print(tr("imports.warnings", lang))
        for notice in plan.notices:
            print(f"  - {notice.text(lang)}")


def _team_as_remembered(args: argparse.Namespace, journal: Journal, lang: str) -> None:
    """Without --group or --mailbox, a helpdesk import keeps the team chosen last time (and
    says so); `0` means every group or mailbox, and is remembered like any choice."""
    from coachtui.services.imports import remembered_team

    option = {"zendesk": "group", "freshdesk": "group", "helpscout": "mailbox"}.get(
        args.source)
    if option is None:
        return
    chosen = getattr(args, option)
    if chosen is None:
        chosen = remembered_team(journal, args.source)
        if chosen is not None:
            print(tr(f"imports.team_remembered_{option}", lang, id=chosen), file=sys.stderr)
    setattr(args, option, chosen or None)


class _Progress:
    """How far a long read has come, on one stderr line that rewrites itself; silent when
    stderr is not a terminal (scripts and logs get no carriage returns)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.shown = False

    def __call__(self, done: int, total: int | None) -> None:
        if total:
            text = tr("imports.progress_share", self.lang, percent=min(100, 100 * done // total))
        else:
            text = tr("imports.progress_requests", self.lang, count=done)
        print("\r" + text, end="", file=sys.stderr, flush=True)
        self.shown = True

    def done(self) -> None:
        """End the progress line, if one was drawn."""
        if self.shown:
            print(file=sys.stderr, flush=True)
            self.shown = False


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Preview the import, list the changes, and save them unless --dry-run."""
    from coachtui.services.imports import preview_import, save_import, team_filter

    lang = settings.lang
    progress = _Progress(lang) if sys.stderr.isatty() else None
    # a dry run writes nothing, so it reads an existing journal only
    with open_journal(settings, create=not args.dry_run) as journal:
        _team_as_remembered(args, journal, lang)
        request = _request(args, settings.timezone)
        try:
            plan = preview_import(journal, request, progress=progress)
        finally:  # a refusal reaches the CLI's edge as is, on a line of its own
            if progress is not None:
                progress.done()
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
        _report(plan, metrics, lang, request)
        if plan.is_empty:
            print(tr("imports.nothing", lang))
            return 0
        if args.dry_run:
            print(tr("imports.dry_run", lang))
            return 0
        written = save_import(journal, plan, team=team_filter(request))
    print(tr("imports.written", lang, figures=written, agents=len(plan.new_agents)))
    return 0
