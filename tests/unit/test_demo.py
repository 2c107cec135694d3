"""The demo journal looks like a real team and is the same every time for the same day."""

from __future__ import annotations

import json
from datetime import date

from coachtui.cli import main
from coachtui.demo import DemoSize, build_demo
from coachtui.model import GoalStatus, SessionKind, SessionStatus, month_range
from coachtui.storage import Journal


def _sessions_json(capsys, path) -> list:
    assert main(["sessions", "--json", "--journal", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_two_builds_on_the_same_day_are_identical(capsys, tmp_path):
    paths = [tmp_path / "one.db", tmp_path / "two.db"]
    for path in paths:
        with Journal.open(path) as journal:
            build_demo(journal, lang="en")
    first, second = (_sessions_json(capsys, p) for p in paths)
    assert first == second and len(first) > 50
    for command in (["agents", "--json"], ["figures", "sanne", "--json"]):
        outputs = []
        for path in paths:
            assert main([*command, "--journal", str(path)]) == 0
            outputs.append(capsys.readouterr().out)
        assert outputs[0] == outputs[1]


def test_team_and_former_agent(demo_journal):
    active = demo_journal.agents(active_only=True)
    assert 8 <= len(active) <= 12
    former = [a for a in demo_journal.agents() if not a.active]
    assert len(former) == 1
    assert former[0].employment_end is not None
    assert former[0].employment_end < date(2026, 11, 22)
    assert len({a.email for a in demo_journal.agents()}) == len(demo_journal.agents())


def test_eighteen_months_of_figures_with_targets(demo_journal):
    expected = month_range("2025-05", "2026-10")
    assert len(expected) == 18
    for agent in demo_journal.agents(active_only=True):
        if agent.employment_start and agent.employment_start > date(2025, 5, 1):
            continue  # a new agent (the QM demo's, in competence phase 1): no history yet
        assert demo_journal.figure_months(agent.id) == expected
        rows = demo_journal.figures(agent.id, "2026-10")
        assert {r.metric for r in rows} >= {"ftr", "tickets_per_hour", "smileys_green"}
        assert any(r.target is not None for r in rows)


def test_signed_sessions_have_ratings_learning_points_and_goals(demo_journal):
    active = {a.id for a in demo_journal.agents(active_only=True)}
    signed = [s for s in demo_journal.sessions(details=True) if s.signed
              and s.kind is SessionKind.MONTHLY]  # the other kinds have their own parts
    assert len(signed) > 50
    for session in (s for s in signed if s.agent_id in active):
        assert session.ratings and all(r.rating for r in session.ratings)
        assert session.learning_point
        assert session.manager_signature and session.agent_signature
    assert all(s.goals for s in signed if s.agent_id in active)
    assert all(len(s.goals) <= 5 for s in signed)


def test_goals_carry_over_and_get_reviewed(demo_journal):
    goals = [g for s in demo_journal.sessions(details=True) for g in s.goals]
    carried = [g for g in goals if g.carried_over_from is not None]
    assert carried
    for goal in carried:
        origin = demo_journal.goal(goal.carried_over_from)
        assert origin.what == goal.what
        assert origin.status in (GoalStatus.PARTLY, GoalStatus.NOT_ACHIEVED)
    assert any(g.status is GoalStatus.ACHIEVED for g in goals)


def test_quick_notes_some_private(demo_journal):
    notes = [n for a in demo_journal.agents() for n in demo_journal.notes(a.id)]
    assert len(notes) > 100
    assert any(n.private for n in notes)
    assert any(n.factor and n.rating for n in notes)
    assert all(n.created_at.date() <= date(2026, 11, 22) for n in notes)


def test_exactly_one_draft(demo_journal):
    drafts = [s for s in demo_journal.sessions() if s.status is SessionStatus.DRAFT]
    assert len(drafts) == 1
    assert drafts[0].step > 1  # the talk in progress resumes where it stopped


def test_demo_in_dutch_speaks_dutch(tmp_path):
    with Journal.open(tmp_path / "nl.db") as journal:
        build_demo(journal, lang="nl", size=DemoSize(agents=3, months=4, talk_months=3))
        session = next(s for s in journal.sessions(details=True) if s.learning_point)
        english = Journal.open(tmp_path / "en.db")
        build_demo(english, lang="en", size=DemoSize(agents=3, months=4, talk_months=3))
        other = english.session(session.id)
        english.close()
        assert session.learning_point != other.learning_point


def test_small_and_large_sizes(tmp_path):
    with Journal.open(tmp_path / "small.db") as journal:
        counts = build_demo(journal, size=DemoSize(agents=2, months=3, talk_months=2))
        assert counts["agents"] == 4  # two, the former agent and the new one (QM demo)
        assert len(journal.agents()) == 4
    with Journal.open(tmp_path / "wide.db") as journal:
        counts = build_demo(journal, size=DemoSize(agents=25, months=2, talk_months=1))
        assert len(journal.agents(active_only=True)) == 26  # with the QM demo's new agent
        assert len({a.email for a in journal.agents()}) == 27
