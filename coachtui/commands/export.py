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
from coachtui.errors import UserError
from coachtui.export.files import ensure_folder, record_file_name, write_atomic
from coachtui.export.record import SessionRecord, build_record, require_exportable
from coachtui.settings import Settings
from coachtui.texts import tr


def renderer(fmt: str, lang: str):  # -> Callable[[SessionRecord], str | bytes]
    """The function that turns a record into the bytes or text of `fmt`."""
    if fmt == "pdf":
        from coachtui.export.pdf import render_pdf

        def pdf(record: SessionRecord) -> bytes:
            try:
                return render_pdf(record, lang)
            except Exception as exc:  # fpdf2 raises many kinds; the user needs one sentence
                raise UserError(tr("export.pdf_failed", lang, id=record.content["session_id"],
                                   reason=exc)) from exc
        return pdf
    if fmt == "html":
        from coachtui.export.html import render_html
        return lambda record: render_html(record, lang)
    if fmt == "json":
        from coachtui.export.json_format import render_json
        return lambda record: render_json(record, lang)
    from coachtui.export.markdown import render_markdown
    return lambda record: render_markdown(record, lang)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch `export session` and `export month`."""
    if args.what == "session":
        return _session(args, settings)
    return _month(args, settings)


def _session(args: argparse.Namespace, settings: Settings) -> int:
    lang = settings.lang
    with open_journal(settings) as journal:
        record = build_record(journal, args.id)
    require_exportable(record, allow_draft=args.draft)
    output = renderer(args.format, lang)(record)
    if args.out is None and args.format != "pdf":
        sys.stdout.write(output if isinstance(output, str) else output.decode("utf-8"))
        return 0
    path = Path(args.out) if args.out else Path(record_file_name(record.content, "pdf"))
    if path.parent != Path("") and not path.parent.is_dir():
        raise UserError(tr("export.cannot_write", lang, path=path,
                           reason=f"the folder {path.parent} does not exist"))
    write_atomic(path, output, lang)
    print(tr("export.written", lang, path=path), file=sys.stderr)
    return 0


def _month(args: argparse.Namespace, settings: Settings) -> int:
    from coachtui.export.month import month_csv, plan_month, write_month_files

    lang = settings.lang
    month = month_arg(args.month, "YYYY-MM")
    if args.format != "csv" and args.delimiter != ",":
        raise UserError(tr("export.csv_needs_comma", lang))
    with open_journal(settings) as journal:
        plan = plan_month(journal, month)
        if plan.drafts:
            print(tr("export.drafts_skipped", lang, count=len(plan.drafts),
                     ids=", ".join(map(str, plan.drafts))), file=sys.stderr)
        if args.format == "csv":
            text = month_csv(journal, plan, args.delimiter)
            if args.out is None:
                sys.stdout.write(text)
                return 0
            bom = "\ufeff" if args.delimiter == ";" else ""  # Dutch Excel needs it for UTF-8
            path = write_atomic(Path(args.out), bom + text, lang)
            print(tr("export.written", lang, path=path), file=sys.stderr)
            return 0
        if not plan.signed:
            print(tr("export.month_empty", lang, month=month), file=sys.stderr)
            return 0
        folder = ensure_folder(Path(args.out or f"coachtui-{month}"), lang)
        written = write_month_files(journal, plan, folder, args.format,
                                    renderer(args.format, lang), lang)
    print(tr("export.month_written", lang, count=len(written), path=folder), file=sys.stderr)
    return 0
