"""Pick a file from a folder tree in a modal (Enter on a file picks it, Escape cancels)."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Label


class FilePicker(ModalScreen[Path | None]):
    """Dismisses with the chosen file, or None on Escape."""

    DEFAULT_CSS = """
    FilePicker { align: center middle; }
    FilePicker > Vertical { width: 90; height: 80%; border: thick $accent; padding: 0 1;
                            background: $surface; }
    FilePicker DirectoryTree { height: 1fr; }
    FilePicker .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="picker.cancel")]

    def __init__(self, start: Path, title: str) -> None:
        super().__init__()
        self.start = start
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, classes="hint")
            yield DirectoryTree(self.start, id="picker-tree")

    def on_mount(self) -> None:
        self.query_one(DirectoryTree).focus()

    @on(DirectoryTree.FileSelected)
    def _picked(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(Path(event.path))

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)


def start_folder(typed: str, fallback: Path) -> Path:
    """The folder to open: the one of the path typed so far if it exists, else `fallback`."""
    if typed.strip():
        path = Path(typed.strip()).expanduser()
        for candidate in (path, path.parent):
            if candidate.is_dir():
                return candidate
    return fallback if fallback.is_dir() else Path.home()
