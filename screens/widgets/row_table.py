"""A read-only table of one-line rows with a row cursor, drawn with Textual's line API.

The team overview is the first thing coachtui paints. A DataTable renders every cell
through Rich on its first frame (and its module is one more import before that frame);
this table lays each row out once as a single line of text and hands Textual ready
strips, so a team of 60 costs about what a label does. It keeps the DataTable look
(bold header on a panel, zebra stripes, block cursor) and its keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

PADDING = 1  # cells of space on each side of a column, as in a DataTable


class RowTable(ScrollView, can_focus=True):
    """Rows of plain or styled text under a header that stays put; one row is the cursor.

    Fill it with `set_rows`; Enter or a click posts `RowTable.RowSelected` with the row's
    key. Cells are `rich.text.Text` (never markup), one line each, cut to the column.
    """

    COMPONENT_CLASSES = {"row-table--header", "row-table--cursor", "row-table--even-row"}
    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .row-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .row-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .row-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .row-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .row-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .row-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .row-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    BINDINGS = [
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("home", "cursor_first", "First row", show=False),
        Binding("end", "cursor_last", "Last row", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    cursor_row: reactive[int] = reactive(0)
    """Index of the row under the cursor (0 when the table is empty)."""

    class RowSelected(Message):
        """A row was chosen with Enter or a click."""

        def __init__(self, table: RowTable, row_index: int, key: str) -> None:
            super().__init__()
            self.table = table
            self.row_index = row_index
            self.key = key

        @property
        def control(self) -> RowTable:
            """The table (so `@on(RowTable.RowSelected, "#id")` can match it)."""
            return self.table

    def __init__(self, *, zebra_stripes: bool = True, name: str | None = None,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.zebra_stripes = zebra_stripes
        self._headers: list[Text] = []
        self._keys: list[str] = []
        self._cells: list[Sequence[Text]] = []
        self._widths: list[int] = []
        self._lines: dict[int, Text] = {}  # row index (-1: header) -> laid-out line
        self._strips: dict[tuple[int, Style], Strip] = {}  # (row, style) -> drawn line

    # -- content -------------------------------------------------------------------------
    def set_rows(self, headers: Sequence[Text], rows: Sequence[tuple[str, Sequence[Text]]]
                 ) -> None:
        """Show `headers` and `rows` (key, cells); the cursor stays on its index, clamped."""
        self._headers = list(headers)
        self._keys = [key for key, _ in rows]
        self._cells = [cells for _, cells in rows]
        self._widths = [
            max([header.cell_len, *(cells[i].cell_len for cells in self._cells)])
            for i, header in enumerate(self._headers)
        ]
        self._lines.clear()
        self._strips.clear()
        width = sum(self._widths) + 2 * PADDING * len(self._widths)
        self.virtual_size = Size(width, len(self._keys) + 1)
        self.cursor_row = self.validate_cursor_row(self.cursor_row)
        self._scroll_cursor_into_view()
        self.refresh()

    @property
    def row_count(self) -> int:
        """How many rows there are (the header not counted)."""
        return len(self._keys)

    @property
    def cursor_key(self) -> str | None:
        """The key of the row under the cursor, None when the table is empty."""
        return self._keys[self.cursor_row] if self._keys else None

    def row_index(self, key: str) -> int | None:
        """The index of the row with `key`, None if there is none."""
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    @property
    def header_texts(self) -> list[str]:
        """The column titles as plain text."""
        return [header.plain for header in self._headers]

    def cell_text(self, row_index: int, column: int) -> str:
        """The plain text of one cell (for tests and screen readers of the journal)."""
        return self._cells[row_index][column].plain

    # -- cursor --------------------------------------------------------------------------
    def validate_cursor_row(self, row: int) -> int:
        """Keep the cursor on a row that exists."""
        return max(0, min(row, len(self._keys) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_cursor_into_view()
        self.refresh()

    def _scroll_cursor_into_view(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)  # minus the header
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def on_resize(self, _event: events.Resize) -> None:
        self._scroll_cursor_into_view()

    def on_focus(self, _event: events.Focus) -> None:
        self.refresh()  # the cursor's colour depends on focus

    def on_blur(self, _event: events.Blur) -> None:
        self.refresh()

    def action_cursor_up(self) -> None:
        """One row up."""
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        """One row down."""
        self.cursor_row += 1

    def action_cursor_first(self) -> None:
        """To the first row."""
        self.cursor_row = 0

    def action_cursor_last(self) -> None:
        """To the last row."""
        self.cursor_row = len(self._keys) - 1

    def action_page_up(self) -> None:
        """A screenful up."""
        self.cursor_row -= max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        """A screenful down."""
        self.cursor_row += max(1, self.scrollable_content_region.height - 1)

    def action_select_cursor(self) -> None:
        """Post RowSelected for the row under the cursor."""
        if self._keys:
            self.post_message(self.RowSelected(self, self.cursor_row, self._keys[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return  # the header
        row = round(self.scroll_y) + offset.y - 1
        if 0 <= row < len(self._keys):
            self.cursor_row = row
            self.action_select_cursor()

    # -- drawing -------------------------------------------------------------------------
    def _line(self, row: int) -> Text:
        """Row `row` (-1: the header) laid out as one line of text, columns padded."""
        line = self._lines.get(row)
        if line is None:
            cells = self._headers if row < 0 else self._cells[row]
            line = Text(no_wrap=True, end="")
            pad = " " * PADDING
            for cell, width in zip(cells, self._widths, strict=True):
                line.append(pad)
                if cell.cell_len > width:  # pragma: no cover - widths fit every cell
                    cell = cell.copy()
                    cell.truncate(width, overflow="ellipsis")
                line.append_text(cell)
                line.append(" " * (width - cell.cell_len) + pad)
            self._lines[row] = line
        return line

    def _row_style(self, row: int) -> Style:
        if row < 0:
            return self.get_component_rich_style("row-table--header")
        if row == self.cursor_row:
            return self.get_component_rich_style("row-table--cursor")
        if self.zebra_stripes and row % 2 == 0:  # as a DataTable: the first row is even
            return self.get_component_rich_style("row-table--even-row")
        return self.rich_style

    def render_line(self, y: int) -> Strip:
        """The header on the first line, then the rows from the scroll position."""
        scroll_x, scroll_y = self.scroll_offset
        row = -1 if y == 0 else scroll_y + y - 1
        width = self.scrollable_content_region.width
        if row >= len(self._keys) or not self._headers:
            return Strip.blank(width, self.rich_style)
        style = self._row_style(row)
        strip = self._strips.get((row, style))
        if strip is None:  # drawn once per row and style (cursor, focus, zebra, theme)
            segments = Segment.apply_style(self._line(row).render(self.app.console), style)
            strip = self._strips[row, style] = Strip(segments)
        return strip.extend_cell_length(scroll_x + width, style).crop(scroll_x,
                                                                      scroll_x + width)
