"""A yes/no question in a small modal; y/j/Enter answer yes, n/Escape answer no."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from coachtui.screens.widgets.plain_text import plain


class Confirm(ModalScreen[bool]):
    """Ask one question; dismisses with True or False."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm Label { width: 100%; }  /* a long question wraps instead of being cut */
    Confirm > Vertical { width: 64; height: auto; border: thick $warning; padding: 1 2;
                         background: $surface; }
    Confirm .answers { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [
        Binding("y,j,enter", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, answers: str = "y / n") -> None:
        super().__init__()
        self.question = question
        self.answers = answers

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.question))
            yield Label(plain(self.answers), classes="answers")

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
