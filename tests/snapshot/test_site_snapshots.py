"""The site screen over two other team leads' journals, in both languages, at 120x40 and
80x24, and its empty state (no journals named yet)."""

from __future__ import annotations

import pytest

from coachtui.app import CoachApp
from coachtui.settings import Settings
from coachtui.storage import Journal
from tests.site_helpers import other_lead


@pytest.fixture
def site_app(demo_journal_path, tmp_path):
    """A CoachApp on the demo whose setting `site.journals` names Noord's and Zuid's."""
    made = []

    def make(lang: str, *, configured: bool = True) -> CoachApp:
        folder = tmp_path / "share"
        folder.mkdir(exist_ok=True)
        sources = None
        if configured:
            anne = other_lead(demo_journal_path, folder / "anne.db", "Noord")
            bram = other_lead(demo_journal_path, folder / "bram.db", "Zuid", disagreeing=True)
            sources = f"{anne}; {bram}"
        settings = Settings(journal_path=demo_journal_path, lang=lang,
                            exports_choice=tmp_path / "exports", site_journals=sources)
        app = CoachApp(Journal.open(demo_journal_path), settings, cursor_blink=False,
                       watch_interval=0)
        made.append(app)
        return app

    yield make
    for app in made:
        app.journal.close()


async def _open_site(pilot) -> None:
    await pilot.pause()
    await pilot.press("S")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_site_over_two_journals(snap_compare, site_app, lang):
    assert snap_compare(site_app(lang), terminal_size=(120, 40), run_before=_open_site)


def test_site_at_80_columns(snap_compare, site_app):
    assert snap_compare(site_app("en"), terminal_size=(80, 24), run_before=_open_site)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_site_without_journals(snap_compare, site_app, lang):
    assert snap_compare(site_app(lang, configured=False), terminal_size=(80, 24),
                        run_before=_open_site)
