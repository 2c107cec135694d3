"""Session records for HR: one session, a whole month, and the TUI's export to `exports/`.

The rules: only the shared content leaves the journal (never private notes); a draft goes
out only when asked for, stamped DRAFT; every file is written whole or not at all. The
TUI's export reads and writes in a worker thread through the workspace's own connection,
so the window's watch knows the read as this process's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachtui.errors import UserError
from coachtui.outside_text import quoted

if TYPE_CHECKING:
    from coachtui.export.month import MonthPlan
    from coachtui.export.record import SessionRecord
    from coachtui.services.workspace import Workspace
    from coachtui.storage.journal import Journal

Renderer = Callable[["SessionRecord"], "str | bytes"]
SESSION_FORMATS = ("md", "html", "pdf", "json")
MONTH_FORMATS = ("csv", "md", "pdf")
TUI_FORMATS = ("pdf", "md")  # what Ctrl+E writes: the PDF for HR, Markdown to read along


def renderer(fmt: str, lang: str) -> Renderer:
    """The function that turns a record into the text or bytes of `fmt` (md, html, pdf, json)."""
    if fmt == "pdf":
        from coachtui.export.pdf import render_pdf

        def pdf(record: SessionRecord) -> bytes:
            try:
                return render_pdf(record, lang)
            except UserError:
                raise
            except Exception as exc:  # fpdf2 raises many kinds; the user needs one sentence
                raise UserError("export.pdf_failed", id=record.content["session_id"],
                                reason=quoted(exc, 120)) from exc
        return pdf
    if fmt == "html":
        from coachtui.export.html import render_html

        return lambda record: render_html(record, lang)
    if fmt == "json":
        from coachtui.export.json_format import render_json

        return lambda record: render_json(record, lang)
    if fmt == "md":
        from coachtui.export.markdown import render_markdown

        return lambda record: render_markdown(record, lang)
    raise UserError("services.unknown_format", value=quoted(fmt),
                    known=", ".join(SESSION_FORMATS))


def session_record(journal: Journal, session_id: int, *, allow_draft: bool) -> SessionRecord:
    """The shared record of one session; a draft is refused unless `allow_draft`."""
    from coachtui.export.record import build_record

    record = build_record(journal, session_id)
    if record.draft and not allow_draft:
        raise UserError("services.export_draft_refused", id=session_id)
    return record


def write_file(path: Path, data: str | bytes, lang: str) -> Path:
    """Write one export file whole or not at all; its folder must exist already."""
    from coachtui.export.files import write_atomic

    if path.parent != Path("") and not path.parent.is_dir():
        raise UserError("services.no_such_folder", path=quoted(path, 200),
                        folder=quoted(path.parent, 200))
    return write_atomic(path, data, lang)


def default_file_name(record: SessionRecord, fmt: str) -> Path:
    """`YYYY-MM_<agent>_session-<id>.<fmt>`: sorts by month, names the agent, unique."""
    from coachtui.export.files import record_file_name

    return Path(record_file_name(record.content, fmt))


# -- a month --------------------------------------------------------------------------------
def month_plan(journal: Journal, month: str) -> MonthPlan:
    """The month's sessions: the signed ones go out, drafts stay (and are named)."""
    from coachtui.export.month import plan_month

    return plan_month(journal, month)


def check_month_format(fmt: str, delimiter: str) -> None:
    """A `;` separator only makes sense for CSV."""
    if fmt not in MONTH_FORMATS:
        raise UserError("services.unknown_format", value=quoted(fmt),
                        known=", ".join(MONTH_FORMATS))
    if fmt != "csv" and delimiter != ",":
        raise UserError("export.csv_needs_comma")


def month_csv(journal: Journal, plan: MonthPlan, delimiter: str) -> str:
    """One CSV row per signed session; with `;` the numbers have a decimal comma."""
    from coachtui.export.month import month_csv as csv_text

    return csv_text(journal, plan, delimiter)


def write_month_csv(path: Path, text: str, delimiter: str, lang: str) -> Path:
    """Write the month's CSV; a `;` file starts with a BOM, which Dutch Excel needs to read
    it as UTF-8 (on stdout it would only be a stray character)."""
    return write_file(path, ("\ufeff" if delimiter == ";" else "") + text, lang)


def write_month(journal: Journal, plan: MonthPlan, folder: Path, fmt: str,
                lang: str) -> list[Path]:
    """One file per signed session in `folder` (created if missing); all or none."""
    from coachtui.export.files import ensure_folder
    from coachtui.export.month import write_month_files

    target = ensure_folder(folder, lang)
    return write_month_files(journal, plan, target, fmt, renderer(fmt, lang), lang)


# -- the TUI's export -----------------------------------------------------------------------
def tui_export_folder(journal_path: Path) -> Path:
    """Where records from the TUI go: `exports/` beside the journal file."""
    return journal_path.parent / "exports"


@dataclass(frozen=True)
class WrittenRecord:
    """The files one TUI export wrote (the PDF first)."""

    session_id: int
    paths: list[Path]


def export_for_hr(workspace: Workspace, session_id: int, *, allow_draft: bool, lang: str,
                  cancelled: Callable[[], bool] = lambda: False,
                  folder: Path | None = None) -> WrittenRecord | None:
    """Worker thread: read the record on a connection of its own and write PDF + Markdown to
    `folder` (the TUI passes the settings' export folder; without one, `exports/` beside
    the journal). None when `cancelled` said stop between files."""
    from coachtui.export.files import ensure_folder

    with workspace.worker_journal(writes=False) as journal:
        record = session_record(journal, session_id, allow_draft=allow_draft)
        journal_path = journal.path
    assert journal_path is not None  # worker_journal() refuses an in-memory journal
    target = ensure_folder(folder or tui_export_folder(journal_path), lang)
    written: list[Path] = []
    for fmt in TUI_FORMATS:
        if cancelled():
            return None
        written.append(write_file(target / default_file_name(record, fmt).name,
                                  renderer(fmt, lang)(record), lang))
    return WrittenRecord(session_id, written)
