"""Every kind of talk, walked by keys from the agent page, asserted on the journal."""

from __future__ import annotations

from datetime import date

from coachtui.model import SessionKind, SessionStatus
from coachtui.storage import Journal
from tests.pilot.talk_helpers import MOHAMMED, type_text

THIS_MONTH = "2026-11"  # the fixed clock's month: kinds other than monthly are about now


def _talk(path, agent_id: int, kind: SessionKind):
    with Journal.open(path) as journal:
        found = [s for s in journal.sessions(agent_id=agent_id, month=THIS_MONTH, details=True)
                 if s.kind is kind]
        return found[0] if found else None


async def _sign(pilot, manager: str, agent: str) -> None:
    """On the wrap-up: both names, Ctrl+S, then yes to the one question."""
    await pilot.press("ctrl+u")
    await type_text(pilot, manager)
    await pilot.press("tab")
    await type_text(pilot, agent)
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()


async def test_a_coaching_moment_by_keys(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_agent(MOHAMMED)
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "TalkScreen"
        assert [cls.__name__ for _, cls in screen.plan.numbered()] == [
            "CoachingTopicStep", "CoachingAgreementStep", "WrapUpStep"]
        await type_text(pilot, "Closing chats")
        await pilot.press("tab")
        await type_text(pilot, "three chats left open on Monday")
        await pilot.press("pagedown")
        await pilot.pause()
        await type_text(pilot, "Close every chat with a summary")
        await pilot.press("tab")
        await type_text(pilot, "2026-12-06")
        await pilot.press("pagedown")
        await pilot.pause()
        assert "Closing chats" in str(screen.query_one("#record").render())
        await _sign(pilot, "MJ", "MEA")
    session = _talk(demo_journal_path, MOHAMMED, SessionKind.COACHING)
    assert session is not None and session.status is SessionStatus.SIGNED
    assert session.answers == {
        "coaching.topic": "Closing chats",
        "coaching.evidence": "three chats left open on Monday",
        "coaching.agreement": "Close every chat with a summary",
        "coaching.follow_up": "2026-12-06"}


async def test_an_appraisal_by_keys_in_dutch(make_app, demo_journal_path):
    app = make_app("nl")
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_agent(MOHAMMED)
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert "Jaaroverzicht" in screen.step_bar_line()
        assert screen.query_one("#year-overview") is not None
        await pilot.press("pagedown")  # 2: every factor judged over the period
        await pilot.pause()
        factors = len(screen.ctx.view.factors)
        for _ in range(factors):
            await pilot.press("+")
            await pilot.press("tab")
            await type_text(pilot, "heel het jaar")
            await pilot.press("tab")
        await pilot.press("pagedown")  # 3: overall judgement and outcome
        await pilot.pause()
        await pilot.press("3")  # exceeds expectations
        await pilot.press("tab")
        await type_text(pilot, "sterk jaar")
        await pilot.press("tab")
        await pilot.press("s")  # salary step
        await pilot.press("tab")
        await type_text(pilot, "per januari")
        await pilot.press("pagedown")  # 4: the agent's reaction
        await pilot.pause()
        await type_text(pilot, "blij mee")
        await pilot.press("pagedown")  # 5: sign
        await pilot.pause()
        assert "Boven verwachting" in str(screen.query_one("#record").render())
        await _sign(pilot, "MJ", "MEA")
    session = _talk(demo_journal_path, MOHAMMED, SessionKind.APPRAISAL)
    assert session is not None and session.status is SessionStatus.SIGNED
    assert session.answers["appraisal.overall"] == "exceeds"
    assert session.answers["appraisal.outcome"] == "salary_step"
    assert session.answers["appraisal.reaction"] == "blij mee"
    assert all(r.rating and r.rating.value == "+" for r in session.ratings)


async def test_a_performance_talk_with_the_agents_turn_makes_goals(make_app,
                                                                   demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_agent(MOHAMMED)
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert screen.step == 1
        await type_text(pilot, "busy but good")
        await pilot.press("tab")
        await type_text(pilot, "the new macros")
        await pilot.press("tab")
        await type_text(pilot, "slow VPN")
        await pilot.press("tab")
        await type_text(pilot, "second line")
        await pilot.press("tab")
        await type_text(pilot, "more feedback please")
        await pilot.press("tab")
        await pilot.press("+")  # the agent's own rating of the first factor
        await pilot.press("pagedown")  # 2: the lead's view
        await pilot.pause()
        await type_text(pilot, "reliable, ready for more")
        await pilot.press("pagedown")  # 3: agreements become goals
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Shadow second line two days a month")
        await pilot.press("pagedown")  # 4: sign
        await pilot.pause()
        await _sign(pilot, "MJ", "MEA")
    session = _talk(demo_journal_path, MOHAMMED, SessionKind.PERFORMANCE)
    assert session is not None and session.status is SessionStatus.SIGNED
    assert session.answers["turn.hinders"] == "slow VPN"
    assert session.answers["performance.lead_view"] == "reliable, ready for more"
    assert [g.what for g in session.goals] == ["Shadow second line two days a month"]
    assert any(r.agent_rating is not None for r in session.ratings)


async def test_an_exit_talk_ends_the_employment_when_signed(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_agent(MOHAMMED)
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#exit-health-hint") is not None
        await type_text(pilot, "a job closer to home")
        await pilot.press("tab")
        await type_text(pilot, "the team")
        await pilot.press("tab")
        await type_text(pilot, "the rota")
        await pilot.press("pagedown")
        await pilot.pause()
        await type_text(pilot, "hand over the domain queue to Noor")
        await pilot.press("tab")
        await type_text(pilot, "2026-12-31")
        await pilot.press("pagedown")
        await pilot.pause()
        assert "GoalsStep" not in [cls.__name__ for _, cls in screen.plan.numbered()]
        await _sign(pilot, "MJ", "MEA")
    session = _talk(demo_journal_path, MOHAMMED, SessionKind.EXIT)
    assert session is not None and session.status is SessionStatus.SIGNED
    with Journal.open(demo_journal_path) as journal:
        agent = journal.agent(MOHAMMED)
    assert agent.employment_end == date(2026, 12, 31) and not agent.active


async def test_an_exit_reason_that_reads_medical_warns_and_cannot_be_signed(
        make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_agent(MOHAMMED)
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await type_text(pilot, "burnout")
        await pilot.pause()
        assert "burnout" in str(app.screen.query_one("#exit-health-warning").render())
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "MJ")
        await pilot.press("tab")
        await type_text(pilot, "MEA")
        await pilot.press("ctrl+s")
        await pilot.pause()
    session = _talk(demo_journal_path, MOHAMMED, SessionKind.EXIT)
    assert session is not None and session.status is SessionStatus.DRAFT


async def test_the_agents_turn_in_a_monthly_talk_and_the_agenda(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        sanne = journal.find_agent("sanne").id  # her October talk is a draft
        item = journal.add_agenda_item(sanne, "Rota for December", added_by="agent")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_agent(sanne)
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert screen.plan.first == 0  # the agenda brings the agent's turn in, as step 0
        await pilot.press(*["pageup"] * screen.step)  # the draft resumes at its step
        await pilot.pause()
        assert screen.step == 0
        await pilot.press("d")  # the agenda item: done
        await pilot.press("tab")
        await type_text(pilot, "fine")
        first = screen.ctx.view.factors[0].key
        screen.set_focus(screen.query_one(f"#agent-rating-{first}"))
        await pilot.pause()
        await pilot.press("-")  # the agent's own rating of the first factor
        await pilot.press("pagedown", "pagedown")  # 2: the factors, both ratings
        await pilot.pause()
        await pilot.press("+")
        await pilot.pause()
        side = str(screen.query_one(f"#agent-side-{first}").render())
        assert "differs" in side
    with Journal.open(demo_journal_path) as journal:
        draft = journal.draft_for(sanne, "2026-10")
        assert draft is not None
        # the agenda item was ticked off in this talk
        assert any(i.state == "done" for i in journal.agenda_for(draft))
        rating = draft.rating_for(first)
        assert rating is not None and rating.agent_rating is not None
        assert rating.agent_rating.value == "-" and rating.rating.value == "+"
        # the demo's two items come first; the one ticked with `d` is the first shown
        states = [(i.id, i.state) for i in journal.agenda_for(draft)]
        assert states[0][1] == "done" and item.id in [i for i, _ in states]
