"""The team overview's table (a DataTable filled by key) on its own: keys, selection,
the cursor kept on its row, plain text."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from coachtui.screens.widgets.row_table import RowTable

ROWS = [(str(n), [Text(f"agent {n:03d}"), Text("[/b] [extern]" if n == 7 else "team")])
        for n in range(100)]


class TableApp(App[None]):
    """One RowTable of 100 rows in a small terminal; remembers what was selected."""

    def __init__(self) -> None:
        super().__init__()
        self.selected: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield RowTable(id="t")

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        table.set_rows([Text("Name"), Text("Team")], ROWS)
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.selected.append(event.row_key.value)


def _screen_lines(app: App) -> list[str]:
    """What the table shows, line by line (header first)."""
    table = app.query_one(RowTable)
    return [table.render_line(y).text for y in range(table.size.height)]


async def test_keys_move_the_cursor_and_keep_it_on_screen():
    app = TableApp()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(RowTable)
        await pilot.press("down", "down")
        assert table.cursor_row == 2 and table.cursor_key == "2"
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 99
        lines = _screen_lines(app)
        assert lines[0].strip().startswith("Name")  # the header stays at the top
        assert "agent 099" in lines[-1]  # the last row is on screen
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0 and "agent 000" in _screen_lines(app)[1]
        await pilot.press(*["up"] * 3)
        assert table.cursor_row == 0  # never above the first row


async def test_enter_and_a_click_on_the_cursor_row_select_it_by_key():
    app = TableApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.selected == ["1"]
        await pilot.click(RowTable, offset=(3, 4))  # line 4 under the header: row 3
        await pilot.pause()
        assert app.query_one(RowTable).cursor_key == "3"
        await pilot.click(RowTable, offset=(3, 4))  # the cursor row again: chosen
        await pilot.pause()
        assert app.selected == ["1", "3"]


async def test_cells_are_shown_as_typed_never_as_markup():
    app = TableApp()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(RowTable)
        table.move_cursor(row=7)
        await pilot.pause()
        assert table.cell_text(7, 1) == "[/b] [extern]"
        assert any("agent 007  [/b] [extern]" in line for line in _screen_lines(app))


async def test_new_rows_keep_the_cursor_on_its_key_else_in_range():
    app = TableApp()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(RowTable)
        await pilot.press("down", "down", "down")
        assert table.cursor_key == "3"
        table.set_rows([Text("Name"), Text("Team")], list(reversed(ROWS)))
        await pilot.pause()
        assert table.cursor_key == "3" and table.cursor_row == 96  # same row, new place
        await pilot.press("end")
        table.set_rows([Text("Name")], [("a", [Text("only one")])])
        await pilot.pause()
        assert table.cursor_row == 0 and table.cursor_key == "a" and table.row_count == 1
        assert table.header_texts == ["Name"]
        table.set_rows([Text("Name")], [])
        await pilot.pause()
        assert table.cursor_key is None and table.row_index("a") is None


async def test_a_filter_with_brackets_that_matches_nobody_is_quoted_as_typed(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"zz[/")
        await pilot.pause()
        message = str(app.screen.query_one("#team-message").render())
        assert "zz[/" in message  # said, not parsed as markup (that crashed the app)
        assert not app.screen.query_one("#team-table", RowTable).display
