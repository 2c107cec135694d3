"""A file-path Input: the rest of the name is suggested as you type, Tab accepts it."""

from __future__ import annotations

import os
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input


class PathSuggester(Suggester):
    """Suggests the completion of the last path part from what is on disk.

    With several candidates it suggests their common start (as a shell does); a single
    folder gets a trailing slash so the next Tab goes into it.
    """

    def __init__(self) -> None:
        # no cache: the folder may change while the screen is open
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        """The value with the rest of the matching name appended, or None."""
        folder, slash, start = value.rpartition("/")
        where = Path(os.path.expanduser(folder or "/")) if slash else Path(".")
        try:
            names = sorted(entry.name for entry in os.scandir(where)
                           if entry.name.startswith(start)
                           and (start.startswith(".") or not entry.name.startswith(".")))
        except OSError:
            return None
        if not names:
            return None
        common = os.path.commonprefix(names)  # noqa: RUF071 - names, not paths
        if len(names) == 1 and (where / common).is_dir():
            common += "/"
        if len(common) <= len(start):
            return None
        return value + common[len(start):]


class PathInput(Input):
    """An Input for a file path; Tab takes the suggestion, else moves on as usual."""

    BINDINGS = [Binding("tab", "complete", "Complete", show=False)]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(suggester=PathSuggester(), **kwargs)  # type: ignore[arg-type]

    def action_complete(self) -> None:
        """Accept the suggested completion; with none, go to the next field."""
        if self._suggestion and self._suggestion != self.value:
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
