"""`coachtui demo [--force]`: write the demo journal (refuses to overwrite without --force)."""

from __future__ import annotations

import argparse
import os

from coachtui.errors import UserError
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Write a fresh demo journal at the settings' path."""
    from coachtui.demo import build_demo
    from coachtui.storage import Journal

    path = settings.journal_path
    if path.exists() and path.stat().st_size > 0:
        if not args.force:
            raise UserError(tr("cli.demo_exists", settings.lang, path=path))
        for suffix in ("", "-wal", "-shm"):
            candidate = path.with_name(path.name + suffix)
            if candidate.exists():
                os.remove(candidate)
    with Journal.open(path) as journal:
        counts = build_demo(journal, lang=settings.lang)
    print(tr("cli.demo_written", settings.lang, path=path, agents=counts["agents"],
             sessions=counts["sessions"]))
    return 0
