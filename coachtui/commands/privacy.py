"""`coachtui privacy export|erase|purge`: right of access, erasure and retention."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coachtui import clock
from coachtui.commands.common import open_journal
from coachtui.errors import UserError
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch the privacy actions."""
    return {"export": _access, "erase": _erase, "purge": _purge}[args.action](args, settings)


def _access(args: argparse.Namespace, settings: Settings) -> int:
    from coachtui.export.access import access_document, access_markdown
    from coachtui.export.files import ensure_folder, write_atomic

    lang = settings.lang
    folder = ensure_folder(Path(args.out), lang)
    with open_journal(settings) as journal:
        agent = journal.find_agent(args.agent)
        document = access_document(journal.agent_record(agent.id))
    stem = f"access_{agent.email.split('@')[0]}_{clock.today().isoformat()}"
    json_path = write_atomic(folder / f"{stem}.json",
                             json.dumps(document, ensure_ascii=False, indent=2) + "\n", lang)
    md_path = write_atomic(folder / f"{stem}.md", access_markdown(document, lang), lang)
    print(tr("privacy.access_written", lang, json=json_path, md=md_path))
    return 0


def _preview(journal, agents, lang: str) -> None:
    for agent in agents:
        print(tr("privacy.would_erase", lang, name=agent.name, email=agent.email))
        for table, count in sorted(journal.erasure_preview([agent.id]).items()):
            print(tr("privacy.rows", lang, table=table, count=count))


def _erase(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    with open_journal(settings) as journal:
        agent = journal.find_agent(args.agent)
        _preview(journal, [agent], lang)
        if not args.yes:
            raise UserError(tr("privacy.add_yes", lang))
        report = journal.erase_agent(agent.id)
    print(tr("privacy.erased", lang, name=agent.name, rows=report.total))
    if not report.file_cleaned:
        print(tr("privacy.not_scrubbed", lang), file=sys.stderr)
    return 0


def _purge(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    years = args.older_than
    if not years > 0:
        raise UserError(tr("privacy.years_positive", lang, value=years))
    shown = f"{years:g}"
    with open_journal(settings) as journal:
        candidates = journal.purge_candidates(years, clock.today())
        if not candidates:
            print(tr("privacy.purge_none", lang, years=shown))
            return 0
        print(tr("privacy.purge_list", lang, years=shown))
        for agent in candidates:
            print(tr("privacy.purge_row", lang, name=agent.name, email=agent.email,
                     end=agent.employment_end))
        if not args.yes:
            print(tr("privacy.add_yes", lang))
            return 0
        report = journal.erase_agents([a.id for a in candidates])
    print(tr("privacy.purged", lang, count=len(report.agents), rows=report.total))
    if not report.file_cleaned:
        print(tr("privacy.not_scrubbed", lang), file=sys.stderr)
    return 0
