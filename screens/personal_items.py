"""The talk's personal goals and figures, and whether its HR record includes each (F9 in
the wrap-up). A personal item stays out of the HR record (every format) unless the team
lead includes it here on purpose; each toggle reaches the journal at once, and the signed
record names what it included (`personal_included`), so it reads the same later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from coachtui.errors import UserError
from coachtui.outside_text import shown
from coachtui.screens.binding_labels import LabelledScreen
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import goals as goal_service
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.services import Journal


class PersonalItemsScreen(LabelledScreen[None], ModalScreen[None]):
    """One line per personal item: [x] in the HR record on purpose, [ ] left out."""

    DEFAULT_CSS = """
    PersonalItemsScreen { align: center middle; background: $background 60%; }
    PersonalItemsScreen > Vertical { width: 84; max-width: 100%; height: auto;
        max-height: 100%; border: thick $accent; background: $surface; padding: 0 1; }
    PersonalItemsScreen #pi-title { text-style: bold; color: $accent; margin-bottom: 1; }
    PersonalItemsScreen #pi-list { height: auto; max-height: 16; }
    PersonalItemsScreen .hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [
        Binding("space", "toggle_item", "Include / leave out", id="pi.toggle"),
        Binding("escape", "close", "Done", id="pi.close"),
    ]

    def __init__(self, journal: Journal, session_id: int, lang: str, *,
                 read_only: bool = False) -> None:
        super().__init__()
        self.journal = journal
        self.session_id = session_id
        self.lang = lang
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(tr("pi.title", self.lang), id="pi-title")
            yield OptionList(id="pi-list")
            yield Static(id="pi-message")
            yield Static(tr("pi.signed" if self.read_only else "pi.hint", self.lang),
                         classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#pi-list", OptionList).focus()

    def _fill(self, highlighted: int | None = None) -> None:
        listing = self.query_one("#pi-list", OptionList)
        listing.clear_options()
        items = goal_service.personal_items(self.journal, self.session_id)
        labels = {m.key: m.label(self.lang) for m in self.journal.metrics(active_only=False)}
        for item in items:
            what = (tr("pi.goal", self.lang, what=shown(item.what or "–")) if item.kind == "goal"
                    else tr("pi.figure", self.lang, metric=labels.get(item.key, item.key)))
            listing.add_option(Option(plain(f"[{'x' if item.included else ' '}] {what}"),
                                      id=item.item))
        listing.display = bool(items)
        if not items:
            self.query_one("#pi-message", Static).update(tr("pi.none", self.lang))
        elif highlighted is not None:
            listing.highlighted = min(highlighted, len(items) - 1)

    def action_toggle_item(self) -> None:
        """Include the highlighted item in the HR record on purpose, or leave it out."""
        listing = self.query_one("#pi-list", OptionList)
        index = listing.highlighted
        if self.read_only or index is None:
            return
        item = listing.get_option_at_index(index).id or ""
        try:
            goal_service.toggle_record_include(self.journal, self.session_id, item)
        except UserError as exc:
            self.query_one("#pi-message", Static).update(plain(exc.text(self.lang)))
            return
        self._fill(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter toggles like Space."""
        event.stop()
        self.action_toggle_item()

    def action_close(self) -> None:
        """Back to the talk."""
        self.dismiss(None)
