"""Quality monitoring driven by keys on a copy of the demo journal: score a contact reading
the definitions (saved per keystroke), a calibration round with three participants at one
screen (scores hidden until the result: spread and IRR), the competence screen, and the
figures step's drill-down."""

from __future__ import annotations

from textual.widgets import Static

from coachtui.screens.calibration_screen import CalibrationResult, CalibrationScreen
from coachtui.screens.competence_screen import CompetenceScreen
from coachtui.screens.qm_screen import QmScreen
from tests.pilot.talk_helpers import type_text

SIZE = (120, 40)


def _text(widget: Static) -> str:
    """What a Static shows, as plain text (rich tables rendered too)."""
    from rich.console import Console

    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(widget.content)
    return console.export_text()


async def _open_agent(app, pilot, name: str) -> int:
    await pilot.pause()
    agent_id = app.journal.find_agent(name).id
    app.open_agent(agent_id)
    await pilot.pause()
    return agent_id


async def test_score_a_contact_by_keys_reading_the_definitions(make_app):
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        agent_id = await _open_agent(app, pilot, "Sanne")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QmScreen)
        first = app.screen.query_one("#crit-need", Static)
        assert "Keeps asking until it is clear" in _text(first)  # the definition shows
        await type_text(pilot, "T-9001")
        await pilot.press("tab")  # channel
        await pilot.press("enter", "down", "down", "enter")  # (blank), phone, e-mail
        await pilot.press("tab", "tab")  # past the date and the scorer (the lead's name)
        await pilot.press("tab")  # the first criterion
        await pilot.press("3")  # need 3/3; the focus moves to the next criterion
        await pilot.press("2")  # solution 2/3
        await pilot.press("9")  # privacy: 9 is above max 1, refused, nothing saved
        await pilot.press("1")  # privacy 1/1
        await pilot.press("shift+tab")  # back to privacy's note
        await pilot.press("tab")
        await pilot.pause()
        assert any("above this criterion's max" in n.message for n in app.notices)
        found = [e for e in app.journal.evaluations(agent_id) if e.contact_ref == "T-9001"]
        assert len(found) == 1
        evaluation = found[0]
        assert evaluation.scores == {"need": 3, "solution": 2, "privacy": 1}
        assert evaluation.channel == "email" and evaluation.scorer == "Marieke Jansen"
        assert evaluation.scored_on == "2026-11-22"
        # 100 * (3/3 + 2*2/3 + 1) / 4 = 83.3
        assert "83.3" in _text(app.screen.query_one("#qm-live", Static))
        app.screen.query_one("#note-solution").focus()
        await type_text(pilot, "Missed the refund")
        app.screen.query_one("#qm-verdict").focus()
        await type_text(pilot, "Agrees")
        await pilot.pause()
        stored = app.journal.evaluation(evaluation.id)
        assert stored.notes == {"solution": "Missed the refund"}
        assert stored.agent_verdict == "Agrees"


async def test_calibration_round_with_three_participants_at_one_screen(make_app):
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await _open_agent(app, pilot, "Sanne")
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("ctrl+r")  # the calibration rounds
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "CAL-1")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CalibrationScreen)
        round_id = app.screen.round_id
        for name, keys in (("Ann", "33112222"), ("Bob", "23112222"), ("Cy", "33012222")):
            await type_text(pilot, name)
            await pilot.press("enter")  # to the first criterion
            await pilot.press(*keys)
            await pilot.pause()
            scored = _text(app.screen.query_one("#cal-scored", Static))
            assert name in scored
            for other in ("90.0", "86.7", "0.0"):
                assert other not in scored  # names only, never a score
            await pilot.press("ctrl+o")  # hand over: the sheet empties
            await pilot.pause()
            assert app.screen.query_one("#cal-sheet").scores == {}
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, CalibrationResult)
        contacts = _text(app.screen.query_one("#cal-contacts", Static))
        irr = _text(app.screen.query_one("#cal-irr-line", Static))
        # weights add up to 10: Ann 100*(1 + 2 + 1 + 1/3 + 2/3 + 1 + 1 + 2)/10 = 90.0,
        # Bob (2/3 for need) 86.7, Cy knock-out 0.0
        for number in ("90.0", "86.7", "0.0"):
            assert number in contacts
        assert "not agreed" in contacts
        assert "IRR" in irr and "0.0%" in irr
        from coachtui.services.calibration import round_result

        result = round_result(app.journal, round_id)
        assert result.contacts[0].spread == 90.0
        assert result.irr == 0.0


async def test_competence_screen_judges_by_keys(make_app):
    app = make_app("nl")
    async with app.run_test(size=SIZE) as pilot:
        agent_id = await _open_agent(app, pilot, "Fenna")
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CompetenceScreen)
        assert "niveau 3" in _text(app.screen.query_one("#comp-level", Static))
        await pilot.press("down", "down")  # the knowledge base (judged with impact)
        await pilot.press("1")
        await pilot.pause()
        latest = app.journal.judgements(agent_id)[-1]
        assert (latest.factor, latest.judgement.value) == ("c_knowledge_base", "sufficient")
        assert "niveau 3" in _text(app.screen.query_one("#comp-level", Static))
        assert _text(app.screen.query_one("#comp-proposal", Static)).strip() == ""


async def test_the_talks_figures_show_qm_score_and_rq_with_a_drill_down(make_app):
    from textual.widgets import DataTable

    from coachtui.screens.qm_drill import QmDrillScreen

    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        draft = next(s for s in app.journal.sessions() if not s.signed)
        app.open_session(draft.id)
        await pilot.pause()
        await pilot.press("ctrl+g", "1")
        await pilot.pause()
        table = app.screen.query_one("#figures-table", DataTable)
        labels = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "Quality score (QM)" in labels and "Relation quotient (RQ)" in labels
        table.focus()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, QmDrillScreen)
        shown = _text(app.screen.query_one("#qm-drill-contacts", Static))
        evaluations = app.journal.evaluations(draft.agent_id, draft.month)
        assert evaluations and all(e.contact_ref in shown for e in evaluations)
