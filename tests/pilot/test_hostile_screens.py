"""The hostile journal on every screen: no raw control character reaches the terminal, and
every name still reads.

The app draws into a headless terminal; `export_screenshot()` holds every character it
would send (as SVG text), and the screen's lines what a person reads. The walk: the team
overview, each hostile agent's page, the notes screen, the quick-note popup, every step
of this month's draft and the signed talk read-only.
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App

from tests.hostile_journal import PAYLOADS, RAW_CONTROL, READABLE, build_hostile

SIZE = (160, 60)


@pytest.fixture
def hostile(demo_journal_path):
    """The demo copy with the hostile agents."""
    return build_hostile(demo_journal_path)


def screen_text(app: App) -> str:
    """Every character the active screen shows now, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def leaks(app: App) -> list[str]:
    """Each widget of the active screen that draws a raw control character (by where the
    character lands), and whether the exported screen holds one."""
    found: list[str] = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        text = strip.text
        for match in RAW_CONTROL.finditer(text):
            widget, _ = app.screen.get_widget_at(cell_len(text[:match.start()]), y)
            where = f"{type(widget).__name__}#{widget.id or type(widget.parent).__name__}"
            if where not in found:
                found.append(f"{where}: {text[max(0, match.start() - 30):match.end() + 30]!r}")
    if RAW_CONTROL.search(app.export_screenshot().replace("\n", "")):
        found.append("export_screenshot()")
    return found


def assert_nothing_acts(app: App, where: str) -> None:
    """Neither the drawn lines nor the exported screen hold a raw control character."""
    found = leaks(app)
    assert not found, f"raw control characters on {where}:\n" + "\n".join(found)


async def _open(pilot, app, agent_id: int) -> None:
    """From the team overview to one agent's page (the row is found by its agent id)."""
    from coachtui.screens.agent import AgentScreen

    app.push_screen(AgentScreen(agent_id))
    await pilot.pause()


async def test_team_overview_shows_every_name_safely(make_app, hostile):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_nothing_acts(app, "the team overview")
        on_screen = screen_text(app)
        for name in READABLE.values():
            assert name in on_screen, name
        assert "␛]52;c;cm0gLXJmIH4K␇Kees" in on_screen  # visible, and it does nothing
        assert "Ali \\u202egnp.exe" in on_screen
        await pilot.press("slash", *"ayşe", "enter")
        await pilot.pause()
        assert_nothing_acts(app, "the filtered team overview")


@pytest.mark.parametrize("key", [
    "osc52_clipboard", "c1_csi", "osc8_link", "rtl_override", "nul_del",
    # Markup and formula payloads act in exports, not on a terminal (their outputs are
    # tested in tests/unit/test_hostile_outputs.py; brackets on every screen in
    # test_brackets_shown_as_typed.py); here: names that must still read as typed.
    "ayse", "extern", "emoji"])
async def test_agent_page_notes_and_talk(make_app, hostile, key):
    agent = next(a for a in hostile if a.key == key)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, app, agent.agent_id)
        assert type(app.screen).__name__ == "AgentScreen"
        assert_nothing_acts(app, f"the agent page of {key}")
        if key in READABLE:
            assert READABLE[key] in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "NotesScreen"
        assert_nothing_acts(app, f"the notes screen of {key}")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert_nothing_acts(app, f"the quick note of {key}")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("t")  # this month's draft
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        for step in range(1, 8):
            await pilot.press("ctrl+g", str(step))
            await pilot.pause()
            assert_nothing_acts(app, f"step {step} of the talk with {key}")
            if key in READABLE:
                assert READABLE[key] in screen_text(app)


async def test_the_signed_talk_read_only(make_app, hostile):
    from coachtui.screens.talk import TalkScreen

    for agent in hostile:
        if agent.key not in ("osc52_clipboard", "c1_csi", "c1_osc", "bel", "md_image"):
            continue
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await _open(pilot, app, agent.agent_id)
            await pilot.press("down", "enter")  # the talks list: draft first, then signed
            await pilot.pause()
            assert isinstance(app.screen, TalkScreen) and app.screen.ctx.read_only
            for step in (2, 3, 4, 6, 7):
                await pilot.press("ctrl+g", str(step))
                await pilot.pause()
                assert_nothing_acts(app, f"step {step} of {agent.key}'s signed talk")


def test_the_payloads_are_the_issues_21():
    assert len(PAYLOADS) == 21
