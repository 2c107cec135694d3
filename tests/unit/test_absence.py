"""Absence as dates only: counting days (`absence_days`), recording refusals, and where it
shows (the agent's own page and talk, access, erasure, retention) and never shows (team
views, month exports)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coachtui.cli import main
from coachtui.errors import UserError
from coachtui.model import Absence, Agent
from coachtui.services.absence import (
    absence_days,
    absence_overview,
    days_text,
    days_within,
    record_absence,
)
from coachtui.services.team import overview_rows
from coachtui.storage import Journal
from tests.unit.test_privacy_erase import traces


@pytest.fixture
def agent_id(journal) -> int:
    added = journal.add_agent(Agent(name="Kees Bos", email="kees@team.nl"))
    assert added.id is not None
    return added.id


def _absent(journal, agent_id: int, start: str, end: str | None) -> None:
    """Store a period directly (older data may hold overlapping or open periods)."""
    journal.add_absence(Absence(agent_id=agent_id, start=date.fromisoformat(start),
                                end=date.fromisoformat(end) if end else None))


def test_days_are_the_calendar_days_of_overlap_with_the_months(journal, agent_id):
    assert absence_days(journal, agent_id, "2026-10", "2026-10") == 0
    _absent(journal, agent_id, "2026-09-28", "2026-10-02")  # 3 in September, 2 in October
    _absent(journal, agent_id, "2026-10-31", "2026-11-01")  # across a month end
    assert absence_days(journal, agent_id, "2026-09", "2026-09") == 3
    assert absence_days(journal, agent_id, "2026-10", "2026-10") == 3
    assert absence_days(journal, agent_id, "2026-11", "2026-11") == 1
    assert absence_days(journal, agent_id, "2026-09", "2026-11") == 7
    assert absence_days(journal, agent_id, "2025-12", "2026-11") == 7  # a year window
    assert absence_days(journal, agent_id, "2026-12", "2027-11") == 0


def test_each_day_counts_once_however_periods_overlap(journal, agent_id):
    _absent(journal, agent_id, "2026-10-05", "2026-10-09")
    _absent(journal, agent_id, "2026-10-08", "2026-10-12")  # older data: overlapping
    _absent(journal, agent_id, "2026-10-10", "2026-10-10")
    assert absence_days(journal, agent_id, "2026-10", "2026-10") == 8


def test_an_open_period_runs_up_to_today(journal, agent_id):
    # The fixed clock says 2026-11-22.
    _absent(journal, agent_id, "2026-11-20", None)
    assert absence_days(journal, agent_id, "2026-11", "2026-11") == 3
    assert absence_days(journal, agent_id, "2026-12", "2026-12") == 0


def test_leap_years_and_whole_years_count_right():
    periods = [(date(2028, 2, 27), date(2028, 3, 1))]
    assert days_within(periods, date(2028, 2, 1), date(2028, 2, 29), date(2028, 3, 9)) == 3
    year = [(date(2025, 12, 31), date(2027, 1, 1))]
    assert days_within(year, date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 9)) == 365


def test_another_agents_absence_does_not_count(journal, agent_id):
    other = journal.add_agent(Agent(name="Noor", email="noor@team.nl"))
    _absent(journal, other.id, "2026-10-01", "2026-10-31")
    assert absence_days(journal, agent_id, "2026-10", "2026-10") == 0
    assert absence_days(journal, other.id, "2026-10", "2026-10") == 31


def test_a_bad_month_is_refused(journal, agent_id):
    with pytest.raises(ValueError):
        absence_days(journal, agent_id, "2026-13", "2026-13")


def test_recording_refuses_a_reversed_or_overlapping_period_and_writes_nothing(journal,
                                                                             agent_id):
    record_absence(journal, agent_id, date(2026, 10, 5), date(2026, 10, 7))
    before = len(journal.history())
    with pytest.raises(UserError) as reversed_:
        record_absence(journal, agent_id, date(2026, 10, 9), date(2026, 10, 8))
    assert reversed_.value.key == "absence.end_before_start"
    for start, end in ((5, 5), (1, 5), (7, 9), (1, 31), (6, 6)):
        with pytest.raises(UserError) as overlap:
            record_absence(journal, agent_id, date(2026, 10, start), date(2026, 10, end))
        assert overlap.value.key == "absence.overlap"
        assert "2026-10-05" in str(overlap.value) and "2026-10-07" in str(overlap.value)
    assert len(journal.history()) == before
    assert len(journal.absences(agent_id)) == 1
    record_absence(journal, agent_id, date(2026, 10, 8), date(2026, 10, 8))  # next day: fine
    assert absence_days(journal, agent_id, "2026-10", "2026-10") == 4


def test_the_page_overview_and_the_words(journal, agent_id):
    record_absence(journal, agent_id, date(2026, 9, 1), date(2026, 9, 2))
    record_absence(journal, agent_id, date(2026, 10, 30), date(2026, 11, 2))
    seen = absence_overview(journal, agent_id, "2026-10")
    assert [p.start.isoformat() for p in seen.periods] == ["2026-10-30", "2026-09-01"]
    assert seen.days_in_month == 2
    assert days_text(1, "en") == "1 day" and days_text(3, "nl") == "3 dagen"
    assert days_text(None, "en") == "still running"


def test_no_reason_field_exists_anywhere(journal):
    columns = {r[1] for r in journal.conn.execute("PRAGMA table_info(absences)")}
    assert columns == {"id", "agent_id", "start", "end"}
    assert set(Absence.model_fields) == {"id", "agent_id", "start", "end"}


def test_team_views_and_month_exports_never_show_absence(demo_journal_path, tmp_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        ayse = journal.find_agent("ayse")
        record_absence(journal, ayse.id, date(2026, 10, 12), date(2026, 10, 16))
        rows = overview_rows(journal, "2026-10")
    assert not any("absen" in name for name in type(rows[0]).__dataclass_fields__)
    csv_file = tmp_path / "month.csv"
    assert main(["--journal", str(demo_journal_path), "export", "month", "2026-10",
                 "--format", "csv", "--out", str(csv_file)]) == 0
    folder = tmp_path / "md"
    assert main(["--journal", str(demo_journal_path), "export", "month", "2026-10",
                 "--format", "md", "--out", str(folder)]) == 0
    written = [csv_file.read_text(encoding="utf-8")] + [
        f.read_text(encoding="utf-8") for f in folder.iterdir()]
    for text in written:
        assert "2026-10-12" not in text and "absen" not in text.lower()
        assert "afwezig" not in text.lower()
    capsys.readouterr()


def test_access_erasure_and_retention_cover_absence(demo_journal_path, tmp_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        kees = journal.find_agent("kees")
        record_absence(journal, kees.id, date(2026, 10, 12), date(2026, 10, 16))
    out = tmp_path / "access"
    assert main(["--journal", str(demo_journal_path), "privacy", "export", "kees",
                 "--out", str(out)]) == 0
    [json_file] = out.glob("*.json")
    document = json.loads(json_file.read_text(encoding="utf-8"))
    assert [(a["start"], a["end"], a["days"]) for a in document["absences"]] == [
        ("2026-10-12", "2026-10-16", 5)]
    assert any(c["entity"] == "absence" for c in document["change_log"])
    # Retention: once Kees left, purge --older-than 0 erases him, his absence included.
    assert main(["--journal", str(demo_journal_path), "agent", "leave", "kees",
                 "--on", "2026-11-20"]) == 0
    assert main(["--journal", str(demo_journal_path), "privacy", "purge", "--older-than",
                 "0", "--yes"]) == 0
    with Journal.open(demo_journal_path) as journal:
        assert journal.conn.execute("SELECT COUNT(*) FROM absences WHERE agent_id = ?",
                                    [kees.id]).fetchone()[0] == 0
        assert journal.history(entity="absence") == []
        assert kees.email not in {a.email for a in journal.agents()}
    assert traces(demo_journal_path, kees.email, "2026-10-12..2026-10-16") == []
    capsys.readouterr()
