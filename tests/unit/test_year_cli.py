"""`coachtui year`, `coachtui prep` and `coachtui talk-months` on real journal files."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from coachtui.cli import main
from coachtui.model import Agent, Target
from coachtui.storage import Journal


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("agent", ["sanne", "kees", "ayse"])
def test_year_json_agrees_with_figures_json_month_by_month(capsys, demo_journal_path, agent):
    journal = ("--journal", str(demo_journal_path))
    code, out, _ = _run(capsys, "year", agent, "--until", "2026-09", "--json", *journal)
    assert code == 0
    year = json.loads(out)
    assert (year["from"], year["until"]) == ("2025-10", "2026-09")
    code, out, _ = _run(capsys, "figures", agent, "--json", *journal)
    figures = [r for r in json.loads(out) if "2025-10" <= r["month"] <= "2026-09"]
    assert year["agent"] == figures[0]["agent"]
    _, out, _ = _run(capsys, "catalogue", "--json", *journal)
    lower = {m["key"] for m in json.loads(out)["metrics"] if not m["higher_is_better"]}
    expected: dict[str, dict[str, object]] = defaultdict(lambda: {"values": [], "on": 0})
    for row in figures:
        if row["value"] is None:
            continue
        entry = expected[row["metric"]]
        entry["values"].append(row["value"])
        target = row["target"]
        if target is not None and (row["value"] <= target if row["metric"] in lower
                                   else row["value"] >= target):
            entry["on"] += 1
    assert {m["metric"] for m in year["metrics"] if m["months"]} == set(expected)
    for metric in year["metrics"]:
        want = expected[metric["metric"]]
        assert metric["months"] == len(want["values"])
        assert metric["on_target"] == want["on"]
        assert metric["average"] == pytest.approx(sum(want["values"]) / len(want["values"]),
                                                  abs=1e-3)


def test_year_json_shape_and_default_until(capsys, demo_journal_path):
    code, out, err = _run(capsys, "year", "sanne", "--json", "--journal",
                          str(demo_journal_path))
    assert code == 0 and err == ""
    year = json.loads(out)
    assert (year["from"], year["until"]) == ("2025-11", "2026-10")  # today is 2026-11-22
    assert set(year) == {"agent", "from", "until", "metrics", "factors", "goals",
                         "learning_points", "absence_days"}
    assert all(set(m) == {"metric", "months", "on_target", "average"} for m in year["metrics"])
    assert all(set(f) == {"factor", "plus", "mixed", "minus"} for f in year["factors"])
    assert all(set(g) == {"text", "status", "months"} for g in year["goals"])
    assert all(set(p) == {"month", "text"} for p in year["learning_points"])
    assert year["learning_points"] and year["goals"]
    assert isinstance(year["absence_days"], int)
    assert sum(f["plus"] + f["mixed"] + f["minus"] for f in year["factors"]) > 0


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("Year overview Sanne de Vries", "months on target", "Learning points")),
    ("nl", ("Jaaroverzicht Sanne de Vries", "maanden op doel", "Leerpunten")),
])
def test_year_text_in_both_languages(capsys, demo_journal_path, lang, words):
    code, out, _ = _run(capsys, "year", "sanne", "--lang", lang, "--journal",
                        str(demo_journal_path))
    assert code == 0
    for word in words:
        assert word in out


@pytest.mark.parametrize(("lang", "needle"), [("en", "--until"), ("nl", "--until")])
def test_year_refuses_a_bad_month_and_an_unknown_agent(capsys, demo_journal_path, lang,
                                                       needle):
    code, out, err = _run(capsys, "year", "sanne", "--until", "2026-13", "--lang", lang,
                          "--journal", str(demo_journal_path))
    assert code == 1 and out == "" and needle in err and "2026-13" in err
    code, _, err = _run(capsys, "year", "nobody-at-all", "--lang", lang, "--journal",
                        str(demo_journal_path))
    assert code == 1 and "nobody-at-all" in err


def test_prep_markdown_in_both_languages(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "prep", "sanne", "--journal", str(demo_journal_path))
    assert code == 0
    assert out.startswith("# Preparing the talk: Sanne de Vries")
    assert "Your figures for 2026-10" in out and "First Time Right" in out
    assert "What did you learn?" in out and "Anything you want to tell your team lead?" in out
    code, out, _ = _run(capsys, "prep", "sanne", "--lang", "nl", "--journal",
                        str(demo_journal_path))
    assert code == 0 and "Wat heb je geleerd?" in out and "Je open doelen" in out


def test_prep_html_is_escaped_and_written_whole(capsys, tmp_path, journal_path):
    with Journal.open(journal_path) as journal:
        agent = journal.add_agent(Agent(name="<script>alert(1)</script> Bo",
                                        email="bo@example.nl"))
        journal.set_target(Target(agent_id=agent.id, metric="ftr", value=85,
                                  from_month="2026-01"))
        session = journal.start_session(agent.id, "2026-09")
        journal.add_goal(session.id, what="<img src=x onerror=alert(2)> [x](javascript:1)")
        journal.sign(session.id, "Lead", "Bo")
    out_file = tmp_path / "prep.html"
    code, out, err = _run(capsys, "prep", "bo@example.nl", "--format", "html", "--out",
                          str(out_file), "--journal", str(journal_path))
    assert code == 0 and out == "" and str(out_file) in err
    html = out_file.read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Bo" in html
    assert "There are no figures for 2026-10 yet." in html
    assert html.count('class="write"') == 20
    code, out, _ = _run(capsys, "prep", "bo@example.nl", "--journal", str(journal_path))
    assert "<img" not in out and "\\[x\\]" in out


def test_talk_months_show_set_and_refuse(capsys, demo_journal_path):
    journal = ("--journal", str(demo_journal_path))
    code, out, _ = _run(capsys, "talk-months", *journal)
    assert code == 0 and "month 1" in out and "month 7" in out
    code, out, _ = _run(capsys, "talk-months", "--appraisal", "12", "--performance", "6",
                        "--lang", "nl", *journal)
    assert code == 0 and "maand 12" in out and "maand 6" in out
    code, out, err = _run(capsys, "talk-months", "--appraisal", "13", *journal)
    assert code == 1 and "13" in err
    code, out, _ = _run(capsys, "talk-months", *journal)
    assert "month 12" in out
