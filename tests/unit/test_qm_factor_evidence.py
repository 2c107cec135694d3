"""QM criteria map to qualitative factors (`factor = "KEY"` in the form file), and the
month's evaluations count as evidence for those factors in the talk."""

from __future__ import annotations

from importlib import resources

import pytest

from coachtui.cli import main
from coachtui.services import qm as qm_service
from coachtui.storage import Journal

MAPPING = {"listening": "communication", "tone": "communication", "language": "language"}


def mapped_form_text() -> str:
    """The default form with (only) three criteria mapped to factors of the monthly talk."""
    text = resources.files("coachtui.qm_forms").joinpath("default.toml").read_text("utf-8")
    # the default form maps some criteria itself: this form maps only these three
    text = "".join(line for line in text.splitlines(keepends=True)
                   if not line.startswith("factor = "))
    for key, factor in MAPPING.items():
        text = text.replace(f'key = "{key}"\n', f'key = "{key}"\nfactor = "{factor}"\n')
    return text


def seed_mapped(journal: Journal, tmp_path, name: str, months=("2026-10", "2026-11")) -> int:
    """Load the mapped form and score three contacts of `name` in each month: listening
    low on two, tone fine on all, language low on one; a calibration round's scores of
    their contact never count. Returns the agent's id."""
    path = tmp_path / "mapped.toml"
    path.write_text(mapped_form_text(), encoding="utf-8")
    qm_service.load_form_file(journal, path)
    agent = journal.find_agent(name)
    for month in months:
        for n, (listening, language) in enumerate(((1, 1), (0, 0), (3, 2)), 1):
            qm_service.score_contact(
                journal, agent.id, contact=f"EV-{month}-{n}", channel="phone",
                scorer="Marieke Jansen", on=f"{month}-0{n + 1}",
                pairs=[f"listening={listening}", "tone=2", f"language={language}",
                       "need=2"])
    return agent.id


def test_form_file_maps_criteria_to_factors(journal_path, tmp_path, capsys):
    path = tmp_path / "mapped.toml"
    path.write_text(mapped_form_text(), encoding="utf-8")
    assert main(["--journal", str(journal_path), "qm", "form", "load", str(path)]) == 0
    with Journal.open(journal_path) as journal:
        form = journal.qm_form()
        assert {c.key: c.factor for c in form.criteria if c.factor} == MAPPING
        assert form.criterion("need").factor == ""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_unknown_factor_is_refused_naming_file_line_field_value(journal_path, tmp_path,
                                                                capsys, lang):
    text = mapped_form_text().replace('factor = "language"', 'factor = "grammar"')
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "grammar" in row)
    assert main(["--journal", str(journal_path), "--lang", lang, "qm", "form", "load",
                 str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]  # after "journal created"
    assert "bad.toml" in err and f" {line}:" in err and "factor" in err and "grammar" in err
    with Journal.open(journal_path) as journal:
        assert journal.qm_form() is None  # nothing written


def test_old_form_without_factors_still_loads(journal_path, tmp_path):
    text = resources.files("coachtui.qm_forms").joinpath("default.toml").read_text("utf-8")
    text = "".join(line for line in text.splitlines(keepends=True)
                   if not line.startswith("factor = "))  # as forms were before 0.5
    path = tmp_path / "old.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["--journal", str(journal_path), "qm", "form", "load", str(path)]) == 0
    with Journal.open(journal_path) as journal:
        assert all(c.factor == "" for c in journal.qm_form().criteria)


def test_evidence_per_factor_counts_contacts_and_low_scores(journal, tmp_path):
    from coachtui.model import Agent

    journal.add_agent(Agent(name="Kees van den Berg", email="kees@example.nl"))
    agent_id = seed_mapped(journal, tmp_path, "Kees", months=("2026-10",))
    found = qm_service.factor_evidence(journal, agent_id, "2026-10")
    assert set(found) == {"communication", "language"}
    communication = found["communication"]
    assert communication.contacts == 3
    assert {c.key: (c.scored, c.low) for c in communication.criteria} == {
        "listening": (3, 2), "tone": (3, 0)}
    assert {c.key: (c.scored, c.low) for c in found["language"].criteria} == {
        "language": (3, 1)}
    assert qm_service.factor_evidence(journal, agent_id, "2026-09") == {}


def test_is_low_is_below_half_the_scale():
    assert [qm_service.is_low(s, 3) for s in range(4)] == [True, True, False, False]
    assert [qm_service.is_low(s, 2) for s in range(3)] == [True, False, False]
    assert [qm_service.is_low(s, 1) for s in range(2)] == [True, False]
