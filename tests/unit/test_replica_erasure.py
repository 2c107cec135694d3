"""Erasure reaches the replica: after `privacy erase` (or `purge`) on a replicated journal,
no file beside the journal, no file at the replica and no state a restore can bring back
holds the erased agent's e-mail."""

from __future__ import annotations

import signal
import subprocess
import time

from coachtui import cli
from coachtui.services import replica
from coachtui.services.notes import add_quick_note
from coachtui.storage import Journal
from tests.replica_helpers import (
    files_holding,
    litestream_program,
    read_rows,
    restore_each_state,
    start_replicate,
    stop,
    wait_for,
)


def _someone(path):
    with Journal.open(path) as journal:
        agent = journal.agents()[0]
        add_quick_note(journal, agent.id, "Hush: a remark about them only")
    return agent


def _no_trace(tmp_path, folder, url, email):
    needle = email.encode()
    assert files_holding(tmp_path, needle) == []  # journal, -wal, .litestream, replica
    states = restore_each_state(url, tmp_path.parent / f"{tmp_path.name}-states")
    assert states  # the fresh replica holds the erased journal
    for state in states:
        assert needle not in state.read_bytes()
        assert read_rows(state, f"SELECT COUNT(*) FROM agents WHERE email = '{email}'"
                         ) == [(0,)]


def _in_history(url, folder, email):
    """The e-mail is in some state the replica can restore (so erasing has work to do)."""
    return any(email.encode() in state.read_bytes()
               for state in restore_each_state(url, folder))


def test_erasing_while_coachtui_replicates_leaves_no_trace(demo_journal_path, tmp_path,
                                                           capsys):
    folder = tmp_path / "replica"
    url = folder.as_uri()
    agent = _someone(demo_journal_path)
    process = start_replicate(demo_journal_path, url)
    try:
        assert wait_for(lambda: any(folder.rglob("*.ltx")))
        time.sleep(1.5)  # a sync after the snapshot: the note is in the replica's history
        assert _in_history(url, tmp_path.parent / f"{tmp_path.name}-before", agent.email)
        code = cli.main(["privacy", "erase", agent.email, "--yes",
                         "--journal", str(demo_journal_path)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "starts afresh" in out and err == ""
        # the paused replication went on and wrote a fresh replica of the erased journal
        assert wait_for(lambda: any(folder.rglob("*.ltx")))
        assert replica.running_replication(demo_journal_path) is not None
        time.sleep(1.5)
        _no_trace(tmp_path, folder, url, agent.email)
        tables = {r[0] for r in read_rows(demo_journal_path,
                                          "SELECT name FROM sqlite_master")}
        assert {"_litestream_seq", "_litestream_lock"} <= tables  # kept, rebuilt by VACUUM
    finally:
        stop(process)
    assert replica.running_replication(demo_journal_path) is None


def test_purge_without_a_running_replication_cleans_the_target_and_writes_it_anew(
        demo_journal_path, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "replica"
    url = folder.as_uri()
    with Journal.open(demo_journal_path) as journal:
        agent = journal.agents()[0]
        journal.conn.execute("UPDATE agents SET employment_end = '2024-01-31', active = 0"
                             " WHERE id = ?", [agent.id])
        journal.conn.commit()
    subprocess.run([litestream_program(), "replicate", "-once", str(demo_journal_path), url],
                   check=True, capture_output=True)
    assert _in_history(url, tmp_path.parent / f"{tmp_path.name}-before", agent.email)
    monkeypatch.setenv("COACHTUI_REPLICA_URL", url)
    code = cli.main(["privacy", "purge", "--older-than", "2", "--yes",
                     "--journal", str(demo_journal_path), "--lang", "nl"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "begint opnieuw" in out
    _no_trace(tmp_path, folder, url, agent.email)


def test_a_litestream_not_started_by_coachtui_is_refused_before_anything_is_erased(
        demo_journal_path, tmp_path, capsys):
    folder = tmp_path / "replica"
    agent = _someone(demo_journal_path)
    foreign = subprocess.Popen([litestream_program(), "replicate", str(demo_journal_path),
                                folder.as_uri()], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: any(folder.rglob("*.ltx")))
        code = cli.main(["privacy", "erase", agent.email, "--yes",
                         "--journal", str(demo_journal_path)])
        err = capsys.readouterr().err
        assert code == 1
        assert "stop that program and erase again, nothing was erased" in err
        assert err.count("\n") == 1
        assert read_rows(demo_journal_path, "SELECT COUNT(*) FROM agents WHERE id = "
                         f"{agent.id}") == [(1,)]
    finally:
        stop(foreign, signal.SIGINT)


def test_an_sftp_replica_is_named_as_left_to_clean_by_hand(demo_journal_path, capsys,
                                                           monkeypatch):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.agents()[0]
    code = cli.main(["privacy", "erase", agent.email, "--yes", "--journal",
                     str(demo_journal_path)])
    out, err = capsys.readouterr()
    assert code == 0 and err == "" and "replica" not in out  # no replica: nothing said
    with Journal.open(demo_journal_path) as journal:
        other = journal.agents()[0]
    monkeypatch.setenv("COACHTUI_REPLICA_URL", "sftp://backup.example/coach")
    code = cli.main(["privacy", "erase", other.email, "--yes", "--journal",
                     str(demo_journal_path)])
    err = capsys.readouterr().err
    assert code == 0
    assert "coachtui cannot remove files at sftp://backup.example/coach" in err


def test_cleaning_a_folder_replica_leaves_other_files_alone(tmp_path):
    (tmp_path / "ltx" / "0").mkdir(parents=True)
    (tmp_path / "ltx" / "0" / "1-1.ltx").write_bytes(b"old")
    (tmp_path / "generations" / "abc").mkdir(parents=True)
    (tmp_path / "generations" / "abc" / "snap").write_bytes(b"older")
    (tmp_path / "notes.txt").write_text("mine")
    assert replica._clean_folder(tmp_path) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
