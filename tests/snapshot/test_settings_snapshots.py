"""Layout of the settings screen (en, nl) and of the first-run team screen; fixed paths so
the pictures do not depend on the machine's folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachtui.app import CoachApp
from coachtui.screens.settings_screen import SettingsScreen
from coachtui.settings import Settings
from coachtui.storage import Journal

SIZE = (120, 40)


@pytest.fixture
def settings_app():
    made: list[CoachApp] = []

    def make(journal_path: Path, lang: str) -> CoachApp:
        journal = Journal.open(journal_path, create=True)
        settings = Settings(journal_path=journal_path, lang=lang, lead_name="Marieke Jansen",
                            timezone="Europe/Amsterdam",
                            exports_choice=Path("/home/marieke/Documents/HR"),
                            config_path=Path("/home/marieke/.config/coachtui/config.toml"))
        app = CoachApp(journal, settings, cursor_blink=False, watch_interval=0)
        made.append(app)
        return app

    yield make
    for app in made:
        app.journal.close()


async def _open_settings(pilot) -> None:
    await pilot.pause()
    pilot.app.push_screen(SettingsScreen())
    await pilot.pause()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_settings_screen(snap_compare, settings_app, demo_journal_path, lang):
    app = settings_app(demo_journal_path, lang)
    assert snap_compare(app, terminal_size=SIZE, run_before=_open_settings)
    assert not app.settings.config_path.exists()  # opening the screen writes nothing


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_first_run_team_screen(snap_compare, settings_app, tmp_path, lang):
    assert snap_compare(settings_app(tmp_path / "new.db", lang), terminal_size=SIZE)
