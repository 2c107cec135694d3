"""A journal file you can trust: what is not a journal is refused in one sentence with
nothing created beside it; a read-only journal stays read-only; a damaged one is never
written; and another process's commands never pull the -wal from under an open window."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coachtui.cli import main
from coachtui.errors import JournalError, ReadOnlyError
from coachtui.model import Agent
from coachtui.storage import Journal

SANNE = "sanne.devries@example.nl"


def _beside(path: Path) -> set[str]:
    """Names in the file's folder that start with its name (the file, -wal, -shm, ...)."""
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name)}


def _cli(*argv: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`coachtui ...` as its own process (a hang fails the test instead of the run)."""
    env = {**os.environ, "COACHTUI_TODAY": "2026-11-22", **(env_extra or {})}
    env.pop("COACHTUI_JOURNAL", None)
    return subprocess.run([sys.executable, "-m", "coachtui", *argv], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def _one_sentence(result: subprocess.CompletedProcess, says: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("coachtui: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and says in result.stderr


# -- what is not a journal file ----------------------------------------------------------
def test_a_fifo_is_refused_at_once_and_nothing_appears_beside_it(tmp_path):
    fifo = tmp_path / "journal.db"
    os.mkfifo(fifo)
    for argv in (["agents"], ["note", "sanne", "hello"]):
        _one_sentence(_cli(*argv, "--journal", str(fifo)), "not a plain file")
    assert _beside(fifo) == {"journal.db"}


def test_a_device_is_refused():
    with pytest.raises(JournalError, match="not a plain file"):
        Journal.open("/dev/null")


def test_a_dangling_link_is_refused_and_its_target_not_created(tmp_path):
    link = tmp_path / "journal.db"
    link.symlink_to(tmp_path / "gone" / "journal.db")
    _one_sentence(_cli("note", "--journal", str(link), "sanne", "hello"), "a link to a file")
    assert not (tmp_path / "gone").exists()
    assert _beside(link) == {"journal.db"}


def test_an_unreadable_journal_is_refused_without_a_traceback(demo_journal_path):
    demo_journal_path.chmod(0)
    try:
        _one_sentence(_cli("agents", "--journal", str(demo_journal_path)), "may not be read")
        assert _beside(demo_journal_path) == {"demo.db"}
    finally:
        demo_journal_path.chmod(0o600)


def test_no_journal_is_made_in_an_unwritable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _cli("demo", "--journal", str(folder / "journal.db"))
        _one_sentence(result, "may not be written to")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


# -- a read-only journal ---------------------------------------------------------------
def test_a_read_only_journal_opens_read_only_and_refuses_every_write(demo_journal_path):
    demo_journal_path.chmod(0o444)
    before = demo_journal_path.read_bytes()
    try:
        with Journal.open(demo_journal_path) as journal:
            assert journal.read_only
            sanne = journal.find_agent(SANNE)  # reading goes on
            for write in (lambda: journal.set_meta("manager_name", "M"),
                          lambda: journal.add_agent(Agent(name="New", email="new@x.nl"))):
                with pytest.raises(ReadOnlyError, match="read-only; nothing was written"):
                    write()
            assert journal.notes(sanne.id)
        result = _cli("note", "--journal", str(demo_journal_path), "sanne", "hello")
        _one_sentence(result, "is read-only; nothing was written")
        assert stat.S_IMODE(demo_journal_path.stat().st_mode) == 0o444  # not made writable
        assert demo_journal_path.read_bytes() == before
        assert _beside(demo_journal_path) == {"demo.db"}
    finally:
        demo_journal_path.chmod(0o600)


def test_a_read_only_journal_says_so_in_dutch(demo_journal_path, capsys):
    demo_journal_path.chmod(0o444)
    try:
        assert main(["note", "--journal", str(demo_journal_path), "--lang", "nl", "sanne",
                     "hallo"]) == 1
        assert "is alleen-lezen; er is niets opgeslagen" in capsys.readouterr().err
    finally:
        demo_journal_path.chmod(0o600)


# -- a damaged journal -------------------------------------------------------------------
def _damage_the_middle(path: Path) -> None:
    """Foreign bytes over three pages in the middle; the schema (page 1) stays readable."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 3 * 4096] = os.urandom(3 * 4096)
    path.write_bytes(bytes(data))


def test_a_damaged_journal_is_never_written_and_says_what_to_do(demo_journal_path, tmp_path):
    _damage_the_middle(demo_journal_path)
    before = demo_journal_path.read_bytes()
    with Journal.open(demo_journal_path) as journal:  # opening for reading goes on
        assert journal.check_health() is False
        with pytest.raises(JournalError, match=r"damaged; nothing was written\. Restore a copy"):
            journal.set_meta("manager_name", "Marieke")
    sheet = tmp_path / "figures.csv"
    sheet.write_text("email;month;ftr\nsanne.devries@example.nl;2026-10;91,5%\n")
    for argv in (["note", "sanne", "Good", "call"],
                 ["import", "csv", str(sheet), "--profile", "generic"]):
        _one_sentence(_cli(*argv, "--journal", str(demo_journal_path)), "Restore a copy")
    assert demo_journal_path.read_bytes() == before
    assert _beside(demo_journal_path) == {"demo.db"}


def test_reading_a_damaged_journal_goes_on_with_a_warning(demo_journal_path):
    _damage_the_middle(demo_journal_path)
    result = _cli("agents", "--journal", str(demo_journal_path), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert "Sanne de Vries" in result.stdout
    assert "beschadigd" in result.stderr and "back-up" in result.stderr


def test_a_whole_journal_is_checked_once_while_the_process_has_it_open(demo_journal_path):
    def checks(journal: Journal) -> list[str]:
        statements: list[str] = []
        journal.conn.set_trace_callback(statements.append)
        journal.set_meta("manager_name", "Marieke")  # the first write checks, if anyone
        return [s for s in statements if "quick_check" in s]

    with Journal.open(demo_journal_path) as window:
        assert checks(window) == ["PRAGMA quick_check"]
        with Journal.open(demo_journal_path) as worker:  # as Workspace.worker_journal does
            assert checks(worker) == []
    with Journal.open(demo_journal_path) as later:  # closed in between: checked afresh
        assert checks(later) == ["PRAGMA quick_check"]


def test_sqlite_refusal_in_the_cli_is_a_translated_sentence(demo_journal_path, capsys,
                                                            monkeypatch):
    from coachtui.commands import listing

    def broken(*_args: object) -> int:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(listing, "run_agents", broken)
    assert main(["agents", "--journal", str(demo_journal_path), "--lang", "nl"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coachtui: Het journaal ") and "kon niet gebruikt worden" in err


# -- other processes ---------------------------------------------------------------------
def test_another_process_leaves_an_open_windows_wal_in_place(demo_journal_path):
    """The window's -wal and -shm survive a worker connection of its own and every other
    command; what the window writes afterwards and what the commands wrote all stay."""
    wal, shm = (Path(f"{demo_journal_path}{suffix}") for suffix in ("-wal", "-shm"))
    with Journal.open(demo_journal_path) as window:
        sanne = window.find_agent(SANNE)
        window.set_meta("manager_name", "Marieke")
        assert wal.exists() and shm.exists()
        Journal.open(demo_journal_path, create=False).close()  # a worker's own connection
        for argv in (["agents"], ["note", "sanne", "From", "another", "process"],
                     ["sessions", "--agent", "sanne"]):
            result = _cli(*argv, "--journal", str(demo_journal_path))
            assert result.returncode == 0, result.stderr
            assert wal.exists() and shm.exists(), f"{argv[0]} removed the window's WAL"
        window.set_meta("manager_name", "Marieke Jansen")
        assert window.notes(sanne.id)[0].text == "From another process"
    check = sqlite3.connect(demo_journal_path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert check.execute("SELECT value FROM meta WHERE key = 'manager_name'").fetchone() \
            == ("Marieke Jansen",)
    finally:
        check.close()


def test_opening_a_current_journal_loads_neither_sqlite_utils_nor_pydantic(demo_journal_path):
    probe = (
        "import sys\n"
        "from coachtui.storage import Journal\n"
        "journal = Journal.open(sys.argv[1], create=False)\n"
        "journal.overview_facts('2026-10')\n"
        "journal.close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlite_utils', 'pydantic',"
        " 'pydantic_core', 'textual', 'httpx'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(demo_journal_path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(eval(result.stdout.strip().splitlines()[-1]))
    assert not loaded & {"sqlite_utils", "pydantic", "pydantic_core", "textual", "httpx"}
