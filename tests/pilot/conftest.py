"""Pilot fixtures: a CoachApp on a private copy of the demo journal, hermetic."""

from __future__ import annotations

import pytest

from coachtui.app import CoachApp
from coachtui.settings import Settings
from coachtui.storage import Journal


@pytest.fixture
def make_app(demo_journal_path):
    """Build CoachApps on the demo copy; each gets its own Journal (like its own window)."""
    journals = []

    def make(lang: str = "en", path=None) -> CoachApp:
        journal = Journal.open(path or demo_journal_path)
        journals.append(journal)
        return CoachApp(journal, Settings(journal_path=path or demo_journal_path, lang=lang),
                        cursor_blink=False, watch_interval=0)

    yield make
    for journal in journals:
        journal.close()
