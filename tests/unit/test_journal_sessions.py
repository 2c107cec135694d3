"""Sessions in a real journal file: drafts saved field by field, goals, signing."""

from __future__ import annotations

from datetime import date

import pytest

from coachtui.errors import ConflictError, NotFoundError, ReadOnlyError, UserError
from coachtui.model import Agent, GoalStatus, GoalType, Rating, SessionKind, SessionStatus
from coachtui.storage import Journal


@pytest.fixture
def sanne(journal):
    return journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl")).id


@pytest.fixture
def draft(journal, sanne):
    return journal.start_session(sanne, "2026-10")


def _goal(journal, session_id, what="Logged in at 08:55 every day", **kw):
    return journal.add_goal(session_id, type=GoalType.DEVELOPMENT, what=what,
                            measure="login report", target="100%", **kw)


def test_start_session_returns_the_existing_draft(journal, sanne, draft):
    again = journal.start_session(sanne, "2026-10")
    assert again.id == draft.id
    assert len(journal.sessions(agent_id=sanne)) == 1
    other_kind = journal.start_session(sanne, "2026-10", SessionKind.APPRAISAL)
    assert other_kind.id != draft.id


def test_start_session_refuses_a_bad_month_or_unknown_agent(journal, sanne):
    with pytest.raises(UserError, match="The month '2026-13' is not a month"):
        journal.start_session(sanne, "2026-13")
    with pytest.raises(NotFoundError, match="no agent with id 99"):
        journal.start_session(99, "2026-10")
    assert journal.sessions() == []


def test_save_session_field_logs_old_and_new(journal, draft):
    journal.save_session_field(draft.id, "agreements", "Call back within a day")
    journal.save_session_field(draft.id, "agreements", "Call back within two hours")
    assert journal.session(draft.id).agreements == "Call back within two hours"
    logged = [(c.old, c.new) for c in journal.session_history(draft.id)
              if c.field == "agreements"]
    assert logged == [("", "Call back within a day"),
                      ("Call back within a day", "Call back within two hours")]


def test_saving_the_same_value_writes_nothing(journal, draft):
    journal.save_session_field(draft.id, "support", "Training on chat")
    before = len(journal.history())
    journal.save_session_field(draft.id, "support", "Training on chat")
    assert len(journal.history()) == before


def test_unknown_or_bad_session_fields_are_refused(journal, draft):
    with pytest.raises(UserError, match="'status' is not a field"):
        journal.save_session_field(draft.id, "status", "signed")
    with pytest.raises(UserError, match="is not a kind of talk"):
        journal.save_session_field(draft.id, "kind", "coffee")
    with pytest.raises(UserError, match="'yesterday', is not a date"):
        journal.save_session_field(draft.id, "held_on", "yesterday")
    journal.save_session_field(draft.id, "held_on", date(2026, 11, 3))
    journal.save_session_field(draft.id, "kind", SessionKind.PERFORMANCE)
    session = journal.session(draft.id)  # still readable: nothing bad was stored
    assert session.held_on == date(2026, 11, 3)
    assert session.kind is SessionKind.PERFORMANCE


def test_unknown_session(journal):
    with pytest.raises(NotFoundError, match="no session with id 7"):
        journal.session(7)
    with pytest.raises(NotFoundError):
        journal.save_session_field(7, "support", "x")


def test_second_window_conflict(journal_path, journal, draft):
    """Two Journal objects on one file are two windows: neither overwrites the other."""
    other = Journal.open(journal_path)
    try:
        seen = journal.session(draft.id).agreements
        other.save_session_field(draft.id, "agreements", "Written in window two")
        with pytest.raises(ConflictError, match="changed in another window"):
            journal.save_session_field(draft.id, "agreements", "Written in window one",
                                       expected=seen)
        assert journal.session(draft.id).agreements == "Written in window two"
        # after reloading, the first window may write
        seen = journal.session(draft.id).agreements
        journal.save_session_field(draft.id, "agreements", "Agreed in the end", expected=seen)
        assert other.session(draft.id).agreements == "Agreed in the end"
    finally:
        other.close()


def test_same_value_typed_in_both_windows_is_no_conflict(journal, draft):
    journal.save_session_field(draft.id, "support", "Headset")
    journal.save_session_field(draft.id, "support", "Headset", expected="")


def test_exactly_one_learning_point(journal, draft):
    journal.set_learning_point(draft.id, "Summarise the question before answering")
    journal.set_learning_point(draft.id, "Ask one open question first")
    assert journal.session(draft.id).learning_point == "Ask one open question first"
    journal.set_learning_point(draft.id, "   ")
    assert journal.session(draft.id).learning_point is None
    journal.set_learning_point(draft.id, "Ask one open question first")
    journal.set_learning_point(draft.id, None)
    assert journal.session(draft.id).learning_point is None


def test_ratings_and_their_notes(journal, draft):
    journal.save_rating(draft.id, "initiative", Rating.PLUS)
    journal.save_rating(draft.id, "initiative", note="Offered help to a new colleague")
    journal.save_rating(draft.id, "language", Rating.MIXED, "Watch the spelling")
    session = journal.session(draft.id)
    assert session.rating_for("initiative").rating is Rating.PLUS
    assert session.rating_for("initiative").note == "Offered help to a new colleague"
    assert session.rating_for("language").rating is Rating.MIXED
    journal.save_rating(draft.id, "initiative", None)
    assert journal.session(draft.id).rating_for("initiative").rating is None
    with pytest.raises(UserError, match="'\\+\\+' for initiative is not one of"):
        journal.save_rating(draft.id, "initiative", "++")
    with pytest.raises(UserError, match="no qualitative factor called 'humour'"):
        journal.save_rating(draft.id, "humour", Rating.PLUS)


def test_add_goal_refuses_the_sixth_with_the_reason(journal, draft):
    for n in range(5):
        _goal(journal, draft.id, what=f"Goal {n + 1}")
    with pytest.raises(UserError, match="at most 5 goals"):
        _goal(journal, draft.id, what="Goal 6")
    assert [g.what for g in journal.goals(draft.id)] == [f"Goal {n + 1}" for n in range(5)]


def test_add_goal_with_a_bad_deadline_is_a_clear_sentence(journal, draft):
    with pytest.raises(UserError, match="The deadline '2026-02-30' is not a date"):
        _goal(journal, draft.id, deadline="2026-02-30")
    assert journal.goals(draft.id) == []


def test_save_goal_field_validates_and_logs(journal, draft):
    goal = _goal(journal, draft.id)
    journal.save_goal_field(goal.id, "deadline", "2026-12-31")
    assert journal.goal(goal.id).deadline == date(2026, 12, 31)
    # a deadline that is not a whole date yet is kept as typed, as a draft
    journal.save_goal_field(goal.id, "deadline", "31/12")
    kept = journal.goal(goal.id)
    assert (kept.deadline, kept.deadline_draft) == (None, "31/12")
    with pytest.raises(UserError, match="'agent_id' is not a field of a goal"):
        journal.save_goal_field(goal.id, "agent_id", 3)
    with pytest.raises(UserError, match="type"):
        journal.save_goal_field(goal.id, "type", "hobby")
    journal.save_goal_field(goal.id, "type", GoalType.KPI)
    assert journal.goal(goal.id).type is GoalType.KPI
    logged = [(c.field, c.old, c.new) for c in journal.history(entity="goal",
                                                                entity_id=goal.id)]
    assert ("deadline", None, "2026-12-31") in logged
    assert ("type", "development", "kpi") in logged


def test_goal_field_conflict_between_windows(journal_path, journal, draft):
    goal = _goal(journal, draft.id)
    with Journal.open(journal_path) as other:
        other.save_goal_field(goal.id, "target", "95%")
    with pytest.raises(ConflictError):
        journal.save_goal_field(goal.id, "target", "90%", expected="100%")
    assert journal.goal(goal.id).target == "95%"


def test_delete_and_restore_goal(journal, draft):
    first = _goal(journal, draft.id, what="First")
    second = _goal(journal, draft.id, what="Second")
    removed = journal.delete_goal(first.id)
    assert [g.what for g in journal.goals(draft.id)] == ["Second"]
    restored = journal.restore_goal(removed)
    assert [g.what for g in journal.goals(draft.id)] == ["First", "Second"]
    assert restored.measure == first.measure and restored.target == first.target
    third = _goal(journal, draft.id, what="Third")
    assert [g.what for g in journal.goals(draft.id)] == ["First", "Second", "Third"]
    assert third.position > second.position


@pytest.fixture
def signed_with_goals(journal, sanne):
    """September signed with two goals; October is the draft that looks back on them."""
    september = journal.start_session(sanne, "2026-09")
    a = _goal(journal, september.id, what="Logged in at 08:55")
    b = _goal(journal, september.id, what="Plain B1 language in e-mails")
    journal.sign(september.id, "M. Jansen", "Sanne")
    october = journal.start_session(sanne, "2026-10")
    return september, october, a, b


def test_goals_to_review_and_open_goals(journal, sanne, signed_with_goals):
    september, october, a, b = signed_with_goals
    assert [g.id for g in journal.goals_to_review(october)] == [a.id, b.id]
    assert [g.id for g in journal.open_goals(sanne)] == [a.id, b.id]
    assert journal.goals_to_review(september) == []


def test_review_goal(journal, sanne, signed_with_goals):
    _september, october, a, b = signed_with_goals
    journal.review_goal(a.id, october.id, GoalStatus.ACHIEVED, "Every day on time")
    assert journal.goal(a.id).status is GoalStatus.ACHIEVED
    assert journal.goal(a.id).reviewed_in == october.id
    assert journal.goal(a.id).review_remark == "Every day on time"
    assert [g.id for g in journal.open_goals(sanne)] == [b.id]
    story = journal.session_history(october.id)
    assert ("status", "open", "achieved") in [(c.field, c.old, c.new) for c in story]


def test_review_goal_of_another_agent_is_refused(journal, signed_with_goals):
    _september, _october, a, _b = signed_with_goals
    kees = journal.add_agent(Agent(name="Kees Bakker", email="kees@example.nl")).id
    kees_draft = journal.start_session(kees, "2026-10")
    with pytest.raises(UserError, match="same agent"):
        journal.review_goal(a.id, kees_draft.id, GoalStatus.ACHIEVED)
    assert journal.goal(a.id).status is GoalStatus.OPEN


def test_carry_over_goal_is_idempotent_and_remembers_its_origin(journal, signed_with_goals):
    _september, october, _a, b = signed_with_goals
    journal.review_goal(b.id, october.id, GoalStatus.PARTLY)
    carried = journal.carry_over_goal(b.id, october.id)
    again = journal.carry_over_goal(b.id, october.id)
    assert carried.id == again.id
    assert carried.carried_over_from == b.id
    assert carried.what == b.what and carried.status is GoalStatus.OPEN
    assert [g.carried_over_from for g in journal.goals(october.id)] == [b.id]


def test_sign_requires_both_names(journal, draft):
    for manager, agent in (("", "Sanne"), ("M. Jansen", "  "), ("", "")):
        with pytest.raises(UserError, match="Both the team lead and the agent sign"):
            journal.sign(draft.id, manager, agent)
    assert journal.session(draft.id).status is SessionStatus.DRAFT


def test_signed_session_is_read_only(journal, sanne, draft):
    goal = _goal(journal, draft.id)
    journal.save_rating(draft.id, "initiative", Rating.PLUS)
    journal.set_learning_point(draft.id, "One open question first")
    signed = journal.sign(draft.id, "M. Jansen", "Sanne")
    assert signed.signed and signed.manager_signature == "M. Jansen"
    assert signed.agent_signature == "Sanne" and signed.held_on is not None
    later = journal.start_session(sanne, "2026-11")
    before = journal.session(draft.id)
    log_size = len(journal.history())
    writes = [
        lambda: journal.save_session_field(draft.id, "agreements", "changed"),
        lambda: journal.set_learning_point(draft.id, "Another one"),
        lambda: journal.save_rating(draft.id, "initiative", Rating.MINUS),
        lambda: journal.add_goal(draft.id, what="New"),
        lambda: journal.save_goal_field(goal.id, "what", "changed"),
        lambda: journal.delete_goal(goal.id),
        lambda: journal.restore_goal(goal),
        lambda: journal.review_goal(goal.id, draft.id, GoalStatus.ACHIEVED),
        lambda: journal.sign(draft.id, "M. Jansen", "Sanne"),
    ]
    for write in writes:
        with pytest.raises(ReadOnlyError, match="signed and read-only"):
            write()
    assert journal.session(draft.id) == before
    assert len(journal.history()) == log_size
    # looking back on a signed session's goal happens in the next talk, which is allowed
    journal.review_goal(goal.id, later.id, GoalStatus.ACHIEVED)


def test_save_progress_is_remembered_for_drafts_only(journal, draft):
    journal.save_progress(draft.id, 3, "learning_point")
    session = journal.session(draft.id)
    assert (session.step, session.cursor_field) == (3, "learning_point")
    journal.sign(draft.id, "M. Jansen", "Sanne")
    journal.save_progress(draft.id, 5, "goals")  # viewing a signed talk changes nothing
    assert (journal.session(draft.id).step, journal.session(draft.id).cursor_field) == (
        3, "learning_point")


def test_addendum_on_a_signed_session(journal, draft):
    journal.set_learning_point(draft.id, "One open question first")
    journal.sign(draft.id, "M. Jansen", "Sanne")
    addendum = journal.add_addendum(draft.id, "  The deadline was moved to January.  ")
    session = journal.session(draft.id)
    assert [a.text for a in session.addenda] == ["The deadline was moved to January."]
    assert addendum.id == session.addenda[0].id
    assert session.learning_point == "One open question first"
    with pytest.raises(UserError, match="needs some text"):
        journal.add_addendum(draft.id, "  ")
    assert any(c.entity == "addendum" for c in journal.session_history(draft.id))


def test_sessions_list_newest_first_and_filters(journal, sanne):
    kees = journal.add_agent(Agent(name="Kees Bakker", email="kees@example.nl")).id
    for month in ("2026-08", "2026-10", "2026-09"):
        journal.start_session(sanne, month)
    journal.start_session(kees, "2026-10")
    assert [s.month for s in journal.sessions(agent_id=sanne)] == [
        "2026-10", "2026-09", "2026-08"]
    assert {s.agent_id for s in journal.sessions(month="2026-10")} == {sanne, kees}
    assert journal.sessions(agent_id=kees, month="2026-09") == []
    assert journal.draft_for(sanne, "2026-09").month == "2026-09"
    assert journal.draft_for(sanne, "2026-07") is None


def test_a_killed_process_keeps_every_saved_keystroke(journal_path, sanne, draft, journal):
    for text in ("O", "On", "One"):
        journal.save_session_field(draft.id, "agreements", text)
    # no close(): a second process reads what was committed
    with Journal.open(journal_path) as reader:
        assert reader.session(draft.id).agreements == "One"
