"""`coachtui talk start` and `coachtui note --agenda` on real journal files, both languages."""

from __future__ import annotations

import json

import pytest

from coachtui.cli import main
from coachtui.model import SessionKind
from coachtui.storage import Journal


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["coaching", "appraisal", "performance", "exit"])
def test_talk_start_prints_the_new_talks_id(capsys, demo_journal_path, kind):
    code, out, err = _run(capsys, "talk", "start", "mohammed", "--kind", kind,
                          "--journal", str(demo_journal_path))
    assert code == 0 and err == ""
    talk_id = int(out.strip())
    with Journal.open(demo_journal_path) as journal:
        session = journal.session(talk_id)
    assert session.kind is SessionKind(kind)
    assert session.month == "2026-11"  # the fixed clock's month: held now
    # again: the draft in progress, not a second one
    code, again, _ = _run(capsys, "talk", "start", "mohammed", "--kind", kind,
                          "--journal", str(demo_journal_path))
    assert code == 0 and again == out


def test_talk_start_monthly_defaults_to_the_last_full_month(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "talk", "start", "kees", "--kind", "monthly",
                        "--journal", str(demo_journal_path))
    assert code == 0
    with Journal.open(demo_journal_path) as journal:
        assert journal.session(int(out)).month == "2026-10"


def test_talk_start_with_a_month_and_sessions_json_gives_the_kind(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "talk", "start", "joris", "--kind", "appraisal", "--month",
                        "2026-12", "--journal", str(demo_journal_path))
    assert code == 0
    code, listing, _ = _run(capsys, "sessions", "--agent", "joris", "--month", "2026-12",
                            "--json", "--journal", str(demo_journal_path))
    assert [(s["id"], s["kind"], s["status"]) for s in json.loads(listing)] == [
        (int(out), "appraisal", "draft")]


@pytest.mark.parametrize(("lang", "words"), [("en", "month"), ("nl", "maand")])
def test_talk_start_refuses_a_bad_month_in_both_languages(capsys, demo_journal_path, lang,
                                                          words):
    with Journal.open(demo_journal_path) as journal:
        before = len(journal.sessions())
    code, out, err = _run(capsys, "talk", "start", "mohammed", "--kind", "exit", "--month",
                          "2026-13", "--lang", lang, "--journal", str(demo_journal_path))
    assert code == 1 and out == ""
    assert "2026-13" in err and words in err.lower()
    with Journal.open(demo_journal_path) as journal:
        assert len(journal.sessions()) == before


def test_talk_start_refuses_an_unknown_agent_and_kind(capsys, demo_journal_path):
    code, out, err = _run(capsys, "talk", "start", "nobody", "--kind", "exit",
                          "--journal", str(demo_journal_path))
    assert code == 1 and out == "" and "nobody" in err
    with pytest.raises(SystemExit) as usage:
        main(["talk", "start", "mohammed", "--kind", "lunch",
              "--journal", str(demo_journal_path)])
    assert usage.value.code == 2


def test_note_on_the_agenda(capsys, demo_journal_path):
    code, out, _ = _run(capsys, "note", "mohammed", "--agenda", "Talk", "about", "the", "rota",
                        "--journal", str(demo_journal_path))
    assert code == 0 and "Talk about the rota" in out
    with Journal.open(demo_journal_path) as journal:
        agent = journal.find_agent("mohammed")
        items = journal.open_agenda(agent.id)
        note = max(journal.notes(agent.id), key=lambda n: n.id)
    assert [(i.text, i.added_by, i.note_id) for i in items] == [
        ("Talk about the rota", "lead", note.id)]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_private_note_is_never_on_the_agenda(capsys, demo_journal_path, lang):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.find_agent("mohammed")
        notes_before = len(journal.notes(agent.id))
    code, out, err = _run(capsys, "note", "mohammed", "--agenda", "--private", "secret",
                          "--lang", lang, "--journal", str(demo_journal_path))
    assert code == 1 and out == "" and err.strip()
    with Journal.open(demo_journal_path) as journal:
        assert len(journal.notes(agent.id)) == notes_before
        assert journal.open_agenda(agent.id) == []
