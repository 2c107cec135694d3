"""Layout of the goals-and-QM additions: the factors step with QM evidence, the team goal
form (demo journal, fixed clock), in English and Dutch."""

from __future__ import annotations

import pytest

from coachtui.storage import Journal
from tests.unit.test_qm_factor_evidence import seed_mapped

SIZE = (120, 40)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_factors_step_with_qm_evidence(snap_compare, apps, demo_journal_path, tmp_path, lang):
    with Journal.open(demo_journal_path) as journal:
        agent_id = seed_mapped(journal, tmp_path, "Kees")

    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.start_talk(agent_id)
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        pilot.app.screen.query_one("#rating-communication").scroll_visible(animate=False)
        await pilot.pause()
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SIZE,
                        run_before=run_before)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_team_goal_form(snap_compare, apps, demo_journal_path, lang):
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        for key in "ftr":
            await pilot.press(key)
        await pilot.press("enter", "1", "2", "0", "ctrl+s")  # 120 is no percent: refused
        await pilot.pause()
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SIZE,
                        run_before=run_before)
