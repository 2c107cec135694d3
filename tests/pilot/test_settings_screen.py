"""The settings screen and the first run, by keys: values reach the settings file at once
and are back after a restart; an empty journal offers import and settings by keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Label, Select

from coachtui.screens.import_screen import ImportScreen
from coachtui.screens.settings_screen import SettingsScreen
from coachtui.settings import Settings, read_settings_file
from coachtui.storage import Journal
from tests.pilot.conftest import RecordingApp
from tests.pilot.talk_helpers import MOHAMMED, type_text

SIZE = (120, 40)


def _restarted(path: Path, journals: list[Journal]) -> RecordingApp:
    """A new app as `main()` builds it: settings read from the file again."""
    journal = Journal.open(path)
    journals.append(journal)
    return RecordingApp(journal, Settings.resolve(str(path), None), cursor_blink=False,
                        watch_interval=0)


@pytest.fixture
def journals():
    opened: list[Journal] = []
    yield opened
    for journal in opened:
        journal.close()


async def test_name_and_theme_by_keys_are_back_after_a_restart(make_app, demo_journal_path,
                                                               journals):
    app = make_app()
    config = app.settings.config_path
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        await type_text(pilot, "Anne de Jong")
        assert read_settings_file(config)["lead.name"] == "Anne de Jong"  # at once
        assert "Saved." in str(app.screen.query_one("#msg-set-lead-name").render())
        # Tab: language, time zone, export folder, theme
        await pilot.press("tab", "tab", "tab", "tab")
        assert app.screen.focused is app.screen.query_one("#set-theme", Select)
        before = app.theme
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        assert app.theme != before
        chosen = app.theme
        assert read_settings_file(config)["theme"] == chosen
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
    again = _restarted(demo_journal_path, journals)
    async with again.run_test(size=SIZE) as pilot:
        assert again.theme == chosen and again.settings.lead_name == "Anne de Jong"
        await pilot.press("comma")
        await pilot.pause()
        assert again.screen.query_one("#set-lead-name", Input).value == "Anne de Jong"
        assert again.screen.query_one("#set-theme", Select).value == chosen


async def test_a_bad_time_zone_says_why_and_writes_nothing(make_app):
    app = make_app(lang="nl")
    config = app.settings.config_path
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        await pilot.press("tab", "tab")
        await type_text(pilot, "Europe/Amsterdm")
        message = str(app.screen.query_one("#msg-set-timezone").render())
        assert "timezone kan niet Europe/Amsterdm zijn" in message
        assert "timezone" not in read_settings_file(config)
        await pilot.press("backspace", "backspace", "d", "a", "m")
        assert read_settings_file(config)["timezone"] == "Europe/Amsterdam"


async def test_f3_is_remembered_across_a_restart(make_app, demo_journal_path, journals):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert app.lang == "nl"
        assert read_settings_file(app.settings.config_path)["lang"] == "nl"
    again = _restarted(demo_journal_path, journals)
    async with again.run_test(size=SIZE):
        assert again.lang == "nl"


async def test_the_lead_name_is_the_signature_ready_in_a_new_talk(make_app):
    app = make_app()
    app.settings = app.settings.remember("lead.name", "Anne de Jong")
    async with app.run_test(size=SIZE) as pilot:
        app.start_talk(MOHAMMED)
        await pilot.pause()
        await pilot.press("ctrl+g", "7")
        await pilot.pause()
        field = app.screen.query_one("#sign-manager", Input)
        assert field.value == "Anne de Jong"  # editable: it is a field like any other
        field.focus()
        await pilot.press("end", "backspace", "backspace", "backspace", "backspace")
        await type_text(pilot, "Jansen")
        assert field.value == "Anne de Jansen"


@pytest.mark.parametrize(("lang", "welcome", "import_line"), [
    ("en", "Welcome! This journal is still empty.", "import a team and figures"),
    ("nl", "Welkom! Dit journaal is nog leeg.", "een team en cijfers importeren"),
])
async def test_first_run_offers_import_and_settings_by_keys(make_app, tmp_path, lang, welcome,
                                                            import_line):
    app = make_app(lang=lang, path=tmp_path / "new.db")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        message = str(app.screen.query_one("#team-message", Label).render())
        assert welcome in message and import_line in message and "demo" not in message
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen) and app.screen.agent_id is None
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"


async def test_first_import_from_the_team_screen_with_the_teams_own_profile(make_app,
                                                                             tmp_path):
    folder = tmp_path / "team-files"
    folder.mkdir()
    profile = Path(__file__).resolve().parents[2] / "importers" / "profiles" / "generic.toml"
    shutil.copy(profile, folder / "our_sheet.toml")
    sheet = folder / "october.csv"
    sheet.write_text("email,name,month,ftr\nanna@example.nl,Anna Smit,2026-10,80\n",
                     encoding="utf-8")
    app = make_app(path=tmp_path / "new.db")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        path_field = screen.query_one("#import-path", Input)
        path_field.focus()
        await pilot.press(*str(sheet))
        await pilot.pause()
        own = str(folder / "our_sheet.toml")
        select = screen.query_one("#import-profile", Select)
        select.value = own  # offered: a value not in the list would be refused
        path_field.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.phase == "preview"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.settings.imports_folder == folder
        assert read_settings_file(app.settings.config_path)["imports.folder"] == str(folder)
        assert "Anna Smit" in str(app.screen.query_one("#team-table").get_row_at(0))
    # next time the folder's own profiles are in the list from the start
    app2 = make_app(path=tmp_path / "new.db")
    app2.settings = Settings.resolve(str(tmp_path / "new.db"), None)
    async with app2.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        await pilot.pause()
        app2.screen.query_one("#import-profile", Select).value = own
