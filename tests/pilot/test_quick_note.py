"""The quick-note popup driven by keys, on a real journal file."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Input, Static

from coachtui.model import Channel, Rating, Relation
from coachtui.screens.quick_note import NoteChoices, QuickNoteScreen, rank_agents
from coachtui.screens.widgets.confirm import Confirm

UNSET = object()


class Host(App[None]):
    """A tiny app that opens the popup at once and keeps what it dismissed with."""

    def __init__(self, journal, agent_id=None, *, agent_view=False, lang="en") -> None:
        super().__init__()
        self.journal, self.agent_id, self.agent_view, self.lang = (
            journal, agent_id, agent_view, lang)
        self.result: object = UNSET

    def on_mount(self) -> None:
        self.push_screen(QuickNoteScreen(self.journal, self.lang, self.agent_id,
                                         agent_view=self.agent_view),
                         callback=self._remember)

    def _remember(self, note) -> None:
        self.result = note


_KEYS = {" ": "space", "+": "plus", "-": "minus", "~": "tilde", "=": "equals_sign",
         "#": "number_sign", ".": "full_stop"}


async def _type(pilot, text: str) -> None:
    await pilot.press(*[_KEYS.get(ch, ch) for ch in text])


@pytest.fixture
def sanne(demo_journal):
    return demo_journal.find_agent("sanne")


def _newest(journal, agent):
    return journal.notes(agent.id)[0]


async def test_type_pick_factor_and_rating_enter_saves(demo_journal, sanne):
    before = len(demo_journal.notes(sanne.id))
    app = Host(demo_journal, sanne.id)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert app.screen.focused.id == "qn-text"  # agent preselected: straight to the text
        await _type(pilot, "Took over a hard call")
        await pilot.press("tab", "1", "plus", "p", "s", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuickNoteScreen)
    assert len(demo_journal.notes(sanne.id)) == before + 1
    note = _newest(demo_journal, sanne)
    assert (note.text, note.factor, note.rating) == ("Took over a hard call", "initiative",
                                                     Rating.PLUS)
    assert note.channel is Channel.PHONE and note.relation is Relation.STRENGTHENED
    assert not note.private
    assert app.result is not None and app.result.id == note.id


async def test_fuzzy_agent_search_then_tag_in_the_text(demo_journal, sanne):
    app = Host(demo_journal)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        assert app.screen.focused.id == "qn-agent"
        await _type(pilot, "sdv")  # letters in order: Sanne de Vries
        assert app.screen.agent.id == sanne.id
        await pilot.press("enter")
        assert app.screen.focused.id == "qn-text"
        await _type(pilot, "Lovely reply ~wow")
        await pilot.press("enter")
        await pilot.pause()
    note = _newest(demo_journal, sanne)
    assert (note.text, note.factor, note.rating) == ("Lovely reply", "wow", Rating.MIXED)


async def test_arrow_keys_pick_another_match(demo_journal):
    app = Host(demo_journal)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await _type(pilot, "an")
        first = app.screen.agent
        await pilot.press("down")
        second = app.screen.agent
        assert first.id != second.id
        assert second in app.screen.matches


async def test_ref_private_and_minus_rating(demo_journal, sanne):
    app = Host(demo_journal, sanne.id)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await _type(pilot, "Curt tone")
        await pilot.press("tab", "4", "minus", "c", "w", "x", "tab")
        assert app.screen.focused.id == "qn-ref"
        await _type(pilot, "#4711")
        await pilot.press("enter")
        await pilot.pause()
    note = _newest(demo_journal, sanne)
    assert (note.factor, note.rating, note.private) == ("language", Rating.MINUS, True)
    assert note.contact_ref == "#4711" and note.channel is Channel.CHAT
    assert note.relation is Relation.WEAKENED


async def test_escape_with_text_asks_first(demo_journal, sanne):
    before = len(demo_journal.notes(sanne.id))
    app = Host(demo_journal, sanne.id)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await _type(pilot, "half a thought")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # keep typing
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert app.screen.query_one("#qn-text", Input).value == "half a thought"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # discard
        await pilot.pause()
        assert not isinstance(app.screen, (QuickNoteScreen, Confirm))
    assert app.result is None
    assert len(demo_journal.notes(sanne.id)) == before


async def test_escape_on_an_empty_note_closes_at_once(demo_journal, sanne):
    app = Host(demo_journal, sanne.id)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (QuickNoteScreen, Confirm))
    assert app.result is None


async def test_rating_without_factor_or_bad_tag_is_refused_in_place(demo_journal, sanne):
    before = len(demo_journal.notes(sanne.id))
    app = Host(demo_journal, sanne.id)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await _type(pilot, "Good")
        await pilot.press("tab", "plus", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        message = str(app.screen.query_one("#qn-message", Static).render())
        assert "factor" in message
        await pilot.press("shift+tab")
        await _type(pilot, " +zz")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "not a factor" in str(app.screen.query_one("#qn-message", Static).render())
    assert len(demo_journal.notes(sanne.id)) == before


async def test_agent_view_shows_no_other_agents_and_no_private_option(demo_journal, sanne):
    app = Host(demo_journal, sanne.id, agent_view=True)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert [a.id for a in screen.agents] == [sanne.id]
        assert screen.query_one("#qn-agent", Input).disabled
        await _type(pilot, "Shared remark")
        await pilot.press("tab", "x", "7", "plus", "enter")
        await pilot.pause()
    note = _newest(demo_journal, sanne)
    assert note.private is False and note.factor == "collaboration"


async def test_dutch_labels(demo_journal, sanne):
    app = Host(demo_journal, sanne.id, lang="nl")
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#qn-title").render()) == "Snelle notitie"
        rendered = str(app.screen.query_one(NoteChoices).render())
        assert "Taalgebruik" in rendered and "telefoon" in rendered


def test_rank_agents_orders_start_word_substring_and_letters(demo_journal):
    agents = demo_journal.agents()
    assert rank_agents("sanne", agents)[0].name == "Sanne de Vries"
    assert rank_agents("vries", agents)[0].name == "Sanne de Vries"
    assert rank_agents("sdv", agents)[0].name == "Sanne de Vries"
    assert rank_agents("zzz", agents) == []
    assert len(rank_agents("", agents)) == len(agents)


async def test_health_looking_text_is_confirmed_before_saving(demo_journal, sanne):
    before = len(demo_journal.notes(sanne.id))
    app = Host(demo_journal, sanne.id)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await _type(pilot, "Left early with migraine")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # back to the text, nothing saved
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert len(demo_journal.notes(sanne.id)) == before
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")  # save anyway
        await pilot.pause()
        assert not isinstance(app.screen, (QuickNoteScreen, Confirm))
    assert len(demo_journal.notes(sanne.id)) == before + 1


async def test_the_real_app_opens_the_popup_with_ctrl_n(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"noor", "enter")  # Noor, highlighted on the team overview
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert app.screen.agent.name == "Noor Hendriks"  # the highlighted agent
        assert app.screen.focused.id == "qn-text"
        await _type(pilot, "Calm with an angry caller +wow")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuickNoteScreen)
    from coachtui.storage import Journal

    with Journal.open(demo_journal_path) as journal:
        note = journal.notes(journal.find_agent("noor").id)[0]
    assert (note.text, note.factor, note.rating) == ("Calm with an angry caller", "wow",
                                                     Rating.PLUS)
