"""Fields of the talk: an autosaving text input and single-key choice fields.

Widgets announce, screens decide: each field posts a message naming its target (`name`,
e.g. "goal:12:what"); the talk screen writes it to the journal.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.events import Key
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input


class AutosaveInput(Input):
    """A text input that remembers the value last saved, for conflict-safe autosave."""

    def __init__(self, value: str | None, *, name: str, placeholder: str = "",
                 disabled: bool = False, id: str | None = None) -> None:
        super().__init__(value=value or "", name=name, placeholder=placeholder,
                         disabled=disabled, id=id, select_on_focus=False)
        self.saved_value = value or ""

    def on_mount(self) -> None:
        self.cursor_blink = getattr(self.app, "cursor_blink", True)


@dataclass
class ChoiceOption:
    """One option of a ChoiceField: the stored value, its key and its label."""

    value: str
    key: str
    label: str


class ChoiceField(Widget, can_focus=True):
    """A row of options picked with one key each (e.g. +, =, -); shows the choice in words."""

    DEFAULT_CSS = """
    ChoiceField { height: 1; width: auto; min-width: 20; padding: 0 1; }
    ChoiceField:focus { background: $boost; text-style: bold; }
    ChoiceField.-disabled { color: $text-muted; }
    """

    @dataclass
    class Chosen(Message):
        """The user picked an option (value None = cleared)."""

        field: ChoiceField
        value: str | None

        @property
        def control(self) -> ChoiceField:
            """The field that changed."""
            return self.field

    BINDINGS = [
        Binding("space", "cycle", "Next choice", show=False, id="field.cycle"),
        Binding("backspace,delete", "clear", "Clear", show=False, id="field.clear"),
    ]

    def __init__(self, options: list[ChoiceOption], value: str | None, *, name: str,
                 read_only: bool = False, id: str | None = None,
                 classes: str | None = None, show_keys: bool = False) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.show_keys = show_keys
        self.options = options
        self.value = value
        self.read_only = read_only
        self.set_class(read_only, "-disabled")

    def render(self) -> Text:
        text = Text()
        for option in self.options:
            chosen = option.value == self.value
            style = "reverse bold" if chosen else "dim"
            if self.show_keys:
                text.append(option.key.split(",")[0], style="bold underline")
            text.append(f" {option.label} ", style=style)
            text.append(" ")
        return text

    def choose(self, value: str | None) -> None:
        """Set the value and announce it."""
        if self.read_only or value == self.value:
            return
        self.value = value
        self.refresh()
        self.post_message(self.Chosen(self, value))

    def on_key(self, event: Key) -> None:
        for option in self.options:
            keys = option.key.split(",")
            if event.character in keys or event.key in keys:
                event.stop()
                event.prevent_default()
                self.choose(option.value)
                return

    def action_cycle(self) -> None:
        """Move to the next option (space)."""
        values = [o.value for o in self.options]
        index = values.index(self.value) + 1 if self.value in values else 0
        self.choose(values[index % len(values)])

    def action_clear(self) -> None:
        """Clear the choice."""
        self.choose(None)
