"""`coachtui qm ...` and `coachtui competence`: contract shapes, numbers to the decimal,
refusals in both languages with nothing written."""

from __future__ import annotations

import json

import pytest

from coachtui.cli import main
from coachtui.model import Agent
from coachtui.storage import Journal

CSV = """contact,scorer,criterion,score
C-1,Ann,need,3
C-1,Ann,solution,3
C-1,Ann,privacy,1
C-1,Bob,need,2
C-1,Bob,solution,3
C-1,Bob,privacy,1
C-1,Cy,need,3
C-1,Cy,solution,3
C-1,Cy,privacy,0
C-2,Ann,need,1
C-2,Ann,solution,2
C-2,Bob,need,1
C-2,Bob,solution,2
"""


@pytest.fixture
def team(journal_path):
    with Journal.open(journal_path) as journal:
        journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
    return journal_path


def run(capsys, path, *args):
    code = main(["--journal", str(path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _count(path, table):
    with Journal.open(path) as journal:
        return journal.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_form_json_lists_criteria_in_both_languages(capsys, team):
    code, out, _ = run(capsys, team, "qm", "form", "--json")
    assert code == 0
    form = json.loads(out)
    first = form["criteria"][0]
    assert set(first) >= {"key", "label", "definition", "max", "weight", "knockout", "rq"}
    assert set(first["definition"]) == {"nl", "en"}
    assert sum(c["rq"] for c in form["criteria"]) == 1


def test_score_then_figures_show_qm_score_and_rq(capsys, team):
    code, out, _ = run(capsys, team, "qm", "score", "sanne", "--contact", "T-1",
                       "--channel", "phone", "--scorer", "Lead", "--on", "2026-10-05",
                       "need=3", "solution=2", "privacy=1", "relation=2")
    assert code == 0 and "88.9" in out
    run(capsys, team, "qm", "score", "sanne", "--contact", "T-2", "--channel", "chat",
        "--scorer", "Lead", "--on", "2026-10-09", "need=3", "privacy=0", "relation=0")
    code, out, _ = run(capsys, team, "figures", "sanne", "--month", "2026-10", "--json")
    rows = {r["metric"]: r for r in json.loads(out)}
    assert rows["qm_score"]["value"] == 44.4  # mean of 88.9 and 0 (knock-out)
    assert rows["rq"]["value"] == 50.0        # one of two contacts scored rq above 0
    assert rows["qm_score"]["source"] == "qm"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Score 4 for 'need' is above its max of 3; nothing saved."),
    ("nl", "Score 4 voor 'need' ligt boven het maximum 3; niets opgeslagen."),
])
def test_a_score_above_max_is_refused(capsys, team, lang, words):
    code, _, err = run(capsys, team, "--lang", lang, "qm", "score", "sanne", "--contact",
                       "T-1", "--channel", "phone", "--scorer", "Lead", "need=4")
    assert code == 1 and words in err
    assert _count(team, "qm_evaluations") == 0


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "The form has no criterion 'speed'"),
    ("nl", "Het formulier kent geen criterium 'speed'"),
])
def test_an_unknown_criterion_is_refused(capsys, team, lang, words):
    code, _, err = run(capsys, team, "--lang", lang, "qm", "score", "sanne", "--contact",
                       "T-1", "--channel", "phone", "--scorer", "Lead", "speed=1")
    assert code == 1 and words in err
    assert _count(team, "qm_evaluations") == 0


def test_form_load_refuses_in_dutch_and_writes_nothing(capsys, team, tmp_path):
    bad = tmp_path / "form.toml"
    bad.write_text('name = "x"\n\n[[criteria]]\nkey = "a"\nlabel = { nl = "A", en = "A" }\n'
                   'definition = { nl = "d", en = "d" }\nmax = 0\n', encoding="utf-8")
    code, _, err = run(capsys, team, "--lang", "nl", "qm", "form", "load", str(bad))
    assert code == 1
    assert "form.toml, regel 7: veld max van criterium 'a' is '0'" in err
    assert _count(team, "qm_forms") == 0


def test_calibration_import_and_show_to_the_decimal(capsys, team, tmp_path):
    scores = tmp_path / "round.csv"
    scores.write_text(CSV, encoding="utf-8")
    code, out, _ = run(capsys, team, "qm", "calibration", "import", str(scores))
    assert code == 0
    code, out, _ = run(capsys, team, "qm", "calibration", "show", "1", "--json")
    shown = json.loads(out)
    # C-1: Ann 100*(3/3 + 2*3/3 + 1)/4 = 100; Bob (2/3 + 2 + 1)/4 = 91.7; Cy knock-out 0
    # C-2: Ann (1/3 + 2*2/3)/3 = 55.6; Bob the same
    assert shown["contacts"] == [
        {"contact": "C-1", "scores": {"Ann": 100.0, "Bob": 91.7, "Cy": 0.0},
         "spread": 100.0, "agreed": False},
        {"contact": "C-2", "scores": {"Ann": 55.6, "Bob": 55.6}, "spread": 0.0,
         "agreed": True},
    ]
    agreement = {c["criterion"]: c["agreement"] for c in shown["criteria"]}
    # need: C-1 pairs Ann-Bob no, Ann-Cy yes, Bob-Cy no; C-2 Ann-Bob yes -> 2 of 4
    assert agreement["need"] == 50.0
    assert agreement["solution"] == 100.0
    assert agreement["privacy"] == pytest.approx(33.3)
    assert agreement["tone"] is None  # nobody scored it
    assert shown["irr"] == 50.0


@pytest.mark.parametrize(("row", "lang", "words"), [
    ("C-3,Ann,speed,1", "en",
     ["round.csv, line 15: field criterion is 'speed'", "Nothing saved."]),
    ("C-2,Bob,need,2", "en",
     ["round.csv, line 15: field scorer 'Bob' already scored 'need' of contact 'C-2' on "
      "line 13"]),
    ("C-2,Bob,need,2", "nl",
     ["round.csv, regel 15: veld scorer 'Bob' scoorde 'need' van contact 'C-2' al op regel "
      "13"]),
    ("C-3,Ann,privacy,2", "en", ["round.csv, line 15: field score is '2'"]),
])
def test_bad_calibration_csv_is_refused_whole(capsys, team, tmp_path, row, lang, words):
    scores = tmp_path / "round.csv"
    scores.write_text(CSV + row + "\n", encoding="utf-8")
    code, _, err = run(capsys, team, "--lang", lang, "qm", "calibration", "import", str(scores))
    assert code == 1
    for word in words:
        assert word in err, err
    assert _count(team, "qm_rounds") == 0 and _count(team, "qm_evaluations") == 0


def test_competence_json(capsys, demo_journal_path):
    code, out, _ = run(capsys, demo_journal_path, "competence", "fenna", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["phase"] == "phase-1" and len(shown["skills"]) == 7
    assert shown["points"] == 11 and shown["max_points"] == 14 and shown["level"] == 3
    assert shown["learning_point"] == "c_knowledge_base"
    code, out, _ = run(capsys, demo_journal_path, "--lang", "nl", "competence", "fenna")
    assert "niveau 3" in out and "Werken met de kennisbank" in out
