"""Small things of issue 13 without Textual: folding names, 'no target' in the team rows,
numbers in the reader's language (decimal comma in Dutch), agents named without accents."""

from __future__ import annotations

import json

import pytest

from coachtui.cli import main
from coachtui.errors import NotFoundError
from coachtui.folding import fold
from coachtui.model import Agent, Figure, MetricDefinition, Target, Unit
from coachtui.model.number_format import decimal_text, figure_text
from coachtui.services.team import filter_rows, overview_rows
from coachtui.storage.agents import pick_agent

REVIEW = "2026-10"  # the clock stands on 2026-11-22


@pytest.mark.parametrize(("text", "folded"), [
    ("Ayşe Yılmaz", "ayse yilmaz"), ("Łukasz Nowak", "lukasz nowak"), ("Straße", "strasse"),
    ("Søren Ærø", "soren aero"), ("İlkay", "ilkay"), ("Zoë Çelik-Đurić", "zoe celik-duric"),
    ("ANNE", "anne"),
])
def test_fold_drops_case_and_accents_and_spells_out_special_letters(text, folded):
    assert fold(text) == folded


def test_the_team_filter_ignores_accents_and_case(demo_journal):
    rows = overview_rows(demo_journal, REVIEW)
    assert [r.name for r in filter_rows(rows, "ayse")] == ["Ayşe Yılmaz"]
    assert [r.name for r in filter_rows(rows, "YILMAZ")] == ["Ayşe Yılmaz"]
    assert [r.name for r in filter_rows(rows, "lukasz")] == ["Łukasz Nowak"]
    assert [r.name for r in filter_rows(rows, "Ayşe")] == ["Ayşe Yılmaz"]


def _agent(journal, name, email):
    return journal.add_agent(Agent(name=name, email=email, team="Hosting"))


def test_naming_an_agent_ignores_accents_but_an_exact_name_wins(journal):
    ayse = _agent(journal, "Ayşe Yılmaz", "ayse@example.nl")
    plain = _agent(journal, "Ayse Yilmazer", "ay@example.nl")
    everyone = journal.agents()
    assert pick_agent("Ayşe Yılmaz", everyone).id == ayse.id
    assert pick_agent("ayse yilmaz", everyone).id == ayse.id  # folded, whole name
    assert pick_agent("Ayse Yilmazer", everyone).id == plain.id
    with pytest.raises(NotFoundError) as refused:
        pick_agent("ayse", everyone)  # both: refused with the candidates
    assert "Ayşe Yılmaz" in refused.value.text("en") and "Ayse Yilmazer" in \
        refused.value.text("en")


def test_figures_on_the_command_line_finds_ayse_without_accents(capsys, demo_journal_path):
    code = main(["figures", "ayse", "--month", REVIEW, "--journal", str(demo_journal_path)])
    out = capsys.readouterr().out
    assert code == 0 and out.splitlines()[0].startswith("Ayşe Yılmaz <")


def test_an_agent_with_figures_but_no_target_is_told_apart_from_no_figures(journal):
    fleur = _agent(journal, "Fleur Figures", "fleur@example.nl")
    empty = _agent(journal, "Nina Nothing", "nina@example.nl")
    journal.save_figures([Figure(agent_id=fleur.id, month=REVIEW, metric="ftr", value=80.0)])
    rows = {r.agent_id: r for r in overview_rows(journal, REVIEW)}
    assert (rows[fleur.id].with_target, rows[fleur.id].without_target) == (0, 1)
    assert (rows[empty.id].with_target, rows[empty.id].without_target) == (0, 0)
    journal.set_target(Target(agent_id=fleur.id, metric="ftr", value=85.0,
                              from_month="2026-01"))
    row = next(r for r in overview_rows(journal, REVIEW) if r.agent_id == fleur.id)
    assert (row.with_target, row.off_target, row.without_target) == (1, 1, 0)


def _metric(unit, decimals=1):
    return MetricDefinition(key="m", label_nl="M", label_en="M", unit=unit, decimals=decimals)


def test_numbers_read_in_the_language_with_one_rule():
    assert decimal_text(90.94, 1, "nl") == "90,9" and decimal_text(90.94, 1, "en") == "90.9"
    assert decimal_text(2.5, None, "nl") == "2,5" and decimal_text(3.0, None, "nl") == "3"
    assert _metric(Unit.PERCENT).format(90.94, "nl") == "90,9%"
    assert _metric(Unit.PERCENT).format(90.94, "en") == "90.9%"
    assert _metric(Unit.PER_HOUR, 2).format(5.75, "nl") == "5,75/h"
    assert _metric(Unit.COUNT).format(108.0, "nl") == "108"
    assert _metric(Unit.SECONDS).format(185.0, "nl") == "3:05"
    assert _metric(Unit.NUMBER).format(None, "nl") == "–"
    assert figure_text(None, 6.5, "nl") == "6,5"  # a metric the catalogue no longer has
    assert figure_text(None, None, "en") == "–"


def test_cli_text_writes_decimal_commas_in_dutch_and_json_keeps_dots(capsys,
                                                                     demo_journal_path):
    args = ["figures", "ayse", "--month", REVIEW, "--journal", str(demo_journal_path)]
    assert main([*args, "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert main([*args, "--lang", "en"]) == 0
    english = capsys.readouterr().out
    ftr = next(line for line in dutch.splitlines() if "First Time Right" in line)
    assert "," in ftr and "%" in ftr and "." not in ftr.split("First Time Right")[1]
    ftr_en = next(line for line in english.splitlines() if "First Time Right" in line)
    assert "." in ftr_en and "," not in ftr_en
    assert main([*args, "--lang", "nl", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(isinstance(r["value"], float | int | None) for r in rows)
