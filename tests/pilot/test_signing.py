"""Signing by keys: the checklist before the signatures, in Dutch and English."""

from __future__ import annotations

import re

import pytest

from coachtui.model import SessionStatus
from coachtui.storage import Journal, signed_records
from tests.pilot.talk_helpers import MOHAMMED, open_talk_from_team, type_text

TEXTS = {
    "en": {"title": "Before signing", "no_lp": "There is no learning point.",
           "no_goal": "There is no goal for next month.", "refused": "cannot be signed yet",
           "smart": r"SMART points? open", "question": "Sign anyway?"},
    "nl": {"title": "Voor het tekenen", "no_lp": "Er is geen leerpunt.",
           "no_goal": "Er is geen enkel doel voor volgende maand.",
           "refused": "Nog niet te tekenen", "smart": r"SMART-punt(en)? open",
           "question": "Toch tekenen?"},
}


async def _to_wrap_up(pilot) -> None:
    await pilot.press("ctrl+g")  # a digit would be typed into a focused field
    await pilot.pause()
    await pilot.press("7")
    await pilot.pause()


async def _type_signatures(pilot) -> None:
    await pilot.press("ctrl+u")
    await type_text(pilot, "MJ")
    await pilot.press("tab")
    await type_text(pilot, "MB")


def _checklist(app) -> str:
    return str(app.screen.query_one("#signing-checklist").render())


def _notices(app) -> str:
    return " ".join(str(n.message) for n in app.notices)


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_an_empty_talk_is_refused_with_the_reasons(make_app, demo_journal_path, lang):
    words = TEXTS[lang]
    app = make_app(lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "mohammed")
        if type(app.screen).__name__ == "Confirm":  # "hold the talk early?"
            await pilot.press("y")
            await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"
        await _to_wrap_up(pilot)
        shown = _checklist(app)
        assert words["title"] in shown
        assert words["no_lp"] in shown  # (its goals were carried over by default)
        await _type_signatures(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "TalkScreen"  # no question: nothing to confirm
        assert words["refused"] in _notices(app)
        assert words["no_lp"] in _notices(app)

    with Journal.open(demo_journal_path) as journal:
        drafts = [s for s in journal.sessions(agent_id=MOHAMMED) if not s.signed]
        assert drafts and all(s.status is SessionStatus.DRAFT for s in drafts)
        assert all(signed_records.stored_record(journal, s.id) is None for s in drafts)


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_soft_gaps_are_signed_after_one_confirmation(make_app, demo_journal_path, lang):
    words = TEXTS[lang]
    with Journal.open(demo_journal_path) as journal:
        draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT)
        name = journal.agent(draft.agent_id).name.split()[0].lower()
    app = make_app(lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, name)
        await _to_wrap_up(pilot)
        shown = _checklist(app)
        assert re.search(words["smart"], shown) and "✗" not in shown
        await _type_signatures(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        assert words["question"] in str(app.screen.query("Label").first().render())
        await pilot.press("y")
        await pilot.pause()

    with Journal.open(demo_journal_path) as journal:
        session = journal.session(draft.id)
        assert session.signed
        assert signed_records.stored_record(journal, draft.id) is not None
        assert [c.field for c in journal.session_history(draft.id)
                if c.field == "signed_with_gaps"] == ["signed_with_gaps"]


async def test_saying_no_to_the_open_items_leaves_the_draft(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT)
        name = journal.agent(draft.agent_id).name.split()[0].lower()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, name)
        await _to_wrap_up(pilot)
        await _type_signatures(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()

    with Journal.open(demo_journal_path) as journal:
        assert not journal.session(draft.id).signed
        assert signed_records.stored_record(journal, draft.id) is None


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("Signed talks keep their figures", "signed 86.1% (met), now 70.0% (missed)")),
    ("nl", ("Getekende gesprekken houden hun cijfers",
            "getekend 86,1% (gehaald), nu 70,0% (niet gehaald)")),
])
async def test_agent_page_shows_both_values_when_a_signed_talk_differs(
        make_app, demo_journal_path, lang, words):
    from coachtui.model import Figure, Target
    from coachtui.services import signing

    with Journal.open(demo_journal_path) as journal:
        draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT)
        agent = journal.agent(draft.agent_id)
        # As agreed in the talk: FTR 86.1% against 85%, then signed.
        journal.set_target(Target(agent_id=agent.id, metric="ftr", from_month=draft.month,
                                  value=85.0))
        journal.save_figures([Figure(agent_id=agent.id, month=draft.month, metric="ftr",
                                     value=86.1)])
        signing.sign(journal, draft.id, manager="MJ", agent="SV", confirmed_soft=True)
        # Afterwards a re-import says 70.0%.
        journal.save_figures([Figure(agent_id=agent.id, month=draft.month, metric="ftr",
                                     value=70.0)])
    app = make_app(lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await type_text(pilot, agent.name.split()[0].lower())
        await pilot.press("enter")
        await pilot.pause()
        shown = app.screen.query_one("#agent-signed-figures")
        assert shown.display
        text = str(shown.render())
        assert words[0] in text and words[1] in text and draft.month in text


async def test_a_signed_talk_shows_the_figures_it_was_signed_with(make_app, demo_journal_path):
    from coachtui.model import Figure
    from coachtui.services import signing

    with Journal.open(demo_journal_path) as journal:
        draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT)
        journal.save_figures([Figure(agent_id=draft.agent_id, month=draft.month,
                                     metric="ftr", value=86.1)])
        signing.sign(journal, draft.id, manager="MJ", agent="SV", confirmed_soft=True)
        journal.save_figures([Figure(agent_id=draft.agent_id, month=draft.month,
                                     metric="ftr", value=70.0)])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_session(draft.id)
        await pilot.pause()
        await pilot.press("7")
        await pilot.pause()
        record = str(app.screen.query_one("#record").render())
        assert "86.1%" in record and "70.0%" not in record
