"""The hostile journal on the year screen: nothing typed acts, every name reads as typed."""

from __future__ import annotations

import pytest

from coachtui.model import Factor
from coachtui.screens.widgets.year_overview import YearOverviewView
from coachtui.screens.year_screen import YearScreen
from coachtui.storage import Journal
from tests.hostile_journal import READABLE, build_hostile
from tests.pilot.test_hostile_screens import assert_nothing_acts, screen_text

SIZE = (160, 60)


@pytest.fixture
def hostile(demo_journal_path):
    """The demo copy with the hostile agents, and a team factor whose label is markup."""
    made = build_hostile(demo_journal_path)
    with Journal.open(demo_journal_path) as journal:
        journal.save_factor(Factor(key="lead", label_nl="[b]Leiding[/b] [extern]",
                                   label_en="[b]Lead[/b] [extern]", position=99))
    return made


async def test_every_hostile_agents_year_shows_safely(make_app, hostile):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for agent in hostile:
            app.push_screen(YearScreen(agent.agent_id, "2026-10"))
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            view = app.screen.query_one(YearOverviewView)
            assert view.notes_shown and view.overview.learning_points
            assert_nothing_acts(app, f"the year of {agent.key}")
            if agent.key in READABLE:
                text = screen_text(app)
                assert f"Year overview {READABLE[agent.key]}" in text
                assert f"2026-09  {READABLE[agent.key]}" in text  # the learning point
                assert "[b]Lead[/b] [extern]" in text  # a label is never markup
            await pilot.press("escape")
            await pilot.pause()
