"""Small things of issue 13, driven by keys: Ctrl+N on the team, 'no target', the
accent-free filter, decimal commas on Dutch screens, sentences in several lines."""

from __future__ import annotations

from textual.widgets import DataTable, TextArea

from coachtui.model import Agent, Figure
from coachtui.screens.quick_note import QuickNoteScreen
from coachtui.screens.talk_fields import SentenceField
from coachtui.screens.widgets.row_table import RowTable
from coachtui.storage import Journal
from tests.pilot.talk_helpers import burst, open_talk_from_team, type_text

SIZE = (120, 40)
REVIEW = "2026-10"  # the clock stands on 2026-11-22


def _names(app) -> list[str]:
    table = app.screen.query_one("#team-table", RowTable)
    return [table.cell_text(i, 0) for i in range(table.row_count)]


async def test_ctrl_n_on_the_team_notes_about_the_highlighted_agent(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "down")  # the third agent by name
        third = _names(app)[2]
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert app.screen.agent.name == third and app.screen.focused.id == "qn-text"
        await pilot.press("escape")
        await pilot.pause()
        # a filter that leaves nobody: the popup asks who
        await pilot.press("slash", *"zzz", "ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, QuickNoteScreen)
        assert app.screen.agent is None and app.screen.focused.id == "qn-agent"


async def test_the_team_says_no_target_for_figures_without_targets(make_app,
                                                                  demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        # a team without team defaults: no target is agreed for Fleur
        fleur = journal.add_agent(Agent(name="Fleur Figures", email="fleur@example.nl",
                                        team="Nieuw"))
        journal.add_agent(Agent(name="Nina Nothing", email="nina@example.nl", team="Nieuw"))
        journal.save_figures([Figure(agent_id=fleur.id, month=REVIEW, metric="ftr",
                                     value=80.0)])
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#team-table", RowTable)
        cells = {table.cell_text(i, 0): table.cell_text(i, 4) for i in range(table.row_count)}
        assert cells["Fleur Figures"] == "no target"
        assert cells["Nina Nothing"] == "no figures"
        await pilot.press("f3")
        await pilot.pause()
        cells = {table.cell_text(i, 0): table.cell_text(i, 4) for i in range(table.row_count)}
        assert cells["Fleur Figures"] == "geen doel"
        assert cells["Nina Nothing"] == "geen cijfers"


async def test_the_team_filter_finds_ayse_typed_without_accents(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"ayse")
        await pilot.pause()
        assert _names(app) == ["Ayşe Yılmaz"]
        await pilot.press("enter")  # and Enter opens her
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"


async def test_dutch_screens_write_decimal_commas(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        noor = journal.find_agent("noor")
        ftr = next(r.value for r in journal.figures(noor.id, REVIEW) if r.metric == "ftr")
    assert ftr is not None and ftr != int(ftr)
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE) as pilot:
        await open_talk_from_team(pilot, "noor")
        table = app.screen.query_one("#figures-table", DataTable)
        value = str(table.get_row_at(0)[1])
        assert value == f"{ftr:.1f}%".replace(".", ",")
        await pilot.press("f3")  # English: a decimal point again
        await pilot.pause()
        table = app.screen.query_one("#figures-table", DataTable)
        assert str(table.get_row_at(0)[1]) == f"{ftr:.1f}%"


def _support(path, session_id) -> tuple[str, str]:
    with Journal.open(path) as journal:
        session = journal.session(session_id)
        return session.support, session.agreements


async def test_sentences_take_several_lines_and_every_key_is_saved(make_app,
                                                                   demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("6")
        await pilot.pause()
        talk = app.screen
        field = talk.focused
        assert isinstance(field, SentenceField) and field.name == "session:support"
        await type_text(pilot, "Weekly")
        assert _support(demo_journal_path, talk.session_id)[0] == "Weekly"
        await pilot.press("enter", "3")  # a new line; a digit is typed, not a step jump
        assert talk.step == 6
        assert _support(demo_journal_path, talk.session_id)[0] == "Weekly\n3"
        await pilot.press("tab")  # Tab moves on, it is not typed
        assert talk.focused.name == "session:agreements"
        await type_text(pilot, "Calls back")
        assert _support(demo_journal_path, talk.session_id) == ("Weekly\n3", "Calls back")
        await pilot.press("ctrl+z")  # the typing undone, and saved undone
        await pilot.pause()
        assert talk.focused.text == ""
        assert _support(demo_journal_path, talk.session_id) == ("Weekly\n3", "")
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert _support(demo_journal_path, talk.session_id) == ("Weekly\n3", "Calls back")
        await pilot.press("shift+tab")
        assert talk.focused.name == "session:support"


async def test_a_sentence_changed_in_another_window_is_kept_or_taken(make_app,
                                                                     demo_journal_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("6")
        await pilot.pause()
        talk = app.screen
        await type_text(pilot, "Mine")
        with Journal.open(demo_journal_path) as other:
            other.save_session_field(talk.session_id, "support", "Theirs")
        await type_text(pilot, "!")  # refused: another window changed it
        field = talk.focused
        assert field.has_class("-conflict") and field.text == "Mine!"
        assert _support(demo_journal_path, talk.session_id)[0] == "Theirs"
        await pilot.press("f7")  # take theirs
        await pilot.pause()
        assert field.text == "Theirs" and not field.has_class("-conflict")
        await type_text(pilot, " too")
        assert _support(demo_journal_path, talk.session_id)[0] == "Theirs too"
        with Journal.open(demo_journal_path) as other:
            other.save_session_field(talk.session_id, "support", "Other")
        await type_text(pilot, "?")
        assert field.has_class("-conflict")
        await pilot.press("f6")  # keep mine, having seen theirs
        await pilot.pause()
        assert _support(demo_journal_path, talk.session_id)[0] == "Theirs too?"
        assert isinstance(field, TextArea)


async def test_removing_a_goal_right_after_typing_in_it_keeps_the_talk_open(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("5")
        await pilot.pause()
        talk = app.screen
        await burst(pilot, "ctrl+o", "Fewer repeat calls", "ctrl+r")
        assert app.screen is talk
        assert not any("no longer exists" in n.message for n in app.notices)
