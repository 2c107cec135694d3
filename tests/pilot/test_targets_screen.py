"""The targets grid, driven by keys on a copy of the demo journal: a team default and an
agent's own target edited, one ended, each checked in the journal."""

from __future__ import annotations

from coachtui.screens.targets_screen import TargetsScreen, TargetsTable
from coachtui.storage import Journal

SIZE = (120, 40)


async def _open_grid(pilot):
    await pilot.pause()
    await pilot.press("T")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TargetsScreen)
    return pilot.app.screen.query_one("#targets-table", TargetsTable)


def _cell(table: TargetsTable, row: int, column: int) -> str:
    return table.get_cell_at((row, column)).plain


async def test_team_default_override_and_end_by_keys(make_app, demo_journal_path):
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        table = await _open_grid(pilot)
        screen = app.screen
        team = screen.grid.team
        first_agent = screen.grid.agents[0]
        assert table.cursor_coordinate == (0, 1)  # ftr, the team default
        # the team default: type a number on the cell, Enter saves it
        await pilot.press("8", "7", "enter")
        await pilot.pause()
        # an override for the first agent: right, Enter, clear the field, type, Enter
        await pilot.press("right", "enter", "ctrl+u", "9", "1", "enter")
        await pilot.pause()
        assert _cell(table, 0, 2).endswith("*")
        # end the agent's own target: x, then yes
        await pilot.press("x", "y")
        await pilot.pause()
    with Journal.open(demo_journal_path) as journal:
        month = screen.month
        assert journal.target_for(first_agent.id, "ftr", month) == 87.0  # team default again
        rows = {(r["metric"], r["from_month"]): r["value"]
                for r in journal.team_target_rows(team)}
        assert rows[("ftr", month)] == 87.0
        own = [t for t in journal.targets(first_agent.id) if t.from_month == month
               and t.metric == "ftr"]
        assert own and own[0].value is None
        logged = journal.conn.execute(
            "SELECT entity, new FROM change_log WHERE entity IN ('target', 'team_target')"
            " ORDER BY id DESC LIMIT 3").fetchall()
        assert [e for e, _ in logged] == ["target", "target", "team_target"]


async def test_t_in_the_figures_step_sets_the_agents_target_for_the_talk_month(
        make_app, demo_journal_path):
    from tests.pilot.talk_helpers import open_talk_from_team, type_text

    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.pause()
        session = app.screen.ctx.session
        await pilot.press("down")  # the second metric: green smileys
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "77")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one("#figures-table")
        assert table.get_cell_at((1, 2)).plain == "77"
        assert table.cursor_row == 1
    with Journal.open(demo_journal_path) as journal:
        assert journal.target_for(session.agent_id, "smileys_green", session.month) == 77.0


async def test_a_fraction_for_a_percent_asks_for_85(make_app, demo_journal_path):
    app = make_app("nl")
    async with app.run_test(size=SIZE) as pilot:
        await _open_grid(pilot)
        screen = app.screen
        team, month = screen.grid.team, screen.month
        await pilot.press("enter", "ctrl+u", "0", ".", "8", "5", "enter")
        await pilot.pause()
        assert "85%" in str(app.screen.query_one("Label").render())  # the question
        await pilot.press("j")
        await pilot.pause()
    with Journal.open(demo_journal_path) as journal:
        rows = {(r["metric"], r["from_month"]): r["value"]
                for r in journal.team_target_rows(team)}
        assert rows[("ftr", month)] == 85.0


async def test_fifteen_agents_scroll_at_80_columns_with_the_metric_kept(make_app,
                                                                        demo_journal_path):
    from coachtui.model import Agent

    with Journal.open(demo_journal_path) as journal:
        for n in range(15):
            journal.add_agent(Agent(name=f"Agent Number {n:02d}", email=f"a{n}@example.nl",
                                    team="Big"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _open_grid(pilot)
        while app.screen.grid.team != "Big":
            await pilot.press("g")
            await pilot.pause()
        assert len(app.screen.grid.agents) == 15
        await pilot.press("end")  # DataTable: the last column
        for _ in range(16):
            await pilot.press("right")
        await pilot.pause()
        assert table.cursor_coordinate.column == 16
        assert table.scroll_x > 0
        assert table.fixed_columns == 2


async def test_add_a_metric_by_keys_in_the_grid(make_app, demo_journal_path):
    from tests.pilot.talk_helpers import type_text

    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_grid(pilot)
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "callbacks")
        await pilot.press("tab")
        await type_text(pilot, "Callbacks")
        await pilot.press("tab")
        await type_text(pilot, "Terugbellers")
        await pilot.press("tab")  # the unit: percent -> count
        await pilot.press("enter", "down", "enter")
        await pilot.press("tab")  # the direction: higher -> lower
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)
        assert "callbacks" in [m.key for m in app.screen.grid.metrics]
    with Journal.open(demo_journal_path) as journal:
        added = next(m for m in journal.metrics() if m.key == "callbacks")
        assert (added.label_en, added.label_nl, added.unit.value, added.higher_is_better,
                added.origin.value) == ("Callbacks", "Terugbellers", "count", False, "team")


async def test_an_empty_journal_says_what_to_do_first_in_both_languages(make_app, journal_path):
    from textual.widgets import Label

    with Journal.open(journal_path):
        pass
    for lang, words in (("en", "No teams yet"), ("nl", "Nog geen teams")):
        app = make_app(lang, path=journal_path)
        async with app.run_test(size=SIZE) as pilot:
            await _open_grid(pilot)
            message = app.screen.query_one("#targets-message", Label)
            assert message.display and words in str(message.render())
            await pilot.press("enter", "x", "1")  # nothing to edit: no prompt, no crash
            await pilot.pause()
            assert isinstance(app.screen, TargetsScreen)


async def test_brackets_move_the_month_and_the_cells_follow_it(make_app, demo_journal_path):
    from coachtui.model import add_months

    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        table = await _open_grid(pilot)
        screen = app.screen
        start = screen.month
        assert start == app.review_month
        screen.journal.set_team_target(screen.grid.team, "ftr", 91.0, add_months(start, 1))
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.month == add_months(start, 1)
        assert _cell(table, 0, 1) == "91.0%"
        assert add_months(start, 1) in str(screen.query_one("#targets-title").render())
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert screen.month == add_months(start, -1)
        assert _cell(table, 0, 1) == "85.0%"


async def test_add_a_factor_in_a_set_by_keys(make_app, demo_journal_path):
    from tests.pilot.talk_helpers import type_text

    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_grid(pilot)
        await pilot.press("f")
        await pilot.pause()
        for text in ("listening", "Listening", "Luisteren", "Lets the customer finish",
                     "Laat de klant uitpraten", "phase-1"):
            await type_text(pilot, text)
            await pilot.press("tab")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)
        assert any("Factor listening toegevoegd" in n.message for n in app.notices)
    with Journal.open(demo_journal_path) as journal:
        every = {f.key: f for f in journal.factors(active_only=False, with_sets=True)}
        assert every["listening"].factor_set == "phase-1"
        assert every["listening"].description_nl == "Laat de klant uitpraten"
        assert "listening" not in [f.key for f in journal.factors()]


async def test_a_refused_metric_keeps_the_form_open_and_writes_nothing(make_app,
                                                                       demo_journal_path):
    from tests.pilot.talk_helpers import type_text

    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await _open_grid(pilot)
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "ftr")
        await pilot.press("tab")
        await type_text(pilot, "Again")
        await pilot.press("tab")
        await type_text(pilot, "Weer")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "CatalogueForm"
        assert any("A metric with the key 'ftr' already exists" in n.message
                   for n in app.notices)
    with Journal.open(demo_journal_path) as journal:
        assert next(m for m in journal.metrics() if m.key == "ftr").label_en != "Again"


async def test_t_does_nothing_in_a_signed_talk(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        before = len(journal.history())
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", "L", "o", "t", "enter")  # Lotte: October signed
        await pilot.pause()
        await pilot.press("enter")  # her newest talk, read-only
        await pilot.pause()
        session = app.screen.ctx.session
        assert session.signed
        assert "talk.target" not in {b.binding.id for b in app.screen.active_bindings.values()}
        await pilot.press("t", "9", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
    with Journal.open(demo_journal_path) as journal:
        assert not [e for e in journal.history()[before:] if e.entity == "target"]
