"""Goals between talks in the talk screen: team goals appear, unfinished goals come back by
default, a dropped goal asks for its reason, a health word asks before it is saved."""

from __future__ import annotations

from coachtui.model import GoalStatus, GoalType
from coachtui.storage import Journal
from tests.pilot.talk_helpers import type_text

MONTH = "2026-10"
JORIS = 3  # demo agent in team Hosting whose October talk is still to be held


def _draft(path):
    with Journal.open(path) as journal:
        session = journal.sessions(agent_id=JORIS, month=MONTH, details=True)[0]
        previous = journal.previous_session(session)
        assert previous is not None and previous.id is not None
        return session, journal.goals(previous.id)


async def _start_talk(app, pilot) -> None:
    app.open_agent(JORIS)
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
    assert type(app.screen).__name__ == "TalkScreen"


async def test_team_goal_and_carried_goals_are_in_a_new_talk(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _start_talk(app, pilot)
        await pilot.press("5")
        await pilot.pause()
        session, previous = _draft(demo_journal_path)
        team = [g for g in session.goals if g.team_goal_id is not None]
        assert len(team) == 1 and team[0].type is GoalType.KPI
        assert team[0].metric == "ftr" and team[0].target_value == 87.0
        shown = app.screen.query_one(f"#goal-{team[0].id}-team")
        assert "Together to an FTR of 87%" in str(shown.render())
        assert not app.screen.query(f"#goal-{team[0].id}-what")  # read-only: no fields
        # every open goal of last month came back without pressing anything
        carried = {g.carried_over_from for g in session.goals}
        assert {g.id for g in previous if g.status is GoalStatus.OPEN} <= carried


async def test_dropping_a_goal_asks_why_and_takes_it_out(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _start_talk(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        first = app.screen.focused
        assert first is not None and (first.name or "").startswith("review:")
        goal_id = int(first.name.split(":")[1])
        await pilot.press("d")
        await pilot.pause()
        assert type(app.screen).__name__ == "DropReasonPrompt"
        await pilot.press("escape")  # changed my mind: nothing dropped
        await pilot.pause()
        session, previous = _draft(demo_journal_path)
        assert next(g for g in previous if g.id == goal_id).status is GoalStatus.OPEN
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("4")  # another reason: a few words
        await type_text(pilot, "moved to chat")
        await pilot.press("enter")
        await pilot.pause()
        session, previous = _draft(demo_journal_path)
        dropped = next(g for g in previous if g.id == goal_id)
        assert dropped.status is GoalStatus.DROPPED
        assert (dropped.drop_reason, dropped.drop_reason_text) == ("other", "moved to chat")
        assert goal_id not in {g.carried_over_from for g in session.goals}


async def test_a_health_word_in_the_agents_words_asks_first(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _start_talk(app, pilot)
        await pilot.press("6")
        await pilot.pause()
        field = app.screen.query_one("#field-agent_comments")
        app.screen.set_focus(field)
        await pilot.pause()
        await type_text(pilot, "I was sick ")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("n")
        await pilot.pause()
        session, _ = _draft(demo_journal_path)
        assert "sick" not in session.agent_comments
        assert any("Not saved" in n.message for n in app.notices)
        await type_text(pilot, "ill ")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("y")
        await pilot.pause()
        await type_text(pilot, "a week")  # asked once: typing on does not ask again
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        session, _ = _draft(demo_journal_path)
        assert session.agent_comments == "I was ill a week"
