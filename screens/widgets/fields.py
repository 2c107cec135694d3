"""Fields of the talk: an autosaving text input and single-key choice fields.

Each field is named for what it holds (`name`, e.g. "goal:12:what") and remembers the value
it last saved or took in (`saved_value`): that is the value "the window saw", which every
save carries so another window's change is never overwritten silently.

A field saves in the same call that changes its value, through the screen it sits on
(a `FieldSaver`): a message would be handled later, after the new character may already
be painted, and a process killed in between would lose a character the user saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rich.text import Text
from textual.binding import Binding
from textual.dom import NoScreen
from textual.events import Key
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input

from coachtui.outside_text import shown


@runtime_checkable
class FieldSaver(Protocol):
    """A screen that writes a talk field to the journal the moment its value changes."""

    def save_field(self, field: TalkField) -> None:
        """Write `field.current` (seen: `field.saved_value`); update or mark the field."""


class TalkField:
    """What both kinds of field share: the value last saved and a pending conflict."""

    name: str | None  # provided by the widget it is mixed into
    saved_value: str | None
    # Set while this field's value was refused because another window changed it: the
    # user's value stays on screen (and unsaved) until they keep it or take `theirs`.
    conflict: bool = False
    theirs: str | None = None

    @property
    def current(self) -> str | None:
        """The value on screen."""
        raise NotImplementedError

    def take_in(self, value: str | None) -> None:
        """Show a value read from the journal, without saving it again."""
        raise NotImplementedError

    def _save_now(self) -> None:
        """Save through the screen, when the value on screen differs from the saved one."""
        if self.conflict or self.current == self.saved_value:
            return
        screen = _screen_of(self)
        if isinstance(screen, FieldSaver):
            screen.save_field(self)


def _screen_of(field: object) -> object | None:
    """The screen a mounted widget is on (None while it is not mounted)."""
    if not isinstance(field, Widget) or not field.is_attached:
        return None
    try:
        return field.screen
    except NoScreen:  # while it is being mounted or removed
        return None


class AutosaveInput(TalkField, Input):
    """A text input that saves every change as it happens, conflict-safe.

    Stored text is shown safely (`shown()`: a control character imported or pasted into
    a goal shows as a placeholder and never reaches the terminal). Until the user edits
    it, the field's value *is* the stored text, so looking never rewrites the journal.
    """

    def __init__(self, value: str | None, *, name: str, placeholder: str = "",
                 disabled: bool = False, id: str | None = None) -> None:
        self.saved_value = value or ""
        super().__init__(value=shown(value or ""), name=name, placeholder=placeholder,
                         disabled=disabled, id=id, select_on_focus=False)

    @property
    def current(self) -> str:
        """The text as the journal should hold it: the stored text while it is shown
        unedited, else the text on screen."""
        saved = self.saved_value or ""
        return saved if self.value == shown(saved) else self.value

    def take_in(self, value: str | None) -> None:
        """Show the journal's text; the field's own save sees it is already saved."""
        self.saved_value = value or ""
        self.value = shown(value or "")
        self.cursor_position = len(self.value)

    def on_mount(self) -> None:
        self.cursor_blink = getattr(self.app, "cursor_blink", True)

    def watch_value(self, _value: str) -> None:
        # synchronous: the commit happens before the changed text can be painted
        self._save_now()


@dataclass
class ChoiceOption:
    """One option of a ChoiceField: the stored value, its key and its label."""

    value: str
    key: str
    label: str


class ChoiceField(TalkField, Widget, can_focus=True):
    """A row of options picked with one key each (e.g. +, =, -); shows the choice in words."""

    DEFAULT_CSS = """
    ChoiceField { height: 1; width: auto; min-width: 20; padding: 0 1; }
    ChoiceField:focus { background: $boost; text-style: bold; }
    ChoiceField.-disabled { color: $text-muted; }
    ChoiceField.-conflict { background: $warning 30%; }
    """

    @dataclass
    class Chosen(Message):
        """The user picked an option (value None = cleared); it is already saved."""

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
        self.saved_value = value
        self.read_only = read_only
        self.set_class(read_only, "-disabled")

    @property
    def current(self) -> str | None:
        """The option chosen on screen."""
        return self.value

    def take_in(self, value: str | None) -> None:
        """Show the journal's choice without saving it again."""
        self.saved_value = value
        self.value = value
        self.refresh()

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
        """Set the value, save it at once, and announce it."""
        if self.read_only or value == self.value:
            return
        self.value = value
        self._save_now()
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
