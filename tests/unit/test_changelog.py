"""The change log: every write appends old and new values; rows are never rewritten."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coachtui import clock
from coachtui.model import Agent, Figure, GoalStatus, Note, Rating, Target


def _all_rows(journal):
    return journal.db.conn.execute("SELECT * FROM change_log ORDER BY id").fetchall()


@pytest.fixture
def sanne(journal):
    return journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl")).id


def test_every_write_appends_with_old_and_new(journal, sanne):
    steps = [
        (lambda: journal.set_target(Target(agent_id=sanne, metric="ftr", value=85,
                                           from_month="2026-01")), "target"),
        (lambda: journal.save_figures([Figure(agent_id=sanne, month="2026-10", metric="ftr",
                                              value=86.0)]), "figure"),
        (lambda: journal.add_note(Note(agent_id=sanne, text="Good call",
                                       created_at=clock.now())), "note"),
        (lambda: journal.start_session(sanne, "2026-10"), "session"),
        (lambda: journal.set_meta("manager_name", "Marieke"), "meta"),
    ]
    for write, entity in steps:
        before = len(_all_rows(journal))
        write()
        rows = journal.history()[before:]
        assert rows, f"no change logged for {entity}"
        assert {r.entity for r in rows} == {entity}
        assert all(r.at for r in rows)


def test_rows_are_only_ever_appended(journal, sanne):
    session = journal.start_session(sanne, "2026-10")
    snapshots = []
    for text in ("A", "Ag", "Agreed", "Agreed!"):
        journal.save_session_field(session.id, "agreements", text)
        snapshots.append(_all_rows(journal))
    goal = journal.add_goal(session.id, what="On time")
    journal.save_goal_field(goal.id, "what", "On time at 08:55")
    journal.delete_goal(goal.id)
    journal.sign(session.id, "M. Jansen", "Sanne")
    final = _all_rows(journal)
    for snapshot in snapshots:
        assert final[: len(snapshot)] == snapshot
    ids = [row[0] for row in final]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_session_history_tells_the_whole_story(journal, sanne):
    with clock.frozen_at(datetime(2026, 9, 30, 10, tzinfo=UTC)):
        september = journal.start_session(sanne, "2026-09")
        old_goal = journal.add_goal(september.id, what="Logged in at 08:55")
        journal.sign(september.id, "M. Jansen", "Sanne")
    kees = journal.add_agent(Agent(name="Kees Bakker", email="kees@example.nl")).id
    noise = journal.start_session(kees, "2026-10")
    journal.save_session_field(noise.id, "agreements", "Not Sanne's")

    october = journal.start_session(sanne, "2026-10")
    journal.review_goal(old_goal.id, october.id, GoalStatus.PARTLY, "Most days")
    journal.carry_over_goal(old_goal.id, october.id)
    journal.save_rating(october.id, "initiative", Rating.PLUS, "Took the lead")
    journal.set_learning_point(october.id, "Summarise first")
    dropped = journal.add_goal(october.id, what="Idea we dropped")
    journal.delete_goal(dropped.id)
    journal.save_session_field(october.id, "agreements", "Weekly check-in")
    journal.sign(october.id, "M. Jansen", "Sanne")
    journal.add_addendum(october.id, "Check-in moved to Thursday")

    story = [(c.entity, c.field, c.old, c.new) for c in journal.session_history(october.id)]
    assert story[0] == ("session", "created", None, "monthly 2026-10")
    expected = [
        ("goal", "status", "open", "partly"),
        ("goal", "review_remark", "", "Most days"),
        ("rating", "rating", None, "+"),
        ("rating", "note", "", "Took the lead"),
        ("session", "learning_point", None, "Summarise first"),
        ("goal", "created", None, "Idea we dropped"),
        ("goal", "deleted", "Idea we dropped", None),
        ("session", "agreements", "", "Weekly check-in"),
        ("session", "status", "draft", "signed"),
        ("addendum", "text", None, "Check-in moved to Thursday"),
    ]
    for item in expected:
        assert item in story, item
    positions = [story.index(item) for item in expected]
    assert positions == sorted(positions)
    assert ("session", "agreements", "", "Not Sanne's") not in story
    assert all(c.agent_id == sanne for c in journal.session_history(october.id))
    # September's own story holds its goal's creation, not October's review of it
    september_story = [(c.entity, c.field) for c in journal.session_history(september.id)]
    assert ("goal", "created") in september_story
    assert ("goal", "status") not in september_story


def test_history_filters(journal, sanne):
    kees = journal.add_agent(Agent(name="Kees Bakker", email="kees@example.nl")).id
    journal.start_session(sanne, "2026-10")
    journal.start_session(kees, "2026-10")
    assert {c.agent_id for c in journal.history(agent_id=kees)} == {kees}
    assert {c.entity for c in journal.history(entity="session")} == {"session"}
