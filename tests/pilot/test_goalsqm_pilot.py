"""Pilot tests of the goals-and-QM additions: QM evidence in the factors step, the team
goal form, personal figures."""

from __future__ import annotations

from textual.widgets import Static

from coachtui.screens.qm_drill import QmDrillScreen
from tests.unit.test_qm_factor_evidence import seed_mapped


async def test_factors_step_shows_qm_evidence_and_f8_opens_the_contacts(make_app,
                                                                        demo_journal_path,
                                                                        tmp_path):
    from coachtui.storage import Journal

    with Journal.open(demo_journal_path) as journal:
        agent_id = seed_mapped(journal, tmp_path, "Kees")
    app = make_app("en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.start_talk(agent_id)
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        line = str(app.screen.query_one("#qm-communication", Static).render())
        assert "QM: 3 evaluated contacts" in line
        assert "2 scored low on 'Active listening'" in line
        assert not app.screen.query("#qm-initiative")  # no criterion maps there
        app.screen.query_one("#note-communication").focus()
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, QmDrillScreen)
        assert app.screen.factor == "communication"
        shown = str(app.screen.query_one("#qm-drill-contacts", Static).render())
        month = app.screen.month
        assert f"EV-{month}-1" in shown and f"EV-{month}-3" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QmDrillScreen)


def _team_goal_rows(path):
    from coachtui.storage import Journal

    with Journal.open(path) as journal:
        return journal.team_goal_rows()


async def test_team_goal_form_sets_refuses_ends_and_removes(make_app, demo_journal_path):
    from coachtui.screens.team_goal_form import TeamGoalForm
    from coachtui.screens.team_goals_screen import TeamGoalsScreen
    from tests.pilot.talk_helpers import type_text

    before = _team_goal_rows(demo_journal_path)
    app = make_app("en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        assert isinstance(app.screen, TeamGoalsScreen)
        shown_team = app.screen.goals[0].team
        month = app.screen.coach.review_month
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TeamGoalForm)
        # the team is the chosen goal's; the metric by its label, as the catalogue has it
        await type_text(pilot, "First Time Right")
        await pilot.press("enter")
        await type_text(pilot, "85")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, TeamGoalForm)
        rows = _team_goal_rows(demo_journal_path)
        [added] = [r for r in rows if r["id"] not in {b["id"] for b in before}]
        assert (added["team"], added["metric"], added["target"]) == (shown_team, "ftr", 85.0)
        assert added["from_month"] == month
        # a third team goal in the same period: refused in the form, in one sentence
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "ftr")
        await pilot.press("enter")
        await type_text(pilot, "90")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TeamGoalForm)
        message = str(app.screen.query_one("#form-message").render())
        assert shown_team in message and "2" in message
        assert len(_team_goal_rows(demo_journal_path)) == len(rows)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # discard what was typed
        await pilot.pause()
        assert isinstance(app.screen, TeamGoalsScreen)
        # choose the new goal, end it with this month (asks first), then remove it
        app.screen.chosen = next(n for n, g in enumerate(app.screen.goals)
                                 if g.id == added["id"])
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("n")  # no: nothing changes
        await pilot.pause()
        assert next(r for r in _team_goal_rows(demo_journal_path)
                    if r["id"] == added["id"])["until_month"] == added["until_month"]
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert next(r for r in _team_goal_rows(demo_journal_path)
                    if r["id"] == added["id"])["until_month"] == month
        app.screen.chosen = next(n for n, g in enumerate(app.screen.goals)
                                 if g.id == added["id"])
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert added["id"] not in {r["id"] for r in _team_goal_rows(demo_journal_path)}


async def test_personal_figure_by_keys_and_included_from_the_wrap_up(make_app,
                                                                     demo_journal_path):
    from textual.widgets import DataTable

    from coachtui.screens.personal_items import PersonalItemsScreen
    from coachtui.storage import Journal
    from coachtui.storage.signed_records import live_content

    app = make_app("en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        agent_id = app.journal.find_agent("Kees").id
        app.start_talk(agent_id)
        await pilot.pause()
        table = app.screen.query_one("#figures-table", DataTable)
        table.focus()
        await pilot.press("down")  # the second metric
        await pilot.pause()
        metric = app.screen.query_one("#step-1").ctx.view.metrics[1].key
        footer_keys = {b.binding.key for b in app.screen.active_bindings.values()}
        assert {"p", "i"} <= footer_keys
        await pilot.press("p")
        await pilot.pause()
        with Journal.open(demo_journal_path) as journal:
            assert metric in journal.personal_metrics(agent_id)
            session_id = next(s.id for s in journal.sessions(agent_id=agent_id)
                              if s.status.value == "draft")
            assert metric not in [f["metric"] for f in live_content(journal, session_id)
                                  ["figures"]]
        assert "personal now" in app.notices[-1].message
        await pilot.press("i")
        await pilot.pause()
        with Journal.open(demo_journal_path) as journal:
            record = live_content(journal, session_id)
            assert metric in [f["metric"] for f in record["figures"]]
            assert record["personal_included"] == [f"figure:{metric}"]
        # the wrap-up lists the personal items; Space leaves the figure out again
        await pilot.press("7")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, PersonalItemsScreen)
        listing = app.screen.query_one("#pi-list")
        ids = [listing.get_option_at_index(n).id for n in range(listing.option_count)]
        listing.highlighted = ids.index(f"figure:{metric}")
        await pilot.press("space")
        await pilot.pause()
        with Journal.open(demo_journal_path) as journal:
            assert "personal_included" not in live_content(journal, session_id)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PersonalItemsScreen)
