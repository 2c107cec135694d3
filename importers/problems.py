"""What an import can say back: a refusal (`ImportProblem`) or a warning (`Notice`).

Both carry a text key and values, so the command line and the TUI can show them in Dutch or
English; `str()` gives the English sentence for logs and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coachtui.errors import Phrase, UserError, sentence


class ImportProblem(UserError):
    """The import is refused; nothing was written. `key` names the text in texts/imports.py."""


@dataclass(frozen=True)
class Notice:
    """A warning shown with the list of changes (rows skipped, hours unknown, ...)."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The sentence in `lang`."""
        return sentence(self.key, lang, self.values)

    def __str__(self) -> str:
        return self.text("en")


def bad_value(file: str, line: int, column: str, value: Any, reason: str) -> ImportProblem:
    """The one sentence for a cell that cannot be read: file, line, column, value and why.

    `reason` is a text key (see `CellError`)."""
    shown = str(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return ImportProblem("imports.bad_value", file=file, line=line, column=column,
                         value=shown, reason=Phrase(reason))


class CellError(ValueError):
    """A cell value that cannot be read; `reason` is a text key such as imports.why.number."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
