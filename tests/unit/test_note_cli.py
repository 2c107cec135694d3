"""`coachtui note` end to end on a real journal file: saved, refused, and fast to start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from coachtui.cli import main
from coachtui.model import Channel, Rating, Relation
from coachtui.storage import Journal

SANNE = "sanne.devries@example.nl"


def _note(path, *argv: str) -> int:
    return main(["note", "--journal", str(path), *argv])


def _notes(path, email=SANNE):
    with Journal.open(path, create=False) as j:
        return j.notes(j.find_agent(email).id)


def _count(path) -> int:
    with Journal.open(path, create=False) as j:
        return j.db.conn.execute("SELECT count(*) FROM notes").fetchone()[0]


def test_note_with_dash_tag_at_the_end_is_saved_and_printed_on_one_line(
        demo_journal_path, capsys):
    before = len(_notes(demo_journal_path))
    assert _note(demo_journal_path, "sanne", "Good", "call", "-language") == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "Sanne de Vries" in out and "Use of language -" in out and "Good call" in out
    notes = _notes(demo_journal_path)
    assert len(notes) == before + 1
    newest = notes[0]
    assert (newest.text, newest.factor, newest.rating) == ("Good call", "language", Rating.MINUS)
    assert newest.private is False


def test_double_dash_puts_a_leading_dash_tag_into_the_text(demo_journal_path, capsys):
    assert _note(demo_journal_path, "sanne", "--", "-language", "bad", "spelling") == 0
    newest = _notes(demo_journal_path)[0]
    assert (newest.text, newest.rating) == ("bad spelling", Rating.MINUS)


def test_leading_dash_tag_without_double_dash_works_too(demo_journal_path):
    assert _note(demo_journal_path, "sanne", "-taal", "bad", "spelling") == 0
    assert _notes(demo_journal_path)[0].factor == "language"


def test_observation_fields_and_private_flag_in_dutch(demo_journal_path, capsys):
    assert main(["note", "--journal", str(demo_journal_path), "--lang", "nl", SANNE,
                 "Klant", "blij", "~afsprakennakomen", "--private", "--ref", "#4711",
                 "--channel", "chat", "--relation", "strengthened"]) == 0
    out = capsys.readouterr().out
    assert "Afspraken nakomen +/-" in out and "alleen voor jou" in out
    assert "chat #4711" in out and "relatie versterkt" in out
    newest = _notes(demo_journal_path)[0]
    assert newest.private and newest.contact_ref == "#4711"
    assert newest.channel is Channel.CHAT and newest.relation is Relation.STRENGTHENED
    assert newest.rating is Rating.MIXED and newest.text == "Klant blij"


def test_agent_by_id(demo_journal_path):
    with Journal.open(demo_journal_path) as j:
        agent_id = j.find_agent(SANNE).id
    assert _note(demo_journal_path, str(agent_id), "Plain", "note") == 0
    assert _notes(demo_journal_path)[0].text == "Plain note"


@pytest.mark.parametrize(("argv", "says"), [
    (["e", "hello"], "matches more than one agent"),
    (["nobody-at-all", "hello"], "No agent matches"),
    (["sanne", "hello", "+punctuality"], "not a factor"),
    (["sanne", "hello", "+k"], "too short"),
    (["sanne", "+wow", "and", "-taal"], "several tags"),
    (["sanne", "+wow"], "needs some text"),
    (["sanne", "   "], "needs some text"),
])
def test_bad_input_exits_1_with_the_reason_and_saves_nothing(demo_journal_path, capsys,
                                                             argv, says):
    before = _count(demo_journal_path)
    assert _note(demo_journal_path, *argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("coachtui: ") and says in err
    assert err.count("\n") == 1
    assert _count(demo_journal_path) == before


def test_ambiguous_agent_lists_the_candidates(demo_journal_path, capsys):
    assert _note(demo_journal_path, "e", "hello") == 1
    err = capsys.readouterr().err
    assert "Sanne de Vries" in err and "Daan Visser" in err


def test_unknown_tag_names_the_factors(demo_journal_path, capsys):
    assert _note(demo_journal_path, "sanne", "x", "+zz") == 1
    err = capsys.readouterr().err
    for key in ("initiative", "agreements", "language", "wow", "collaboration"):
        assert key in err


def test_missing_journal_is_refused(tmp_path, capsys):
    assert _note(tmp_path / "none.db", "sanne", "hello") == 1
    assert "no journal" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_health_text_needs_yes(demo_journal_path, capsys, monkeypatch):
    from coachtui.services import notes as note_service

    monkeypatch.setattr(note_service, "medical_words",
                        lambda text: ["migraine"] if "migraine" in text else [])
    before = _count(demo_journal_path)
    assert _note(demo_journal_path, "sanne", "had", "migraine") == 1
    assert "--yes" in capsys.readouterr().err
    assert _count(demo_journal_path) == before
    assert _note(demo_journal_path, "sanne", "had", "migraine", "--yes") == 0
    assert "migraine" in capsys.readouterr().err  # still warned on stderr
    assert _count(demo_journal_path) == before + 1


def test_subprocess_saves_and_never_loads_textual_httpx_or_sqlite_utils(demo_journal_path):
    probe = (
        "import sys, json\n"
        "from coachtui.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'httpx', 'screens', 'rich', 'sqlite_utils'))\n"
        "print(json.dumps({'rc': rc, 'heavy': heavy}))\n"
    )
    env = {**os.environ, "COACHTUI_TODAY": "2026-11-22"}
    result = subprocess.run(
        [sys.executable, "-c", probe, "note", "--journal", str(demo_journal_path), "sanne",
         "Helped", "a", "colleague", "+samenwerk"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert "Helped a colleague" in lines[0]
    report = json.loads(lines[-1])
    assert report == {"rc": 0, "heavy": []}
    assert _notes(demo_journal_path)[0].factor == "collaboration"


def test_real_entry_point_with_importtime(demo_journal_path):
    env = {**os.environ, "COACHTUI_TODAY": "2026-11-22"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coachtui", "note", "--journal",
         str(demo_journal_path), "sanne", "Good", "call", "-language"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip().split(".")[0]
                for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "coachtui" in imported
    assert not imported & {"textual", "httpx"}


def test_real_health_guard_refuses_without_yes(demo_journal_path, capsys):
    pytest.importorskip("coachtui.health_guard")
    before = _count(demo_journal_path)
    assert _note(demo_journal_path, "sanne", "Was", "ziek", "met", "griep") == 1
    assert "--yes" in capsys.readouterr().err
    assert _count(demo_journal_path) == before


def test_unknown_agent_is_refused_in_dutch_and_in_english(demo_journal_path, capsys):
    assert main(["note", "--journal", str(demo_journal_path), "--lang", "nl", "nobody-at-all",
                 "hallo"]) == 1
    assert capsys.readouterr().err == "coachtui: Geen medewerker past bij 'nobody-at-all'.\n"
    assert _note(demo_journal_path, "nobody-at-all", "hello") == 1
    assert capsys.readouterr().err == "coachtui: No agent matches 'nobody-at-all'.\n"


def test_a_journal_of_an_older_version_is_brought_up_to_date_first(demo_journal_path):
    import sqlite3

    from coachtui.storage.schema_version import MIGRATION_NAMES

    conn = sqlite3.connect(demo_journal_path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_lighter_change_log'")
    conn.execute("CREATE INDEX change_log_agent ON change_log(agent_id)")
    conn.commit()
    conn.close()
    assert _note(demo_journal_path, "sanne", "After", "update") == 0
    conn = sqlite3.connect(demo_journal_path)
    applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    conn.close()
    assert applied == set(MIGRATION_NAMES) and "change_log_agent" not in indexes
    assert _notes(demo_journal_path)[0].text == "After update"


def _newer(path) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('coachtui', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


def _text(path) -> None:
    path.write_text("Meeting with Sanne on Monday\n" * 20)


def _truncated(path) -> None:
    path.write_bytes(path.read_bytes()[:5000])


@pytest.mark.parametrize(("spoil", "says"), [
    (_newer, "newer coachtui"), (_text, "not an SQLite file"), (_truncated, "damaged"),
])
def test_a_file_that_is_not_a_current_journal_is_refused_untouched(demo_journal_path, capsys,
                                                                    spoil, says):
    spoil(demo_journal_path)
    before = demo_journal_path.read_bytes()
    assert _note(demo_journal_path, "sanne", "hello") == 1
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    assert demo_journal_path.read_bytes() == before
    assert sorted(p.name for p in demo_journal_path.parent.iterdir()) == ["demo.db"]
