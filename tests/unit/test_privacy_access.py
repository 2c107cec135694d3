"""Right of access: everything about the agent, private parts included and marked."""

from __future__ import annotations

import json
import time

from coachtui.cli import main
from coachtui.storage import Journal
from tests.unit.test_privacy_erase import SECRET_NOTE, SECRET_SESSION, SHARED_NOTE, seed


def test_access_export_holds_everything_and_marks_what_is_private(demo_journal_path,
                                                                  tmp_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        agent_id, email = seed(journal)
        sessions = journal.sessions(agent_id=agent_id)
        figures = journal.figures(agent_id)
        other = journal.find_agent("lotte")
    out = tmp_path / "access"
    started = time.perf_counter()
    assert main(["--journal", str(demo_journal_path), "privacy", "export", email,
                 "--out", str(out)]) == 0
    assert time.perf_counter() - started < 10  # "within seconds", generously
    [json_file] = out.glob("*.json")
    [md_file] = out.glob("*.md")
    document = json.loads(json_file.read_text(encoding="utf-8"))
    assert document["agent"]["email"] == email
    assert len(document["sessions"]) == len(sessions)
    assert len(document["figures"]) == len(figures)
    assert document["targets"] and document["absences"][0]["days"] == 3
    notes = {n["text"]: n["private"] for n in document["notes"]}
    assert notes[SECRET_NOTE] is True and notes[SHARED_NOTE] is False
    draft = next(s for s in document["sessions"] if s["status"] == "draft")
    assert draft["private_notes"] == {"text": SECRET_SESSION, "private": True}
    assert draft["agent_comments"]["private"] is False
    assert all(r["note"]["private"] is False for s in document["sessions"]
               for r in s["ratings"])
    # The change log rows about them are there, the one carrying private text marked so.
    private_rows = [c for c in document["change_log"] if c["new"] == SECRET_SESSION]
    assert private_rows and all(c["private"] for c in private_rows)
    assert any(c["entity"] == "figure" for c in document["change_log"])
    # Nobody else's data.
    text = json_file.read_text(encoding="utf-8")
    assert other.email not in text and other.name not in text
    markdown = md_file.read_text(encoding="utf-8")
    assert SECRET_NOTE in markdown and "private" in markdown and email in markdown


def test_access_export_of_an_unknown_agent_is_refused(demo_journal_path, tmp_path, capsys):
    assert main(["--journal", str(demo_journal_path), "privacy", "export", "nobody-here",
                 "--out", str(tmp_path / "x")]) == 1
    assert "nobody-here" in capsys.readouterr().err
