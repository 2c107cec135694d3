"""The import screen driven by keys: file -> preview old -> new -> save; refusals; Escape.

Runs on a private copy of the demo journal (`make_app`), with a small CSV in tmp_path read
through the `generic` profile (columns email, month and metric keys)."""

from __future__ import annotations

import json

import pytest
from textual.widgets import DataTable, DirectoryTree, Input, Static

from coachtui.screens.import_screen import ImportScreen, refresh_from_last_source
from coachtui.services.imports import LAST_SOURCE_KEY
from coachtui.storage import Journal
from tests.connectors import zendesk_shapes
from tests.connectors.fake_vendor import FakeVendor, serve

SIZE = (120, 40)
SANNE = "sanne.devries@example.nl"


def _csv(tmp_path, text: str, name: str = "october.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _figure(path, email: str, month: str, metric: str):
    with Journal.open(path, create=False) as journal:
        agent = next((a for a in journal.agents() if a.email == email), None)
        if agent is None:
            return None
        rows = [r for r in journal.figures(agent.id, month) if r.metric == metric]
        return rows[0].value if rows else None


def _rows(app) -> list[list[str]]:
    table = app.screen.query_one("#import-changes", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def _type_path(pilot, path) -> None:
    field = pilot.app.screen.query_one("#import-path", Input)
    field.focus()
    await pilot.pause()
    await pilot.press(*str(path))


async def _plan(pilot) -> None:
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_file_import_previews_old_to_new_and_saves(make_app, demo_journal_path,
                                                         tmp_path):
    before = _figure(demo_journal_path, SANNE, "2026-10", "ftr")
    assert before is not None and before != 91.5
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,91.5\n"
                         "new.person@example.nl,2026-10,80\n")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#import-month", Input).value == "2026-10"  # review month
        await _type_path(pilot, csv)
        await _plan(pilot)
        assert screen.phase == "preview"
        rows = _rows(app)
        assert ["Sanne de Vries", "2026-10", "First Time Right", f"{before:.1f}%",
                "91.5%"] in rows
        assert ["New Person (new)", "2026-10", "First Time Right", "new", "80.0%"] in rows
        # nothing is written before the answer
        assert _figure(demo_journal_path, SANNE, "2026-10", "ftr") == before

        await pilot.press("enter")  # apply -> Confirm
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        assert "Save 2 figures and add 1 new agent?" in str(
            app.screen.query_one("Label").render())
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)  # back where the import started
        assert any("2 figures saved, 1 new agent added." in n.message
                   for n in app.notices)
        # the save was this window's: the watch for other windows does not announce it
        app.check_for_changes()
        await pilot.pause()
        assert not any("another window" in n.message for n in app.notices)
    assert _figure(demo_journal_path, SANNE, "2026-10", "ftr") == 91.5
    assert _figure(demo_journal_path, "new.person@example.nl", "2026-10", "ftr") == 80
    with Journal.open(demo_journal_path, create=False) as journal:
        stored = json.loads(journal.meta(LAST_SOURCE_KEY))
    assert stored == {"kind": "file", "path": str(csv), "profile": "generic",
                      "hours_path": None}


async def test_bad_file_shows_the_sentence_and_writes_nothing(make_app, demo_journal_path,
                                                              tmp_path):
    before = _figure(demo_journal_path, SANNE, "2026-10", "ftr")
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,91.5\n"
                         "joris.bakker@example.nl,2026-10,lots\n", name="bad.csv")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        screen = app.screen
        assert screen.phase == "form"
        error = screen.query_one("#import-error", Static)
        assert error.display
        text = str(error.render())
        assert "line 3" in text and "'ftr'" in text and "'lots'" in text
        assert "nothing was written" in text
        assert "Traceback" not in text
    assert _figure(demo_journal_path, SANNE, "2026-10", "ftr") == before
    with Journal.open(demo_journal_path, create=False) as journal:
        assert journal.meta(LAST_SOURCE_KEY) is None


async def test_missing_file_and_bad_month_are_refused_in_dutch(make_app, tmp_path):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        screen = app.screen
        await _type_path(pilot, tmp_path / "gone.csv")
        await _plan(pilot)
        assert "bestaat niet" in str(screen.query_one("#import-error", Static).render())
        month = screen.query_one("#import-month", Input)
        month.value = "oktober"
        month.focus()
        await _plan(pilot)
        assert "'oktober' is geen maand" in str(
            screen.query_one("#import-error", Static).render())


async def test_escape_on_the_preview_writes_nothing(make_app, demo_journal_path, tmp_path):
    before = _figure(demo_journal_path, SANNE, "2026-10", "ftr")
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,91.5\n")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        assert app.screen.phase == "preview"
        # the worker's own connection is not taken for a change from another window
        from coachtui.services.workspace import Change

        assert app.workspace.check_for_changes() is Change.NONE
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen) and app.screen.phase == "form"
        assert app.screen.query_one("#import-path", Input).value == str(csv)  # kept
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)
    assert _figure(demo_journal_path, SANNE, "2026-10", "ftr") == before
    with Journal.open(demo_journal_path, create=False) as journal:
        assert journal.meta(LAST_SOURCE_KEY) is None


async def test_same_file_again_shows_nothing_changes(make_app, demo_journal_path, tmp_path):
    before = _figure(demo_journal_path, SANNE, "2026-10", "ftr")
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,{before}\n")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        screen = app.screen
        assert screen.phase == "preview"
        assert screen.query_one("#import-nothing", Static).display
        assert not screen.query_one("#import-changes", DataTable).display
        await pilot.press("enter")  # nothing to save: no question
        await pilot.pause()
        assert app.screen is screen


async def test_refresh_from_last_source_plans_at_once(make_app, demo_journal_path, tmp_path):
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,91.5\n{SANNE},2026-09,50\n")
    with Journal.open(demo_journal_path, create=False) as journal:
        journal.set_meta(LAST_SOURCE_KEY, json.dumps(
            {"kind": "file", "path": str(csv), "profile": "generic", "hours_path": None}))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        refresh_from_last_source(app, "2026-10")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen) and screen.phase == "preview"
        rows = _rows(app)
        assert len(rows) == 1 and rows[0][1] == "2026-10"  # only the month asked for
        assert "other than 2026-10" in str(screen.query_one("#import-notices").render())


async def test_refresh_without_a_source_opens_the_empty_form(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        refresh_from_last_source(app, "2026-10")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen) and screen.phase == "form"
        assert screen.query_one("#import-path", Input).value == ""
        assert screen.query_one("#import-path", Input).has_focus


async def test_tab_completes_the_file_name(make_app, tmp_path):
    _csv(tmp_path, "email\n", name="october_figures.csv")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, f"{tmp_path}/octo")
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        field = app.screen.query_one("#import-path", Input)
        assert field.value == f"{tmp_path}/october_figures.csv"
        assert field.has_focus
        await pilot.press("tab")  # nothing more to complete: on to the next field
        await pilot.pause()
        assert not field.has_focus


@pytest.fixture
def vendor(monkeypatch):
    """A fake Zendesk on localhost; credentials from the environment, never a keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    fake = FakeVendor()
    server, thread = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


async def _choose_zendesk(pilot, subdomain: str, base_url: str) -> None:
    await pilot.press("shift+tab")  # from the file field up to the source tabs
    await pilot.press("right")
    await pilot.pause()
    await pilot.press("tab")
    await pilot.press(*subdomain)
    await pilot.press("tab")
    await pilot.press(*base_url)


async def test_zendesk_month_is_previewed_and_saved_without_storing_credentials(
        make_app, demo_journal_path, vendor, monkeypatch):
    zendesk_shapes.install(vendor)
    monkeypatch.setenv("COACHTUI_ZENDESK_EMAIL", "lead@example.nl")
    monkeypatch.setenv("COACHTUI_ZENDESK_TOKEN", "s3cret-token")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _choose_zendesk(pilot, "acme", vendor.url)
        await _plan(pilot)
        screen = app.screen
        assert screen.phase == "preview", str(screen.query_one("#import-error").render())
        rows = _rows(app)
        assert ["Anna de Vries (new)", "2026-10", "First Time Right", "new", "50.0%"] in rows
        assert ["Bob Smit (new)", "2026-10", "First Time Right", "new", "100.0%"] in rows
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)
    with Journal.open(demo_journal_path, create=False) as journal:
        raw = journal.meta(LAST_SOURCE_KEY)
        assert "anna@example.nl" in {a.email for a in journal.agents()}
    assert json.loads(raw) == {"kind": "zendesk", "subdomain": "acme", "base_url": vendor.url}
    assert "s3cret" not in raw and "lead@example.nl" not in raw


async def test_zendesk_without_credentials_says_which_variables(make_app, demo_journal_path,
                                                                vendor, monkeypatch):
    for name in ("COACHTUI_ZENDESK_EMAIL", "COACHTUI_ZENDESK_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _choose_zendesk(pilot, "acme", vendor.url)
        await _plan(pilot)
        screen = app.screen
        assert screen.phase == "form"
        text = str(screen.query_one("#import-error", Static).render())
        assert text.startswith("No credentials for Zendesk: set COACHTUI_ZENDESK_EMAIL")
    assert vendor.paths() == []  # nothing was asked of the server


async def test_browse_picks_the_file_from_a_tree(make_app, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    _csv(folder, "email\n", name="a_figures.csv")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, f"{folder}/")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert type(app.screen).__name__ == "FilePicker"
        tree = app.screen.query_one(DirectoryTree)
        for _ in range(50):  # the tree loads its folder in a worker
            if tree.root.children:
                break
            await pilot.pause(0.05)
        await pilot.press("down", "enter")  # the root's first entry: the file
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        assert app.screen.query_one("#import-path", Input).value == str(
            folder / "a_figures.csv")


async def test_language_switch_on_the_preview_redraws_it_in_dutch(make_app, tmp_path):
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,91.5\n")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        await pilot.press("f3")
        await pilot.pause()
        table = app.screen.query_one("#import-changes", DataTable)
        assert next(str(c.label) for c in table.columns.values()) == "Medewerker"
        assert "Cijfers die veranderen: 1" in str(app.screen.query_one("#import-summary").render())


async def test_a_plain_open_offers_the_last_source_without_reading_it(make_app,
                                                                      demo_journal_path):
    with Journal.open(demo_journal_path, create=False) as journal:
        journal.set_meta(LAST_SOURCE_KEY, json.dumps(
            {"kind": "zendesk", "subdomain": "acme", "base_url": None}))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        screen = app.screen
        assert screen.phase == "form"
        assert screen.query_one("#import-subdomain", Input).value == "acme"
        assert screen.query_one("#import-subdomain", Input).has_focus


async def test_opened_from_an_agent_lists_that_agent_first(make_app, demo_journal_path,
                                                           tmp_path):
    csv = _csv(tmp_path, "email,month,ftr\njoris.bakker@example.nl,2026-10,70\n"
                         f"{SANNE},2026-10,91.5\n")
    with Journal.open(demo_journal_path, create=False) as journal:
        sanne = journal.find_agent("Sanne").id
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen("2026-10", agent_id=sanne))
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        assert [row[0] for row in _rows(app)] == ["Sanne de Vries", "Joris Bakker"]


async def test_a_bad_cell_is_refused_in_dutch_and_quoted_safely(make_app, demo_journal_path,
                                                                tmp_path):
    before = _figure(demo_journal_path, SANNE, "2026-10", "ftr")
    csv = _csv(tmp_path, f"email,month,ftr\n{SANNE},2026-10,veel\x1b[2J\n", name="slecht.csv")
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        screen = app.screen
        assert screen.phase == "form"
        text = str(screen.query_one("#import-error", Static).render())
        assert text == ("slecht.csv, regel 2, kolom 'ftr': 'veel␛[2J' is geen getal; er is "
                        "niets opgeslagen.")
    assert _figure(demo_journal_path, SANNE, "2026-10", "ftr") == before


async def test_the_preview_warns_about_names_with_control_characters(make_app, tmp_path):
    csv = _csv(tmp_path, "email,name,month,ftr\n"
                         "eve@example.nl,Eve\x1b[8m hidden,2026-10,70\n")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _type_path(pilot, csv)
        await _plan(pilot)
        screen = app.screen
        assert screen.phase == "preview"
        assert ["Eve␛[8m hidden (new)", "2026-10", "First Time Right", "new", "70.0%"] \
            in _rows(app)
        notices = str(screen.query_one("#import-notices").render())
        assert "1 row carries control characters in a name or e-mail (line 2 " \
            "(eve@example.nl))" in notices
