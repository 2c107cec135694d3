"""`y` on the agent page opens the agent's year overview; its keys, by pressing them."""

from __future__ import annotations

from coachtui.screens.widgets.year_overview import YearOverviewView
from tests.pilot.talk_helpers import footer_label, footer_tooltip

SIZE = (120, 40)




async def test_y_opens_the_year_of_the_agent_and_escape_goes_back(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"sanne", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert footer_tooltip(app, "agent.year").startswith("The twelve months")
        await pilot.press("y")
        await pilot.pause()
        assert type(app.screen).__name__ == "YearScreen"
        sanne = app.journal.find_agent("Sanne")
        view = app.screen.query_one(YearOverviewView)
        assert view.overview.agent.id == sanne.id
        assert (view.overview.first, view.overview.until) == ("2025-11", "2026-10")
        assert "Year overview Sanne de Vries" in str(app.screen.query_one("#year-heading")
                                                     .render())

        assert not view.notes_shown
        await pilot.press("n")
        assert view.notes_shown
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.screen.query_one(YearOverviewView).overview.until == "2026-09"
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert app.screen.query_one(YearOverviewView).overview.until == "2026-10"  # not later

        await pilot.press("f3")
        await pilot.pause()
        assert "Jaaroverzicht Sanne de Vries" in str(app.screen.query_one("#year-heading")
                                                     .render())
        assert footer_label(app, "year.notes") == "Toelichting"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"


async def test_the_palette_knows_the_year_overview(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_agent(app.journal.find_agent("Kees").id)
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Agent: Year overview" in titles
        await pilot.press("y")
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Year overview: Show or hide the notes" in titles
        assert "Year overview: One month earlier" in titles


async def test_the_widget_stands_alone_as_a_talk_step_shows_it(demo_journal):
    """The talk kinds show `YearOverviewView(overview, lang)` inside their own step."""
    from textual.app import App, ComposeResult

    from coachtui.services.year import year_overview

    overview = year_overview(demo_journal, demo_journal.find_agent("Kees").id, "2026-10")

    class StepApp(App[None]):
        def compose(self) -> ComposeResult:
            yield YearOverviewView(overview, "nl")

    app = StepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(YearOverviewView)
        view.focus()
        await pilot.pause()
        assert not view.notes_shown
        await pilot.press("n")
        assert view.notes_shown
        text = "\n".join(str(s.render()) for s in view.query("Static"))
        assert "Cijfers tegen het doel van elke maand" in text
        view.update_overview(overview, "en")
        await pilot.pause()
        text = "\n".join(str(s.render()) for s in view.query("Static"))
        assert "Figures against each month's target" in text
