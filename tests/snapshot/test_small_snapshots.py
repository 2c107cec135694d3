"""Layout at 80x24: the talk's step bar in compact form, the fitted footer (agent view keeps
F2), sentences in several lines, and a note's text edited in several lines."""

from __future__ import annotations

SMALL = (80, 24)


def _talk(name: str, *keys: str):
    """A run_before that starts the talk with `name`, then presses keys."""
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.start_talk(app.journal.find_agent(name).id)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return run_before


def test_talk_at_80_columns_in_agent_view_nl(snap_compare, apps, demo_journal_path):
    keys = ["6", *"Elke", "space", *"week", "enter", *"een", "space", *"check-in", "f2"]
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=SMALL,
                        run_before=_talk("Kees", *keys))


def test_note_text_in_several_lines(snap_compare, apps, demo_journal_path):
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.open_agent(app.journal.find_agent("Sanne").id)
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("e", "enter", *"Second", "space", *"line")
        await pilot.pause()

    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SMALL,
                        run_before=run_before)
