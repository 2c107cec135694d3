"""Layout of every step of the talk, in English and Dutch (demo journal, fixed clock)."""

from __future__ import annotations

import pytest

SIZE = (120, 40)


def _talk(name: str, *keys: str):
    """A run_before that starts the talk with the agent named `name`, then presses keys."""
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.start_talk(app.journal.find_agent(name).id)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return run_before


@pytest.mark.parametrize("step", range(1, 8))
def test_each_step_en(snap_compare, apps, demo_journal_path, step):
    # Kees is overdue: a fresh draft, with last month's goals to look back on.
    keys = [str(step)] if step > 1 else []
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_talk("Kees", *keys))


@pytest.mark.parametrize("step", [1, 2, 3, 5, 7])
def test_steps_nl(snap_compare, apps, demo_journal_path, step):
    keys = [str(step)] if step > 1 else []
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=_talk("Kees", *keys))


def test_draft_in_progress_resumes_at_its_step(snap_compare, apps, demo_journal_path):
    # Sanne's draft was left at the learning point.
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_talk("Sanne"))


def test_agent_view_hides_private_notes_field(snap_compare, apps, demo_journal_path):
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_talk("Kees", "6", "f2"))


def test_signed_talk_wrap_up_read_only(snap_compare, apps, demo_journal_path):
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        lotte = app.journal.find_agent("Lotte")
        signed = next(s for s in app.journal.sessions(agent_id=lotte.id) if s.signed)
        app.open_session(signed.id)
        await pilot.pause()
        await pilot.press("7")
        await pilot.pause()

    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SIZE,
                        run_before=run_before)
