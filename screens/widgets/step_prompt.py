"""Ask for a step number with one key (Ctrl+G in the talk)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Label

from coachtui.screens.widgets.plain_text import plain


class StepPrompt(ModalScreen[int | None]):
    """Dismisses with the step number pressed, or None on Escape."""

    DEFAULT_CSS = """
    StepPrompt { align: center middle; }
    StepPrompt Label { width: 100%; }  /* a long question wraps instead of being cut */
    StepPrompt > Vertical { width: 50; height: auto; border: thick $accent; padding: 1 2;
                            background: $surface; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, question: str, steps: int) -> None:
        super().__init__()
        self.question = question
        self.steps = steps

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.question))

    def on_key(self, event: Key) -> None:
        if event.character and event.character.isdigit():
            n = int(event.character)
            if 1 <= n <= self.steps:
                event.stop()
                self.dismiss(n)

    def action_cancel(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
