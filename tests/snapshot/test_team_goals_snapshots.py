"""The team-goals screen for the weekly team meeting, in both languages, with individual
figures (for the team lead) and in "safe to show the team" mode (no individual figure)."""

from __future__ import annotations

import pytest

SIZE = (120, 40)


def _team_goals(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return run_before


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_team_goals_with_individual_figures(snap_compare, apps, demo_journal_path, lang):
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SIZE,
                        run_before=_team_goals())


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_team_goals_safe_to_show(snap_compare, apps, demo_journal_path, lang):
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SIZE,
                        run_before=_team_goals("s"))
