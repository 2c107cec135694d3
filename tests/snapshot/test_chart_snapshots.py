"""The trend charts at 80 x 24, in English and Dutch: the agent page's table of charts,
the figures step's chart of the metric under the cursor (also a lower-is-better one) and
the year overview's charts (demo journal, fixed clock, no blink)."""

from __future__ import annotations

import pytest

SMALL = (80, 24)


def _then(open_it, *keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        open_it(pilot.app)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return run_before


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_agent_page_charts_at_80_columns(snap_compare, apps, demo_journal_path, lang):
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SMALL,
                        run_before=_then(lambda app: app.open_agent(
                            app.journal.find_agent("Sanne").id)))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_figures_step_chart_follows_the_cursor(snap_compare, apps, demo_journal_path, lang):
    # three rows down: red smileys, where lower is better
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SMALL,
                        run_before=_then(lambda app: app.start_talk(
                            app.journal.find_agent("Kees").id), "down", "down", "down"))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_year_overview_charts_at_80_columns(snap_compare, apps, demo_journal_path, lang):
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SMALL,
                        run_before=_then(lambda app: app.open_agent(
                            app.journal.find_agent("Kees").id), "y"))
