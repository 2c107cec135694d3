"""The team by hand in the TUI, by keys: add an agent (`a`), edit (`e`), leave (`L`),
absence (`b`), and the agents who left on the team screen (`l`). Asserted on the journal."""

from __future__ import annotations

import pytest
from textual.widgets import Footer, Static

from coachtui.screens.widgets.row_table import RowTable
from coachtui.storage import Journal
from tests.pilot.talk_helpers import type_text

SIZE = (120, 40)


def _names(app) -> list[str]:
    table = app.screen.query_one("#team-table", RowTable)
    return [table.cell_text(i, 0) for i in range(table.row_count)] if table.display else []


def _cell(app, name: str, column: int) -> str:
    table = app.screen.query_one("#team-table", RowTable)
    row = next(i for i in range(table.row_count) if table.cell_text(i, 0) == name)
    return table.cell_text(row, column)


def _message(app) -> str:
    return str(app.screen.query_one("#form-message", Static).render())


async def _fill(pilot, *values: str) -> None:
    """Type each value into the focused field, then Enter (next field; saves in the last)."""
    for value in values:
        await type_text(pilot, value)
        await pilot.press("enter")
        await pilot.pause()


async def _open(pilot, name_part: str) -> None:
    await pilot.press("slash")
    await type_text(pilot, name_part)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_first_agent_of_an_empty_journal_by_keys(make_app, journal_path):
    app = make_app(path=journal_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert _names(app) == []
        await pilot.press("a")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentForm"
        await _fill(pilot, "Sanne de Vries", "sanne@team.nl", "Hosting", "2026-09-01")
        assert type(app.screen).__name__ == "TeamScreen"
        assert _names(app) == ["Sanne de Vries"]
        assert any("Sanne de Vries was added" in n.message for n in app.notices)
    with Journal.open(journal_path) as journal:
        [sanne] = journal.agents()
        assert (sanne.email, sanne.team, str(sanne.employment_start)) == (
            "sanne@team.nl", "Hosting", "2026-09-01")


async def test_a_refused_agent_is_explained_in_dutch_and_nothing_is_saved(make_app,
                                                                        journal_path):
    app = make_app(lang="nl", path=journal_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await _fill(pilot, "Sanne", "sanne@team", "", "1-9-2026")
        assert type(app.screen).__name__ == "AgentForm"  # still open
        assert "'1-9-2026' is geen datum" in _message(app)
        await pilot.press("ctrl+u")
        await type_text(pilot, "2026-09-01")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "'sanne@team' is geen e-mailadres." in _message(app)
        with Journal.open(journal_path) as journal:
            assert journal.agents() == []
        await pilot.press("escape")  # something was typed: asks first
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("j")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
    with Journal.open(journal_path) as journal:
        assert journal.agents() == []


async def test_adding_to_the_demo_asks_before_starting_a_new_team(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await _fill(pilot, "Fleur Dekker", "ayse.yilmaz@example.nl", "Chat")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"  # "no team 'Chat' yet: start it?"
        await pilot.press("n")
        await pilot.pause()
        assert "Choose a known team (Domeinen, E-mail, Hosting)" in _message(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("y")
        await pilot.pause()
        # The team is agreed; the e-mail is taken: said in the dialog, nothing saved.
        assert type(app.screen).__name__ == "AgentForm"
        assert "ayse.yilmaz@example.nl already exists" in _message(app)
        await pilot.press("shift+tab")
        await pilot.press("shift+tab")
        await type_text(pilot, "fleur@example.nl")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
        assert "Fleur Dekker" in _names(app)
        table = app.screen.query_one("#team-table", RowTable)
        assert table.cell_text(table.cursor_row, 0) == "Fleur Dekker"  # cursor on the new one
    with Journal.open(demo_journal_path) as journal:
        assert journal.find_agent("fleur").team == "Chat"


async def test_edit_changes_name_team_and_cadence(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _open(pilot, "Priya")
        await pilot.press("e")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentForm"
        await type_text(pilot, "Priya Raman-Singh")  # the name is selected: typing replaces
        await pilot.press("tab", "tab")
        await type_text(pilot, "hosting")
        await pilot.press("tab", "space")  # every two weeks
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        heading = str(app.screen.query_one("#agent-heading").render())
        assert "Priya Raman-Singh · Hosting · every two weeks" in heading
    with Journal.open(demo_journal_path) as journal:
        priya = journal.find_agent("priya")
        assert (priya.name, priya.team, priya.cadence.value) == (
            "Priya Raman-Singh", "Hosting", "biweekly")
        changes = {c.field: c.old for c in journal.history(entity="agent", entity_id=priya.id)}
        assert changes["name"] == "Priya Raman" and changes["team"] == "E-mail"


async def test_leaving_takes_the_agent_out_of_the_overview_and_l_brings_them_back(
        make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        summary = str(app.screen.query_one("#team-summary").render())
        due = summary.split(" due")[0].rsplit(" ", 1)[-1]  # Kees is the one overdue
        assert f"{due} due, 1 overdue" in summary
        await _open(pilot, "Kees")
        await pilot.press("L")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "2026-11-20")
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("y")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"  # still readable
        assert "left on 2026-11-20" in str(app.screen.query_one("#agent-heading").render())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")  # clear the filter
        await pilot.pause()
        assert "Kees van den Berg" not in _names(app)
        summary = str(app.screen.query_one("#team-summary").render())
        assert f"{due} due, 0 overdue" in summary  # no longer counted
        await pilot.press("l")
        await pilot.pause()
        assert "Kees van den Berg" in _names(app) and "Peter Smit" in _names(app)
        assert "left 2026-11-20" in _cell(app, "Kees van den Berg", 3)
        assert f"{due} due, 0 overdue" in str(app.screen.query_one("#team-summary").render())
        await pilot.press("l")
        await pilot.pause()
        assert "Kees van den Berg" not in _names(app)
    with Journal.open(demo_journal_path) as journal:
        kees = journal.find_agent("kees")
        assert not kees.active and str(kees.employment_end) == "2026-11-20"


async def test_a_leave_date_before_the_start_is_refused_in_the_dialog(make_app,
                                                                     demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        start = journal.find_agent("noor").employment_start
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _open(pilot, "Noor")
        await pilot.press("L")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "2000-01-01")
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "LeaveForm"
        assert f"vóór de eerste werkdag van Noor Hendriks ({start})" in _message(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    with Journal.open(demo_journal_path) as journal:
        assert journal.find_agent("noor").active


async def test_absence_by_keys_shows_on_the_page_and_in_the_talk(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _open(pilot, "Kees")  # his talk about October is still to be held
        assert "No absence recorded" in str(app.screen.query_one("#agent-absence").render())
        await pilot.press("b")
        await pilot.pause()
        await _fill(pilot, "2026-10-14", "2026-10-16")
        assert type(app.screen).__name__ == "AgentScreen"
        shown = str(app.screen.query_one("#agent-absence").render())
        assert "3 days absent in 2026-10" in shown and "2026-10-14 to 2026-10-16" in shown
        await pilot.press("b")
        await pilot.pause()
        await _fill(pilot, "2026-10-16", "")  # one day, overlapping: refused
        assert "overlaps the one from 2026-10-14 to 2026-10-16" in _message(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        step = app.screen.query_one("#step-1")
        lines = [str(s.render()) for s in step.query(Static)]
        assert "Absent in 2026-10: 3 days" in lines
    with Journal.open(demo_journal_path) as journal:
        kees = journal.find_agent("kees")
        assert [(str(a.start), str(a.end)) for a in journal.absences(kees.id)] == [
            ("2026-10-14", "2026-10-16")]


async def test_palette_entries_in_both_languages(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        team = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Team: Medewerker toevoegen",
                "Team: Vertrokken medewerkers tonen of verbergen"} <= team
        await pilot.press("enter")
        await pilot.pause()
        agent = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert agent["Medewerker: Afwezigheid vastleggen"].startswith("Een afwezigheid")
        assert {"Medewerker: Medewerker wijzigen", "Medewerker: Uit dienst melden"} <= set(agent)
        await pilot.press("f3")
        await pilot.pause()
        agent = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Agent: Edit agent", "Agent: Record leaving", "Agent: Record absence",
                "Agent: Erase agent"} <= agent
        footer = {b.binding.id: b.binding.group for b in app.screen.active_bindings.values()}
        assert footer["agent.edit"].description == "Details"  # e b L E under one label


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_an_absence_typed_wrongly_is_removed_by_keys_after_a_question(
        make_app, demo_journal_path, lang):
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _open(pilot, "Kees")
        await pilot.press("b")
        await pilot.pause()
        assert "ctrl+r" not in _footer_keys(app)  # nothing recorded: nothing to remove
        await _fill(pilot, "2026-10-14", "2026-10-16")
        await _fill_after_b(pilot, "2026-11-03", "2026-11-04")
        await pilot.press("b")
        await pilot.pause()
        assert "ctrl+r" in _footer_keys(app)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("n")  # no: nothing removed, the dialog stays
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("j" if lang == "nl" else "y")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert "2026-11-03" not in str(app.screen.query_one("#agent-absence").render())
    with Journal.open(demo_journal_path) as journal:
        kees = journal.find_agent("kees")
        assert [(str(a.start), str(a.end)) for a in journal.absences(kees.id)] == [
            ("2026-10-14", "2026-10-16")]
        logged = journal.conn.execute(
            "SELECT old, new FROM change_log WHERE entity = 'absence' ORDER BY id").fetchall()
        assert logged[-1] == ("2026-11-03..2026-11-04", None)


async def _fill_after_b(pilot, start: str, end: str) -> None:
    await pilot.press("b")
    await pilot.pause()
    await _fill(pilot, start, end)


def _footer_keys(app) -> set[str]:
    return {k.key for k in app.screen.query_one(Footer).query("FooterKey")}
