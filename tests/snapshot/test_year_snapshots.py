"""Layout of the year overview (demo journal, fixed clock, no blink), in both languages."""

from __future__ import annotations

SIZE = (120, 40)
SMALL = (80, 24)


def _year_of(name: str, *keys: str):
    """A run_before that opens the year overview of the agent whose name contains `name`."""
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.open_agent(app.journal.find_agent(name).id)
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return run_before


def test_year_overview_en(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_year_of("Sanne"))


def test_year_overview_nl(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=_year_of("Kees"))


def test_year_overview_notes_at_80_columns(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SMALL,
                        run_before=_year_of("Sanne", "n", "pagedown"))
