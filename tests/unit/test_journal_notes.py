"""Quick notes and absences: newest first, filters, and locking once a signed talk used them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coachtui import clock
from coachtui.errors import ReadOnlyError, UserError
from coachtui.model import Absence, Agent, Channel, Note, Rating, Relation


@pytest.fixture
def sanne(journal):
    return journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl")).id


def _note(journal, agent_id, day, text, **kw):
    return journal.add_note(Note(agent_id=agent_id, text=text,
                                 created_at=datetime(2026, 11, day, 10, tzinfo=UTC), **kw))


def test_add_and_list_newest_first(journal, sanne):
    _note(journal, sanne, 3, "Calm with an angry caller", factor="communication",
          rating=Rating.PLUS, contact_ref="#123456", channel=Channel.PHONE,
          relation=Relation.STRENGTHENED)
    _note(journal, sanne, 10, "Spelling errors in two e-mails", factor="language",
          rating=Rating.MINUS)
    _note(journal, sanne, 7, "Helped a new colleague")
    notes = journal.notes(sanne)
    assert [n.text for n in notes] == ["Spelling errors in two e-mails",
                                       "Helped a new colleague", "Calm with an angry caller"]
    first = notes[-1]
    assert (first.rating, first.channel, first.relation, first.contact_ref) == (
        Rating.PLUS, Channel.PHONE, Relation.STRENGTHENED, "#123456")
    assert journal.note(first.id) == first


def test_filters_since_factor_and_private(journal, sanne):
    _note(journal, sanne, 3, "Early note", factor="language")
    _note(journal, sanne, 10, "Later note", factor="language")
    _note(journal, sanne, 12, "Doctor's appointment on Friday", private=True)
    assert [n.text for n in journal.notes(sanne, since=datetime(2026, 11, 5, tzinfo=UTC))] == [
        "Doctor's appointment on Friday", "Later note"]
    assert [n.text for n in journal.notes(sanne, since="2026-11-05T00:00:00")] == [
        "Doctor's appointment on Friday", "Later note"]
    # since is strict: a note written exactly then is not "since"
    assert [n.text for n in journal.notes(
        sanne, since=datetime(2026, 11, 10, 10, tzinfo=UTC))] == [
        "Doctor's appointment on Friday"]
    assert [n.text for n in journal.notes(sanne, factor="language")] == [
        "Later note", "Early note"]
    assert "Doctor's appointment on Friday" not in [
        n.text for n in journal.notes(sanne, include_private=False)]


def test_times_in_other_zones_sort_by_the_moment(journal, sanne):
    from datetime import timedelta, timezone

    amsterdam = timezone(timedelta(hours=1))
    journal.add_note(Note(agent_id=sanne, text="At 10:30 Amsterdam",
                          created_at=datetime(2026, 11, 3, 10, 30, tzinfo=amsterdam)))
    journal.add_note(Note(agent_id=sanne, text="At 10:00 UTC",
                          created_at=datetime(2026, 11, 3, 10, 0, tzinfo=UTC)))
    assert [n.text for n in journal.notes(sanne)] == ["At 10:00 UTC", "At 10:30 Amsterdam"]


def test_update_and_delete_until_a_signed_talk(journal, sanne):
    note = _note(journal, sanne, 3, "Good call", factor="wow")
    updated = journal.update_note(note.id, text="Great call", rating=Rating.PLUS)
    assert journal.note(note.id).text == "Great call"
    assert journal.note(note.id).rating is Rating.PLUS
    assert updated.updated_at is not None
    logged = [(c.field, c.old, c.new) for c in journal.history(entity="note",
                                                                entity_id=note.id)]
    assert ("text", "Good call", "Great call") in logged
    with pytest.raises(UserError, match="'agent_id' is not a field of a note"):
        journal.update_note(note.id, agent_id=99)
    with pytest.raises(UserError, match="needs some text"):
        journal.update_note(note.id, text="  ")
    spare = _note(journal, sanne, 4, "Typo note")
    deleted = journal.delete_note(spare.id)
    assert deleted.text == "Typo note"
    assert spare.id not in [n.id for n in journal.notes(sanne)]
    assert ("deleted", "Typo note", None) in [
        (c.field, c.old, c.new) for c in journal.history(entity="note", entity_id=spare.id)]

    with clock.frozen_at(datetime(2026, 11, 20, 14, tzinfo=UTC)):
        session = journal.start_session(sanne, "2026-11")
        journal.sign(session.id, "M. Jansen", "Sanne")
    assert journal.note_locked(journal.note(note.id))
    with pytest.raises(ReadOnlyError, match="part of a signed talk"):
        journal.update_note(note.id, text="Rewritten")
    with pytest.raises(ReadOnlyError):
        journal.delete_note(note.id)
    assert journal.note(note.id).text == "Great call"
    # a note written after that talk is still free
    later = _note(journal, sanne, 21, "After the talk")
    journal.update_note(later.id, text="After the talk, edited")


def test_another_agents_signed_talk_does_not_lock(journal, sanne):
    kees = journal.add_agent(Agent(name="Kees Bakker", email="kees@example.nl")).id
    note = _note(journal, sanne, 3, "Good call")
    with clock.frozen_at(datetime(2026, 11, 20, 14, tzinfo=UTC)):
        session = journal.start_session(kees, "2026-11")
        journal.sign(session.id, "M. Jansen", "Kees")
    journal.update_note(note.id, text="Still mine to change")


def test_note_for_unknown_agent_or_factor_is_refused(journal, sanne):
    from coachtui.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no agent with id 99"):
        _note(journal, 99, 3, "Who is this?")
    with pytest.raises(UserError, match="no qualitative factor called 'humour'"):
        _note(journal, sanne, 3, "Funny call", factor="humour")
    assert journal.notes(sanne) == []


def test_absences_are_dates_only(journal, sanne):
    journal.add_absence(Absence(agent_id=sanne, start=date(2026, 9, 14),
                                end=date(2026, 9, 16)))
    journal.add_absence(Absence(agent_id=sanne, start=date(2026, 3, 2)))
    absences = journal.absences(sanne)
    assert [(a.start, a.end) for a in absences] == [
        (date(2026, 3, 2), None), (date(2026, 9, 14), date(2026, 9, 16))]
    assert absences[1].days == 3
    columns = [r[1] for r in journal.db.conn.execute("PRAGMA table_info(absences)")]
    assert columns == ["id", "agent_id", "start", "end"]
