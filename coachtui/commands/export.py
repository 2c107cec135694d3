"""`coachtui export session|month`: session records for HR (shared content only).

Without --out, Markdown, HTML and JSON go to stdout; a PDF is written to a default file
name in the current folder (`YYYY-MM_<agent>_session-<id>.pdf`) and its path printed.
A month in md/pdf goes to the folder --out (default `coachtui-YYYY-MM/`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coachtui.commands.common import month_arg, open_journal
from coachtui.services import exports
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch `export session` and `export month`."""
    if args.what == "session":
        return _session(args, settings)
    return _month(args, settings)


def _session(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    with open_journal(settings) as journal:
        record = exports.session_record(journal, args.id, allow_draft=args.draft)
    output = exports.renderer(args.format, lang)(record)
    if args.out is None and args.format != "pdf":
        sys.stdout.write(output if isinstance(output, str) else output.decode("utf-8"))
        return 0
    path = Path(args.out) if args.out else exports.default_file_name(record, "pdf")
    exports.write_file(path, output, lang)
    print(tr("export.written", lang, path=path), file=sys.stderr)
    return 0


def _month(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    month = month_arg(args.month, "YYYY-MM") or ""
    exports.check_month_format(args.format, args.delimiter)
    with open_journal(settings) as journal:
        plan = exports.month_plan(journal, month)
        if plan.drafts:
            print(tr("export.drafts_skipped", lang, count=len(plan.drafts),
                     ids=", ".join(map(str, plan.drafts))), file=sys.stderr)
        if args.format == "csv":
            text = exports.month_csv(journal, plan, args.delimiter)
            if args.out is None:
                sys.stdout.write(text)
                return 0
            path = exports.write_month_csv(Path(args.out), text, args.delimiter, lang)
            print(tr("export.written", lang, path=path), file=sys.stderr)
            return 0
        if not plan.signed:
            print(tr("export.month_empty", lang, month=month), file=sys.stderr)
            return 0
        folder = Path(args.out or f"coachtui-{month}")
        written = exports.write_month(journal, plan, folder, args.format, lang)
    print(tr("export.month_written", lang, count=len(written), path=folder), file=sys.stderr)
    return 0
