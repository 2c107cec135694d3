"""Export the HR record of the talk on screen (PDF + Markdown) in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from coachtui.errors import UserError
from coachtui.services import exports
from coachtui.services.workspace import Workspace

if TYPE_CHECKING:
    from coachtui.screens.talk import TalkScreen


def export_folder(screen: TalkScreen) -> Path:
    """Where records from the TUI go: the export folder of the settings (by default the
    user's documents folder)."""
    return screen.coach.settings.exports_folder


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
    """Leave reading, rendering and writing to a worker thread; its connection belongs to
    the window's workspace, so the watch never takes the export for another window's change."""
    workspace: Workspace = screen.coach.workspace
    session_id, lang, folder = screen.session_id, screen.lang, export_folder(screen)
    screen.notify(screen.tr("wrap.exporting"), timeout=2, markup=False)

    def work() -> None:
        worker = get_current_worker()
        try:
            written = exports.export_for_hr(workspace, session_id, allow_draft=draft, lang=lang,
                                            cancelled=lambda: worker.is_cancelled,
                                            folder=folder)
        except UserError as exc:
            screen.app.call_from_thread(screen.notify, exc.text(lang), severity="error",
                                        timeout=8, markup=False)
            return
        if written is None:
            return
        # The path runs through the journal's folder, any name a person chose: shown as written.
        screen.app.call_from_thread(screen.notify,
                                    screen.tr("wrap.exported", path=written.paths[0]),
                                    timeout=10, markup=False)

    screen.run_worker(work, thread=True, exclusive=True, group="export")
