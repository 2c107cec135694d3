"""Layout of the import preview: changes old -> new, a new agent marked, a warning."""

from __future__ import annotations

import pytest

from coachtui.screens.import_screen import ImportScreen
from tests.snapshot.snapshot_apps import coach_app

SIZE = (120, 40)
CSV = """email,name,month,ftr,smileys_green,smileys_red
sanne.devries@example.nl,,2026-10,91.5,80,2
joris.bakker@example.nl,,2026-10,79,,4
new.person@example.nl,New Person,2026-10,80,12,1
sanne.devries@example.nl,,2026-09,50,1,1
"""


@pytest.fixture
def app(demo_journal_path):
    """A CoachApp on the demo copy; its journal is closed after the test."""
    made = coach_app(demo_journal_path, lang="en")
    yield made
    made.journal.close()


def test_import_preview_en(snap_compare, app, tmp_path):
    path = tmp_path / "october.csv"
    path.write_text(CSV, encoding="utf-8")

    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.push_screen(ImportScreen())
        await pilot.pause()
        await pilot.press(*str(path))
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_import_preview_with_a_person_unticked_en(snap_compare, app, tmp_path):
    path = tmp_path / "october.csv"
    path.write_text(CSV, encoding="utf-8")

    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.push_screen(ImportScreen())
        await pilot.pause()
        await pilot.press(*str(path))
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("space")  # the new person, listed first, is unticked
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
