"""`coachtui backup`, `coachtui replicate` and `coachtui restore` (see services.replica)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coachtui.commands.common import open_journal
from coachtui.settings import Settings
from coachtui.texts import tr


def run_backup(args: argparse.Namespace, settings: Settings) -> int:
    """Write a consistent copy of the journal to --out."""
    from coachtui.services.replica import backup

    with open_journal(settings) as journal:
        size = backup(journal, Path(args.out))
    print(tr("replica.backup_done", settings.lang, path=args.out, size=max(1, size // 1024)))
    return 0


def run_replicate(args: argparse.Namespace, settings: Settings) -> int:
    """Stream the journal to its replica until stopped."""
    from coachtui.services.replica import checked_url, replicate

    url = checked_url(args.to or settings.replica_url)
    print(tr("replica.running", settings.lang, path=str(settings.journal_path), url=url),
          file=sys.stderr, flush=True)
    return replicate(settings.journal_path, url)


def run_restore(args: argparse.Namespace, settings: Settings) -> int:
    """Bring a journal back from a replica."""
    from coachtui.services.replica import restore

    done = restore(args.source, Path(args.journal), at=args.at, force=args.force)
    print(tr("replica.restore_done", settings.lang, path=str(done.path),
             records=done.signed_records))
    return 0
