"""The command line's human output writes numbers as the language does (`,` in Dutch,
`.` in English); `--json` keeps machine numbers."""

from __future__ import annotations

import json
import re

import pytest

from coachtui.cli import main

REVIEW = "2026-10"


DUTCH = re.compile(r"\d+,\d%.*\d+,\d/h", re.S)  # FTR in percent, tickets per hour
ENGLISH = re.compile(r"\d+\.\d%.*\d+\.\d/h", re.S)


@pytest.mark.parametrize(("lang", "right", "wrong"), [("nl", DUTCH, ENGLISH),
                                                      ("en", ENGLISH, DUTCH)])
def test_figures_write_the_decimal_mark_of_the_language(demo_journal_path, capsys, lang,
                                                         right, wrong):
    code = main(["figures", "ayse", "--month", REVIEW, "--lang", lang,
                 "--journal", str(demo_journal_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert right.search(out), out
    assert not wrong.search(out), out


def test_the_language_from_the_settings_file_counts_too(demo_journal_path, capsys):
    assert main(["config", "set", "lang", "nl"]) == 0
    capsys.readouterr()
    assert main(["figures", "ayse", "--month", REVIEW, "--journal",
                 str(demo_journal_path)]) == 0
    out = capsys.readouterr().out
    assert DUTCH.search(out) and not ENGLISH.search(out), out


def test_json_keeps_machine_numbers(demo_journal_path, capsys):
    code = main(["figures", "ayse", "--month", REVIEW, "--lang", "nl", "--json",
                 "--journal", str(demo_journal_path)])
    out = capsys.readouterr().out
    assert code == 0
    rows = json.loads(out)
    ftr = next(r for r in (rows if isinstance(rows, list) else rows["figures"])
               if r["metric"] == "ftr")
    assert isinstance(ftr["value"], float)
    assert not re.search(r"\d,\d", out)
