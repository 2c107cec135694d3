"""Correcting an agent's notes after the fact: edit the text, delete, undo either.

The rules: a note a signed talk used is locked (the journal checks it inside the write, so
a talk signed in another window meanwhile cannot slip through); a deleted note comes back
by undo exactly as it was (date, factor, rating, channel, privacy), under a new id; a note
never gets an empty text. Adding a quick note is `services.notes` (the quick-note path).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachtui.errors import NotFoundError, ReadOnlyError, UserError

if TYPE_CHECKING:
    from collections.abc import Callable

    from coachtui.evidence import TimelineEntry
    from coachtui.model import Note
    from coachtui.storage.journal import Journal

    _Change = Callable[[], Note]


@dataclass(frozen=True)
class _Deleted:
    """Undo step: a note that was deleted (restored as a new row with the same content)."""

    note: Note


@dataclass(frozen=True)
class _Edited:
    """Undo step: the text a note had before an edit."""

    note_id: int
    old_text: str


@dataclass(frozen=True)
class Undone:
    """What an undo did: brought a deleted note back, or put an edited text back."""

    note: Note  # the note as it is now
    restored: bool  # True: it had been deleted; False: its old text is back


def notes_timeline(journal: Journal, agent_id: int, *,
                   include_private: bool) -> list[TimelineEntry]:
    """The agent's notes, newest first, each with the signed talk that locked it (if any)."""
    from coachtui.evidence import notes_timeline as timeline

    return timeline(journal, agent_id, include_private)


class NoteEdits:
    """Edits, deletions and their undo for one window; the undo history lives as long as it.

    Every refusal is a `UserError` with a text key: `ReadOnlyError` for a locked note,
    `NotFoundError` for a note deleted elsewhere meanwhile.
    """

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._undo: list[_Deleted | _Edited] = []

    @property
    def can_undo(self) -> bool:
        """True when there is an edit or a deletion to undo."""
        return bool(self._undo)

    def edit(self, note_id: int, text: str, *, allow_health: bool = False) -> Note | None:
        """Give the note a new text; None when the text did not change. Words that
        suggest health information and were not in the note before are refused
        (HealthWordsInField) unless `allow_health` (asked first)."""
        if not text.strip():
            raise UserError("services.note_empty")
        old = self._note(note_id)
        if text == old.text:
            return None
        from coachtui.services.goals import check_health

        check_health(old.text, text + " ", allow=allow_health)
        updated = self._write(note_id, lambda: self.journal.update_note(note_id, text=text))
        self._undo.append(_Edited(note_id, old.text))
        return updated

    def delete(self, note_id: int) -> Note:
        """Delete the note; returns it as it was (undo brings it back)."""
        deleted = self._write(note_id, lambda: self.journal.delete_note(note_id))
        self._undo.append(_Deleted(deleted))
        return deleted

    def undo(self) -> Undone | None:
        """Undo the last deletion or edit; None when there is nothing to undo.

        A step that is refused (the note got locked or deleted meanwhile) is dropped: trying
        it again would be refused again.
        """
        if not self._undo:
            return None
        step = self._undo.pop()
        if isinstance(step, _Deleted):
            copy = step.note.model_copy(update={"id": None, "updated_at": None})
            restored = self.journal.add_note(copy)
            self._renumber(step.note.id, restored.id)
            return Undone(restored, restored=True)
        back = self._write(step.note_id, lambda: self.journal.update_note(
            step.note_id, text=step.old_text))
        return Undone(back, restored=False)

    # -- helpers -----------------------------------------------------------------------
    def _note(self, note_id: int) -> Note:
        try:
            return self.journal.note(note_id)
        except NotFoundError:
            raise NotFoundError("services.note_gone") from None

    def _write(self, note_id: int, change: _Change) -> Note:
        """Run one change; the journal's refusals become sentences with text keys."""
        try:
            return change()
        except ReadOnlyError:
            raise self._locked(note_id) from None
        except NotFoundError:
            raise NotFoundError("services.note_gone") from None

    def _locked(self, note_id: int) -> ReadOnlyError:
        """The refusal for a locked note, naming the month of the talk that used it."""
        try:
            note = self.journal.note(note_id)
        except NotFoundError:
            return ReadOnlyError("notes_ui.refused_locked_now")
        for entry in notes_timeline(self.journal, note.agent_id, include_private=True):
            if entry.note.id == note_id and entry.used_in is not None:
                month = self.journal.session(entry.used_in).month
                return ReadOnlyError("notes_ui.refused_locked", month=month)
        return ReadOnlyError("notes_ui.refused_locked_now")

    def _renumber(self, old: int | None, new: int | None) -> None:
        """A restored note has a new id: older undo steps about it must follow."""
        if old is None or new is None:
            return
        self._undo = [_Edited(new, s.old_text) if isinstance(s, _Edited) and s.note_id == old
                      else s for s in self._undo]
