"""`coachtui agents|figures|sessions` and `coachtui demo` on real journal files."""

from __future__ import annotations

import json

import pytest

from coachtui.cli import main


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_agents_json_shape(capsys, demo_journal_path):
    code, out, err = _run(capsys, "agents", "--json", "--journal", str(demo_journal_path))
    assert code == 0 and err == ""
    agents = json.loads(out)
    assert len(agents) == 12  # ten in the team, one who left, one new in phase 1
    for agent in agents:
        assert set(agent) == {"id", "name", "email", "team", "active", "left_on"}
        assert isinstance(agent["id"], int) and isinstance(agent["active"], bool)
        assert "@" in agent["email"]
        assert agent["team"] is None or isinstance(agent["team"], str)
    assert [a["active"] for a in agents].count(False) == 1
    assert [a["left_on"] for a in agents if not a["active"]] == ["2024-03-31"]
    assert all(a["left_on"] is None for a in agents if a["active"])


def test_agents_plain_lists_names(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "agents", "--journal", str(demo_journal_path))
    assert code == 0
    assert "Sanne de Vries" in out and "Peter Smit" in out
    assert len(out.strip().splitlines()) == 12


def test_figures_json_shape(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "figures", "sanne", "--json", "--journal",
                        str(demo_journal_path))
    assert code == 0
    rows = json.loads(out)
    assert len([r for r in rows if r["source"] != "qm"]) == 18 * 5  # QM figures join them
    for row in rows:
        assert set(row) == {"agent", "month", "metric", "value", "target", "source"}
        assert row["agent"] == "sanne.devries@example.nl"
        assert row["value"] is None or isinstance(row["value"], int | float)
        assert row["target"] is None or isinstance(row["target"], int | float)
        assert isinstance(row["source"], str)
    assert {r["metric"] for r in rows} <= {"ftr", "smileys_green", "smileys_yellow",
                                           "smileys_red", "tickets_per_hour", "qm_score",
                                           "rq"}
    ftr = [r for r in rows if r["metric"] == "ftr"]
    assert all(0 <= r["value"] <= 100 for r in ftr)
    assert all(r["target"] is not None for r in ftr)


def test_figures_for_one_month(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "figures", "sanne.devries@example.nl", "--month", "2026-10",
                        "--json", "--journal", str(demo_journal_path))
    assert code == 0
    rows = json.loads(out)
    assert {r["month"] for r in rows} == {"2026-10"}
    assert len([r for r in rows if r["source"] != "qm"]) == 5


def test_figures_plain(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "figures", "sanne", "--month", "2026-10", "--journal",
                        str(demo_journal_path))
    assert code == 0
    assert out.splitlines()[0] == "Sanne de Vries <sanne.devries@example.nl>"
    assert "%" in out


def test_missing_figure_is_null_in_json(capsys, demo_journal_path):
    """In the demo, agent 3's hours for the last month are not delivered yet: null, not 0."""
    code, out, _ = _run(capsys, "figures", "3", "--month", "2026-10", "--json", "--journal",
                        str(demo_journal_path))
    assert code == 0
    values = {r["metric"]: r["value"] for r in json.loads(out)}
    assert "tickets_per_hour" in values and values["tickets_per_hour"] is None
    assert values["ftr"] is not None
    code, out, _ = _run(capsys, "figures", "3", "--month", "2026-10", "--journal",
                        str(demo_journal_path))
    assert "–" in out


def test_sessions_json_shape(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "sessions", "--json", "--journal", str(demo_journal_path))
    assert code == 0
    sessions = json.loads(out)
    assert sessions
    for s in sessions:
        assert set(s) == {"id", "agent", "month", "kind", "status", "learning_point", "goals"}
        assert s["kind"] in ("monthly", "coaching", "appraisal", "performance", "exit")
        assert s["status"] in ("draft", "signed")
        assert s["learning_point"] is None or isinstance(s["learning_point"], str)
        for goal in s["goals"]:
            assert set(goal) == {"type", "text", "status"}
            assert goal["type"] in ("kpi", "development", "growth", "behaviour")
    assert [s["status"] for s in sessions].count("draft") == 1
    months = [s["month"] for s in sessions]
    assert months == sorted(months, reverse=True)


def test_sessions_filtered_by_agent_and_month(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "sessions", "--agent", "sanne", "--json", "--journal",
                        str(demo_journal_path))
    assert code == 0
    sessions = json.loads(out)
    assert sessions and {s["agent"] for s in sessions} == {"sanne.devries@example.nl"}
    code, out, _ = _run(capsys, "sessions", "--month", "2026-09", "--json", "--journal",
                        str(demo_journal_path))
    assert {s["month"] for s in json.loads(out)} == {"2026-09"}


def test_sessions_plain(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "sessions", "--agent", "sanne", "--journal",
                        str(demo_journal_path))
    assert code == 0 and "Sanne de Vries" in out


def test_ambiguous_agent_lists_candidates(capsys, demo_journal_path):
    code, out, err = _run(capsys, "figures", "an", "--journal", str(demo_journal_path))
    assert code == 1 and out == ""
    assert err.startswith("coachtui: 'an' matches more than one agent")
    assert "Sanne de Vries <sanne.devries@example.nl>" in err
    assert "Traceback" not in err


def test_unknown_agent_exit_1(capsys, demo_journal_path):
    code, _, err = _run(capsys, "sessions", "--agent", "nobody", "--journal",
                        str(demo_journal_path))
    assert code == 1
    assert err == "coachtui: No agent matches 'nobody'.\n"


def test_bad_month_exit_1(capsys, demo_journal_path):
    code, out, err = _run(capsys, "figures", "sanne", "--month", "2026-13", "--journal",
                          str(demo_journal_path))
    assert code == 1 and out == ""
    assert "--month '2026-13'" in err and "YYYY-MM" in err


def test_missing_journal_exit_1_and_nothing_created(capsys, tmp_path):
    path = tmp_path / "missing.db"
    for argv in (["agents"], ["sessions", "--json"], ["figures", "sanne"]):
        code, out, err = _run(capsys, *argv, "--journal", str(path))
        assert code == 1 and out == ""
        assert err.startswith(f"coachtui: There is no journal at {path}")
        assert err.count("\n") == 1
    assert not path.exists()


def test_not_a_journal_exit_1(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    code, _, err = _run(capsys, "agents", "--journal", str(path))
    assert code == 1 and "not a coachtui journal" in err
    assert path.read_text() == "hello"


def test_usage_error_exit_2(capsys, demo_journal_path):
    for argv in (["figures"], ["agents", "--bogus"], ["sessions", "--month"]):
        with pytest.raises(SystemExit) as caught:
            main([*argv, "--journal", str(demo_journal_path)])
        assert caught.value.code == 2
        assert "usage:" in capsys.readouterr().err


def test_env_journal_is_used(capsys, demo_journal_path, monkeypatch):
    monkeypatch.setenv("COACHTUI_JOURNAL", str(demo_journal_path))
    code, out, _ = _run(capsys, "agents", "--json")
    assert code == 0 and len(json.loads(out)) == 12


def test_demo_refuses_an_existing_journal_without_force(capsys, demo_journal_path):
    before = demo_journal_path.read_bytes()
    code, out, err = _run(capsys, "demo", "--journal", str(demo_journal_path))
    assert code == 1 and out == ""
    assert err.startswith("coachtui: ") and "--force" in err
    assert demo_journal_path.read_bytes() == before


def test_demo_force_overwrites(capsys, demo_journal_path):
    from coachtui.storage import Journal

    with Journal.open(demo_journal_path) as journal:
        journal.set_meta("manager_name", "Someone Else")
    code, out, _ = _run(capsys, "demo", "--force", "--journal", str(demo_journal_path))
    assert code == 0 and str(demo_journal_path) in out
    with Journal.open(demo_journal_path) as journal:
        assert journal.meta("manager_name") == "Marieke Jansen"
        assert len(journal.agents()) == 12


def test_demo_writes_a_new_journal(capsys, tmp_path):
    path = tmp_path / "sub" / "demo.db"
    code, out, _ = _run(capsys, "demo", "--journal", str(path), "--lang", "nl")
    assert code == 0 and path.exists()
    code, out, _ = _run(capsys, "agents", "--json", "--journal", str(path))
    assert len(json.loads(out)) == 12
