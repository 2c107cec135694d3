"""Every key of every screen fits in the footer of a 120-column terminal, in both languages,
and the footer stays usable at 80x24.

The footer is how a first-time user finds the actions; a key pushed off its end (or under
the palette key) is an action they never see. At 120 columns every key shows with its full
label; at 80 the footer is fitted (app-wide keys first lose their labels, then their
place), but the screen's own keys, the palette and, in agent view, F2 stay.
"""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from tests.pilot.talk_helpers import open_talk_from_team

SIZE = (120, 40)
SMALL = (80, 24)


def _overflow(app, *, wide: bool = True) -> str | None:
    """None when the footer runs neither off its end nor under the palette key and shows
    what it must: every key of the screen, at 120 columns (`wide`) with their full labels.
    App-wide keys (quit, quick note, F2, F3) give way first, label then place, when the
    screen's own need the room: they stay in the palette (F2 stays while the agent reads
    along, see `footer_essentials`). Else what it shows, for the message."""
    screen = app.screen
    footer = screen.query_one(Footer)
    keys = list(footer.query("FooterKey"))
    palette = [k for k in keys if k.has_class("-command-palette")]
    others = [k for k in keys if not k.has_class("-command-palette")]
    limit = palette[0].region.x if palette else footer.region.right
    has_palette = bool(palette) or app.COMMAND_PALETTE_BINDING not in screen.labelled_bindings()
    fits = has_palette and footer.virtual_size.width <= footer.region.width and (
        not others or others[-1].region.right <= limit)
    shown = {k.key: k.description for k in others}
    seen: set[str] = set()
    for key, item in screen.labelled_bindings().items():
        binding = item.binding
        if not binding.show or binding.action in seen:
            continue
        seen.add(binding.action)
        own = item.node is not app
        if own and key not in shown:
            fits = False
        # the agent page has more keys than 120 columns hold with labels (talk kinds,
        # details, goals, QM): there every key shows, some by their letter alone, the
        # label in the palette and the tooltip
        if (wide and own and shown.get(key) != binding.description
                and type(screen).__name__ != "AgentScreen"):
            fits = False
    if fits:
        return None
    labels = " | ".join(f"{k.key_display} {k.description}" for k in keys)
    return f"{type(screen).__name__}: {labels} ({footer.virtual_size.width} columns)"


def _keys(app) -> dict[str, str]:
    """The footer on screen: key -> label ("" when shown without a label)."""
    footer = app.screen.query_one(Footer)
    return {k.key: k.description for k in footer.query("FooterKey")}


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_every_footer_key_is_visible_at_120_columns(make_app, lang):
    app = make_app(lang=lang)
    problems = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        problems.append(_overflow(app))  # team overview
        await pilot.press("enter")
        await pilot.pause()
        problems.append(_overflow(app))  # agent page
        await pilot.press("n")
        await pilot.pause()
        problems.append(_overflow(app))  # notes
        await pilot.press("e")
        await pilot.pause()
        problems.append(_overflow(app))  # a note's text, in several lines
        await pilot.press("escape", "escape", "escape")
        await pilot.pause()
        await open_talk_from_team(pilot, "Noor")
        for step in "1234567":
            await pilot.press("ctrl+g", step)
            await pilot.pause()
            problems.append(_overflow(app))
        await pilot.press("ctrl+g", "5")
        await pilot.press("ctrl+o", "ctrl+r")  # Undo now shows
        await pilot.pause()
        assert "ctrl+z" in _keys(app)
        problems.append(_overflow(app))
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("slash", "L", "o", "t", "enter")  # Lotte: October signed
        await pilot.pause()
        await pilot.press("enter")  # her newest talk, under the cursor: read-only
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen" and app.screen.ctx.session.signed
        for step in "17":
            await pilot.press("ctrl+g", step)
            await pilot.pause()
            problems.append(_overflow(app))
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_at_80_columns_the_talk_keeps_its_keys_and_its_steps(make_app, lang):
    app = make_app(lang=lang)
    problems = []
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.pause()
        problems.append(_overflow(app, wide=False))  # team overview
        await open_talk_from_team(pilot, "Noor")
        talk = app.screen
        for step in "1234567":
            await pilot.press("ctrl+g", step)
            await pilot.pause()
            problems.append(_overflow(app, wide=False))
            # every step number is in the step bar, and the current step is named
            bar_widget = talk.query_one("#step-bar")
            bar = bar_widget.content.line(bar_widget.content_size.width).plain
            assert all(f" {n} " in bar for n in range(1, 8)), bar
            assert talk.tr(f"talk.step.{step}") in bar, bar
            assert bar_widget.content_size.width <= SMALL[0]
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_at_80_columns_agent_view_shows_its_way_out(make_app, lang):
    app = make_app(lang=lang)
    async with app.run_test(size=SMALL) as pilot:
        await open_talk_from_team(pilot, "Noor")
        await pilot.press("f2")
        await pilot.pause()
        assert app.agent_view
        label = app.tr("key.app.agent_view")
        for step in "1267":
            await pilot.press("ctrl+g", step)
            await pilot.pause()
            assert _keys(app).get("f2") == label, step
            assert _overflow(app, wide=False) is None
        await pilot.press("escape")  # the agent page, still in agent view
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert _keys(app).get("f2") == label
        assert _overflow(app, wide=False) is None
        await pilot.press("f2")  # leaving asks first
        await pilot.pause()
        await pilot.press("y" if lang == "en" else "j")
        await pilot.pause()
        assert not app.agent_view


async def test_the_footer_fits_again_after_a_resize(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await open_talk_from_team(pilot, "Noor")
        assert _overflow(app) is None
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert _overflow(app, wide=False) is None
        await pilot.press("ctrl+g", "5", "ctrl+o", "ctrl+r")  # Undo shows: less room
        await pilot.pause()
        assert "ctrl+z" in _keys(app)
        assert _overflow(app, wide=False) is None
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert _overflow(app) is None
        assert "ctrl+z" in _keys(app)


async def test_the_palette_gives_full_titles_and_help_in_the_language(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # agent page
        await pilot.pause()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Medewerker: Gesprek starten"].startswith("Het gesprek van deze maand")
        assert commands["App: Afsluiten"].startswith("coachtui sluiten")
        footer_tips = {b.binding.id: b.binding.tooltip for b in app.active_bindings.values()}
        assert footer_tips["agent.start_talk"].startswith("Het gesprek van deze maand")
        await pilot.press("f3")
        await pilot.pause()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Agent: Start talk"] == "Start this month's talk, or continue the draft"


def _shown_keys(app) -> dict[str, tuple[str, str]]:
    """What the footer on screen shows: key -> (label, tooltip)."""
    footer = app.screen.query_one(Footer)
    return {k.key: (k.description, str(k.tooltip or "")) for k in footer.query("FooterKey")}


async def test_the_rendered_footer_speaks_the_language_and_follows_the_sort(make_app):
    """Labels come from `Screen.active_bindings` (Textual's public API), not from rewriting
    Textual's binding maps: this fails loudly if a Textual release stops drawing the
    footer from it."""
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = _shown_keys(app)
        assert shown["s"][0] == "Sort: name"
        await pilot.press("f3")
        await pilot.pause()
        shown = _shown_keys(app)
        assert shown["s"][0] == "Sorteren: naam"
        assert shown["enter"][1].startswith("De pagina van")  # the tooltip too
        await pilot.press("s")
        await pilot.pause()
        assert _shown_keys(app)["s"][0] == "Sorteren: status"
        await pilot.press("comma")  # a screen with room for the app-wide keys
        await pilot.pause()
        shown = _shown_keys(app)
        assert shown["f3"][0] == "English" and shown["ctrl+q"][0] == "Stop"


async def test_a_palette_command_runs_its_key_on_the_screen_or_the_app(make_app):
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        await commands["Team: Sort"]()  # the screen's action (the palette awaits it)
        await pilot.pause()
        assert app.screen.sort_key == "status"
        assert _shown_keys(app)["s"][0] == "Sort: status"
        await commands["App: Language: Nederlands"]()  # the app's action
        await pilot.pause()
        assert app.lang == "nl" and _shown_keys(app)["s"][0] == "Sorteren: status"
