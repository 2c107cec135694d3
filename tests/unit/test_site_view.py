"""The site view over two and three real journals: sums of the teams, team goals against
the team's figure, the calibration IRR across the journals; `site --json` agrees; counts
only (a journal full of private notes shows none of them); nothing written."""

from __future__ import annotations

import json

import pytest

from coachtui import cli
from coachtui.model import qm_scoring
from coachtui.services import calibration
from coachtui.services.site import site_view
from coachtui.services.team_goals import team_board
from coachtui.storage import Journal
from tests.site_helpers import (
    PRIVATE,
    QUICK,
    fill_with_private_notes,
    fingerprint,
    other_lead,
)

MONTH = "2026-10"


@pytest.fixture
def three(demo_journal_path, tmp_path):
    """The demo, Noord's journal and Zuid's (with a round on which nobody agreed)."""
    noord = other_lead(demo_journal_path, tmp_path / "noord.db", "Noord")
    zuid = other_lead(demo_journal_path, tmp_path / "zuid.db", "Zuid", disagreeing=True)
    return [demo_journal_path, noord, zuid]


def _view(paths, tmp_path):
    return site_view([str(p) for p in paths], MONTH, tmp_path / "cache")


def test_three_journals_add_up_team_by_team(three, tmp_path):
    # the demo, Noord and Zuid
    alone = [_view([p], tmp_path) for p in three]
    view = _view(three, tmp_path)
    assert view.journals == 3 and not view.unreadable
    assert view.agents == sum(v.agents for v in alone) == 3 * alone[0].agents
    assert sorted(view.teams) == sorted({*alone[0].teams, "Noord", "Zuid"})
    for name, team in view.teams.items():
        parts = [v.teams[name] for v in alone if name in v.teams]
        assert team.agents == sum(p.agents for p in parts)
        assert team.talks_done == sum(p.talks_done for p in parts)
        assert team.talks_due == sum(p.talks_due for p in parts)
        assert team.on_target == {k: sum(p.on_target[k] for p in parts)
                                  for k in team.on_target}
    demo_teams = alone[0].teams.values()
    assert view.teams["Noord"].talks_done == sum(t.talks_done for t in demo_teams)
    assert view.talks_done + view.talks_due == view.agents


def test_team_goals_are_the_boards_figures_without_any_agent(three, tmp_path):
    demo, noord, _zuid = three
    view = _view(three, tmp_path)
    assert [(g.team, g.metric) for g in view.team_goals] == [
        ("Hosting", "ftr"), ("Noord", "ftr"), ("Zuid", "ftr")]
    goal = next(g for g in view.team_goals if g.team == "Noord")
    assert (goal.target, goal.from_month, goal.until_month) == (80.0, "2026-09", "2026-12")
    # the team's figure: the average of Noord's agents' FTR in the latest month with one
    with Journal.open_read_only(noord) as journal:
        values = [r.value for a in journal.agents() for r in journal.figures(a.id)
                  if r.month == goal.month and r.metric == "ftr" and r.value is not None]
        board = next(b for b in team_board(journal, MONTH, safe=True) if b.team == "Noord")
    assert goal.month == MONTH
    assert goal.figure == pytest.approx(round(sum(values) / len(values), 2))
    assert goal.met == (goal.figure >= 80.0)
    assert goal.with_figure == len(values)
    assert goal.on_target == sum(v >= 80.0 for v in values) == board.goals[0].on_target
    # the demo's own goal, as its team-goals board shows it
    with Journal.open_read_only(demo) as journal:
        hosting = next(b for b in team_board(journal, MONTH, safe=True)
                       if b.team == "Hosting").goals[0]
    shown = next(g for g in view.team_goals if g.team == "Hosting")
    assert (shown.month, shown.on_target, shown.with_figure) == (
        hosting.latest_month, hosting.on_target, hosting.with_figure)


def test_the_irr_across_journals_pools_every_scored_contact(three, tmp_path):
    demo = three[0]
    one = _view([demo], tmp_path).irr
    with Journal.open_read_only(demo) as journal:
        results = [calibration.round_result(journal, r.id)
                   for r in journal.calibration_rounds()]
    flags = [c.agreed for r in results for c in r.contacts if c.scores]
    assert one.rounds == 2 and one.overall == qm_scoring.irr(flags)
    assert one.latest is not None and one.latest[1].irr == results[-1].irr
    irr = _view(three, tmp_path).irr
    assert irr.rounds == 3 * 2 + 1
    assert irr.overall == pytest.approx(100 * (3 * sum(flags)) / (3 * len(flags) + 2))
    owner, latest = irr.latest
    assert (latest.held_on, latest.irr, latest.contacts) == ("2026-11-15", 0.0, 2)
    assert owner.teams == ["Zuid"]
    data = _view(three, tmp_path).as_json()["irr"]
    assert data["rounds"] == 7 and data["latest"]["irr"] == 0.0
    assert data["overall"] == qm_scoring.rounded(irr.overall)
    assert [j["rounds"] for j in data["journals"]] == [2, 2, 3]


def test_journals_without_rounds_have_no_irr(journal_path, tmp_path):
    with Journal.open(journal_path):
        pass
    data = _view([journal_path], tmp_path).as_json()
    assert data["irr"] == {"rounds": 0, "overall": None, "latest": None, "journals": []}
    assert data["teams"] == [] and data["team_goals"] == []


def test_the_cli_json_gives_the_sums_of_two(three, tmp_path, capsys):
    demo, noord, _zuid = three
    alone = []
    for path in (demo, noord):
        assert cli.main(["site", str(path), "--month", MONTH, "--json"]) == 0
        alone.append(json.loads(capsys.readouterr().out))
    assert cli.main(["site", str(demo), str(noord), "--month", MONTH, "--json"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert set(both) == {"teams", "agents", "team_goals", "irr"}
    assert both["agents"] == alone[0]["agents"] + alone[1]["agents"]
    assert both["teams"] == sorted(alone[0]["teams"] + alone[1]["teams"],
                                   key=lambda t: t["team"])
    assert both["team_goals"] == alone[0]["team_goals"] + alone[1]["team_goals"]
    assert set(both["team_goals"][0]) == {"team", "lead", "metric", "target", "from",
                                          "until", "month", "figure", "met", "on_target",
                                          "with_figure"}
    assert both["irr"]["rounds"] == alone[0]["irr"]["rounds"] + alone[1]["irr"]["rounds"]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["team goal ftr ≥ 80.0%", "Calibration: IRR 0.0% in the latest round"]),
    ("nl", ["teamdoel ftr ≥ 80,0%", "Kalibratie: IRR 0,0% in de laatste ronde"]),
])
def test_the_cli_text_names_team_goals_and_the_irr(three, capsys, lang, words):
    assert cli.main(["site", *map(str, three), "--month", MONTH, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert all(word in out for word in words), out


def test_a_journal_full_of_private_notes_shows_none_of_them(three, tmp_path, capsys):
    people = [p for path in three for p in fill_with_private_notes(path)]
    before = fingerprint(*three)
    for lang in ("en", "nl"):
        for extra in ([], ["--json"]):
            assert cli.main(["site", *map(str, three), "--lang", lang, *extra]) == 0
            out = capsys.readouterr().out
            assert PRIVATE not in out and QUICK not in out
            assert [p for p in people if p in out] == []
    assert fingerprint(*three) == before  # not a byte, not a timestamp, no file beside


def test_one_unreadable_journal_is_one_sentence_and_the_others_still_read(three, tmp_path,
                                                                           capsys):
    missing = tmp_path / "gone.db"
    view = site_view([str(three[0]), str(missing), str(three[1])], MONTH, tmp_path / "c",
                     keep_going=True)
    assert view.journals == 2 and [u.source for u in view.unreadable] == [str(missing)]
    assert "gone.db" in view.unreadable[0].error.text("en")
    assert cli.main(["site", str(three[0]), str(missing), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "gone.db" in captured.err


def test_a_damaged_journal_is_refused_in_one_sentence(tmp_path, capsys):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    view = site_view([str(broken)], MONTH, tmp_path / "c", keep_going=True)
    assert view.journals == 0 and len(view.unreadable) == 1
    assert "broken.db" in view.unreadable[0].error.text("nl")


@pytest.mark.parametrize(("value", "stored"), [
    ("a.db;  b.db ;", "{cwd}/a.db; {cwd}/b.db"),
    ("file:///share/replica; s3://bucket/x", "file:///share/replica; s3://bucket/x"),
])
def test_config_set_takes_the_site_journals(value, stored, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["config", "set", "site.journals", value]) == 0
    assert cli.main(["config", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert shown["site.journals"] == stored.format(cwd=tmp_path)


@pytest.mark.parametrize("value", [";", "http://example.org/journal.db"])
def test_config_set_refuses_what_is_not_a_journal_list(value, capsys):
    assert cli.main(["config", "set", "site.journals", value, "--lang", "nl"]) == 1
    err = capsys.readouterr().err
    assert "site.journals" in err and "gescheiden door ;" in err and err.count("\n") == 1
