"""Ask for one line of text in a modal (Enter saves, Escape cancels)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from coachtui.screens.widgets.plain_text import plain


class TextPrompt(ModalScreen[str | None]):
    """Dismisses with the text typed, or None on Escape."""

    DEFAULT_CSS = """
    TextPrompt { align: center middle; }
    TextPrompt Label { width: 100%; }  /* a long question wraps instead of being cut */
    TextPrompt > Vertical { width: 80; height: auto; border: thick $accent; padding: 1 2;
                            background: $surface; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.question))
            yield Input(id="prompt-input")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
