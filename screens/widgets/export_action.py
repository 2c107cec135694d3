"""Export the HR record of the talk on screen (PDF + Markdown) in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from coachtui.errors import UserError

if TYPE_CHECKING:
    from coachtui.export.record import SessionRecord
    from coachtui.screens.talk import TalkScreen


def export_folder(screen: TalkScreen) -> Path:
    """Where records from the TUI go: `exports/` beside the journal file."""
    journal_path = screen.coach.settings.journal_path
    return journal_path.parent / "exports"


def export_session(screen: TalkScreen) -> None:
    """Ask first for a draft (it is stamped DRAFT), then write the files and say where."""
    from coachtui.screens.widgets.confirm import Confirm

    if screen.ctx.session.signed:
        _start(screen, draft=False)
        return

    def answer(yes: bool | None) -> None:
        if yes:
            _start(screen, draft=True)

    screen.app.push_screen(Confirm(screen.tr("wrap.export_draft"),
                                   f"{screen.tr('app.confirm.yes')}   "
                                   f"{screen.tr('app.confirm.no')}"), callback=answer)


def _start(screen: TalkScreen, *, draft: bool) -> None:
    """Read the record here, on the app's own connection (a few milliseconds), and leave
    the slow part, rendering and writing the files, to a worker thread. A second
    connection in the worker used to look like another window's change to the journal's
    watch ("Updated with changes from another window" after every export)."""
    from coachtui.export.record import build_record, require_exportable

    try:
        record = build_record(screen.journal, screen.session_id)
        require_exportable(record, allow_draft=draft)
    except UserError as exc:
        screen.notify(str(exc), severity="error", timeout=8, markup=False)
        return
    screen.notify(screen.tr("wrap.exporting"), timeout=2, markup=False)
    screen.run_worker(lambda: _write(screen, record), thread=True, exclusive=True,
                      group="export")


def _write(screen: TalkScreen, record: SessionRecord) -> None:
    from coachtui.commands.export import renderer
    from coachtui.export.files import ensure_folder, record_file_name, write_atomic

    lang = screen.lang
    try:
        folder = ensure_folder(export_folder(screen), lang)
        written = []
        for fmt in ("pdf", "md"):
            if get_current_worker().is_cancelled:
                return
            data = renderer(fmt, lang)(record)
            written.append(write_atomic(folder / record_file_name(record.content, fmt),
                                        data, lang))
    except UserError as exc:
        screen.app.call_from_thread(screen.notify, str(exc), severity="error", timeout=8,
                                    markup=False)
        return
    # The path runs through the journal's folder, any name a person chose: shown as written.
    screen.app.call_from_thread(screen.notify, screen.tr("wrap.exported", path=written[0]),
                                timeout=10, markup=False)
