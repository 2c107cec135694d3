"""Pilot fixtures: a CoachApp on a private copy of the demo journal, hermetic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from coachtui.app import CoachApp
from coachtui.settings import Settings
from coachtui.storage import Journal


@dataclass(frozen=True)
class Notice:
    """A notification the app showed, as the test reads it."""

    message: str
    markup: bool = True  # whether Textual was asked to read the message as markup


class RecordingApp(CoachApp):
    """A CoachApp that keeps every notification it shows (`notices`), so tests read what
    the user was told through the public `notify` rather than Textual's internals."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.notices: list[Notice] = []

    def notify(self, message: str, *args: Any, **kwargs: Any) -> None:
        self.notices.append(Notice(str(message), bool(kwargs.get("markup", True))))
        super().notify(message, *args, **kwargs)


@pytest.fixture
def make_app(demo_journal_path):
    """Build CoachApps on the demo copy; each gets its own Journal (like its own window)."""
    journals = []

    def make(lang: str = "en", path=None) -> CoachApp:
        journal = Journal.open(path or demo_journal_path)
        journals.append(journal)
        where = path or demo_journal_path
        # exports beside the journal (tmp), never in the real documents folder
        settings = Settings(journal_path=where, lang=lang,
                            exports_choice=where.parent / "exports")
        return RecordingApp(journal, settings, cursor_blink=False, watch_interval=0)

    yield make
    for journal in journals:
        journal.close()
