"""`coachtui export session|month` as a user runs it: files, stdout, refusals, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachtui.cli import main
from coachtui.storage import Journal
from tests.unit.test_export_record import PRIVATE_NOTE, PRIVATE_SESSION, seed_private


@pytest.fixture
def seeded(demo_journal_path):
    """The demo journal with a signed session holding private texts; returns (path, id)."""
    with Journal.open(demo_journal_path) as journal:
        session_id = seed_private(journal)
        month = journal.session(session_id).month
    return demo_journal_path, session_id, month


def cli(path, *argv):
    return main(["--journal", str(path), *argv])


def test_session_to_stdout_and_to_a_file(seeded, tmp_path, capsys):
    path, session_id, _ = seeded
    assert cli(path, "export", "session", str(session_id), "--format", "json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["record"]["session_id"] == session_id
    out = tmp_path / "record.html"
    assert cli(path, "export", "session", str(session_id), "--format", "html",
               "--out", str(out)) == 0
    assert "Sanne de Vries" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_pdf_without_out_writes_a_default_file_name(seeded, tmp_path, monkeypatch, capsys):
    path, session_id, month = seeded
    monkeypatch.chdir(tmp_path)
    assert cli(path, "export", "session", str(session_id), "--format", "pdf") == 0
    written = tmp_path / f"{month}_sanne.devries_session-{session_id}.pdf"
    assert written.exists()
    assert written.name in capsys.readouterr().err
    assert "Sanne de Vries" in PdfReader(written).pages[0].extract_text()


def test_a_draft_needs_the_draft_flag(demo_journal_path, tmp_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        session_id = seed_private(journal, sign=False)
    out = tmp_path / "draft.md"
    assert cli(demo_journal_path, "export", "session", str(session_id), "--format", "md",
               "--out", str(out)) == 1
    assert "--draft" in capsys.readouterr().err
    assert not out.exists()
    assert cli(demo_journal_path, "export", "session", str(session_id), "--format", "md",
               "--out", str(out), "--draft") == 0
    assert "DRAFT" in out.read_text(encoding="utf-8")


def test_unknown_session_and_unwritable_folder_are_refused_cleanly(seeded, tmp_path, capsys):
    path, session_id, _ = seeded
    assert cli(path, "export", "session", "99999", "--format", "md") == 1
    assert "99999" in capsys.readouterr().err
    missing = tmp_path / "nope" / "record.pdf"
    assert cli(path, "export", "session", str(session_id), "--format", "pdf",
               "--out", str(missing)) == 1
    assert "nope" in capsys.readouterr().err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked
        if os.access(locked, os.W_OK):  # root writes anywhere: use a read-only file system
            target = Path("/sys")
            if not target.is_dir() or _writable(target):
                pytest.skip("no folder here that refuses writing")
        assert cli(path, "export", "session", str(session_id), "--format", "pdf",
                   "--out", str(target / "r.pdf")) == 1
        assert "Cannot write" in capsys.readouterr().err
        assert list(locked.iterdir()) == []
        assert not (target / "r.pdf").exists()
    finally:
        locked.chmod(0o700)


def _writable(folder: Path) -> bool:
    try:
        fd, name = tempfile.mkstemp(dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


def test_a_pdf_that_cannot_be_rendered_leaves_no_file(seeded, tmp_path, monkeypatch, capsys):
    path, session_id, _ = seeded
    import coachtui.export.pdf as pdf

    def broken(record, lang):
        raise RuntimeError("font went missing")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    out = tmp_path / "r.pdf"
    assert cli(path, "export", "session", str(session_id), "--format", "pdf",
               "--out", str(out)) == 1
    assert "could not be rendered" in capsys.readouterr().err
    assert list(tmp_path.glob("r.pdf*")) == [] and not list(tmp_path.glob(".r.pdf*"))


def test_month_csv_for_dutch_excel(seeded, tmp_path, capsys):
    path, session_id, month = seeded
    out = tmp_path / "month.csv"
    assert cli(path, "export", "month", month, "--format", "csv", "--delimiter", ";",
               "--out", str(out)) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    mine = next(r for r in rows if r["session_id"] == str(session_id))
    assert mine["agent_name"] == "Sanne de Vries" and mine["status"] == "signed"
    assert "," in mine["ftr"] and "." not in mine["ftr"]
    assert mine["ftr_result"] in ("met", "missed")
    with Journal.open(path) as journal:
        assert len(rows) == len([s for s in journal.sessions(month=month) if s.signed])
    assert PRIVATE_SESSION not in raw.decode("utf-8") and PRIVATE_NOTE not in raw.decode()


def test_month_csv_with_commas_to_stdout(seeded, capsys):
    path, _, month = seeded
    assert cli(path, "export", "month", month, "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all("," not in r["ftr"] for r in rows if r["ftr"])


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_month_files_one_per_session_without_private_text(seeded, tmp_path, capsys, fmt):
    path, session_id, month = seeded
    folder = tmp_path / "hr"
    assert cli(path, "export", "month", month, "--format", fmt, "--out", str(folder)) == 0
    files = sorted(folder.iterdir())
    with Journal.open(path) as journal:
        signed = [s for s in journal.sessions(month=month) if s.signed]
    assert len(files) == len(signed)
    assert any(f.name == f"{month}_sanne.devries_session-{session_id}.{fmt}" for f in files)
    for f in files:
        text = f.read_text(encoding="utf-8") if fmt == "md" else "\n".join(
            p.extract_text() for p in PdfReader(f).pages)
        assert PRIVATE_SESSION not in text and PRIVATE_NOTE not in text
        assert "SHA-256" in text


def test_month_skips_drafts_and_says_so(demo_journal_path, tmp_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        draft = next(s for s in journal.sessions() if not s.signed)
    assert cli(demo_journal_path, "export", "month", draft.month, "--format", "md",
               "--out", str(tmp_path / "m")) == 0
    assert "draft" in capsys.readouterr().err
    assert not any(f"session-{draft.id}." in p.name for p in (tmp_path / "m").iterdir())


def test_month_refuses_a_bad_month_and_a_file_as_folder(seeded, tmp_path, capsys):
    path, _, month = seeded
    assert cli(path, "export", "month", "2026-13", "--format", "csv") == 1
    assert "2026-13" in capsys.readouterr().err
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert cli(path, "export", "month", month, "--format", "md", "--out", str(a_file)) == 1
    assert a_file.read_text() == "x"
