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
