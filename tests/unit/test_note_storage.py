"""Notes stay editable and deletable until the talk that used them is signed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coachtui import clock
from coachtui.errors import NotFoundError, ReadOnlyError, UserError
from coachtui.model import Agent, Channel, Note, Rating, Relation


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


@pytest.fixture
def agent(journal):
    return journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))


def _add(journal, agent, day, text="Note", **fields):
    with clock.frozen_at(_at(day)):
        return journal.add_note(Note(agent_id=agent.id, created_at=_at(day), text=text, **fields))


def _sign_talk(journal, agent, day, month="2026-10"):
    with clock.frozen_at(_at(day, 15)):
        session = journal.start_session(agent.id, month)
        return journal.sign(session.id, "M. Jansen", "Sanne")


def test_open_note_can_be_edited_field_by_field_and_the_change_is_logged(journal, agent):
    note = _add(journal, agent, 3, "Frendly call", factor="language", rating=Rating.PLUS)
    updated = journal.update_note(note.id, text="Friendly call", channel=Channel.PHONE,
                                  relation=Relation.KEPT, contact_ref="#1")
    again = journal.note(note.id)
    assert again.text == "Friendly call" and again.channel is Channel.PHONE
    assert again.relation is Relation.KEPT and again.contact_ref == "#1"
    assert again.updated_at is not None and updated.text == again.text
    logged = {c.field: c for c in journal.history(entity="note", entity_id=note.id)}
    assert {"created", "text", "channel", "relation", "contact_ref"} <= set(logged)
    assert (logged["text"].old, logged["text"].new) == ("Frendly call", "Friendly call")
    assert "factor" not in logged  # unchanged fields are not logged


def test_open_note_can_be_deleted(journal, agent):
    note = _add(journal, agent, 3)
    journal.delete_note(note.id)
    with pytest.raises(NotFoundError):
        journal.note(note.id)


def test_signing_a_talk_locks_the_notes_written_before_it(journal, agent):
    before = _add(journal, agent, 3, "Before the talk")
    _sign_talk(journal, agent, 10)
    after = _add(journal, agent, 12, "After the talk")
    assert journal.note_locked(journal.note(before.id))
    assert not journal.note_locked(journal.note(after.id))
    with pytest.raises(ReadOnlyError):
        journal.update_note(before.id, text="rewritten")
    with pytest.raises(ReadOnlyError):
        journal.delete_note(before.id)
    assert journal.note(before.id).text == "Before the talk"
    journal.update_note(after.id, text="Still open")
    assert journal.note(after.id).text == "Still open"


def test_a_draft_talk_does_not_lock(journal, agent):
    note = _add(journal, agent, 3)
    with clock.frozen_at(_at(10)):
        journal.start_session(agent.id, "2026-10")
    assert not journal.note_locked(journal.note(note.id))


def test_another_agents_signed_talk_does_not_lock(journal, agent):
    other = journal.add_agent(Agent(name="Daan Visser", email="daan@example.nl"))
    note = _add(journal, agent, 3)
    _sign_talk(journal, other, 10)
    assert not journal.note_locked(journal.note(note.id))


def test_empty_text_on_update_is_a_user_error_and_changes_nothing(journal, agent):
    note = _add(journal, agent, 3, "Keep me")
    with pytest.raises(UserError):
        journal.update_note(note.id, text="   ")
    assert journal.note(note.id).text == "Keep me"


def test_unknown_or_fixed_fields_are_refused(journal, agent):
    note = _add(journal, agent, 3)
    with pytest.raises(UserError):
        journal.update_note(note.id, txet="typo")
    with pytest.raises(UserError):
        journal.update_note(note.id, agent_id=agent.id + 1)
    assert journal.note(note.id).agent_id == agent.id


def test_note_written_in_the_same_second_as_the_signing_belongs_to_that_talk(journal, agent):
    with clock.frozen_at(_at(10, 15)):
        note = journal.add_note(Note(agent_id=agent.id, created_at=clock.now(), text="Same"))
    session = _sign_talk(journal, agent, 10)
    assert journal.note_locked(journal.note(note.id))
    since = journal.notes(agent.id, since=session.agent_signed_at)
    assert note.id not in [n.id for n in since]
