"""The first screen's read-only quick look gives the same overview as the journal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coachtui.storage.quick_look import quick_look
from coachtui.team_overview import team_rows

ROOT = Path(__file__).resolve().parents[2]


def test_quick_look_overview_equals_the_journal_overview(demo_journal, demo_journal_path):
    look = quick_look(demo_journal_path)
    assert look is not None
    try:
        assert team_rows(look, "2026-10") == team_rows(demo_journal, "2026-10")
    finally:
        look.close()


def test_quick_look_leaves_foreign_files_to_the_journal(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a journal")
    assert quick_look(text) is None
    assert quick_look(tmp_path / "missing.db") is None
    before = text.read_bytes()
    assert text.read_bytes() == before


def test_the_first_screen_needs_neither_sqlite_utils_nor_pydantic():
    code = ("import sys, coachtui.app, screens.team, storage.quick_look\n"
            "print(sorted(m for m in ('pydantic', 'sqlite_utils', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "[]"


async def test_app_started_from_a_quick_look_opens_the_journal_after_painting(
        demo_journal_path):
    from coachtui.app import CoachApp
    from coachtui.settings import Settings

    app = CoachApp(None, Settings(journal_path=demo_journal_path), cursor_blink=False,
                   watch_interval=0, quick=quick_look(demo_journal_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        assert app._journal is not None and app.quick is None
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
    app.journal.close()
