"""The site screen, reached from the team screen (S) over the journals of the setting
`site.journals` in a config file: what it shows, in both languages; one sentence for a
journal that cannot be read; the empty state; nothing written to any journal; no note."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import Footer

from coachtui import cli
from coachtui.settings import Settings
from coachtui.storage import Journal
from tests.pilot.conftest import RecordingApp
from tests.site_helpers import PRIVATE, QUICK, fill_with_private_notes, fingerprint, other_lead

SIZE = (120, 40)


def _plain(widget) -> str:
    """What a Static shows, as plain text (Rich renderables included)."""
    console = Console(width=118, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def _app(own, lang: str = "en") -> RecordingApp:
    settings = Settings.resolve(str(own), lang)  # reads the config file ($COACHTUI_CONFIG)
    return RecordingApp(Journal.open(own), settings, cursor_blink=False, watch_interval=0)


def _configure(*sources) -> None:
    assert cli.main(["config", "set", "site.journals", "; ".join(map(str, sources))]) == 0


@pytest.fixture
def config(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    monkeypatch.setenv("COACHTUI_CONFIG", str(path))
    return path


@pytest.fixture
def two(demo_journal_path, tmp_path):
    """Two other team leads' journals (not the one the app has open)."""
    folder = tmp_path / "share"
    folder.mkdir()
    anne = other_lead(demo_journal_path, folder / "anne.db", "Noord")
    bram = other_lead(demo_journal_path, folder / "bram.db", "Zuid", disagreeing=True)
    return anne, bram


async def _open_site(app, pilot) -> None:
    await pilot.pause()
    await pilot.press("S")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _footer_keys(app) -> dict[str, str]:
    return {k.key: k.description for k in app.screen.query_one(Footer).query("FooterKey")}


async def test_s_on_the_team_screen_opens_the_site_over_two_journals(
        config, two, demo_journal_path, capsys):
    anne, bram = two
    _configure(anne, bram)
    capsys.readouterr()
    app = _app(demo_journal_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # the key shows (at 120 columns the team's keys G and S then go by letter alone:
        # the fitted footer; their labels are in the tooltip and the palette)
        assert "S" in _footer_keys(app)
        await _open_site(app, pilot)
        assert type(app.screen).__name__ == "SiteScreen"
        summary = _plain(app.screen.query_one("#site-summary"))
        content = _plain(app.screen.query_one("#site-content"))
        assert "2 journals · 2 teams · 22 agents" in summary
        assert "Calibration (IRR): latest round 0.0% on 2026-11-15 (Zuid) · all 5 rounds" \
            in summary
        assert "Noord · anne.db · 11 agents" in content
        assert "Zuid · bram.db · 11 agents" in content
        assert content.count("≥ 80.0% 26-09–26-12") == 2  # each team's goal
        assert {"r", "escape"} <= set(_footer_keys(app))
        assert _footer_keys(app)["r"] == "Refresh"
        await pilot.press("f3")  # redrawn in Dutch, not read again
        await pilot.pause()
        summary = _plain(app.screen.query_one("#site-summary"))
        assert "2 journalen · 2 teams · 22 medewerkers" in summary
        assert _footer_keys(app)["r"] == "Opnieuw lezen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
    app.journal.close()


async def test_the_site_reads_but_never_writes_and_shows_no_note(config, two,
                                                                 demo_journal_path):
    anne, bram = two
    people = fill_with_private_notes(anne) + fill_with_private_notes(bram)
    _configure(anne, bram)
    before = fingerprint(anne, bram)
    for lang in ("en", "nl"):
        app = _app(demo_journal_path, lang)
        async with app.run_test(size=(120, 200)) as pilot:
            await _open_site(app, pilot)
            await pilot.press("r")  # read again
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = app.export_screenshot()
            assert "anne.db" in shown and "bram.db" in shown
            assert PRIVATE not in shown and QUICK not in shown
            assert [p for p in people if p in shown] == []
        app.journal.close()
    assert fingerprint(anne, bram) == before  # same bytes, same mtime, nothing beside them


async def test_a_journal_that_cannot_be_read_is_one_sentence(config, two, tmp_path,
                                                             demo_journal_path):
    anne, _bram = two
    gone = tmp_path / "gone.db"
    _configure(anne, gone)
    app = _app(demo_journal_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open_site(app, pilot)
        summary = _plain(app.screen.query_one("#site-summary"))
        problems = [line for line in summary.splitlines() if line.startswith("✗")]
        assert len(problems) == 1 and "gone.db" in problems[0]
        assert "1 journals · 1 teams · 11 agents" in summary
        assert "Noord · anne.db" in _plain(app.screen.query_one("#site-content"))
    app.journal.close()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "There are no journals for this overview yet"),
    ("nl", "Er zijn nog geen journalen voor dit overzicht"),
])
async def test_without_journals_the_site_says_how_to_name_them(config, demo_journal_path,
                                                               lang, words):
    app = _app(demo_journal_path, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "S" not in _footer_keys(app)  # no key for a team lead without a site
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        title = "Team: Site overview" if lang == "en" else "Team: Overzicht van de teams"
        await commands[title]()
        await pilot.pause()
        assert type(app.screen).__name__ == "SiteScreen"
        content = _plain(app.screen.query_one("#site-content"))
        assert words in content and "coachtui config set site.journals" in content
    app.journal.close()


async def test_the_loading_line_shows_while_the_journals_are_read(config, two, monkeypatch,
                                                                  demo_journal_path):
    """A replica may take seconds to restore: held here until the screen was looked at."""
    import threading

    from coachtui.screens import site_screen

    anne, bram = two
    _configure(anne, bram)
    go_on = threading.Event()
    real = site_screen.site_view

    def slow(*args, **kwargs):
        assert go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(site_screen, "site_view", slow)
    app = _app(demo_journal_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        screen = app.screen
        assert screen.reading and screen.query_one("#site-body").loading
        assert "Reading 2 journals" in _plain(screen.query_one("#site-summary"))
        go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.reading and not screen.query_one("#site-body").loading
        assert "2 journals · 2 teams" in _plain(screen.query_one("#site-summary"))
    app.journal.close()


async def test_the_counts_show_before_the_team_goals_are_read(config, two, monkeypatch,
                                                              demo_journal_path):
    """The team goals (each member's figures) are a second pass: the counts and the IRR
    are on screen meanwhile, with a line that says the team goals are still coming."""
    import threading

    from coachtui.screens import site_screen

    anne, bram = two
    _configure(anne, bram)
    go_on = threading.Event()
    real = site_screen.add_team_goals

    def slow(*args, **kwargs):
        assert go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(site_screen, "add_team_goals", slow)
    app = _app(demo_journal_path, "nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("S")
        for _ in range(50):  # the first pass, read in the worker
            await pilot.pause(0.05)
            if "2 journalen" in _plain(app.screen.query_one("#site-summary")):
                break
        summary = _plain(app.screen.query_one("#site-summary"))
        assert "2 journalen · 2 teams" in summary and "worden nog gelezen" in summary
        assert "Teamdoel" not in _plain(app.screen.query_one("#site-content"))
        go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = _plain(app.screen.query_one("#site-summary"))
        assert "Lopende teamdoelen: 2, gehaald volgens het teamcijfer: 2" in summary
        assert "Teamdoel" in _plain(app.screen.query_one("#site-content"))
    app.journal.close()
