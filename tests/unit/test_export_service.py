"""The exports service: the TUI's export to `exports/` runs on the workspace's own worker
connection, so the window's watch never takes it for another window's change."""

from __future__ import annotations

import threading

import pytest

from coachtui.errors import UserError
from coachtui.services import exports
from coachtui.services.workspace import Change, Workspace
from coachtui.storage import Journal


def _sessions(journal: Journal):
    signed = next(s for s in journal.sessions() if s.signed)
    draft = next(s for s in journal.sessions() if not s.signed)
    return signed, draft


def _in_a_thread(work):
    """Run `work` in a thread of its own, as a Textual worker would; return its result."""
    result: list = []
    errors: list = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # handed to the test thread below
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]


def test_export_for_hr_writes_pdf_and_markdown_beside_the_journal(demo_journal,
                                                                 demo_journal_path):
    signed, _ = _sessions(demo_journal)
    workspace = Workspace(demo_journal)
    written = _in_a_thread(lambda: exports.export_for_hr(workspace, signed.id,
                                                         allow_draft=False, lang="nl"))
    folder = demo_journal_path.parent / "exports"
    assert [p.parent for p in written.paths] == [folder, folder]
    assert [p.suffix for p in written.paths] == [".pdf", ".md"]
    assert written.paths[0].read_bytes().startswith(b"%PDF")
    assert "Gespreksverslag" in written.paths[1].read_text(encoding="utf-8")
    # The worker's connection was this process's own: no "another window" notice.
    assert workspace.check_for_changes() is not Change.OTHERS

    with Journal.open(demo_journal_path) as other:  # a real other window writes
        other.set_meta("manager_name", "Someone Else")
    assert workspace.check_for_changes() is Change.OTHERS


def test_a_draft_goes_out_only_when_asked_and_a_cancel_writes_nothing(demo_journal,
                                                                     demo_journal_path):
    _, draft = _sessions(demo_journal)
    workspace = Workspace(demo_journal)
    with pytest.raises(UserError) as caught:
        _in_a_thread(lambda: exports.export_for_hr(workspace, draft.id, allow_draft=False,
                                                   lang="nl"))
    assert caught.value.key == "services.export_draft_refused"
    assert "is een concept" in caught.value.text("nl")
    assert _in_a_thread(lambda: exports.export_for_hr(
        workspace, draft.id, allow_draft=True, lang="en", cancelled=lambda: True)) is None
    folder = demo_journal_path.parent / "exports"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_unknown_formats_are_refused_with_the_known_ones():
    with pytest.raises(UserError) as caught:
        exports.renderer("docx", "nl")
    assert caught.value.text("nl") == ("Onbekend formaat 'docx'; mogelijk zijn: md, html, pdf, "
                                       "json.")
    with pytest.raises(UserError) as caught:
        exports.check_month_format("md", ";")
    assert caught.value.key == "export.csv_needs_comma"
