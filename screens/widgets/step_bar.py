"""The talk's step bar: every step, the current one highlighted, fitted to the width.

Wide enough, each step shows its number and name (` 1 Figures   2 Factors ...`) and the
position (`Step 2 of 7`); narrower, the steps show their numbers only and the current one
its name as well (` 1  2 Factors  3  4 ...`), so every step stays reachable by its digit.
A Rich renderable: Textual renders it at the widget's width, again after every resize.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text


class StepBar:
    """The steps of a talk with `current` highlighted, and where it stands; steps are
    numbered from `first` (1, or 0 when the talk opens with the agent's turn)."""

    def __init__(self, labels: Sequence[str], current: int, position: str,
                 first: int = 1) -> None:
        self.labels = list(labels)
        self.current = current
        self.position = position
        self.first = first

    def line(self, width: int) -> Text:
        """The bar in at most `width` columns: names for every step when they fit, else
        numbers with the current step named; the position only where it fits."""
        for compact in (False, True):
            text = Text()
            for n, label in enumerate(self.labels, start=self.first):
                here = n == self.current
                shown = f" {n} {label} " if here or not compact else f" {n} "
                text.append(shown, style="reverse bold" if here else "dim")
                text.append(" ")
            if compact or cell_len(text.plain) <= width:
                break
        position = "  " + self.position
        if cell_len(text.plain) + cell_len(position) <= width:
            text.append(position, style="italic")
        text.truncate(width)
        return text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.line(options.max_width)
