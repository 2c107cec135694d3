"""`coachtui target` and `coachtui catalogue` on a real journal."""

from __future__ import annotations

import json

from coachtui import cli
from coachtui.storage import Journal


def test_target_applies_from_its_month_on(demo_journal_path, capsys):
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["target", "sanne", "ftr", "87,5%", "--from", "2026-11", *args]) == 0
    assert "87.5%" in capsys.readouterr().out
    with Journal.open(demo_journal_path) as journal:
        sanne = journal.find_agent("sanne")
        assert journal.target_for(sanne.id, "ftr", "2026-11") == 87.5
        assert journal.target_for(sanne.id, "ftr", "2026-10") != 87.5


def test_target_refuses_unknown_metric_and_bad_value_writing_nothing(demo_journal_path,
                                                                      capsys):
    args = ["--journal", str(demo_journal_path)]
    with Journal.open(demo_journal_path) as journal:
        before = len(journal.history())
    assert cli.main(["target", "sanne", "speed", "3", *args]) == 1
    assert "Unknown metric 'speed'" in capsys.readouterr().err
    assert cli.main(["target", "sanne", "ftr", "high", *args]) == 1
    assert "'high' is not a number" in capsys.readouterr().err
    assert cli.main(["target", "sanne", "ftr", "80", "--from", "2026-13", *args]) == 1
    with Journal.open(demo_journal_path) as journal:
        assert len(journal.history()) == before


def test_catalogue_switches_an_extra_metric_on(demo_journal_path, capsys):
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["catalogue", "--enable", "aht", "--json", *args]) == 0
    document = json.loads(capsys.readouterr().out)
    aht = next(m for m in document["metrics"] if m["key"] == "aht")
    assert aht["active"] is True
    with Journal.open(demo_journal_path) as journal:
        assert "aht" in [m.key for m in journal.metrics()]
    assert cli.main(["catalogue", "--disable", "wow", "--lang", "nl", *args]) == 0
    assert "Wow-effect" in capsys.readouterr().out
    with Journal.open(demo_journal_path) as journal:
        assert "wow" not in [f.key for f in journal.factors()]
