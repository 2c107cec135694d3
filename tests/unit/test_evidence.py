"""Notes as evidence for a talk: the relation quotient, per-factor evidence, the timeline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coachtui import clock
from coachtui.evidence import evidence_for_talk, notes_timeline, relation_quotient
from coachtui.model import Agent, Note, Rating, Relation


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def _n(relation=None, ref=None, when=None, note_id=None) -> Note:
    return Note(id=note_id, agent_id=1, created_at=when or _at(11, 1), text="x",
                relation=relation, contact_ref=ref)


# -- relation quotient ------------------------------------------------------------------
def test_rq_is_none_without_observations():
    assert relation_quotient([]) is None
    assert relation_quotient([_n(), _n()]) is None


def test_rq_counts_strengthened_and_kept_as_good():
    notes = [_n(Relation.STRENGTHENED), _n(Relation.KEPT), _n(Relation.WEAKENED), _n(Relation.KEPT),
             _n()]  # the note without a verdict is not an observation
    assert relation_quotient(notes) == pytest.approx(0.75)


def test_rq_counts_one_contact_once_by_its_newest_verdict():
    notes = [
        _n(Relation.WEAKENED, ref="#1", when=_at(11, 1), note_id=1),
        _n(Relation.STRENGTHENED, ref=" #1 ", when=_at(11, 2), note_id=2),  # re-judged
        _n(Relation.WEAKENED, ref="#2", when=_at(11, 3), note_id=3),
    ]
    assert relation_quotient(notes) == pytest.approx(0.5)
    assert relation_quotient(reversed(notes)) == pytest.approx(0.5)


# -- a journal with two talks -----------------------------------------------------------
@pytest.fixture
def team(journal):
    """Sanne: notes in September, a talk signed 4 October, notes after it, a draft talk."""
    sanne = journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
    daan = journal.add_agent(Agent(name="Daan Visser", email="daan@example.nl"))

    def note(agent, when, text, factor=None, rating=None, private=False, relation=None):
        with clock.frozen_at(when):
            return journal.add_note(Note(agent_id=agent.id, created_at=when, text=text,
                                         factor=factor, rating=rating, private=private,
                                         relation=relation))

    old = note(sanne, _at(9, 10), "Old initiative", "initiative", Rating.PLUS)
    with clock.frozen_at(_at(10, 4, 15)):
        signed = journal.start_session(sanne.id, "2026-09")
        signed = journal.sign(signed.id, "M. Jansen", "Sanne")
    first = note(sanne, _at(10, 20), "Took a hard ticket", "initiative", Rating.PLUS,
                 relation=Relation.STRENGTHENED)
    private = note(sanne, _at(11, 2), "Private worry", "language", Rating.MINUS, private=True)
    newest = note(sanne, _at(11, 5), "Picked up the queue", "initiative", Rating.MIXED,
                  relation=Relation.WEAKENED)
    untagged = note(sanne, _at(11, 6), "Plain remark")
    note(daan, _at(11, 7), "Other agent", "initiative", Rating.MINUS)
    with clock.frozen_at(_at(11, 10)):
        draft = journal.start_session(sanne.id, "2026-10")
    return {"sanne": sanne, "signed": signed, "draft": draft, "old": old, "first": first,
            "private": private, "newest": newest, "untagged": untagged}


def test_evidence_is_per_factor_since_the_previous_signed_talk_newest_first(journal, team):
    evidence = evidence_for_talk(journal, team["draft"], include_private=True)
    assert list(evidence)[:3] == ["initiative", "agreements", "communication"]
    assert [n.id for n in evidence["initiative"]] == [team["newest"].id, team["first"].id]
    assert [n.id for n in evidence["language"]] == [team["private"].id]
    assert evidence["wow"] == []
    every = [n.id for notes in evidence.values() for n in notes]
    assert team["old"].id not in every and team["untagged"].id not in every


def test_private_notes_are_hidden_when_the_agent_looks_along(journal, team):
    evidence = evidence_for_talk(journal, team["draft"], include_private=False)
    assert evidence["language"] == []
    assert all(not n.private for notes in evidence.values() for n in notes)


def test_evidence_of_a_signed_talk_stops_at_its_signing(journal, team):
    evidence = evidence_for_talk(journal, team["signed"], include_private=True)
    assert [n.id for n in evidence["initiative"]] == [team["old"].id]


def test_rq_over_a_talks_notes(journal, team):
    evidence = evidence_for_talk(journal, team["draft"], include_private=False)
    assert relation_quotient(evidence["initiative"]) == pytest.approx(0.5)


def test_timeline_shows_every_note_with_the_talk_that_locked_it(journal, team):
    timeline = notes_timeline(journal, team["sanne"].id, include_private=True)
    assert [e.note.id for e in timeline] == [
        team["untagged"].id, team["newest"].id, team["private"].id, team["first"].id,
        team["old"].id]
    locked = {e.note.id: e.used_in for e in timeline}
    assert locked[team["old"].id] == team["signed"].id
    assert all(locked[team[k].id] is None for k in ("first", "private", "newest", "untagged"))
    # the timeline agrees with the journal's own lock rule
    for entry in timeline:
        assert entry.locked == journal.note_locked(entry.note)


def test_timeline_without_private_notes(journal, team):
    timeline = notes_timeline(journal, team["sanne"].id, include_private=False)
    assert team["private"].id not in [e.note.id for e in timeline]
    assert len(timeline) == 4


def test_demo_journal_evidence_is_consistent(demo_journal):
    agent = demo_journal.find_agent("sanne")
    draft = next(s for s in demo_journal.sessions(agent_id=agent.id) if s.status == "draft")
    evidence = evidence_for_talk(demo_journal, draft, include_private=False)
    for key, notes in evidence.items():
        assert all(n.factor == key and not n.private for n in notes)
        assert [n.created_at for n in notes] == sorted((n.created_at for n in notes),
                                                       reverse=True)
        for n in notes:
            assert not demo_journal.note_locked(n)
