"""`coachtui goals`, `team-goal add`, `team-goals`, `goal progress|incident` on real
journal files, both languages, and the refusals (exit 1, one sentence, nothing written)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from coachtui.cli import main
from coachtui.model import GoalStatus, GoalType
from coachtui.services.goals import meets
from coachtui.storage import Journal

CONTRACT = {"id", "type", "text", "metric", "target", "deadline", "status", "months_running",
            "carried_from", "team_goal", "latest", "suggested_outcome", "incidents",
            "threshold"}


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_goals_json_gives_every_contract_field_for_every_agent(capsys, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        agents = [a for a in journal.agents(active_only=True)]
        higher = {m.key: m.higher_is_better for m in journal.metrics(active_only=False)}
    seen_types: set[str] = set()
    seen_status: set[str] = set()
    with_figure = 0
    for agent in agents:
        code, out, err = _run(capsys, "goals", agent.email, "--json",
                              "--journal", str(demo_journal_path))
        assert code == 0 and err == ""
        for item in json.loads(out):
            assert set(item) >= CONTRACT
            seen_types.add(item["type"])
            seen_status.add(item["status"])
            assert item["months_running"] >= 0 and item["incidents"] >= 0
            if item["type"] == "kpi":  # KPI goals must point at a figure
                assert item["metric"] and item["target"] is not None
            if item["metric"] and item["target"] is not None and item["latest"] is not None:
                with_figure += 1
                met = meets(item["latest"], item["target"], higher[item["metric"]])
                assert item["suggested_outcome"] == ("achieved" if met else "not_achieved")
            else:
                assert item["suggested_outcome"] is None
    assert with_figure >= 5
    assert {"kpi", "development", "behaviour"} <= seen_types
    assert "embedding" in seen_status


def test_demo_outcomes_of_kpi_goals_agree_with_their_figures(demo_journal_path):
    """The demo never marks "6 tickets an hour: achieved" next to 5.4/h."""
    with Journal.open(demo_journal_path) as journal:
        higher = {m.key: m.higher_is_better for m in journal.metrics(active_only=False)}
        checked = 0
        for agent in journal.agents():
            for session in journal.sessions(agent_id=agent.id, details=True):
                for goal in journal.goals_to_review(session):
                    if not goal.metric or goal.status not in (GoalStatus.ACHIEVED,
                                                              GoalStatus.NOT_ACHIEVED):
                        continue
                    rows = [r for r in journal.figures(agent.id or 0, session.month)
                            if r.metric == goal.metric and r.value is not None]
                    if not rows or goal.target_value is None:
                        continue
                    met = meets(rows[0].value or 0, goal.target_value, higher[goal.metric])
                    assert (goal.status is GoalStatus.ACHIEVED) == met, (goal, rows[0])
                    checked += 1
        assert checked > 10


def test_behaviour_goal_has_incidents_and_threshold(capsys, demo_journal_path):
    _code, out, _ = _run(capsys, "goals", "mohammed", "--json",
                        "--journal", str(demo_journal_path))
    behaviour = [g for g in json.loads(out) if g["type"] == "behaviour"]
    assert len(behaviour) == 1
    assert behaviour[0]["threshold"] == 3 and behaviour[0]["incidents"] == 2


@pytest.mark.parametrize(("lang", "words"), [("en", "running"), ("nl", "lopend")])
def test_goals_plain_in_both_languages(capsys, demo_journal_path, lang, words):
    code, out, _ = _run(capsys, "goals", "mohammed", "--lang", lang,
                        "--journal", str(demo_journal_path))
    assert code == 0 and words in out and "Mohammed El Amrani" in out


def test_team_goal_add_and_list(capsys, demo_journal_path):
    code, out, err = _run(capsys, "team-goal", "add", "E-mail", "--metric", "tickets_per_hour",
                          "--target", "6,5", "--from", "2026-10", "--until", "2027-03",
                          "--text", "Faster answers", "--journal", str(demo_journal_path))
    assert code == 0, err
    assert "E-mail" in out
    code, out, _ = _run(capsys, "team-goals", "--json", "--journal", str(demo_journal_path))
    found = {g["team"]: g for g in json.loads(out)}
    assert found["E-mail"]["target"] == 6.5 and found["E-mail"]["from"] == "2026-10"
    assert found["E-mail"]["text"] == "Faster answers"
    assert "Hosting" in found
    code, out, _ = _run(capsys, "team-goals", "--lang", "nl",
                        "--journal", str(demo_journal_path))
    assert code == 0 and "Faster answers" in out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_third_overlapping_team_goal_is_refused(capsys, demo_journal_path, lang):
    path = str(demo_journal_path)
    args = ("--metric", "ftr", "--target", "85", "--from", "2026-11", "--until", "2027-02")
    assert _run(capsys, "team-goal", "add", "Hosting", *args, "--journal", path)[0] == 0
    before = _count(demo_journal_path, "team_goals")
    code, out, err = _run(capsys, "team-goal", "add", "Hosting", *args, "--lang", lang,
                          "--journal", path)
    assert code == 1 and out == ""
    assert "Hosting" in err and "2" in err and len(err.strip().splitlines()) == 1
    assert _count(demo_journal_path, "team_goals") == before


@pytest.mark.parametrize(("argv", "value"), [
    (("Hosting", "--metric", "nope", "--target", "5"), "nope"),
    (("Hosting", "--metric", "ftr", "--target", "120"), "120"),
    (("Hosting", "--metric", "ftr", "--target", "lots"), "lots"),
    (("Nowhere", "--metric", "ftr", "--target", "80"), "Nowhere"),
])
def test_bad_team_goals_are_refused_naming_the_value(capsys, demo_journal_path, argv, value):
    before = _count(demo_journal_path, "team_goals")
    code, _out, err = _run(capsys, "team-goal", "add", *argv, "--from", "2026-11",
                          "--until", "2027-01", "--journal", str(demo_journal_path))
    assert code == 1 and value in err
    assert _count(demo_journal_path, "team_goals") == before


def test_a_period_that_ends_before_it_starts_is_refused(capsys, demo_journal_path):
    code, _, err = _run(capsys, "team-goal", "add", "Hosting", "--metric", "ftr", "--target",
                        "80", "--from", "2027-01", "--until", "2026-11",
                        "--journal", str(demo_journal_path))
    assert code == 1 and "2027-01" in err
    code, _, err = _run(capsys, "team-goal", "add", "Hosting", "--metric", "ftr", "--target",
                        "80", "--from", "2027-1", "--until", "2027-03",
                        "--journal", str(demo_journal_path))
    assert code == 1 and "2027-1" in err


def test_team_goal_without_required_options_is_usage_error(capsys, demo_journal_path):
    with pytest.raises(SystemExit) as exit_:
        main(["team-goal", "add", "Hosting", "--journal", str(demo_journal_path)])
    assert exit_.value.code == 2


def _behaviour_goal_id(path) -> int:
    with Journal.open(path) as journal:
        from coachtui.services.goals import open_goals

        agent = journal.find_agent("mohammed")
        return next(p.goal.id for p in open_goals(journal, agent.id or 0)
                    if p.goal.type is GoalType.BEHAVIOUR)


@pytest.mark.parametrize(("lang", "word"), [("en", "Limit reached"), ("nl", "Grens bereikt")])
def test_an_incident_counts_and_warns_at_the_threshold(capsys, demo_journal_path, lang, word):
    goal_id = _behaviour_goal_id(demo_journal_path)
    code, out, err = _run(capsys, "goal", "incident", str(goal_id), "--on", "2026-11-20",
                          "logged", "in", "09:20", "--lang", lang,
                          "--journal", str(demo_journal_path))
    assert code == 0, err
    assert word in out
    code, out, _ = _run(capsys, "goals", "mohammed", "--json",
                        "--journal", str(demo_journal_path))
    item = next(g for g in json.loads(out) if g["id"] == goal_id)
    assert item["incidents"] == 3


def test_incidents_only_on_behaviour_goals_and_not_in_the_future(capsys, demo_journal_path):
    goal_id = _behaviour_goal_id(demo_journal_path)
    before = _count(demo_journal_path, "goal_incidents")
    code, _, err = _run(capsys, "goal", "incident", str(goal_id), "--on", "2026-12-01",
                        "--journal", str(demo_journal_path))
    assert code == 1 and "2026-12-01" in err
    code, _, err = _run(capsys, "goal", "incident", str(goal_id), "--on", "yesterday",
                        "--journal", str(demo_journal_path))
    assert code == 1 and "yesterday" in err
    code, _, err = _run(capsys, "goal", "incident", str(goal_id - 1),
                        "--journal", str(demo_journal_path))
    assert code == 1 and str(goal_id - 1) in err
    assert _count(demo_journal_path, "goal_incidents") == before


def test_progress_is_dated_and_health_words_need_yes(capsys, demo_journal_path):
    goal_id = _behaviour_goal_id(demo_journal_path)
    path = str(demo_journal_path)
    code, out, _ = _run(capsys, "goal", "progress", str(goal_id), "On", "time", "all", "week",
                        "--journal", path)
    assert code == 0 and "2026-11-22" in out
    before = _count(demo_journal_path, "goal_progress")
    code, _, err = _run(capsys, "goal", "progress", str(goal_id), "late:", "was", "sick",
                        "--lang", "nl", "--journal", path)
    assert code == 1 and "sick" in err and "gezondheid" in err
    assert _count(demo_journal_path, "goal_progress") == before
    code, _, _ = _run(capsys, "goal", "progress", "99999", "text", "--journal", path)
    assert code == 1
    code, out, _ = _run(capsys, "goals", "mohammed", "--journal", path)
    assert "On time all week" in out


def test_goals_of_an_unknown_agent_is_refused(capsys, demo_journal_path):
    code, out, err = _run(capsys, "goals", "nobody-here", "--journal", str(demo_journal_path))
    assert code == 1 and out == "" and "nobody-here" in err
