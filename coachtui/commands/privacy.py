"""`coachtui privacy export|erase|purge`: right of access, erasure and retention."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coachtui import clock
from coachtui.commands.common import open_journal
from coachtui.errors import UserError
from coachtui.model.number_format import decimal_text
from coachtui.services import privacy
from coachtui.services.agents import find_agent
from coachtui.settings import Settings
from coachtui.texts import has_text, tr

if TYPE_CHECKING:
    from coachtui.model import Agent
    from coachtui.services.privacy import ErasureReport
    from coachtui.storage.journal import Journal


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch the privacy actions."""
    return {"export": _access, "erase": _erase, "purge": _purge}[args.action](args, settings)


def _access(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    with open_journal(settings) as journal:
        files = privacy.access_export(journal, args.agent, Path(args.out), lang, clock.today())
    print(tr("privacy.access_written", lang, json=files.json_path, md=files.markdown_path))
    return 0


def _preview(journal: Journal, agents: list[Agent], lang: str) -> None:
    """What an erasure would remove, per agent and table (tables named in words)."""
    for agent in agents:
        print(tr("privacy.would_erase", lang, name=agent.name, email=agent.email))
        for table, count in privacy.erasure_preview(journal, agent.id or 0):
            key = f"erase.table.{table}"
            print(tr("privacy.rows", lang, table=tr(key, lang) if has_text(key) else table,
                     count=count))


def _erase(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    with open_journal(settings) as journal:
        agent = find_agent(journal, args.agent)
        _preview(journal, [agent], lang)
        if not args.yes:
            raise UserError("privacy.add_yes")
        report = privacy.erase_agent(journal, agent.id or 0, settings.replica_url)
    print(tr("privacy.erased", lang, name=agent.name, rows=report.total))
    _after(report, lang)
    return 0


def _after(report: ErasureReport, lang: str) -> None:
    """What may be left: old page copies in the file, and what became of the replica."""
    if not report.file_cleaned:
        print(tr("privacy.not_scrubbed", lang), file=sys.stderr)
    notice = report.replica
    if notice.key:
        print(tr(notice.key, lang, **notice.values),
              file=sys.stderr if notice.warning else sys.stdout)


def _purge(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    years = privacy.retention_years(args.older_than)
    shown = decimal_text(years, None, lang)
    with open_journal(settings) as journal:
        candidates = privacy.purge_candidates(journal, years, clock.today())
        if not candidates:
            print(tr("privacy.purge_none", lang, years=shown, count=years))
            return 0
        print(tr("privacy.purge_list", lang, years=shown, count=years))
        for agent in candidates:
            print(tr("privacy.purge_row", lang, name=agent.name, email=agent.email,
                     end=agent.employment_end))
        if not args.yes:
            print(tr("privacy.add_yes", lang))
            return 0
        report = privacy.purge(journal, candidates, settings.replica_url)
    print(tr("privacy.purged", lang, count=len(report.agents), rows=report.total))
    _after(report, lang)
    return 0
