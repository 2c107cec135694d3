"""An agent's notes as a timeline, newest first: fix a typo, delete a note, undo either.

Deleting asks nothing because `u` (or Ctrl+Z) brings the note back as it was, with its
original date, factor, rating, channel and privacy. A note a signed talk used is locked:
the screen says so instead of trying. The rules and the undo history are the note-edits
service's; this screen shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Header, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from coachtui.errors import NotFoundError, UserError
from coachtui.evidence import TimelineEntry
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.binding_labels import LabelledScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import agents
from coachtui.services.catalogue import catalogue
from coachtui.services.goals import HealthWordsInField
from coachtui.services.note_edits import NoteEdits, Undone, notes_timeline


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


class EditNotePrompt(LabelledScreen["str | None"], ModalScreen["str | None"]):
    """A note's text to change, in several lines, prefilled with the current text (cursor
    at the end): Enter starts a new line, Ctrl+S saves, Escape cancels. Dismisses with the
    new text, or None when nothing changed or it was cancelled."""

    CSS_PATH = stylesheet("notes_screen.tcss")
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note_edit.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="note_edit.cancel", priority=True),
    ]

    def __init__(self, question: str, text: str) -> None:
        super().__init__()
        self.question = question
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="note-edit-box"):
            yield Label(plain(self.question))
            yield TextArea(shown(self.text, multiline=True), id="note-edit-text",
                           soft_wrap=True, tab_behavior="focus", compact=True,
                           highlight_cursor_line=False)
        yield Footer()

    def on_mount(self) -> None:
        field = self.query_one("#note-edit-text", TextArea)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.move_cursor(field.document.end)
        field.focus()

    def action_save(self) -> None:
        """Close with the text as typed (the stored text when it was not touched)."""
        typed = self.query_one("#note-edit-text", TextArea).text
        if typed == shown(self.text, multiline=True):
            self.dismiss(None)
            return
        self.dismiss(typed.strip() or None)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


class NotesScreen(CoachScreen):
    """Every note about one agent; private ones only while the agent is not reading along."""

    CSS_PATH = stylesheet("notes_screen.tcss")
    PALETTE_AREA_KEY = "notes_ui.palette"
    BINDINGS = [
        Binding("e", "edit", "Edit", id="notes.edit", tooltip="Change the text of the note"),
        Binding("d", "delete", "Delete", id="notes.delete",
                tooltip="Delete the note (u brings it back)"),
        Binding("u,ctrl+z", "undo", "Undo", id="notes.undo",
                tooltip="Undo the last delete or edit"),
        Binding("escape", "back", "Back", id="notes.back", tooltip="Back to the agent page"),
    ]

    def __init__(self, agent_id: int) -> None:
        super().__init__()
        self.agent_id = agent_id
        self.entries: list[TimelineEntry] = []
        self._months: dict[int, str] = {}  # session id -> month, for the locked marker
        self._edits: NoteEdits | None = None  # made on first use: needs the app's journal
        self._factors: dict[str, str] = {}
        self._cursor_to: int | None = None  # note to put the cursor on at the next redraw

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="notes-title", classes="section-title")
        yield Label(id="notes-count", classes="hint")
        yield OptionList(id="notes-list")
        yield Label(id="notes-empty", classes="empty-state")
        yield Static(id="notes-detail")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.refresh_data()
        self.query_one("#notes-list", OptionList).focus()

    @property
    def edits(self) -> NoteEdits:
        """Edits, deletions and their undo history while this screen lives."""
        if self._edits is None:
            self._edits = NoteEdits(self.journal)
        return self._edits

    # -- data --------------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Re-read the notes; private ones are left out in agent view."""
        super().refresh_data()
        try:
            agent = agents.agent(self.journal, self.agent_id)
        except NotFoundError:
            self.entries = []
            self.query_one("#notes-title", Label).update(self.tr("notes_ui.unknown"))
            self._redraw()
            return
        self.entries = notes_timeline(self.journal, self.agent_id,
                                      include_private=not self.coach.agent_view)
        self._months = {s.id: s.month
                        for s in agents.sessions_of(self.journal, self.agent_id) if s.id}
        self._factors = {f.key: f.label(self.lang) for f in catalogue(self.journal).factors}
        self.query_one("#notes-title", Label).update(
            plain(self.tr("notes_ui.title", name=agent.name)))
        self._redraw()

    def _redraw(self) -> None:
        listing = self.query_one("#notes-list", OptionList)
        selected = self._selected()
        keep = self._cursor_to if self._cursor_to is not None else (
            selected.note.id if selected else None)
        self._cursor_to = None
        index = listing.highlighted or 0
        options: list[Option | None] = []
        for entry in self.entries:
            if options:
                options.append(None)  # a thin line between notes
            options.append(Option(self._render_entry(entry), id=str(entry.note.id)))
        listing.set_options(options)
        ids = [str(e.note.id) for e in self.entries]
        if self.entries:
            if keep is not None and str(keep) in ids:
                listing.highlighted = listing.get_option_index(str(keep))
            else:  # the note under the cursor went away: stay at the same place
                listing.highlighted = min(index, listing.option_count - 1)
        count_key = "notes_ui.count_agent_view" if self.coach.agent_view else "notes_ui.count"
        self.query_one("#notes-count", Label).update(self.tr(count_key, n=len(self.entries)))
        empty = self.query_one("#notes-empty", Label)
        empty.update(self.tr("notes_ui.empty"))
        empty.display = not self.entries
        listing.display = bool(self.entries)
        self._show_detail()

    def _render_entry(self, entry: TimelineEntry) -> Text:
        """Two lines: what the note is about, then its text."""
        note = entry.note
        head = Text(note.created_at.strftime("%Y-%m-%d"), style="bold")
        parts: list[Text] = []
        if note.factor or note.rating is not None:
            label = shown(self._factor_label(note.factor)) if note.factor else ""
            about = Text(label, style="italic")
            if note.rating is not None:
                about.append(f" [{note.rating.value}]", style="bold not italic")
            parts.append(about)
        if note.channel:
            parts.append(Text(self.tr(f"channel.{note.channel.value}")))
        if note.relation:
            parts.append(Text(self.tr(f"relation.{note.relation.value}")))
        if note.contact_ref:
            parts.append(Text(shown(note.contact_ref), style="dim"))
        for index, part in enumerate(parts):
            head.append("   " if index == 0 else " · ")
            head.append_text(part)
        if note.private:
            head.append(f"   {self.tr('notes_ui.private')}", style="bold yellow")
        if entry.locked:
            head.append(f"   {self.tr('notes_ui.locked', month=self._month(entry))}",
                        style="dim italic")
        head.append("\n")
        head.append(shown(note.text, multiline=True))
        return head

    def _factor_label(self, key: str) -> str:
        return self._factors.get(key, key)

    def _month(self, entry: TimelineEntry) -> str:
        return self._months.get(entry.used_in or 0, "?")

    def _selected(self) -> TimelineEntry | None:
        listing = self.query_one("#notes-list", OptionList)
        option = listing.highlighted_option
        if option is None:
            return None
        return next((e for e in self.entries if str(e.note.id) == option.id), None)

    def _show_detail(self) -> None:
        entry = self._selected() if self.entries else None
        detail = self.query_one("#notes-detail", Static)
        detail.display = entry is not None and entry.locked
        if entry is not None and entry.locked:
            detail.update(self.tr("notes_ui.detail_locked", month=self._month(entry)))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Say under the list whether the note under the cursor can still change."""
        self._show_detail()

    # -- actions -----------------------------------------------------------------------
    def _editable(self) -> TimelineEntry | None:
        """The note under the cursor if it may change; otherwise say why not."""
        entry = self._selected()
        if entry is None:
            self.notify(self.tr("notes_ui.no_selection"), severity="warning", markup=False)
            return None
        if entry.locked:
            self.notify(self.tr("notes_ui.refused_locked", month=self._month(entry)),
                        severity="warning", markup=False)
            return None
        return entry

    def action_edit(self) -> None:
        """Ask for a new text for the note under the cursor (prefilled with the old one)."""
        entry = self._editable()
        if entry is None:
            return
        note = entry.note
        day = _day(note.created_at)

        def save(text: str | None, allow_health: bool = False) -> None:
            if text is None or text == note.text or note.id is None:
                return
            note_id = note.id
            try:  # words about health are asked about first (goals' health guard)
                saved = self._write(lambda: self.edits.edit(note_id, text,
                                                            allow_health=allow_health))
            except HealthWordsInField as exc:
                from coachtui.screens.widgets.confirm import Confirm

                self.app.push_screen(
                    Confirm(exc.text(self.lang), f"{self.tr('app.confirm.yes')}   "
                                                 f"{self.tr('app.confirm.no')}"),
                    callback=lambda yes: save(text, True) if yes else None)
                return
            if saved:
                self.notify(self.tr("notes_ui.edited"), timeout=4, markup=False)
            self.refresh_data()

        self.app.push_screen(EditNotePrompt(self.tr("notes_ui.edit_question", date=day),
                                            note.text), callback=save)

    def action_delete(self) -> None:
        """Delete the note under the cursor at once; `u` brings it back."""
        entry = self._editable()
        if entry is None or entry.note.id is None:
            return
        note_id = entry.note.id
        if self._write(lambda: self.edits.delete(note_id)):
            self.notify(self.tr("notes_ui.deleted", date=_day(entry.note.created_at)),
                        timeout=6, markup=False)
        self.refresh_data()

    def action_undo(self) -> None:
        """Undo the last delete (the note returns as it was) or the last edit."""
        if not self.edits.can_undo:
            self.notify(self.tr("notes_ui.nothing_to_undo"), timeout=3, markup=False)
            return
        done: list[Undone | None] = []
        if self._write(lambda: done.append(self.edits.undo())) and done[0] is not None:
            undone = done[0]
            self._cursor_to = undone.note.id
            key = "notes_ui.restored" if undone.restored else "notes_ui.text_back"
            self.notify(self.tr(key, date=_day(undone.note.created_at)), timeout=4,
                        markup=False)
        self.refresh_data()

    def _write(self, change: Callable[[], object]) -> bool:
        """Run one change; a refusal (locked, gone, empty) becomes a notice in the screen's
        language."""
        try:
            change()
        except HealthWordsInField:
            raise
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", timeout=8, markup=False)
            return False
        return True

    def action_back(self) -> None:
        """Back to the agent page."""
        self.app.pop_screen()
