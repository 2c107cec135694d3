"""Every key of every screen fits in the footer of a 120-column terminal, in both languages.

The footer is how a first-time user finds the actions; a key pushed off its end (or under
the palette key) is an action they never see.
"""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from tests.pilot.talk_helpers import open_talk_from_team

SIZE = (120, 40)


def _overflow(app) -> str | None:
    """None when the footer shows every key; else what it shows, for the message."""
    footer = app.screen.query_one(Footer)
    keys = list(footer.query("FooterKey"))
    palette = [k for k in keys if k.has_class("-command-palette")]
    others = [k for k in keys if not k.has_class("-command-palette")]
    limit = palette[0].region.x if palette else footer.region.right
    fits = footer.virtual_size.width <= footer.region.width and (
        not others or others[-1].region.right <= limit)
    if fits:
        return None
    labels = " | ".join(f"{k.key_display} {k.description}" for k in keys)
    return f"{type(app.screen).__name__}: {labels} ({footer.virtual_size.width} columns)"


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
        await pilot.press("escape", "escape")
        await pilot.pause()
        await open_talk_from_team(pilot, "Noor")
        for step in "1234567":
            await pilot.press("ctrl+g", step)
            await pilot.pause()
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
        assert shown["s"][0] == "Sort: name" and shown["f3"][0] == "Nederlands"
        await pilot.press("f3")
        await pilot.pause()
        shown = _shown_keys(app)
        assert shown["s"][0] == "Sorteren: naam"
        assert shown["f3"][0] == "English" and shown["ctrl+q"][0] == "Stop"
        assert shown["enter"][1].startswith("De pagina van")  # the tooltip too
        await pilot.press("s")
        await pilot.pause()
        assert _shown_keys(app)["s"][0] == "Sorteren: status"


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
