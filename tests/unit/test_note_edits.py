"""The note-edits service on a real journal: edit, delete, undo; locked and vanished notes
refused with text keys, in either language."""

from __future__ import annotations

import pytest

from coachtui.errors import NotFoundError, ReadOnlyError, UserError
from coachtui.model import Note
from coachtui.services.note_edits import NoteEdits, notes_timeline
from coachtui.storage import Journal


def _content(note: Note) -> dict:
    return note.model_dump(exclude={"id", "updated_at"})


def _open_and_locked(journal: Journal, name: str = "Sanne"):
    agent_id = journal.find_agent(name).id
    timeline = notes_timeline(journal, agent_id, include_private=True)
    open_note = next(e.note for e in timeline if not e.locked)
    locked = next(e for e in timeline if e.locked)
    return open_note, locked.note, journal.session(locked.used_in).month


def test_edit_delete_and_undo_in_reverse_order(demo_journal):
    note, _, _ = _open_and_locked(demo_journal)
    edits = NoteEdits(demo_journal)
    assert not edits.can_undo and edits.undo() is None

    assert edits.edit(note.id, note.text) is None  # unchanged: nothing to undo
    assert not edits.can_undo
    edited = edits.edit(note.id, "Flagged the outage early")
    assert edited.text == demo_journal.note(note.id).text == "Flagged the outage early"
    deleted = edits.delete(note.id)
    assert deleted.text == "Flagged the outage early"
    with pytest.raises(NotFoundError):
        demo_journal.note(note.id)

    restored = edits.undo()  # the deletion: back as it was, under a new id
    assert restored.restored and restored.note.id != note.id
    assert demo_journal.note(restored.note.id).text == "Flagged the outage early"
    back = edits.undo()  # the edit, on the restored note
    assert not back.restored and back.note.id == restored.note.id
    assert _content(demo_journal.note(restored.note.id)) == _content(note)
    assert edits.undo() is None


def test_a_locked_note_is_refused_naming_the_talk(demo_journal):
    _, locked, month = _open_and_locked(demo_journal)
    edits = NoteEdits(demo_journal)
    for change in (lambda: edits.delete(locked.id), lambda: edits.edit(locked.id, "x")):
        with pytest.raises(ReadOnlyError) as caught:
            change()
        assert caught.value.key == "notes_ui.refused_locked"
        assert month in caught.value.text("nl") and "kan niet meer" in caught.value.text("nl")
    assert demo_journal.note(locked.id) == locked
    assert not edits.can_undo


def test_a_note_signed_in_another_window_meanwhile_is_refused(demo_journal,
                                                              demo_journal_path):
    other = Journal.open(demo_journal_path)
    try:
        draft = next(s for s in other.sessions() if not s.signed)
        agent = other.agent(draft.agent_id)
        note = next(e.note for e in notes_timeline(demo_journal, agent.id, include_private=True)
                    if not e.locked)
        edits = NoteEdits(demo_journal)
        other.sign(draft.id, "M. Jansen", agent.name.split()[0])  # the other window signs
    finally:
        other.close()
    with pytest.raises(ReadOnlyError) as caught:
        edits.delete(note.id)
    assert draft.month in caught.value.text("en")
    assert demo_journal.note(note.id) == note


def test_a_note_deleted_elsewhere_and_an_empty_text(demo_journal, demo_journal_path):
    note, _, _ = _open_and_locked(demo_journal)
    edits = NoteEdits(demo_journal)
    with pytest.raises(UserError) as caught:
        edits.edit(note.id, "   ")
    assert caught.value.text("nl").startswith("Een notitie zonder tekst kan niet")
    assert demo_journal.note(note.id) == note
    with Journal.open(demo_journal_path) as other:
        other.delete_note(note.id)
    for change in (lambda: edits.edit(note.id, "new"), lambda: edits.delete(note.id)):
        with pytest.raises(NotFoundError) as caught:
            change()
        assert caught.value.key == "services.note_gone"
        assert "bestaat niet meer" in caught.value.text("nl")
    assert not edits.can_undo
