"""The notes screen driven by keys on a copy of the demo journal: delete and undo, edit,
locked notes refused, private notes hidden in agent view."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.widgets import OptionList

from coachtui.evidence import notes_timeline
from coachtui.model import Agent, Note
from coachtui.screens.notes_screen import NotesScreen
from coachtui.storage import Journal

SIZE = (120, 40)


def _content(note: Note) -> dict:
    """What a user would call 'the same note' (the id may differ after a restore)."""
    return note.model_dump(exclude={"id", "updated_at"})


def _messages(app) -> list[str]:
    return [n.message for n in app.notices]


def _listed_ids(app) -> list[str]:
    listing = app.screen.query_one("#notes-list", OptionList)
    return [listing.get_option_at_index(i).id for i in range(listing.option_count)]


async def _open_notes(app, pilot, name: str) -> int:
    await pilot.pause()
    agent_id = app.journal.find_agent(name).id
    app.current_agent_id = agent_id
    app.push_screen(NotesScreen(agent_id))
    await pilot.pause()
    return agent_id


async def test_delete_then_undo_brings_the_note_back_as_it_was(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_notes(app, pilot, "Sanne")
        newest = app.journal.notes(sanne)[0]  # written after the last signed talk: open
        assert not app.journal.note_locked(newest)
        before = len(app.journal.notes(sanne))

        await pilot.press("d")  # the cursor starts on the newest note
        await pilot.pause()
        assert len(app.journal.notes(sanne)) == before - 1
        assert all(_content(n) != _content(newest) for n in app.journal.notes(sanne))
        assert str(newest.id) not in _listed_ids(app)
        assert any("U brings it back" in m for m in _messages(app))

        await pilot.press("u")
        await pilot.pause()
        notes = app.journal.notes(sanne)
        assert len(notes) == before
        # Same date, factor, rating, channel, relation, reference and privacy as before.
        assert _content(notes[0]) == _content(newest)
        assert _listed_ids(app)[0] == str(notes[0].id)

        # Ctrl+Z undoes as well; with nothing left to undo the screen says so.
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert _content(app.journal.notes(sanne)[0]) == _content(newest)
        await pilot.press("u")
        await pilot.pause()
        assert "There is nothing to undo." in _messages(app)
        assert len(app.journal.notes(sanne)) == before


async def test_edit_changes_the_text_and_undo_puts_it_back(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_notes(app, pilot, "Sanne")
        newest = app.journal.notes(sanne)[0]

        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#note-edit-text")
        assert field.text == newest.text  # prefilled with the current text
        # several lines: Enter starts a new one, Ctrl+S saves
        await pilot.press("ctrl+u", *"Flagged", "space", *"the", "space", *"outage", "enter",
                          *"Asked", "space", *"why", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen)
        assert app.journal.note(newest.id).text == "Flagged the outage\nAsked why"
        assert app.journal.note(newest.id).created_at == newest.created_at

        await pilot.press("u")
        await pilot.pause()
        assert app.journal.note(newest.id).text == newest.text

        # Escape in the prompt changes nothing.
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", "x", "escape")
        await pilot.pause()
        assert app.journal.note(newest.id).text == newest.text


async def test_a_locked_note_cannot_be_deleted_or_edited(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_notes(app, pilot, "Sanne")
        timeline = notes_timeline(app.journal, sanne, include_private=True)
        place, entry = next((i, e) for i, e in enumerate(timeline) if e.locked)
        locked = entry.note
        assert app.journal.note_locked(locked)
        month = app.journal.session(entry.used_in).month

        await pilot.press(*["down"] * place)  # onto the newest note a signed talk used
        await pilot.pause()
        option = app.screen.query_one("#notes-list", OptionList).highlighted_option
        assert option.id == str(locked.id)
        assert f"locked: part of the talk of {month}" in str(option.prompt)

        await pilot.press("d")
        await pilot.pause()
        assert app.journal.note(locked.id) == locked
        refusal = (f"This note is part of the signed talk of {month}; it can no longer be "
                   "edited or deleted.")
        assert refusal in _messages(app)

        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen)  # no prompt opened
        assert app.journal.note(locked.id) == locked


async def test_agent_view_hides_private_notes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sanne = app.journal.find_agent("Sanne").id
        secret = app.journal.add_note(Note(
            agent_id=sanne, created_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
            text="Seems worried about the reorganisation.", private=True))
        await _open_notes(app, pilot, "Sanne")
        assert str(secret.id) in _listed_ids(app)
        assert "private" in str(app.screen.query_one("#notes-list", OptionList)
                                .get_option(str(secret.id)).prompt)

        app.agent_view = True
        await pilot.pause()
        shown = _listed_ids(app)
        private_ids = {str(n.id) for n in app.journal.notes(sanne) if n.private}
        assert private_ids and not private_ids & set(shown)
        assert len(shown) == len(app.journal.notes(sanne, include_private=False))
        assert "private notes are hidden" in str(app.screen.query_one("#notes-count").render())

        app.agent_view = False
        await pilot.pause()
        assert str(secret.id) in _listed_ids(app)


async def test_empty_state_and_dutch_footer(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        new = app.journal.add_agent(Agent(name="Femke Bos", email="femke.bos@example.nl"))
        await _open_notes(app, pilot, "Femke")
        assert not app.screen.query_one("#notes-list").display
        assert "nog geen notities" in str(app.screen.query_one("#notes-empty").render())
        assert new.id == app.screen.agent_id
        labels = {a.binding.id: a.binding.description for a in app.active_bindings.values()}
        assert labels["notes.edit"] == "Bewerken"
        assert labels["notes.delete"] == "Verwijderen"
        assert labels["notes.undo"] == "Herstel"
        assert labels["notes.back"] == "Terug"

        await pilot.press("d")  # nothing to delete: a hint, no crash
        await pilot.pause()
        assert "Kies eerst een notitie." in _messages(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NotesScreen)


async def test_a_locked_note_is_refused_in_dutch(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_notes(app, pilot, "Sanne")
        timeline = notes_timeline(app.journal, sanne, include_private=True)
        place, entry = next((i, e) for i, e in enumerate(timeline) if e.locked)
        month = app.journal.session(entry.used_in).month
        await pilot.press(*["down"] * place)
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert (f"Deze notitie hoort bij het ondertekende gesprek van {month}; bewerken of "
                "verwijderen kan niet meer.") in _messages(app)
        assert app.journal.note(entry.note.id) == entry.note


async def test_a_note_signed_in_another_window_is_refused_in_dutch(make_app, demo_journal_path):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        draft = next(s for s in app.journal.sessions() if not s.signed)
        agent = app.journal.agent(draft.agent_id)
        await _open_notes(app, pilot, agent.name)
        newest = app.journal.notes(agent.id)[0]
        assert _listed_ids(app)[0] == str(newest.id)  # shown as open: not yet locked
        with Journal.open(demo_journal_path) as other:  # another window signs the talk
            other.sign(draft.id, "M. Jansen", agent.name.split()[0])

        await pilot.press("d")
        await pilot.pause()
        assert (f"Deze notitie hoort bij het ondertekende gesprek van {draft.month}; bewerken "
                "of verwijderen kan niet meer.") in _messages(app)
        assert app.journal.note(newest.id) == newest

