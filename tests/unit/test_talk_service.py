"""The talk service on a real journal file: every field save carries the value the window
saw and is refused on a conflict; drafts keep what was typed; looking never commits."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from coachtui.errors import ConflictError, NotFoundError
from coachtui.model import Agent, GoalStatus, GoalType
from coachtui.services import talks
from coachtui.smart_check import smart_problems
from coachtui.storage import Journal


@pytest.fixture
def talk(journal):
    """A signed talk with one goal, and the next month's draft looking back on it."""
    agent = journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl")).id
    first = journal.start_session(agent, "2026-09")
    old_goal = journal.add_goal(first.id, type=GoalType.KPI, what="Six tickets an hour")
    journal.sign(first.id, "MJ", "SV")
    draft = talks.start_talk(journal, agent, "2026-10")
    goal = talks.add_goal(journal, draft.id)
    return draft.id, goal.id, old_goal.id


def _other(journal: Journal) -> Journal:
    return Journal.open(journal.path)


@pytest.mark.parametrize("name_of, theirs, mine", [
    (lambda g, o: "session:agreements", "theirs", "mine"),
    (lambda g, o: "sign:agent", "SV", "Sanne"),
    (lambda g, o: "ratingnote:initiative", "their note", "my note"),
    (lambda g, o: "rating:initiative", "+", "-"),
    (lambda g, o: f"review:{o}", "achieved", "dropped"),
    (lambda g, o: f"remark:{o}", "their remark", "my remark"),
    (lambda g, o: f"goal:{g}:what", "their goal", "my goal"),
    (lambda g, o: f"goal:{g}:type", "growth", "kpi"),
    (lambda g, o: f"goal:{g}:deadline", "2026-12-31", "2026-11"),
])
def test_every_field_refuses_to_overwrite_another_windows_change(journal, talk, name_of,
                                                                  theirs, mine):
    session_id, goal_id, old_goal_id = talk
    name = name_of(goal_id, old_goal_id)
    seen = talks.load_state(journal, session_id).value(name)
    with _other(journal) as other:  # another window saves first, having seen the same
        talks.save_field(other, session_id, name, theirs, seen)
    with pytest.raises(ConflictError) as refused:
        talks.save_field(journal, session_id, name, mine, seen)
    assert "another window" in str(refused.value)
    assert "ander venster" in refused.value.text("nl")
    assert talks.load_state(journal, session_id).value(name) == theirs
    # having seen theirs, this window may keep its own value
    talks.save_field(journal, session_id, name, mine, theirs)
    assert talks.load_state(journal, session_id).value(name) == mine


def test_a_half_typed_deadline_and_signatures_are_kept_as_typed(journal, talk):
    session_id, goal_id, _ = talk
    talks.save_field(journal, session_id, f"goal:{goal_id}:deadline", "2026-1", "")
    talks.save_field(journal, session_id, "sign:manager", "M. Jan", "")
    state = talks.load_state(journal, session_id)
    assert state.value(f"goal:{goal_id}:deadline") == "2026-1"
    assert state.value("sign:manager") == "M. Jan"
    goal = talks.goal(journal, goal_id)
    assert (goal.deadline, goal.deadline_draft) == (None, "2026-1")
    assert any("not a whole date" in p for p in smart_problems(goal, "en", date(2026, 11, 22)))
    talks.save_field(journal, session_id, f"goal:{goal_id}:deadline", "2026-12-31", "2026-1")
    goal = talks.goal(journal, goal_id)
    assert (goal.deadline.isoformat(), goal.deadline_draft) == ("2026-12-31", "")
    # undo after a removal brings a half-typed deadline back as it was
    talks.save_field(journal, session_id, f"goal:{goal_id}:deadline", "2027-0", "2026-12-31")
    removed = talks.remove_goal(journal, goal_id)
    back = talks.restore_goal(journal, removed)
    assert talks.goal(journal, back.id).deadline_draft == "2027-0"


def test_reading_and_standing_still_commit_nothing(journal, talk):
    session_id, _, _ = talk
    talks.save_progress(journal, session_id, 4, "session:learning_point")
    watcher = sqlite3.connect(journal.path)
    before = watcher.execute("PRAGMA data_version").fetchone()[0]
    for _ in range(3):
        talks.load_talk(journal, session_id, agent_view=False)
        talks.save_progress(journal, session_id, 4, "session:learning_point")
    assert watcher.execute("PRAGMA data_version").fetchone()[0] == before
    talks.save_progress(journal, session_id, 5, None)
    assert watcher.execute("PRAGMA data_version").fetchone()[0] != before
    watcher.close()


def test_a_talk_that_is_gone_is_not_found(journal, talk):
    session_id, _, _ = talk
    with _other(journal) as other:
        other.db.conn.execute("DELETE FROM goals WHERE session_id = ?", [session_id])
        other.db.conn.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        other.db.conn.commit()
    with pytest.raises(NotFoundError):
        talks.load_state(journal, session_id)
    with pytest.raises(NotFoundError):
        talks.save_field(journal, session_id, "session:agreements", "x", "")


def test_review_outcome_cleared_is_open_again(journal, talk):
    session_id, _, old_goal_id = talk
    talks.save_field(journal, session_id, f"review:{old_goal_id}", "partly", None)
    talks.save_field(journal, session_id, f"review:{old_goal_id}", None, "partly")
    assert journal.goal(old_goal_id).status is GoalStatus.OPEN
