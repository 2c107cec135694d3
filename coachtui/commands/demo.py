"""`coachtui demo [--force]`: write the demo journal (refuses to overwrite without --force)."""

from __future__ import annotations

import argparse

from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Write a fresh demo journal at the settings' path."""
    from coachtui.services.demo import write_demo

    written = write_demo(settings.journal_path, force=args.force, lang=settings.lang)
    print(tr("cli.demo_written", settings.lang, path=written.path, agents=written.agents,
             sessions=written.sessions))
    return 0
