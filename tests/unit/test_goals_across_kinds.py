"""A coaching moment, an appraisal or an exit talk between two monthly talks leaves the goals
where they are: the team overview and the agent page still count them, and the next monthly
talk looks back on them and carries the unfinished ones over (real demo journal files)."""

from __future__ import annotations

from coachtui.model import GoalStatus, SessionKind
from coachtui.services import goals as goal_service
from coachtui.services import signing, talks
from coachtui.services.team import overview_rows


def _agent_with_open_goals(journal) -> int:
    for agent in journal.agents():
        if journal.open_goals(agent.id):
            return agent.id
    raise AssertionError("the demo has an agent with open goals")


def _sign_coaching_moment(journal, agent_id: int, month: str) -> None:
    sid = talks.start_talk(journal, agent_id, month, SessionKind.COACHING).id
    for field, text in (("coaching.topic", "Call back red smileys"),
                        ("coaching.evidence", "Ticket 4411"),
                        ("coaching.agreement", "Within one working day"),
                        ("coaching.follow_up", "2026-12-06")):
        talks.save_field(journal, sid, f"answer:{field}", text, "")
    signing.sign(journal, sid, manager="MJ", agent="AG", confirmed_soft=True)


def test_a_coaching_moment_does_not_hide_or_drop_the_goals(demo_journal):
    agent_id = _agent_with_open_goals(demo_journal)
    before = [g.id for g in demo_journal.open_goals(agent_id)]
    listed = [p.goal.id for p in goal_service.open_goals(demo_journal, agent_id)]
    row = next(r for r in overview_rows(demo_journal, "2026-10") if r.agent_id == agent_id)
    latest = max(s.month for s in demo_journal.sessions(agent_id=agent_id)
                 if s.kind is SessionKind.MONTHLY)

    _sign_coaching_moment(demo_journal, agent_id, "2026-11")

    assert [g.id for g in demo_journal.open_goals(agent_id)] == before
    assert [p.goal.id for p in goal_service.open_goals(demo_journal, agent_id)] == listed
    after = next(r for r in overview_rows(demo_journal, "2026-10") if r.agent_id == agent_id)
    assert after.open_goals == row.open_goals > 0
    assert after.last_talk is not None  # the last talk column shows the coaching moment

    # the next monthly talk looks back on the monthly talk's goals, not the coaching moment
    month = "2026-11" if latest < "2026-11" else "2026-12"
    monthly = talks.start_talk(demo_journal, agent_id, month)
    reviewed = demo_journal.goals_to_review(monthly)
    assert {g.id for g in reviewed} >= set(before)
    carried = [g for g in demo_journal.goals(monthly.id) if g.carried_over_from in set(before)]
    assert carried and all(g.status is GoalStatus.OPEN for g in carried)
