"""Text that people or files wrote, shown exactly as written: never read as markup.

Textual reads a `str` given to Static, Label, an Option or a DataTable cell as markup (and
Rich does in a Table cell): "Jan [extern] de Vries" loses "[extern]", and a note saying
"[/b]" raises MarkupError and ends the app. A name, note, goal, catalogue label, import
value or file name, or one of our texts with such a value filled in, goes through `plain()`
(or `plain_cell()` in a DataTable) instead. `notify()` takes `markup=False` for the same
reason.
"""

from __future__ import annotations

from rich.console import JustifyMethod
from rich.text import Text


def plain(value: object, style: str = "") -> Text:
    """`value` as Text that is shown as is: brackets stay brackets, nothing is parsed."""
    return Text(str(value), style=style)


def plain_cell(value: object, style: str = "", justify: JustifyMethod | None = None) -> Text:
    """A DataTable cell shown as is, one line like a string cell (and no markup parsing
    on every paint)."""
    return Text(str(value), style=style, justify=justify, no_wrap=True, end="")
