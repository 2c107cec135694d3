"""The team overview and the agent page, driven by keys on a copy of the demo journal.

`make_app` (tests/pilot/conftest.py) builds a hermetic CoachApp on a private demo copy."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.widgets import Label, Static

from coachtui.model import Agent, Note
from coachtui.screens.widgets.row_table import RowTable
from coachtui.storage import Journal
from tests.pilot.talk_helpers import footer_label, footer_tooltip

SIZE = (120, 40)


def _names(app) -> list[str]:
    table = app.screen.query_one("#team-table", RowTable)
    return [table.cell_text(i, 0) for i in range(table.row_count)]


def _text(app, selector: str) -> str:
    widget = app.screen.query_one(selector)
    return str(widget.render())


def _notices(app) -> list[str]:
    """The notifications on screen (toasts), as text."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]




async def test_team_lists_active_agents_and_sorts_by_key(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
        names = _names(app)
        assert len(names) == 11 and "Peter Smit" not in names  # former left out, new in
        assert names == sorted(names, key=str.casefold)
        assert footer_label(app, "team.sort") == "Sort: name"

        await pilot.press("s")
        await pilot.pause()
        assert _names(app)[0] == "Kees van den Berg"  # the one overdue comes first
        table = app.screen.query_one("#team-table", RowTable)
        headers = table.header_texts
        assert "Status ▼" in headers
        assert footer_label(app, "team.sort") == "Sort: status"
        status_cell = table.cell_text(0, 3)
        assert "overdue" in status_cell and "▲" in status_cell  # word and symbol

        await pilot.press("s")
        await pilot.pause()
        assert footer_label(app, "team.sort") == "Sort: off target"
        await pilot.press("s")
        await pilot.pause()
        assert footer_label(app, "team.sort") == "Sort: name"


async def test_filter_by_typing_and_escape_clears(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"noor")
        await pilot.pause()
        assert _names(app) == ["Noor Hendriks"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(_names(app)) == 11  # with the new agent of the QM demo
        # Filtering on the team name works too; a miss says so.
        await pilot.press("slash", *"domeinen")
        await pilot.pause()
        assert len(_names(app)) == 3
        await pilot.press(*"zzz")
        await pilot.pause()
        assert "Nobody matches" in _text(app, "#team-message")


async def test_enter_opens_the_agent_and_t_starts_the_talk(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"kees", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        kees = app.journal.find_agent("Kees")
        assert app.screen.agent_id == kees.id
        assert "Kees van den Berg" in _text(app, "#agent-heading")
        assert footer_label(app, "agent.start_talk") == "Talk"
        assert app.journal.draft_for(kees.id, app.review_month) is None

        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        draft = app.journal.draft_for(kees.id, app.review_month)
        assert draft is not None and draft.month == "2026-10"


async def test_arrows_and_enter_in_one_burst_open_the_agent_under_the_cursor(make_app):
    """Keys typed faster than the screen redraws act in order: Enter opens the agent the
    arrows moved to, not the one the cursor was on before."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        names = _names(app)
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert names[3] in _text(app, "#agent-heading")
        assert footer_label(app, "agent.start_talk") == "Talk"
        await pilot.press("escape")
        await pilot.pause()
        assert footer_label(app, "team.open") == "Open"  # the table's Enter, in the footer


async def test_t_after_a_signed_talk_asks_before_starting_an_early_one(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"lotte", "enter")  # her October talk is signed
        await pilot.pause()
        lotte = app.journal.find_agent("Lotte")
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        question = app.screen.query("Label").first()
        assert "2026-10 is already signed" in str(question.render())
        assert question.size.height >= 2 and question.size.width <= 60  # wrapped, not cut
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert app.journal.draft_for(lotte.id, "2026-11") is None  # a look leaves nothing
        await pilot.press("t", "y")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        assert app.journal.draft_for(lotte.id, "2026-11") is not None
        await pilot.press("escape", "t")  # the draft now exists: straight back in
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"


async def test_agent_with_a_draft_offers_to_continue_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sanne = app.journal.find_agent("Sanne")
        app.open_agent(sanne.id)
        await pilot.pause()
        await pilot.pause()
        assert footer_label(app, "agent.start_talk") == "Continue talk"
        assert "draft, at step 4" in _text(app, "#agent-talk-line")
        before = len(app.journal.sessions(agent_id=sanne.id))
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        assert len(app.journal.sessions(agent_id=sanne.id)) == before  # no second draft


async def test_enter_on_a_past_talk_opens_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        ayse = app.journal.find_agent("Ayşe")
        app.open_agent(ayse.id)
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        second = app.journal.sessions(agent_id=ayse.id)[1]
        assert app.screen.session_id == second.id
        await pilot.press("escape")
        await pilot.pause()


async def test_escape_goes_back_to_the_team(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"


async def test_f3_switches_the_team_and_agent_page_to_dutch(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert app.lang == "nl"
        assert "maandgesprekken" in _text(app, "#team-title")
        table = app.screen.query_one("#team-table", RowTable)
        assert "Naam ▼" in table.header_texts
        assert footer_label(app, "team.sort") == "Sorteren: naam"
        await pilot.press("enter")
        await pilot.pause()
        assert "Cijfers" in _text(app, "#agent-figures-title")
        assert footer_tooltip(app, "agent.back") == "Terug naar het team"


async def test_agent_view_hides_private_notes_and_other_agents(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        sanne = journal.find_agent("Sanne")
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(2026, 11, 20, tzinfo=UTC),
                              text="Worried about her sleep", private=True))
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(2026, 11, 21, tzinfo=UTC),
                              text="Helped a colleague with DNS"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_agent(sanne.id)
        await pilot.pause()
        notes = _text(app, "#agent-notes")
        assert "Worried about her sleep" in notes and "Helped a colleague" in notes

        await pilot.press("f2")
        await pilot.pause()
        assert app.agent_view
        notes = _text(app, "#agent-notes")
        assert "Worried about her sleep" not in notes
        assert "Helped a colleague" in notes
        # The agent's own figures stay on the page.
        assert app.screen.summary.has_figures
        assert app.screen.query_one("#agent-figures", Static).display

        await pilot.press("escape")  # back to the team: only Sanne may be seen
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
        assert _names(app) == ["Sanne de Vries"]
        assert "Agent view" in _text(app, "#team-message")


async def test_empty_journal_explains_how_to_start(make_app, journal_path):
    app = make_app(path=journal_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        message = app.screen.query_one("#team-message", Label)
        assert message.display
        # the first run says how to begin by keys, and never offers the demo's made-up team
        said = str(message.render())
        assert "import a team" in said and "demo" not in said
        assert not app.screen.query_one("#team-table", RowTable).display
        await pilot.press("enter", "s")  # nothing to open or sort: no crash
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"


async def test_missing_figures_say_so_and_how_to_import(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        joris = app.journal.find_agent("Joris")  # the demo has no October hours for him
        app.open_agent(joris.id)
        await pilot.pause()
        missing = _text(app, "#agent-missing")
        assert "Tickets per hour" in missing and "coachtui import csv" in missing
        trend = next(t for t in app.screen.summary.trends if t.metric.key == "tickets_per_hour")
        assert trend.value is None  # missing, not zero


async def test_sorting_keeps_the_cursor_on_the_same_agent(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#team-table", RowTable)
        kees = app.journal.find_agent("Kees")
        await pilot.press(*["down"] * _names(app).index("Kees van den Berg"))
        assert table.cursor_key == str(kees.id)
        for _ in range(3):  # status (Kees moves to the top), off target, name again
            await pilot.press("s")
            await pilot.pause()
            assert table.cursor_key == str(kees.id)
            assert _names(app)[table.cursor_row] == "Kees van den Berg"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.agent_id == kees.id


async def test_a_refresh_before_the_agent_page_is_built_does_not_crash_it(make_app):
    """Enter right after the first paint, then a refresh (the watch, F3) before the page
    has composed: it used to end the app with NoMatches '#agent-heading'."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.action_open()  # the agent page is pushed, not yet built
        app.refresh_screens()
        app.lang = "nl"
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert "Ayşe Yılmaz" in _text(app, "#agent-heading")
        assert "Cijfers" in _text(app, "#agent-figures-title")  # it read in the new language


async def test_the_watch_announces_other_windows_but_not_this_windows_workers(
        make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert app.workspace.journal is app.journal
        with Journal.open(demo_journal_path) as other:  # another window
            other.add_agent(Agent(name="Bram Other", email="bram@example.nl", team="Chat"))
        app.check_for_changes()
        await pilot.pause()
        assert "Bram Other" in _names(app)
        assert any("another window" in notice for notice in _notices(app))
        app.clear_notifications()
        await pilot.pause()

        with app.workspace.worker_journal() as worker:  # this window's own worker
            worker.add_agent(Agent(name="Wim Worker", email="wim@example.nl", team="Chat"))
        app.check_for_changes()
        await pilot.pause()
        assert "Wim Worker" in _names(app)  # taken in silently
        assert _notices(app) == []
        app.check_for_changes()  # nothing new: nothing happens
        await pilot.pause()
        assert _notices(app) == []
