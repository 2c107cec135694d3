"""A read-only DataTable of one-line rows with a row cursor, filled all at once by key.

Textual's DataTable, used as designed: a row cursor, zebra stripes, its own keys and look.
What this adds is the team overview's way of filling it: `set_rows` replaces headers and
rows in one call and keeps the cursor on the row with the same key (sorting or filtering
must not move it to another agent). Cells are `rich.text.Text`, never markup strings, so
a name like "[extern]" or "[/b]" is shown as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist


class RowTable(DataTable[Text]):
    """Rows of plain or styled text, each with a string key; one row is the cursor.

    Enter (when nothing binds it first) or a click on the cursor row posts
    `DataTable.RowSelected`, whose `row_key.value` is the row's key.
    """

    # Rows, not columns: Home and End go to the first and the last row (DataTable's own
    # Home/End move along the columns, which a row cursor has no use for).
    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    def __init__(self, *, zebra_stripes: bool = True, name: str | None = None,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(cursor_type="row", zebra_stripes=zebra_stripes, name=name, id=id,
                         classes=classes)

    def set_rows(self, headers: Sequence[Text], rows: Sequence[tuple[str, Sequence[Text]]]
                 ) -> None:
        """Show `headers` and `rows` (key, cells). The cursor stays on the row with the key
        it was on; if that row is gone, on the same index (clamped)."""
        keep_key, keep_index = self.cursor_key, self.cursor_row
        self.clear(columns=True)
        for index, header in enumerate(headers):
            self.add_column(header, key=str(index))
        for key, cells in rows:
            self.add_row(*cells, key=key)
        same_row = self.row_index(keep_key) if keep_key is not None else None
        index = same_row if same_row is not None else max(0, min(keep_index, len(rows) - 1))
        self.move_cursor(row=index, animate=False)

    @property
    def cursor_key(self) -> str | None:
        """The key of the row under the cursor, None when the table is empty."""
        try:
            return self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0)).row_key.value
        except CellDoesNotExist:
            return None

    def row_index(self, key: str) -> int | None:
        """The index of the row with `key`, None if there is none."""
        try:
            return self.get_row_index(key)
        except RowDoesNotExist:
            return None

    @property
    def header_texts(self) -> list[str]:
        """The column titles as plain text."""
        return [column.label.plain for column in self.ordered_columns]

    def cell_text(self, row_index: int, column: int) -> str:
        """The plain text of one cell (for tests)."""
        return self.get_cell_at(Coordinate(row_index, column)).plain
