"""Keys go where the user saw the cursor, also in bursts typed faster than the screen.

Every test sends its keys with `burst`: all queued before the first is handled, as a
fast typist or a paste delivers them. Nothing typed may become a shortcut, a rating, a
goal outcome or text in another field.
"""

from __future__ import annotations

from coachtui.model import GoalStatus, Rating
from coachtui.storage import Journal
from tests.pilot.talk_helpers import burst, open_talk_from_team

DRAFT_MONTH = "2026-10"


def _draft(path):
    with Journal.open(path) as journal:
        agent = journal.find_agent("kees")
        session = journal.sessions(agent_id=agent.id, month=DRAFT_MONTH, details=True)[0]
        return session, journal.goals_to_review(session)


async def test_a_burst_after_a_step_change_lands_in_the_new_step(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await burst(pilot, "6", "support")  # from the figures table: 6 jumps, then text
        await burst(pilot, "pageup", "pageup", "Listen first")
        assert app.screen.step == 4
        assert app.screen.focused.name == "session:learning_point"
    session, _ = _draft(demo_journal_path)
    assert session.support == "support"
    assert session.learning_point == "Listen first"


async def test_a_burst_into_a_new_goal_lands_in_that_goal(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("5")
        await burst(pilot, "ctrl+o", "Call back red smileys", "tab", "CRM report")
        await burst(pilot, "ctrl+o", "Second goal", "tab", "tab", "tab", "2026-1")
    session, _ = _draft(demo_journal_path)
    first, second = session.goals[-2:]  # after the goals carried over by default
    assert (first.what, first.measure) == ("Call back red smileys", "CRM report")
    assert (second.what, second.measure, second.target) == ("Second goal", "", "")
    assert (second.deadline, second.deadline_draft) == (None, "2026-1")


async def test_a_burst_after_a_rating_goes_into_the_note(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("2")
        await burst(pilot, "+", "tab", "needs nothing", "tab", "-", "tab", "2 days late")
    session, reviewed = _draft(demo_journal_path)
    initiative = session.rating_for("initiative")
    agreements = session.rating_for("agreements")
    assert (initiative.rating, initiative.note) == (Rating.PLUS, "needs nothing")
    assert (agreements.rating, agreements.note) == (Rating.MINUS, "2 days late")
    assert all(g.status is GoalStatus.OPEN for g in reviewed)  # no letter became an outcome
    assert session.step == 2


async def test_a_burst_after_an_outcome_goes_into_the_remark(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("3")
        await burst(pilot, "p", "tab", "nearly done 1 2 3")
    session, reviewed = _draft(demo_journal_path)
    assert reviewed[0].status is GoalStatus.PARTLY
    assert reviewed[0].review_remark == "nearly done 1 2 3"
    assert session.step == 3  # digits typed in the remark are text, not step jumps
