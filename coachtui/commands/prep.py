"""`coachtui prep AGENT [--format md|html] [--out FILE]`: the agent's preparation sheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coachtui.commands.common import open_journal
from coachtui.services import agents as agent_service
from coachtui.services.prep import next_talk_month, prep_sheet
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Write the sheet to stdout, or whole to `--out`."""
    from coachtui import clock
    from coachtui.export.files import write_atomic
    from coachtui.export.year import prep_html, prep_markdown

    lang = settings.lang
    today = clock.today()
    with open_journal(settings) as journal:
        agent = agent_service.find_agent(journal, args.agent)
        agent_id = agent.id or 0
        sheet = prep_sheet(journal, agent_id, next_talk_month(journal, agent_id, today), today)
    output = prep_html(sheet, lang) if args.format == "html" else prep_markdown(sheet, lang)
    if args.out is None:
        sys.stdout.write(output)
        return 0
    path = write_atomic(Path(args.out), output, lang)
    print(tr("prep.written", lang, path=path), file=sys.stderr)
    return 0
