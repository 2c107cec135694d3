"""Square brackets that people typed are shown as typed, on every screen, and never crash.

Textual reads a plain string in a Label, Static, Option, DataTable cell or notification as
markup: "[extern]" vanished and "[/b]" raised MarkupError. The journal here holds such text
in every place a person or a file can put it (agent name and team, shared and private
notes, a factor's label and description, a metric's label, a signed talk's rating note,
learning point, goal, agreements, signatures and addendum, this month's draft, an imported
agent and the file's name); the tests walk the screens by keys and read what they show.
"""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.app import App
from textual.content import Content
from textual.widgets import Input, Label, Static

from coachtui import clock
from coachtui.model import Agent, Figure, Note, Rating
from coachtui.screens.import_screen import ImportScreen
from coachtui.screens.widgets.confirm import Confirm
from coachtui.screens.widgets.step_prompt import StepPrompt
from coachtui.screens.widgets.text_prompt import TextPrompt
from coachtui.storage import Journal

SIZE = (160, 60)
NAME = "Jan [extern] de Vries [/b]"
TEAM = "[bold]x[/bold]"
NOTE = "said [/b] and [extern]"
PRIVATE_NOTE = "[@click=app.quit]x[/]"
FACTOR_LABEL = "Initiative [/b] [extern]"
FACTOR_DESCRIPTION = "Takes the [bold]lead[/bold]"
METRIC_LABEL = "FTR [@click=app.quit]x[/]"
RATING_NOTE = "[/i] good start"
LEARNING_POINT = "Ask [/b] first"
GOAL_WHAT = "[bold]Call back[/bold] [/b]"
GOAL_TARGET = "[extern] 90%"
AGREEMENTS = "[red]weekly[/red] [/]"
AGENT_WORDS = "I [/b] agree"
MANAGER_SIGNS = "MJ [/b]"
AGENT_SIGNS = "[extern] JV"
ADDENDUM = "corrected [/b] date"
DRAFT_SUPPORT = "[extern] coaching"
DRAFT_PRIVATE = "[/] keep an eye"
IMPORTED_NAME = "[b]Nu[/b] Agent [/b]"
IMPORT_FILE = "figures [extern].csv"


def _build(path) -> int:
    """Put bracketed text everywhere in the demo copy at `path`; the new agent's id."""
    with Journal.open(path, create=False) as journal:
        factor = next(f for f in journal.factors() if f.key == "initiative")
        journal.save_factor(factor.model_copy(update={"label_en": FACTOR_LABEL,
                                                      "description_en": FACTOR_DESCRIPTION}))
        metric = next(m for m in journal.metrics() if m.key == "ftr")
        journal.save_metric(metric.model_copy(update={"label_en": METRIC_LABEL}))
        agent = journal.add_agent(Agent(name=NAME, email="jan@example.nl", team=TEAM))
        assert agent.id is not None
        journal.save_figures(Figure(agent_id=agent.id, month=month, metric="ftr", value=v)
                             for month, v in (("2026-09", 80.0), ("2026-10", 85.0)))
        with clock.frozen_at(datetime(2026, 10, 6, 10, tzinfo=UTC)):  # last month's talk
            past = journal.start_session(agent.id, "2026-09")
            assert past.id is not None
            journal.save_rating(past.id, "initiative", Rating.PLUS, note=RATING_NOTE)
            journal.set_learning_point(past.id, LEARNING_POINT)
            goal = journal.add_goal(past.id)
            assert goal.id is not None
            journal.save_goal_field(goal.id, "what", GOAL_WHAT)
            journal.save_goal_field(goal.id, "target", GOAL_TARGET)
            journal.save_session_field(past.id, "agreements", AGREEMENTS)
            journal.save_session_field(past.id, "agent_comments", AGENT_WORDS)
            journal.sign(past.id, MANAGER_SIGNS, AGENT_SIGNS)
            journal.add_addendum(past.id, ADDENDUM)
        since = datetime(2026, 11, 2, 9, tzinfo=UTC)
        journal.add_note(Note(agent_id=agent.id, created_at=since, text=NOTE,
                              factor="initiative", rating=Rating.MINUS))
        journal.add_note(Note(agent_id=agent.id, created_at=since, text=PRIVATE_NOTE,
                              factor="initiative", private=True))
        draft = journal.start_session(agent.id, "2026-10")
        assert draft.id is not None
        journal.save_session_field(draft.id, "support", DRAFT_SUPPORT)
        journal.save_session_field(draft.id, "private_notes", DRAFT_PRIVATE)
        return agent.id


@pytest.fixture
def bracket_journal(demo_journal_path):
    """The demo copy with bracketed text everywhere; (path, agent id)."""
    return demo_journal_path, _build(demo_journal_path)


def screen_text(app: App) -> str:
    """Every character the active screen shows now, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def shown(widget: Static) -> str:
    """The text a Static or Label renders (after any markup was read)."""
    visual = widget.render()
    assert isinstance(visual, Content), type(visual)
    return visual.plain


def assert_shows(app: App, *texts: str) -> None:
    """Each text is on screen exactly as typed, brackets included."""
    on_screen = screen_text(app)
    for text in texts:
        assert text in on_screen, \
            f"{text!r} not shown on {type(app.screen).__name__}:\n{on_screen}"


async def _open_agent(pilot, app) -> None:
    """From the team overview to the bracketed agent's page, by keys."""
    await pilot.press("slash", *"jan", "enter")
    await pilot.pause()
    assert type(app.screen).__name__ == "AgentScreen"


async def test_team_agent_page_notes_and_quick_note(make_app, bracket_journal):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_shows(app, NAME, TEAM)
        await _open_agent(pilot, app)
        assert shown(app.screen.query_one("#agent-heading", Label)) == f"{NAME} · {TEAM}"
        assert_shows(app, NAME, TEAM, METRIC_LABEL, NOTE, PRIVATE_NOTE, GOAL_WHAT)

        await pilot.press("n")  # the notes screen
        await pilot.pause()
        assert type(app.screen).__name__ == "NotesScreen"
        assert shown(app.screen.query_one("#notes-title", Label)) == f"Notes about {NAME}"
        assert_shows(app, NOTE, PRIVATE_NOTE, FACTOR_LABEL)
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("ctrl+n")  # the quick-note popup, this agent preselected
        await pilot.pause()
        assert type(app.screen).__name__ == "QuickNoteScreen"
        assert app.screen.query_one("#qn-agent", Input).value == NAME
        assert_shows(app, NAME, FACTOR_LABEL)
        app.screen.query_one("#qn-text", Input).value = "fine +zz[/b]x"
        await pilot.press("enter")  # refused: the unknown tag is quoted as typed
        await pilot.pause()
        assert "'zz[/b]x'" in shown(app.screen.query_one("#qn-message", Static))
        app.screen.query_one("#qn-text", Input).value = "a call [/b] [extern]"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
        assert_shows(app, "a call [/b] [extern]", NOTE)


async def test_every_step_of_the_draft_and_the_wrap_up(make_app, bracket_journal):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_agent(pilot, app)
        await pilot.press("t")  # continue this month's draft
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        assert NAME in shown(app.screen.query_one("#talk-title", Static))
        steps = {
            1: [METRIC_LABEL],
            2: [FACTOR_LABEL, FACTOR_DESCRIPTION, NOTE, PRIVATE_NOTE],
            3: [GOAL_WHAT, GOAL_TARGET],  # last month's goal: `a` marks it achieved
            4: [f"Last time: {LEARNING_POINT}"],
            5: [],
            6: [DRAFT_SUPPORT, DRAFT_PRIVATE],
            7: [METRIC_LABEL, FACTOR_LABEL, GOAL_WHAT, DRAFT_SUPPORT],
        }
        for step, texts in steps.items():
            await pilot.press("ctrl+g", str(step))  # jump, from a text field too
            await pilot.pause()
            assert app.screen.step == step
            assert_shows(app, NAME, *texts)
            if step == 3:
                await pilot.press("a")
        # a rating note typed with brackets is saved and shown as typed in the record
        await pilot.press("ctrl+g", "2")
        await pilot.pause()
        app.screen.query_one("#note-initiative", Input).focus()
        await pilot.press(*RATING_NOTE)
        await pilot.press("ctrl+g", "7")
        await pilot.pause()
        assert RATING_NOTE in shown(app.screen.query_one("#record", Static))


async def test_a_signed_talk_read_only(make_app, bracket_journal):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_agent(pilot, app)
        await pilot.press("down", "enter")  # the talks list: draft first, then September
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        assert app.screen.ctx.session.month == "2026-09" and app.screen.ctx.read_only
        await pilot.press("ctrl+g", "2")
        await pilot.pause()
        assert_shows(app, FACTOR_LABEL, RATING_NOTE)
        await pilot.press("ctrl+g", "7")
        await pilot.pause()
        record = shown(app.screen.query_one("#record", Static))
        for text in (FACTOR_LABEL, RATING_NOTE, LEARNING_POINT, GOAL_WHAT, AGREEMENTS,
                     AGENT_WORDS):
            assert text in record
        assert MANAGER_SIGNS in shown(app.screen.query_one("#signed", Static))
        assert AGENT_SIGNS in shown(app.screen.query_one("#signed", Static))
        assert_shows(app, ADDENDUM)


async def test_erasing_the_agent(make_app, bracket_journal):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_agent(pilot, app)
        await pilot.press("E")
        await pilot.pause()
        assert type(app.screen).__name__ == "EraseAgentScreen"
        assert shown(app.screen.query_one("#erase-title", Label)) == \
            f"Erase {NAME} <jan@example.nl>"
        app.screen.query_one("#erase-input", Input).value = "[/b]"
        await pilot.press("enter")  # not the name: refused, the typed text quoted
        await pilot.pause()
        message = shown(app.screen.query_one("#erase-message", Static))
        assert "'[/b]'" in message and NAME in message
        app.screen.query_one("#erase-input", Input).value = "Jan"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
        assert NAME not in screen_text(app)
        # "Jan [extern] de Vries [/b] is erased": a notice shown as written, not as markup
        done = [n for n in app.notices if NAME in n.message]
        assert done and not done[0].markup


async def test_import_preview_of_a_bracketed_file(make_app, bracket_journal, tmp_path):
    csv = tmp_path / IMPORT_FILE
    csv.write_text(f"email,name,month,ftr\nnieuw@example.nl,{IMPORTED_NAME},2026-10,80\n",
                   encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ImportScreen())
        await pilot.pause()
        field = app.screen.query_one("#import-path", Input)
        field.focus()
        field.value = str(tmp_path / "missing [/b].csv")
        await pilot.press("enter")  # refused on the form, the file named as typed
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.phase == "form"
        assert "missing [/b].csv" in shown(app.screen.query_one("#import-error", Static))
        field.value = str(csv)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.phase == "preview"
        assert IMPORT_FILE in shown(app.screen.query_one("#import-source-line", Label))
        assert_shows(app, f"{IMPORTED_NAME} (new)", METRIC_LABEL)


async def test_prompts_show_their_question_as_written(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        for prompt in (Confirm(NOTE, AGREEMENTS), TextPrompt(NOTE), StepPrompt(NOTE, 7)):
            app.push_screen(prompt)
            await pilot.pause()
            assert_shows(app, NOTE)
            await pilot.press("escape")
            await pilot.pause()
        assert_shows(app, "Team: monthly talks")


def test_every_notice_of_the_screens_is_shown_as_written():
    """A notice may quote a name, a file or a refusal: no `notify()` in screens/ reads
    markup (Textual's default does)."""
    root = Path(__file__).parents[2] / "screens"  # the source folder of coachtui.screens
    reading_markup = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            named = isinstance(func, ast.Attribute) and func.attr == "notify"
            passed = any(isinstance(a, ast.Attribute) and a.attr == "notify" for a in node.args)
            if not (named or passed):
                continue
            markup = next((k.value for k in node.keywords if k.arg == "markup"), None)
            if not (isinstance(markup, ast.Constant) and markup.value is False):
                reading_markup.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert not reading_markup
