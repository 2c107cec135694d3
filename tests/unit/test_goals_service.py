"""Goals between talks as a service, on real journal files: the health guard on talk
fields, team goals reaching open drafts, carry-over by default, embedding, drop reasons,
the mix advice and private goals kept out of the HR record."""

from __future__ import annotations

import pytest

from coachtui.errors import UserError
from coachtui.health_guard import new_health_words, settled, without_health_words
from coachtui.model import GoalStatus, GoalType
from coachtui.services import goals as goal_service
from coachtui.services import talks
from coachtui.services.goals import HealthWordsInField
from coachtui.services.team_goals import add_team_goal, team_board

JORIS = 3  # Hosting; his October talk is still to be held


def test_health_words_count_once_a_word_is_finished():
    assert settled("I was ill") == "I was "
    assert new_health_words("", "illustrate") == []
    assert new_health_words("", "I was ill ") == ["ill"]
    assert new_health_words("I was ill", "I was ill ") == ["ill"]  # finished just now
    assert new_health_words("I was ill ", "I was ill for days") == []
    assert without_health_words("ziek thuis, griep ") == " thuis, "


def test_every_free_text_field_of_a_talk_is_guarded(demo_journal):
    session = talks.start_talk(demo_journal, JORIS, "2026-10")
    sid = session.id or 0
    goal = next(g for g in session.goals if g.team_goal_id is None)
    for name in ("session:agent_comments", "session:private_notes", "ratingnote:initiative",
                 f"goal:{goal.id}:why", "session:support"):
        with pytest.raises(HealthWordsInField):
            talks.save_field(demo_journal, sid, name, "burnout since May ", "")
    talks.save_field(demo_journal, sid, "session:support", "burnout since May ", "",
                     allow_health=True)
    assert demo_journal.session(sid).support == "burnout since May "
    # a choice is never mistaken for text
    talks.save_field(demo_journal, sid, f"goal:{goal.id}:type", "growth", goal.type.value)


def test_a_new_talk_has_the_team_goal_and_the_unfinished_goals(demo_journal):
    session = talks.start_talk(demo_journal, JORIS, "2026-10")
    previous = demo_journal.previous_session(session)
    assert previous is not None and previous.id is not None
    team = [g for g in session.goals if goal_service.is_team_kpi(g)]
    assert [g.target_value for g in team] == [87.0]
    open_before = {g.id for g in demo_journal.goals(previous.id)
                   if g.status is GoalStatus.OPEN}
    assert open_before <= {g.carried_over_from for g in session.goals}
    with pytest.raises(UserError):  # the team's goal is not changed in one talk
        demo_journal.save_goal_field(team[0].id or 0, "what", "Something else")
    with pytest.raises(UserError):
        demo_journal.delete_goal(team[0].id or 0)
    # starting again returns the same draft, nothing added twice
    again = talks.start_talk(demo_journal, JORIS, "2026-10")
    assert [g.id for g in again.goals] == [g.id for g in session.goals]


def test_achieved_embedding_and_dropped_leave_this_months_goals(demo_journal):
    session = talks.start_talk(demo_journal, JORIS, "2026-10")
    sid = session.id or 0
    first, second, third = demo_journal.goals_to_review(session)[:3]
    talks.save_field(demo_journal, sid, f"review:{first.id}", "embedding", None)
    goal_service.drop(demo_journal, second.id or 0, sid, "circumstances_changed")
    talks.save_field(demo_journal, sid, f"review:{third.id}", "partly", None)
    carried = {g.carried_over_from for g in demo_journal.goals(sid)}
    assert first.id not in carried and second.id not in carried and third.id in carried
    assert demo_journal.goal(first.id or 0).embed_until == "2026-12"
    dropped = demo_journal.goal(second.id or 0)
    assert (dropped.status, dropped.drop_reason) == (GoalStatus.DROPPED,
                                                     "circumstances_changed")
    with pytest.raises(UserError):  # `other` needs words
        goal_service.drop(demo_journal, third.id or 0, sid, "other", " ")
    talks.save_field(demo_journal, sid, f"review:{second.id}", "not_achieved", "dropped")
    assert demo_journal.goal(second.id or 0).drop_reason is None
    assert second.id in {g.carried_over_from for g in demo_journal.goals(sid)}


def test_a_team_goal_reaches_open_drafts_and_at_most_two_overlap(demo_journal):
    session = talks.start_talk(demo_journal, 9, "2026-10")  # Noor, team E-mail
    before = len(session.goals)
    goal = add_team_goal(demo_journal, "E-mail", "tickets_per_hour", "6", "2026-09",
                         "2026-12")
    goals = demo_journal.goals(session.id or 0)
    assert len(goals) == min(before + 1, 5)
    assert any(g.team_goal_id == goal.id for g in goals) or before == 5
    add_team_goal(demo_journal, "E-mail", "ftr", "85", "2026-10", "2027-01")
    with pytest.raises(UserError):
        add_team_goal(demo_journal, "E-mail", "ftr", "86", "2026-12", "2027-02")
    add_team_goal(demo_journal, "E-mail", "ftr", "86", "2027-02", "2027-06")  # after


def test_team_board_hides_individuals_when_safe(demo_journal):
    boards = team_board(demo_journal, "2026-10", safe=False)
    assert boards and boards[0].team == "Hosting"
    board = boards[0].goals[0]
    assert board.agents
    assert board.with_figure == len([a for a in board.agents if a.value is not None])
    assert board.months[-1] == "2026-10"
    safe = team_board(demo_journal, "2026-10", safe=True)[0].goals[0]
    assert safe.agents == [] and safe.share == board.share


def test_goal_mix_and_growth_warning(demo_journal):
    session = talks.start_talk(demo_journal, JORIS, "2026-10")
    notes = [key for key, _ in goal_service.mix_advice_for(demo_journal,
                                                          session.id or 0).notes]
    # Joris misses every target that October and has a growth goal carried over
    assert "goals.mix.growth_early" in notes
    assert any(g.type is GoalType.GROWTH for g in session.goals)


def _room(journal, session) -> None:
    """Remove one carried goal: Joris's new talk is full (team goal + four carried)."""
    carried = next(g for g in session.goals if g.carried_over_from)
    talks.remove_goal(journal, carried.id or 0)


def test_a_private_goal_stays_out_of_the_hr_record(demo_journal):
    from coachtui.storage.signed_records import live_content

    session = talks.start_talk(demo_journal, JORIS, "2026-10")
    _room(demo_journal, session)
    goal = talks.add_goal(demo_journal, session.id or 0)
    talks.save_field(demo_journal, session.id or 0, f"goal:{goal.id}:what", "Exam at 8", "")
    talks.save_field(demo_journal, session.id or 0, f"goal:{goal.id}:personal", "1", "0")
    record = live_content(demo_journal, session.id or 0)
    assert "Exam at 8" not in [g["what"] for g in record["goals"]]


def test_kpi_goal_target_value_and_metric_are_checked(demo_journal):
    session = talks.start_talk(demo_journal, JORIS, "2026-10")
    _room(demo_journal, session)
    goal = talks.add_goal(demo_journal, session.id or 0)
    sid = session.id or 0
    talks.save_field(demo_journal, sid, f"goal:{goal.id}:metric", "ftr", "")
    talks.save_field(demo_journal, sid, f"goal:{goal.id}:target_value", "85,5", "")
    stored = demo_journal.goal(goal.id or 0)
    assert (stored.metric, stored.target_value) == ("ftr", 85.5)
    with pytest.raises(UserError):
        talks.save_field(demo_journal, sid, f"goal:{goal.id}:metric", "nope", "ftr")
    with pytest.raises(UserError):
        talks.save_field(demo_journal, sid, f"goal:{goal.id}:target_value", "abc", "85.5")
    with pytest.raises(UserError):
        talks.save_field(demo_journal, sid, f"goal:{goal.id}:threshold", "0", "")
    assert goal_service.agreed_target(demo_journal, JORIS, "ftr", "2026-10") is not None


def test_a_note_edit_with_a_health_word_is_asked_about(demo_journal):
    from coachtui.services.note_edits import NoteEdits

    note = demo_journal.notes(JORIS)[0]
    edits = NoteEdits(demo_journal)
    with pytest.raises(HealthWordsInField):
        edits.edit(note.id or 0, note.text + " Was ill.")
    assert demo_journal.notes(JORIS)[0].text == note.text
    edits.edit(note.id or 0, note.text + " Was ill.", allow_health=True)
    assert demo_journal.notes(JORIS)[0].text.endswith("Was ill.")
