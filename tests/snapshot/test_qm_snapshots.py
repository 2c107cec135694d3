"""Layout of quality monitoring and the competence KPI (demo journal, fixed clock)."""

from __future__ import annotations

SIZE = (120, 40)


def _agent(name: str, *keys: str):
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


def test_evaluate_a_contact_en(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_agent("Sanne", "q", "T", "-", "7", "tab", "tab", "tab",
                                          "tab", "3", "2"))


def test_evaluate_a_contact_nl_80_columns(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=(80, 24),
                        run_before=_agent("Sanne", "q"))


def test_calibration_result_nl(snap_compare, apps, demo_journal_path):
    async def run_before(pilot) -> None:
        from coachtui.screens.calibration_screen import CalibrationResult

        await pilot.pause()
        pilot.app.push_screen(CalibrationResult(2))
        await pilot.pause()
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=run_before)


def test_calibration_overview_en(snap_compare, apps, demo_journal_path):
    async def run_before(pilot) -> None:
        from coachtui.screens.calibration_screen import CalibrationOverview

        await pilot.pause()
        pilot.app.push_screen(CalibrationOverview())
        await pilot.pause()
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=run_before)


def test_competence_en(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_agent("Fenna", "m"))


def test_competence_nl(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=_agent("Fenna", "m"))
