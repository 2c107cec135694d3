"""Pilot tests of the goals-and-QM additions: QM evidence in the factors step, the team
goal form, personal figures."""

from __future__ import annotations

from textual.widgets import Static

from coachtui.screens.qm_drill import QmDrillScreen
from tests.unit.test_qm_factor_evidence import seed_mapped


async def test_factors_step_shows_qm_evidence_and_f8_opens_the_contacts(make_app,
                                                                        demo_journal_path,
                                                                        tmp_path):
    from coachtui.storage import Journal

    with Journal.open(demo_journal_path) as journal:
        agent_id = seed_mapped(journal, tmp_path, "Kees")
    app = make_app("en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.start_talk(agent_id)
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        line = str(app.screen.query_one("#qm-communication", Static).render())
        assert "QM: 3 evaluated contacts" in line
        assert "2 scored low on 'Active listening'" in line
        assert not app.screen.query("#qm-initiative")  # no criterion maps there
        app.screen.query_one("#note-communication").focus()
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, QmDrillScreen)
        assert app.screen.factor == "communication"
        shown = str(app.screen.query_one("#qm-drill-contacts", Static).render())
        month = app.screen.month
        assert f"EV-{month}-1" in shown and f"EV-{month}-3" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QmDrillScreen)
