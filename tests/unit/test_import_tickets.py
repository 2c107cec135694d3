"""Ticket-level files added up per agent and month with the SOURCES.md definitions."""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest

from coachtui.errors import UserError
from coachtui.services.imports import FileRequest, harvest, preview_import

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def _values(plan):
    return {(c.agent_email, c.month, c.metric): c.new for c in plan.changes}


def test_dutch_ticket_export_gives_ftr_smileys_and_tickets_per_hour(journal):
    plan = preview_import(journal, FileRequest(DATA / "tickets_nl.csv", "generic_tickets"))
    values = _values(plan)
    # Anna, October: 5001 right (1 reply), 5002 two replies, 5003 reopened -> 1 of 3
    assert values[("anna@example.nl", "2026-10", "ftr")] == pytest.approx(33.3333, 1e-4)
    assert values[("anna@example.nl", "2026-10", "smileys_green")] == 1
    assert values[("anna@example.nl", "2026-10", "smileys_yellow")] == 0
    assert values[("anna@example.nl", "2026-10", "smileys_red")] == 1
    # 3 solved in 1800 s worked = half an hour -> 6 per hour
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] == 6.0
    # Bob's tickets fall in two months by solve date
    assert values[("bob@example.nl", "2026-10", "ftr")] == 100.0
    assert values[("bob@example.nl", "2026-09", "smileys_green")] == 1
    assert values[("bob@example.nl", "2026-10", "smileys_yellow")] == 1
    notes = [str(n) for n in plan.notices]
    assert "1 row without an agent (or total row) skipped." in notes


def test_without_hours_tickets_per_hour_is_unknown_never_invented(journal, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("agent,status,solved,replies,reopened,rating\n"
                    "anna@example.nl,solved,2026-10-02,1,0,good\n")
    profile = tmp_path / "p.toml"
    profile.write_text('kind = "tickets"\n[agent]\ncolumn = "agent"\n[month]\ncolumn = "solved"\n'
                       '[tickets]\nstatus = "status"\nreplies = "replies"\nreopens = "reopened"\n'
                       '[ratings]\ncolumn = "rating"\ngreen = ["good"]\nred = ["bad"]\n')
    plan = preview_import(journal, FileRequest(path, str(profile)))
    values = _values(plan)
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] is None
    assert values[("anna@example.nl", "2026-10", "ftr")] == 100.0
    assert "Hours worked are unknown, so tickets per hour stays empty." in [
        str(n) for n in plan.notices]


def test_empty_reply_counts_are_left_out_of_ftr(journal, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("agent,status,solved,replies,reopened,rating,seconds worked\n"
                    "anna@example.nl,solved,2026-10-02,,Nee,,60\n"
                    "anna@example.nl,solved,2026-10-03,2,Nee,,60\n")
    plan = preview_import(journal, FileRequest(path, "generic_tickets"))
    assert _values(plan)[("anna@example.nl", "2026-10", "ftr")] == 0.0
    assert "1 solved ticket without a reply count is left out of FTR." in [
        str(n) for n in plan.notices]


def test_talkdesk_contacts_average_handle_time_by_name(journal):
    from coachtui.model import Agent

    journal.add_agent(Agent(name="Anna de Vries", email="anna@example.nl"))
    plan = preview_import(journal, FileRequest(DATA / "talkdesk_contacts.csv", "talkdesk_contacts",
                                            "2026-10"))
    values = _values(plan)
    assert values[("anna@example.nl", "2026-10", "aht")] == 300.0
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] is None
    assert any("Unknown Person" in str(n) and "Bob Smit" in str(n) for n in plan.notices)


def test_bad_cell_in_a_ticket_row_names_file_line_column_value(journal, tmp_path):
    path = tmp_path / "tickets.csv"
    rows = ["agent,name,status,solved,replies,reopened,rating,seconds worked"]
    rows += ["anna@example.nl,A,solved,2026-10-02,1,Nee,green,60"] * 5
    rows.append("anna@example.nl,A,solved,2026-10-02,een,Nee,green,60")
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(UserError, match=r"tickets.csv, line 7, column 'replies': 'een' is not"):
        preview_import(journal, FileRequest(path, "generic_tickets"))
    assert journal.agents() == []


def _write(path: Path, rows: int) -> None:
    with open(path, "w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["agent", "name", "status", "solved", "replies", "reopened", "rating",
                      "seconds worked"])
        for n in range(rows):
            out.writerow([f"agent{n % 25}@example.nl", f"Agent {n % 25}", "solved",
                          f"2026-{9 + n % 2:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00",
                          n % 4, "Nee", ("green", "", "red")[n % 3], 300 + n % 900])


def _peak(path: Path) -> int:
    tracemalloc.start()
    try:
        harvest(FileRequest(path, "generic_tickets"))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_row_count_grows(tmp_path):
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    _write(small, 5_000)
    _write(large, 40_000)
    # eight times the rows, about the same peak (the file is streamed, never loaded whole)
    assert _peak(large) < _peak(small) * 1.5 + 200_000


def test_progress_reports_bytes_up_to_the_file_size(tmp_path):
    path = tmp_path / "t.csv"
    _write(path, 30_000)
    seen: list[tuple[int, int | None]] = []
    harvest(FileRequest(path, "generic_tickets"), progress=lambda d, t: seen.append((d, t)))
    size = path.stat().st_size
    assert len(seen) > 1
    assert all(total == size for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == size


def test_hours_from_a_wfm_file_give_tickets_per_hour(journal):
    """Daily WFM rows (H:MM) are added up per agent and month; no hours, no figure."""
    plan = preview_import(journal, FileRequest(DATA / "tickets_nl.csv", "generic_tickets",
                                            hours_path=DATA / "wfm_hours_nl.csv"))
    values = _values(plan)
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] == 0.375  # 3 in 8 h
    assert values[("bob@example.nl", "2026-10", "tickets_per_hour")] == 0.25  # 1 in 4 h
    assert values[("bob@example.nl", "2026-09", "tickets_per_hour")] == 0.125  # 1 in 8 h
    assert not any("Hours worked are unknown" in str(n) for n in plan.notices)


def test_agents_missing_from_the_wfm_file_are_named(journal, tmp_path):
    hours = tmp_path / "hours.csv"
    hours.write_text("email,month,hours\nanna@example.nl,2026-10,8\n")
    plan = preview_import(journal, FileRequest(DATA / "tickets_nl.csv", "generic_tickets",
                                            "2026-10", hours_path=hours))
    values = _values(plan)
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] == 0.375
    assert values[("bob@example.nl", "2026-10", "tickets_per_hour")] is None
    assert "No hours worked for 1 agent (bob@example.nl); their tickets per hour stays " \
           "empty." in [str(n) for n in plan.notices]


def test_a_bad_hours_cell_names_the_wfm_file(journal, tmp_path):
    hours = tmp_path / "hours.csv"
    hours.write_text("email,month,hours\nanna@example.nl,2026-10,acht\n")
    with pytest.raises(UserError, match=r"hours\.csv, line 2, column 'hours': 'acht'"):
        preview_import(journal, FileRequest(DATA / "tickets_nl.csv", "generic_tickets",
                                         hours_path=hours))
