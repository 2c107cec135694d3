"""The import screen by keys: choosing the own team from the helpdesk's list (remembered
for next time and for the CLI), unticking a person in the preview, Freshdesk as a source."""

from __future__ import annotations

import json

import pytest
from textual.widgets import DataTable, Select, Static

from coachtui.screens.import_screen import ImportScreen
from coachtui.services.imports import LAST_SOURCE_KEY
from coachtui.storage import Journal
from tests.connectors import freshdesk_shapes, zendesk_shapes
from tests.connectors.fake_vendor import FakeVendor, serve

SIZE = (120, 40)
SANNE = "sanne.devries@example.nl"


@pytest.fixture
def vendor(monkeypatch):
    """A fake helpdesk on localhost; credentials from the environment, never a keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("COACHTUI_ZENDESK_EMAIL", "lead@example.nl")
    monkeypatch.setenv("COACHTUI_ZENDESK_TOKEN", "s3cret-token")
    monkeypatch.setenv("COACHTUI_FRESHDESK_API_KEY", "fresh-key-123")
    monkeypatch.delenv("COACHTUI_ZENDESK_OAUTH_TOKEN", raising=False)
    fake = FakeVendor()
    server, thread = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _choose_tab(pilot, steps: int) -> None:
    await pilot.press("shift+tab")  # from the file field up to the source tabs
    for _ in range(steps):
        await pilot.press("right")
    await pilot.pause()


async def _save(pilot) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("y")
    await _settle(pilot)


def _agents(path) -> set[str]:
    with Journal.open(path, create=False) as journal:
        return {a.email for a in journal.agents()}


async def test_the_lead_chooses_the_zendesk_group_and_it_is_remembered(
        make_app, demo_journal_path, vendor):
    zendesk_shapes.install(vendor)
    zendesk_shapes.install_groups(vendor)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _choose_tab(pilot, 1)
        await pilot.press("tab", *"acme", "tab", *vendor.url)
        await pilot.press("ctrl+g")  # fetch the groups
        await _settle(pilot)
        screen = app.screen
        select = screen.query_one("#import-zendesk-team", Select)
        assert select.has_focus
        assert "gave 2 to choose from" in str(
            screen.query_one("#import-zendesk-team-status").render())
        await pilot.press("enter", "down", "enter")  # everyone -> Team Noord (by name)
        await pilot.pause()
        assert select.value == 7
        await pilot.press("ctrl+s")  # preview
        await _settle(pilot)
        assert screen.phase == "preview", str(screen.query_one("#import-error").render())
        people = screen.query_one("#import-people", DataTable)
        # group 7: only Anna's tickets and ratings (Bob works in group 8)
        assert [str(people.get_row_at(i)[2]) for i in range(people.row_count)] == [
            "anna@example.nl"]
        await _save(pilot)
    with Journal.open(demo_journal_path, create=False) as journal:
        assert journal.meta("import.team.zendesk") == "7"  # the CLI's meta
        source = json.loads(journal.meta(LAST_SOURCE_KEY))
    assert source["group"] == 7 and source["team_name"] == "Team Noord"
    assert "s3cret" not in json.dumps(source)
    assert "bob@example.nl" not in _agents(demo_journal_path)
    # next time the group is pre-selected, before anything is fetched
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        select = app.screen.query_one("#import-zendesk-team", Select)
        assert select.value == 7
        shown = select.query_one("#label", Static).render()
        assert "Team Noord (chosen last time)" in str(shown)


async def test_a_refused_group_list_says_so_on_the_form(make_app, vendor):
    vendor.failures["/api/v2/groups"] = [(403, {})]
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _choose_tab(pilot, 1)
        await pilot.press("tab", *"acme", "tab", *vendor.url, "ctrl+g")
        await _settle(pilot)
        screen = app.screen
        error = screen.query_one("#import-error", Static)
        assert error.display
        assert "Zendesk" in str(error.render())
        assert screen.query_one("#import-zendesk-team", Select).value == 0  # everyone


async def test_an_unticked_person_gets_no_agent_and_no_figures(make_app, demo_journal_path,
                                                               tmp_path):
    csv = tmp_path / "october.csv"
    csv.write_text(f"email,month,ftr\n{SANNE},2026-10,91.5\n"
                   "new.person@example.nl,2026-10,80\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await pilot.press(*str(csv), "enter")
        await _settle(pilot)
        screen = app.screen
        summary = screen.query_one("#import-summary")
        assert "Agents ticked: 2 of 2" in str(summary.render())
        await pilot.press("space")  # the new person is listed first
        await pilot.pause()
        assert "Agents ticked: 1 of 2" in str(summary.render())
        assert "new agents: 0" in str(summary.render())
        await pilot.press("space", "space")  # on and off again
        await pilot.pause()
        await _save(pilot)
        assert not isinstance(app.screen, ImportScreen)
        assert any("1 figure saved" in n.message for n in app.notices), app.notices
    assert "new.person@example.nl" not in _agents(demo_journal_path)
    with Journal.open(demo_journal_path, create=False) as journal:
        sanne = next(a for a in journal.agents() if a.email == SANNE)
        assert [r.value for r in journal.figures(sanne.id, "2026-10")
                if r.metric == "ftr"] == [91.5]


async def test_unticking_everyone_leaves_nothing_to_save(make_app, tmp_path):
    csv = tmp_path / "october.csv"
    csv.write_text("email,month,ftr\nnew.person@example.nl,2026-10,80\n", encoding="utf-8")
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await pilot.press(*str(csv), "enter")
        await _settle(pilot)
        await pilot.press("space")
        await pilot.pause()
        screen = app.screen
        assert "Niemand aangevinkt" in str(screen.query_one("#import-preview-hint").render())
        await pilot.press("ctrl+s")  # nothing to save: no confirm
        await pilot.pause()
        assert app.screen is screen


async def test_freshdesk_is_a_source_with_its_group(make_app, demo_journal_path, vendor):
    freshdesk_shapes.install(vendor)
    freshdesk_shapes.install_group_list(vendor)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        await _choose_tab(pilot, 3)
        await pilot.press("tab", *"acme", "tab", *vendor.url, "ctrl+g")
        await _settle(pilot)
        await pilot.press("enter", "down", "enter", "ctrl+s")  # Team Noord
        await _settle(pilot)
        screen = app.screen
        assert screen.phase == "preview", str(screen.query_one("#import-error").render())
        changes = screen.query_one("#import-changes", DataTable)
        agents = {str(changes.get_row_at(i)[0]) for i in range(changes.row_count)}
        assert agents == {"Anna de Vries (new)", "Bob Smit (new)"}  # Carl: another group
        await _save(pilot)
    assert {"anna@example.nl", "bob@example.nl"} <= _agents(demo_journal_path)
    assert "carl@example.nl" not in _agents(demo_journal_path)
    with Journal.open(demo_journal_path, create=False) as journal:
        assert journal.meta("import.team.freshdesk") == "7"
        raw = journal.meta(LAST_SOURCE_KEY)
    assert json.loads(raw)["domain"] == "acme" and "fresh-key" not in raw
    auth = [c.headers.get("Authorization") for c in vendor.calls]
    assert all(a and a.startswith("Basic ") for a in auth)
