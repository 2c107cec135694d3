"""Erasing an agent from the TUI: the name must be typed; afterwards the team is without them."""

from __future__ import annotations

import io

from rich.console import Console

from coachtui.errors import NotFoundError
from coachtui.model import Agent
from coachtui.screens.erase_screen import EraseAgentScreen
from coachtui.screens.team import TeamScreen
from coachtui.screens.widgets.row_table import RowTable
from coachtui.services.privacy import confirms_erasure
from coachtui.storage import Journal

SIZE = (120, 40)


def _plain(widget) -> str:
    """What a Static shows, as plain text (Rich renderables included)."""
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def _team_names(app) -> list[str]:
    table = app.screen.query_one("#team-table", RowTable)
    return [table.cell_text(i, 0) for i in range(table.row_count)]


async def _open_erase(app, pilot, name: str) -> int:
    """Team -> agent page -> erase screen, as the agent page will open it."""
    await pilot.pause()
    agent_id = app.journal.find_agent(name).id
    app.open_agent(agent_id)
    await pilot.pause()
    app.push_screen(EraseAgentScreen(agent_id))
    await pilot.pause()
    return agent_id


async def test_wrong_name_erases_nothing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_erase(app, pilot, "Sanne")
        before = app.journal.erasure_preview([sanne])
        preview = _plain(app.screen.query_one("#erase-preview"))
        notes = str(before["notes"])
        assert any(line.split() == ["notes", "(private", "ones", "too)", notes]
                   for line in preview.splitlines())

        await pilot.press(*"Daan", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, EraseAgentScreen)
        assert "nothing was erased" in str(app.screen.query_one("#erase-message").render())
        assert app.journal.agent(sanne).name == "Sanne de Vries"
        assert app.journal.erasure_preview([sanne]) == before

        await pilot.press("escape")  # cancel: back to the agent page, still there
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert app.journal.agent(sanne).name == "Sanne de Vries"


async def test_right_first_name_erases_and_returns_to_the_team(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_erase(app, pilot, "Sanne")
        await pilot.press(*"sanne", "enter")  # case does not matter
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()

        assert isinstance(app.screen, TeamScreen)
        assert len(app.screen_stack) == 1  # the team overview is the base screen
        assert all(a.id != sanne for a in app.journal.agents())
        assert "Sanne de Vries" not in _team_names(app)
        assert len(_team_names(app)) == 10
        messages = [n.message for n in app.notices]
        assert any(m.startswith("Sanne de Vries is erased") for m in messages)
        assert app.current_agent_id is None
    # The file itself no longer holds the name (erasure VACUUMs in its own connection).
    with Journal.open(demo_journal_path) as journal:
        try:
            journal.find_agent("Sanne")
            raise AssertionError("Sanne is still in the journal")
        except NotFoundError:
            pass
    assert b"Sanne de Vries" not in demo_journal_path.read_bytes()


async def test_refused_in_agent_view(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sanne = app.journal.find_agent("Sanne").id
        app.open_agent(sanne)
        await pilot.pause()
        app.agent_view = True
        await pilot.pause()
        app.push_screen(EraseAgentScreen(sanne))
        await pilot.pause()
        assert not app.screen.query_one("#erase-preview").display
        assert "agent reads along" in str(app.screen.query_one("#erase-message").render())
        await pilot.press(*"Sanne", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.journal.agent(sanne).name == "Sanne de Vries"


def test_first_name_full_name_or_email_confirm():
    agent = Agent(name="Ayşe Yılmaz", email="ayse.yilmaz@example.nl")
    assert confirms_erasure(agent, "ayşe")
    assert confirms_erasure(agent, "  Ayşe   Yılmaz ")
    assert confirms_erasure(agent, "AYSE.YILMAZ@example.nl")
    assert not confirms_erasure(agent, "")
    assert not confirms_erasure(agent, "Ayse")  # close is not enough
    assert not confirms_erasure(agent, "Yılmaz")


async def test_wrong_name_is_refused_in_dutch_and_the_table_speaks_dutch(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        sanne = await _open_erase(app, pilot, "Sanne")
        before = app.journal.erasure_preview([sanne])
        preview = _plain(app.screen.query_one("#erase-preview"))
        assert "notities (ook privé)" in preview and "wijzigingslogboek" in preview
        # the agent first, the change log last
        assert preview.index("medewerker") < preview.index("wijzigingslogboek")

        await pilot.press(*"Daan", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, EraseAgentScreen)
        message = str(app.screen.query_one("#erase-message").render())
        assert ("'Daan' is niet de voornaam of het e-mailadres van Sanne de Vries; er is "
                "niets gewist.") in message
        assert app.journal.erasure_preview([sanne]) == before


async def test_the_erasure_is_not_announced_as_another_windows_change(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_erase(app, pilot, "Sanne")
        await pilot.press(*"Sanne", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TeamScreen)
        # the worker's connection was the window's own: the watch never calls it another's
        from coachtui.services.workspace import Change

        assert app.workspace.check_for_changes() is not Change.OTHERS
