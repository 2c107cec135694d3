"""What an import can say back: a refusal (`ImportProblem`) or a warning (`Notice`).

Both carry a text key and values, so the command line and the TUI can show them in Dutch or
English; `str()` gives the English sentence for logs and tests. A value from outside (a
cell, a file name, a column name) is passed through `quoted()` first: one line, control
characters as visible placeholders, shortened.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from typing import Any

from coachtui.errors import Phrase, UserError, sentence
from coachtui.outside_text import quoted


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
    return ImportProblem("imports.bad_value", file=quoted(file), line=line,
                         column=quoted(column), value=quoted(value), reason=Phrase(reason))


class CellError(ValueError):
    """A cell value that cannot be read; `reason` is a text key such as imports.why.number."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


_OS_REASONS = {errno.ENOENT: "imports.os.missing", errno.EACCES: "imports.os.denied",
               errno.EPERM: "imports.os.denied", errno.EISDIR: "imports.os.folder"}


def os_reason(exc: OSError) -> Phrase:
    """Why a file could not be opened, as a text key (the system's own words are English)."""
    return Phrase(_OS_REASONS.get(exc.errno or 0, "imports.os.other"))
