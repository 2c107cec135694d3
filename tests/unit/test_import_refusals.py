"""Import refusals and warnings as text keys: in the user's language, values from outside
quoted (one line, control characters as visible marks, shortened); names with control
characters listed in a warning and stored as they came."""

from __future__ import annotations

import errno

import pytest

from coachtui.errors import UserError
from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.problems import ImportProblem, os_reason
from coachtui.model import Agent
from coachtui.services.import_plan import plan_harvest
from coachtui.services.imports import FileRequest, harvest, preview_import, save_import

ESC = "\x1b"


def _sheet(tmp_path, text: str, name: str = "figures.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_cell_is_quoted_safely_and_shortened(tmp_path):
    cell = f"{ESC}[2J{ESC}]2:title{ESC}\\" + "x" * 100
    path = _sheet(tmp_path, f"email;month;ftr\nanna@example.nl;2026-10;{cell}\n")
    with pytest.raises(ImportProblem) as caught:
        harvest(FileRequest(path, "generic"))
    problem = caught.value
    assert problem.key == "imports.bad_value"
    for text in (problem.text("en"), problem.text("nl")):
        assert ESC not in text and "␛[2J␛]2:title␛\\" in text
        assert "x" * 60 not in text and "…" in text
    assert problem.text("nl").startswith("figures.csv, regel 2, kolom 'ftr': '␛[2J")
    assert "is geen getal; er is niets opgeslagen." in problem.text("nl")


def test_a_missing_column_names_the_columns_safely_in_dutch(tmp_path):
    path = _sheet(tmp_path, f"e-mail;maand;ftr{ESC}[2J\nanna@example.nl;2026-10;80\n")
    with pytest.raises(UserError) as caught:
        preview_import_nowhere(path)
    text = caught.value.text("nl")
    assert text.startswith("figures.csv heeft geen kolom 'email' (wel: e-mail, maand, ftr␛[2J)")


def preview_import_nowhere(path):
    """Read through the profile only (the refusal comes before the journal is needed)."""
    return harvest(FileRequest(path, "generic"))


def test_a_file_name_with_control_characters_is_quoted(tmp_path):
    with pytest.raises(ImportProblem) as caught:
        harvest(FileRequest(tmp_path / f"gone{ESC}[31m.csv", "generic"))
    assert ESC not in caught.value.text("en") and "gone␛[31m.csv" in caught.value.text("en")
    assert caught.value.text("nl").endswith("bestaat niet.")


def test_a_damaged_csv_says_why_in_dutch(tmp_path):
    path = _sheet(tmp_path, 'email;month;ftr\nanna@example.nl;2026-10;"' + "9" * 140_000 + '"\n')
    with pytest.raises(ImportProblem) as caught:
        harvest(FileRequest(path, "generic"))
    assert caught.value.text("nl") == (
        "figures.csv, regel 2: de CSV is beschadigd (een veld is langer dan een CSV-veld mag "
        "zijn); er is niets opgeslagen.")


def test_system_errors_become_reasons_in_both_languages():
    denied = ImportProblem("imports.file_unreadable", file="a.csv",
                           error=os_reason(OSError(errno.EACCES, "Permission denied")))
    assert denied.text("nl") == ("Het bestand a.csv kan niet worden gelezen (geen "
                                 "toestemming om het te lezen).")
    assert "(no permission to read it)" in denied.text("en")
    assert os_reason(OSError(errno.EIO, "I/O error")) == "imports.os.other"


def test_a_profile_with_a_wrong_setting_is_refused_in_dutch(tmp_path):
    profile = _sheet(tmp_path, f'[agent]\ncolumn = "email"\n[metrics{ESC}]\n', "p.toml")
    path = _sheet(tmp_path, "email;month;ftr\nanna@example.nl;2026-10;80\n")
    with pytest.raises(ImportProblem) as caught:
        harvest(FileRequest(path, str(profile), "2026-10"))
    assert caught.value.key in ("imports.profile_setting", "imports.profile_toml")
    assert ESC not in caught.value.text("nl") and "Het profiel" in caught.value.text("nl")


def test_rows_whose_names_carry_control_characters_are_listed_and_stored_as_they_came(
        journal, tmp_path):
    odd = f"Evil{ESC}[31m{ESC}[8m Name"
    path = _sheet(tmp_path, "email;name;month;ftr\n"
                            "anna@example.nl;Anna;2026-10;80\n"
                            f"eve@example.nl;{odd};2026-10;70\n")
    plan = preview_import(journal, FileRequest(path, "generic"))
    (notice,) = [n for n in plan.notices if n.key == "imports.note.controls_lines"]
    assert notice.values["count"] == 1
    assert notice.text("en").startswith(
        "1 row carries control characters in a name or e-mail (line 3 (eve@example.nl))")
    assert notice.text("nl").startswith("1 rij heeft stuurtekens")
    save_import(journal, plan)
    assert {a.email: a.name for a in journal.agents()}["eve@example.nl"] == odd


def test_ticket_rows_with_control_characters_are_listed_by_line(journal, tmp_path):
    path = _sheet(tmp_path, "agent,name,status,solved,replies,reopened,rating,seconds worked\n"
                            "anna@example.nl,Anna,solved,2026-10-03,1,Nee,good,60\n"
                            f"bob@example.nl,Bob{ESC}[8m,solved,2026-10-03,1,Nee,good,60\n"
                            f"bob@example.nl,Bob{ESC}[8m,solved,2026-10-04,1,Nee,good,60\n")
    plan = preview_import(journal, FileRequest(path, "generic_tickets"))
    (notice,) = [n for n in plan.notices if n.key == "imports.note.controls_lines"]
    assert "line 3 (bob@example.nl)" in notice.text("en")  # the row the name was read from


def test_a_helpdesk_agent_with_control_characters_is_named_in_the_warning(journal):
    crop = Harvest(source="zendesk", agents=[
        AgentRef("email", "anna@example.nl", "Anna"),
        AgentRef("email", "mal@example.nl", f"Mal{ESC}[5m{chr(0x202e)}ory")])
    plan = plan_harvest(journal, crop)
    (notice,) = [n for n in plan.notices if n.key == "imports.note.controls_agents"]
    assert notice.values == {"count": 1, "names": "mal@example.nl"}
    assert [a.name for a in plan.new_agents][1] == f"Mal{ESC}[5m{chr(0x202e)}ory"


def test_an_ambiguous_name_is_quoted(journal, tmp_path):
    for email in ("s1@example.nl", "s2@example.nl"):
        journal.add_agent(Agent(name=f"Sam{ESC}[1m", email=email))
    profile = _sheet(tmp_path, '[agent]\ncolumn = "who"\nmatch = "name"\n'
                               '[metrics]\nftr = "ftr"\n', "by_name.toml")
    path = _sheet(tmp_path, f"who,ftr\nSam{ESC}[1m,80\n")
    with pytest.raises(ImportProblem) as caught:
        preview_import(journal, FileRequest(path, str(profile), "2026-10"))
    assert "'Sam␛[1m' past bij meer dan één medewerker" in caught.value.text("nl")
