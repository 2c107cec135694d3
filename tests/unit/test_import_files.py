"""Agent-month files through mapping profiles: the formats real exports arrive in."""

from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl
import pytest

from coachtui.errors import UserError
from coachtui.importers.mapping import load_profile, preset_names
from coachtui.model import Agent
from coachtui.services.imports import FileRequest, preview_import, save_import

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def _values(plan):
    return {(c.agent_email, c.month, c.metric): c.new for c in plan.changes}


def _plan(journal, path, profile, month=None):
    return preview_import(journal, FileRequest(Path(path), profile, month))


def test_presets_ship_with_the_package():
    assert {"zendesk_explore", "freshdesk_agent_performance", "five9_agent_report",
            "talkdesk_contacts", "generic", "zendesk_tickets", "generic_tickets"} <= set(
        preset_names())
    for name in preset_names():
        assert load_profile(name).name == name


def test_dutch_excel_zendesk_explore_export(journal):
    """`;`, BOM, decimal comma, `87,5%`, Dutch month names, a total row, an empty cell."""
    plan = _plan(journal, DATA / "zendesk_explore_nl.csv", "zendesk_explore")
    values = _values(plan)
    assert values[("anna@example.nl", "2026-10", "ftr")] == 87.5
    assert values[("anna@example.nl", "2026-09", "ftr")] == 81.0
    assert values[("bob@example.nl", "2026-10", "ftr")] == 72.25
    assert values[("anna@example.nl", "2026-10", "smileys_green")] == 41
    assert values[("bob@example.nl", "2026-10", "smileys_red")] is None  # empty, not zero
    assert values[("cecile@example.nl", "2026-10", "ftr")] is None
    assert {a.name for a in plan.new_agents} == {"Anna de Vries", "Bob Smit", "Cécile Martin"}
    assert "1 row without an agent (or total row) skipped." in [str(n) for n in plan.notices]


def test_month_option_keeps_only_that_month(journal):
    plan = _plan(journal, DATA / "zendesk_explore_nl.csv", "zendesk_explore", "2026-09")
    assert {c.month for c in plan.changes} == {"2026-09"}
    assert any("months other than 2026-09" in str(n) for n in plan.notices)


def test_five9_times_and_calls_per_logged_in_hour(journal):
    plan = _plan(journal, DATA / "five9_agent_report.csv", "five9_agent_report", "2026-10")
    values = _values(plan)
    assert values[("anna@example.nl", "2026-10", "aht")] == 315
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] == 4.0
    assert values[("bob@example.nl", "2026-10", "tickets_per_hour")] == pytest.approx(4.0, 0.01)
    # no login time: calls per hour is unknown, not zero or infinite
    assert values[("new.agent@example.nl", "2026-10", "tickets_per_hour")] is None


def test_cp1252_tab_separated_freshdesk_report(journal):
    plan = _plan(journal, DATA / "freshdesk_agent_performance_cp1252.tsv",
                 "freshdesk_agent_performance", "2026-10")
    values = _values(plan)
    assert "Zoë Désirée" in {a.name for a in plan.new_agents}
    assert values[("zoe@example.nl", "2026-10", "ftr")] == 81.0
    assert values[("zoe@example.nl", "2026-10", "smileys_yellow")] is None
    assert values[("anna@example.nl", "2026-10", "aht")] == 370


def test_month_column_missing_needs_the_month_option(journal):
    with pytest.raises(UserError, match="--month"):
        _plan(journal, DATA / "five9_agent_report.csv", "five9_agent_report")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_encodings_and_separators_are_sniffed(journal, tmp_path, encoding, separator):
    rows = [["email", "name", "month", "ftr", "smileys_green"],
            ["jose@example.nl", "José Müller", "October 2026", "91,5%" if separator != ","
             else "91.5%", "12"]]
    text = "\r\n".join(separator.join(r) for r in rows) + "\r\n"
    path = tmp_path / "sheet.csv"
    path.write_bytes(text.encode(encoding))
    plan = _plan(journal, path, "generic")
    assert _values(plan)[("jose@example.nl", "2026-10", "ftr")] == 91.5
    assert plan.new_agents[0].name == "José Müller"


def test_a_late_non_utf8_byte_switches_to_cp1252(journal, tmp_path):
    """The first 64 KB look like UTF-8, a Windows byte comes later: read again as cp1252."""
    lines = ["email,month,smileys_green"]
    lines += [f"agent{n}@example.nl,2026-10,{n}" for n in range(5000)]
    lines.append("zoe@example.nl,2026-10,7")
    data = ("\r\n".join(lines) + "\r\n").encode("ascii") + "ë@example.nl,2026-10,1\r\n".encode(
        "cp1252")
    path = tmp_path / "late.csv"
    path.write_bytes(data)
    plan = _plan(journal, path, "generic")
    assert len(plan.new_agents) == 5002


def test_xlsx_with_percent_cells_and_times(journal, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Assignee name", "Assignee email", "Ticket solved - Month",
                  "One-touch tickets %", "Good satisfaction tickets", "Bad satisfaction tickets"])
    sheet.append(["Anna de Vries", "anna@example.nl", "okt-2026", 0.875, 41, None])
    sheet["D2"].number_format = "0.0%"
    sheet.append(["Bob Smit", "bob@example.nl", "2026-10", 72.5, 18, 2])
    path = tmp_path / "explore.xlsx"
    book.save(path)
    values = _values(_plan(journal, path, "zendesk_explore"))
    assert values[("anna@example.nl", "2026-10", "ftr")] == pytest.approx(87.5)
    assert values[("anna@example.nl", "2026-10", "smileys_red")] is None
    assert values[("bob@example.nl", "2026-10", "ftr")] == 72.5


def test_profile_by_path_with_name_matching_and_units(journal, tmp_path):
    journal.add_agent(Agent(name="Anna de Vries", email="anna@example.nl"))
    profile = tmp_path / "wfm.toml"
    profile.write_text('''
name = "wfm"
[agent]
column = "Medewerker"
match = "name"
[month]
column = "Maand"
[metrics]
adherence = { column = "Roosterdiscipline", unit = "fraction" }
aht = { column = "AHT (ms)", unit = "milliseconds" }
''', encoding="utf-8")
    path = tmp_path / "wfm.csv"
    path.write_text("Medewerker;Maand;Roosterdiscipline;AHT (ms)\n"
                    "anna de vries;mei 2026;0,93;315000\n"
                    "Onbekend Iemand;mei 2026;0,8;1000\n", encoding="utf-8")
    plan = _plan(journal, path, str(profile))
    values = _values(plan)
    assert values[("anna@example.nl", "2026-05", "adherence")] == pytest.approx(93.0)
    assert values[("anna@example.nl", "2026-05", "aht")] == 315
    assert not plan.new_agents  # a name alone cannot make a new agent
    assert any("Onbekend Iemand" in str(n) for n in plan.notices)


def _assert_untouched(journal):
    assert journal.agents() == []


@pytest.mark.parametrize(("content", "words"), [
    ("email;month;ftr\nanna@example.nl;2026-10;veel\n",
     "sheet.csv, line 2, column 'ftr': 'veel' is not a number"),
    ("email;month;ftr\nanna@example.nl;2026-10;80\nbob@example.nl;2026-13;70\n",
     "sheet.csv, line 3, column 'month': '2026-13' is not a month"),
    ("email;month;smileys_green\nanna@example.nl;2026-10;2,5\n",
     "column 'smileys_green': '2,5' is not a whole, positive count"),
    ("email;month;ftr\nnot-an-email;2026-10;80\n",
     "line 2, column 'email': 'not-an-email' is not an e-mail address"),
    ("email;month;ftr\nanna@example.nl;2026-10;80\nanna@example.nl;okt-2026;81\n",
     "line 3: anna@example.nl already appears for 2026-10 on line 2"),
    ("agent;month;ftr\nanna@example.nl;2026-10;80\n", "has no column 'email'"),
    ("", "sheet.csv is empty"),
])
def test_bad_input_is_one_sentence_and_nothing_is_written(journal, tmp_path, content, words):
    path = tmp_path / "sheet.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        _plan(journal, path, "generic")
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    _assert_untouched(journal)


def test_a_metric_the_journal_does_not_know_is_refused(journal, tmp_path):
    profile = tmp_path / "odd.toml"
    profile.write_text('[agent]\ncolumn = "email"\n[metrics]\nempathy = { column = "e" }\n')
    path = tmp_path / "empathy.csv"
    path.write_text("email,e\nanna@example.nl,80\n")
    with pytest.raises(UserError, match="metric 'empathy' does not exist in the journal"):
        _plan(journal, path, str(profile), "2026-10")


@pytest.mark.parametrize(("name", "words"), [
    ("nope", "There is no profile 'nope'"),
    ("/nowhere/profile.toml", "cannot be read"),
])
def test_unknown_profiles_are_refused(journal, name, words):
    with pytest.raises(UserError, match=words):
        _plan(journal, DATA / "five9_agent_report.csv", name, "2026-10")


def test_a_broken_profile_names_the_setting(journal, tmp_path):
    profile = tmp_path / "bad.toml"
    profile.write_text('[agent]\ncolumn = "email"\nmatch = "shoe size"\n')
    with pytest.raises(UserError, match=r"setting 'agent\.match'"):
        _plan(journal, DATA / "five9_agent_report.csv", str(profile), "2026-10")


def test_not_a_spreadsheet_is_refused(journal, tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is no zip at all")
    with pytest.raises(UserError, match="looks like Excel but cannot be read"):
        _plan(journal, fake, "generic")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(codecs.BOM_UTF8[:1] + bytes(range(256)) * 4)
    with pytest.raises(UserError, match=r"photo\.csv"):
        _plan(journal, binary, "generic")


def test_importing_twice_changes_nothing_and_changes_show_old_and_new(journal, tmp_path):
    path = tmp_path / "month.csv"
    path.write_text("email;month;ftr;smileys_green\nanna@example.nl;2026-10;80;5\n")
    save_import(journal, _plan(journal, path, "generic"))
    assert _plan(journal, path, "generic").is_empty
    path.write_text("email;month;ftr;smileys_green\nanna@example.nl;2026-10;82,5;\n")
    plan = _plan(journal, path, "generic")
    assert [(c.metric, c.old, c.new) for c in plan.changes] == [("ftr", 80.0, 82.5)]
    # the emptied smileys cell does not wipe out the known 5
    assert "1 empty cell leaves an existing figure as it is." in [str(n) for n in plan.notices]
    save_import(journal, plan)
    anna = journal.find_agent("anna@example.nl")
    assert {f.metric: f.value for f in journal.figures(anna.id, "2026-10")} == {
        "ftr": 82.5, "smileys_green": 5.0}


def test_xlsx_duration_cells_from_a_telephony_report(journal, tmp_path):
    """Excel stores times as fractions of a day; formatted cells arrive as times/durations."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Agents"
    sheet.append(["AGENT", "LOGIN TIME", "CALLS count", "Average HANDLE TIME"])
    sheet.append(["anna@example.nl", 5.0, 480, 315 / 86400])  # 120 h logged in, 5:15 AHT
    sheet["B2"].number_format = "[h]:mm:ss"
    sheet["D2"].number_format = "hh:mm:ss"
    path = tmp_path / "five9.xlsx"
    book.save(path)
    values = _values(_plan(journal, path, "five9_agent_report", "2026-10"))
    assert values[("anna@example.nl", "2026-10", "aht")] == pytest.approx(315)
    assert values[("anna@example.nl", "2026-10", "tickets_per_hour")] == pytest.approx(4.0)
