"""Text that people or files wrote, shown exactly as written: never read as markup, never
acting on the terminal.

Textual reads a `str` given to Static, Label, an Option or a DataTable cell as markup (and
Rich does in a Table cell): "Jan [extern] de Vries" loses "[extern]", and a note saying
"[/b]" raises MarkupError and ends the app. A name, note, goal, catalogue label, import
value or file name, or one of our texts with such a value filled in, goes through `plain()`
(or `plain_cell()` in a DataTable) instead. `notify()` takes `markup=False` for the same
reason.

Both also pass the text through `shown()`: an escape sequence in a name imported from a
CSV (clipboard, window title, clear screen, hyperlink) or a bidi override shows as a visible
placeholder instead of reaching the terminal; the journal keeps the text as it came.
"""

from __future__ import annotations

from rich.console import JustifyMethod
from rich.text import Text

from coachtui.outside_text import shown


def plain(value: object, style: str = "", *, multiline: bool = True) -> Text:
    """`value` as Text that is shown as is: brackets stay brackets, nothing is parsed,
    control characters are placeholders (line breaks and tabs kept unless `multiline`
    is false)."""
    return Text(shown(value, multiline=multiline), style=style)


def plain_cell(value: object, style: str = "", justify: JustifyMethod | None = None) -> Text:
    """A DataTable cell shown as is, one line like a string cell (and no markup parsing
    on every paint); a line break in the value shows as "␊"."""
    return Text(shown(value), style=style, justify=justify, no_wrap=True, end="")
