"""Layout of the notes screen and the erase screen (demo journal, fixed clock, no blink)."""

from __future__ import annotations

from datetime import UTC, datetime

from coachtui.model import Note, Rating, Relation
from coachtui.screens.erase_screen import EraseAgentScreen
from coachtui.screens.notes_screen import NotesScreen
from coachtui.storage import Journal

SIZE = (120, 40)


def _open(screen_type, name: str, *keys: str):
    """A run_before that opens the agent page of `name`, then `screen_type`, then presses keys."""
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        agent_id = app.journal.find_agent(name).id
        app.open_agent(agent_id)
        await pilot.pause()
        app.push_screen(screen_type(agent_id))
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
    return run_before


def test_notes_screen_en(snap_compare, apps, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        sanne = journal.find_agent("Sanne")
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(2026, 11, 18, 9, tzinfo=UTC),
                              text="Seems tired lately; ask how things are going.",
                              private=True))
        journal.add_note(Note(agent_id=sanne.id, created_at=datetime(2026, 11, 19, 9, tzinfo=UTC),
                              text="Calmed an angry customer and solved the DNS issue.",
                              factor="wow", rating=Rating.PLUS, contact_ref="#5521",
                              relation=Relation.STRENGTHENED))
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_open(NotesScreen, "Sanne", *["down"] * 9))


def test_erase_screen_nl_after_a_wrong_name(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=_open(EraseAgentScreen, "Kees", "k", "e", "s", "enter"))
