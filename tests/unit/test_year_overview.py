"""The year overview on a small journal built by hand: targets month by month in both
directions, months without a target, ratings, goals, learning points, RQ, absence."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coachtui.model import Absence, Agent, Figure, GoalStatus, Note, Rating, Relation, Target
from coachtui.services.year import (
    Trend,
    absence_days_in,
    last_full_month,
    met,
    trend_of,
    year_months,
    year_overview,
)


@pytest.fixture
def sanne(journal):
    return journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl",
                                   team="Hosting"))


def _figures(journal, agent_id, metric, values):
    journal.save_figures([Figure(agent_id=agent_id, month=month, metric=metric, value=value,
                                 source="test") for month, value in values.items()])


def _signed_talk(journal, agent_id, month, ratings=(), learning_point=None, goals=()):
    session = journal.start_session(agent_id, month)
    for factor, rating, note in ratings:
        journal.save_rating(session.id, factor, rating, note)
    if learning_point:
        journal.set_learning_point(session.id, learning_point)
    made = [journal.add_goal(session.id, what=text) for text in goals]
    journal.sign(session.id, "Lead", "Agent")
    return session.id, made


def test_months_are_the_twelve_up_to_until():
    assert year_months("2026-10") == [f"2025-{m:02d}" for m in (11, 12)] + [
        f"2026-{m:02d}" for m in range(1, 11)]
    assert last_full_month(date(2026, 1, 5)) == "2025-12"


def test_on_target_follows_each_months_target_in_the_metrics_direction(journal, sanne):
    # FTR: higher is better; the target rises from 80 to 85 in 2026-06.
    journal.set_target(Target(agent_id=sanne.id, metric="ftr", value=80, from_month="2026-01"))
    journal.set_target(Target(agent_id=sanne.id, metric="ftr", value=85, from_month="2026-06"))
    _figures(journal, sanne.id, "ftr", {"2025-12": 99, "2026-01": 80, "2026-05": 82,
                                        "2026-06": 82, "2026-07": 85, "2026-10": 90})
    # Red smileys: lower is better, target 5 from 2026-03.
    journal.set_target(Target(agent_id=sanne.id, metric="smileys_red", value=5,
                              from_month="2026-03"))
    _figures(journal, sanne.id, "smileys_red", {"2026-02": 1, "2026-03": 5, "2026-04": 6,
                                                "2026-05": 2})
    overview = year_overview(journal, sanne.id, "2026-10")
    ftr = next(m for m in overview.metrics if m.metric.key == "ftr")
    by_month = dict(zip(ftr.months, ftr.on_target, strict=True))
    assert by_month["2025-12"] is None  # a value, but no target yet: never on target
    assert by_month["2026-01"] is True  # meets 80 exactly
    assert by_month["2026-05"] is True  # 82 against 80
    assert by_month["2026-06"] is False  # 82 against the new 85
    assert by_month["2026-07"] is True
    assert by_month["2026-08"] is None  # no figure
    assert ftr.months_with_value == 6 and ftr.months_on_target == 4 and ftr.months_judged == 5
    assert ftr.average == pytest.approx((99 + 80 + 82 + 82 + 85 + 90) / 6)
    assert ftr.targets[ftr.months.index("2026-05")] == 80
    assert ftr.targets[ftr.months.index("2026-06")] == 85
    red = next(m for m in overview.metrics if m.metric.key == "smileys_red")
    red_by_month = dict(zip(red.months, red.on_target, strict=True))
    assert red_by_month["2026-02"] is None  # before its first target
    assert red_by_month["2026-03"] is True  # 5 <= 5
    assert red_by_month["2026-04"] is False  # 6 > 5
    assert red_by_month["2026-05"] is True
    assert red.months_on_target == 2
    document = overview.as_json()
    assert {"metric": "ftr", "months": 6, "on_target": 4,
            "average": round(ftr.average, 4)} in document["metrics"]
    assert set(document) == {"agent", "from", "until", "metrics", "factors", "goals",
                             "learning_points", "absence_days"}
    assert (document["from"], document["until"]) == ("2025-11", "2026-10")


def test_targets_in_bulk_agree_with_target_for(demo_journal):
    agent = demo_journal.agents()[0]
    months = year_months("2026-10")
    keys = [m.key for m in demo_journal.metrics()]
    bulk = demo_journal.targets_in_months(agent.id, keys, months)
    assert bulk == {(k, m): demo_journal.target_for(agent.id, k, m)
                    for k in keys for m in months}


def test_team_default_and_an_ended_target(journal, sanne):
    """The shared rule: the agent's own target wins; a NULL row ends it and the team's
    default (team_targets) applies from then."""
    journal.conn.execute("INSERT INTO team_targets (team, metric, from_month, value)"
                         " VALUES ('Hosting', 'ftr', '2026-01', 75)")
    journal.conn.execute("INSERT INTO targets (agent_id, metric, from_month, value)"
                         " VALUES (?, 'ftr', '2026-03', 90), (?, 'ftr', '2026-06', NULL)",
                         [sanne.id, sanne.id])
    journal.conn.commit()
    got = journal.targets_in_months(sanne.id, ["ftr"], ["2025-12", "2026-01", "2026-03",
                                                        "2026-06"])
    assert got == {("ftr", "2025-12"): None, ("ftr", "2026-01"): 75,
                   ("ftr", "2026-03"): 90, ("ftr", "2026-06"): 75}


def test_trend_in_the_metrics_direction():
    rising = (1.0, 2.0, 3.0, 4.0)
    assert trend_of(rising, higher_is_better=True) is Trend.BETTER
    assert trend_of(rising, higher_is_better=False) is Trend.WORSE
    assert trend_of((50.0, 50.2, None, 50.1), higher_is_better=True) is Trend.STEADY
    assert trend_of((1.0, None, 2.0), higher_is_better=True) is Trend.UNKNOWN
    assert met(False, 3, 3) is True and met(True, 3, None) is None


def test_factors_goals_learning_points_from_signed_talks_only(journal, sanne):
    _, goals = _signed_talk(
        journal, sanne.id, "2026-02",
        ratings=[("initiative", "+", "Took the lead on the outage."),
                 ("language", "-", "")],
        learning_point="Ask one focused question.", goals=["Logged in at 08:55"])
    second = journal.start_session(sanne.id, "2026-03")
    journal.save_rating(second.id, "initiative", "+/-", "")
    journal.set_learning_point(second.id, "Read the whole question.")
    journal.review_goal(goals[0].id, second.id, GoalStatus.ACHIEVED)
    journal.sign(second.id, "Lead", "Agent")
    draft = journal.start_session(sanne.id, "2026-04")  # a draft never counts
    journal.save_rating(draft.id, "initiative", "-", "not agreed yet")
    journal.set_learning_point(draft.id, "Draft point")
    overview = year_overview(journal, sanne.id, "2026-10")
    initiative = next(f for f in overview.factors if f.factor.key == "initiative")
    assert initiative.count(Rating.PLUS) == 1 and initiative.count(Rating.MIXED) == 1
    assert initiative.count(Rating.MINUS) == 0
    assert initiative.pattern == "···+±·······"
    assert initiative.notes == (("2026-02", "Took the lead on the outage."),)
    assert [(p.month, p.text) for p in overview.learning_points] == [
        ("2026-02", "Ask one focused question."), ("2026-03", "Read the whole question.")]
    assert [(g.text, g.status, g.months) for g in overview.goals] == [
        ("Logged in at 08:55", GoalStatus.ACHIEVED, 1)]
    assert overview.as_json()["factors"][0] == {"factor": "initiative", "plus": 1,
                                                "mixed": 1, "minus": 0}


def test_a_carried_over_goal_is_one_goal_that_ran_since_it_was_first_agreed(journal, sanne):
    _, (goal,) = _signed_talk(journal, sanne.id, "2025-09", goals=["Plain B1 language"])
    later = journal.start_session(sanne.id, "2025-12")
    journal.review_goal(goal.id, later.id, GoalStatus.NOT_ACHIEVED)
    journal.carry_over_goal(goal.id, later.id)
    journal.sign(later.id, "Lead", "Agent")
    overview = year_overview(journal, sanne.id, "2026-03")
    assert [(g.text, g.status, g.set_in, g.months) for g in overview.goals] == [
        ("Plain B1 language", GoalStatus.OPEN, "2025-09", 6)]


def test_relation_quotient_per_month_from_shared_notes(journal, sanne):
    def note(day, relation, private=False, ref=None):
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(*day, 10, tzinfo=UTC),
                              text="call", relation=relation, private=private,
                              contact_ref=ref))

    note((2026, 5, 3), Relation.STRENGTHENED)
    note((2026, 5, 9), Relation.WEAKENED)
    note((2026, 5, 20), Relation.WEAKENED, private=True)  # private: never in the overview
    note((2026, 6, 1), Relation.KEPT, ref="#1")
    note((2026, 6, 2), Relation.WEAKENED, ref="#1")  # the same contact: the newest verdict
    overview = year_overview(journal, sanne.id, "2026-10")
    months = {r.month: r for r in overview.relation}
    assert months["2026-05"].share == pytest.approx(50.0) and months["2026-05"].observed == 2
    assert months["2026-06"].share == pytest.approx(0.0)
    assert months["2026-07"].share is None and months["2026-07"].observed == 0


def test_absence_days_count_overlaps_once_and_only_inside_the_period(journal, sanne):
    for start, end in [(date(2025, 10, 25), date(2025, 11, 3)),  # 3 days inside
                       (date(2026, 2, 1), date(2026, 2, 10)),
                       (date(2026, 2, 8), date(2026, 2, 12)),  # overlaps: 12 days in all
                       (date(2026, 10, 30), None)]:  # open: until the period's end
        journal.add_absence(Absence(agent_id=sanne.id, start=start, end=end))
    assert absence_days_in(journal, sanne.id, "2025-11", "2026-10",
                           today=date(2026, 11, 22)) == 3 + 12 + 2
    assert absence_days_in(journal, sanne.id, "2026-10", "2026-11",
                           today=date(2026, 11, 5)) == 2 + 5
    assert year_overview(journal, sanne.id, "2026-10").absence_days == 17


def test_an_agent_without_anything_is_an_empty_overview(journal, sanne):
    overview = year_overview(journal, sanne.id, "2026-10")
    assert overview.is_empty
    assert overview.as_json()["goals"] == [] and overview.absence_days == 0


def test_bulk_targets_follow_target_for_with_team_defaults(journal, sanne):
    """The bulk read agrees with `target_for` month by month, team defaults and ended
    targets included."""
    journal.conn.execute("INSERT INTO team_targets (team, metric, from_month, value)"
                         " VALUES ('Hosting', 'ftr', '2026-01', 75),"
                         " ('Hosting', 'ftr', '2026-08', NULL)")
    journal.conn.execute("INSERT INTO targets (agent_id, metric, from_month, value)"
                         " VALUES (?, 'ftr', '2026-03', 90), (?, 'ftr', '2026-06', NULL)",
                         [sanne.id, sanne.id])
    journal.conn.commit()
    assert journal.target_for(sanne.id, "ftr", "2026-01") == 75  # the team default
    months = year_months("2026-10")
    assert journal.targets_in_months(sanne.id, ["ftr"], months) == {
        ("ftr", m): journal.target_for(sanne.id, "ftr", m) for m in months}
