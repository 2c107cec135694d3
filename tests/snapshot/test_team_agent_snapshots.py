"""Layout of the team overview and the agent page (demo journal, fixed clock, no blink)."""

from __future__ import annotations

from datetime import UTC, datetime

from coachtui.model import Note, Relation
from coachtui.storage import Journal

SIZE = (120, 40)


def _notes_for_sanne(path) -> None:
    """A private and a shared note since Sanne's last talk: agent view must drop the first."""
    with Journal.open(path) as journal:
        sanne = journal.find_agent("Sanne")
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(2026, 11, 18, 9, tzinfo=UTC),
                              text="Seems tired lately; ask how things are at home.",
                              private=True))
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(2026, 11, 19, 9, tzinfo=UTC),
                              text="Calmed an angry customer and solved the DNS issue.",
                              factor="wow", relation=Relation.STRENGTHENED))


def _open(name: str, *keys: str):
    """A run_before that opens the agent whose name contains `name`, then presses keys."""
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.open_agent(app.journal.find_agent(name).id)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return run_before


def test_team_overview_en(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE)


def test_team_overview_nl_sorted_by_status(snap_compare, apps, demo_journal_path):
    async def sort_by_status(pilot) -> None:
        # once the rows are on screen (under load a key pressed at once could arrive
        # before the first paint); then let the footer's "Sort: status" settle
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=sort_by_status)


def test_team_overview_empty_journal(snap_compare, apps, journal_path):
    assert snap_compare(apps(journal_path, lang="en"), terminal_size=SIZE)


def test_agent_page_en(snap_compare, apps, demo_journal_path):
    _notes_for_sanne(demo_journal_path)
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_open("Sanne"))


def test_agent_page_nl(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=_open("Kees"))


def test_agent_page_in_agent_view(snap_compare, apps, demo_journal_path):
    _notes_for_sanne(demo_journal_path)
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_open("Sanne", "f2"))
