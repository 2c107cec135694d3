"""The monthly talk, driven by keys only, asserted on the journal."""

from __future__ import annotations

from coachtui.model import GoalStatus, Rating, SessionStatus
from coachtui.screens.widgets.fields import ChoiceField
from coachtui.storage import Journal
from tests.pilot.talk_helpers import open_talk_from_team, type_text

DRAFT_MONTH = "2026-10"


def _draft(path, agent_email: str):
    with Journal.open(path) as journal:
        agent = journal.find_agent(agent_email)
        sessions = journal.sessions(agent_id=agent.id, month=DRAFT_MONTH, details=True)
        return agent, sessions[0] if sessions else None


async def test_a_whole_talk_by_keys_lands_in_the_journal(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        assert type(app.screen).__name__ == "TalkScreen"
        await pilot.press("pagedown")  # 2: factors
        await pilot.pause()
        for rating in ["+", "=", "-", "~", "+", "+", "-"]:
            await pilot.press(rating)
            await pilot.press("tab")
            if rating == "-":
                await type_text(pilot, "needs work")
            await pilot.press("tab")
        await pilot.press("pagedown")  # 3: look back
        await pilot.pause()
        await pilot.press("n")
        await pilot.press("c")  # carry the first old goal over
        await pilot.pause()
        await pilot.press("tab")
        await type_text(pilot, "half way")
        # every previous goal needs an outcome before signing
        for field in list(app.screen.query_one("#step-3").query(ChoiceField))[1:]:
            app.screen.set_focus(field)
            await pilot.press("a")
        await pilot.press("pagedown")  # 4: learning point
        await pilot.pause()
        await type_text(pilot, "Ask one question before guessing")
        await pilot.press("pagedown")  # 5: goals
        await pilot.pause()
        for what in ["Log in at 08:55 every day", "Call back red smileys within a day"]:
            await pilot.press("ctrl+o")
            await pilot.pause()
            await type_text(pilot, what)
            await pilot.press("tab")
            await type_text(pilot, "login report")
            await pilot.press("tab")
            await type_text(pilot, "95% of days")
            await pilot.press("tab")
            await type_text(pilot, "2026-12-31")
        await pilot.press("pagedown")  # 6: agreements
        await pilot.pause()
        await type_text(pilot, "weekly check-in")
        await pilot.press("tab")
        await type_text(pilot, "listen in on one call a week")
        await pilot.press("tab")
        await type_text(pilot, "I want more second-line work")
        await pilot.press("pagedown")  # 7: wrap-up
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "MJ")
        await pilot.press("tab")
        await type_text(pilot, "KB")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()

    _agent, session = _draft(demo_journal_path, "kees")
    assert session is not None and session.status is SessionStatus.SIGNED
    ratings = {r.factor: r for r in session.ratings}
    assert [ratings[f].rating for f in ("initiative", "agreements", "communication")] == [
        Rating.PLUS, Rating.MIXED, Rating.MINUS]
    assert ratings["communication"].note == "needs work"
    assert ratings["collaboration"].rating is Rating.MINUS
    assert session.learning_point == "Ask one question before guessing"
    whats = [g.what for g in session.goals]
    assert "Log in at 08:55 every day" in whats and "Call back red smileys within a day" in whats
    login = next(g for g in session.goals if g.what.startswith("Log in"))
    assert login.measure == "login report" and login.target == "95% of days"
    assert login.deadline is not None and login.deadline.isoformat() == "2026-12-31"
    assert any(g.carried_over_from for g in session.goals)
    assert session.support == "weekly check-in"
    assert session.agreements == "listen in on one call a week"
    assert session.agent_comments == "I want more second-line work"
    assert (session.manager_signature, session.agent_signature) == ("MJ", "KB")
    with Journal.open(demo_journal_path) as journal:
        reviewed = journal.goals_to_review(session)
        assert reviewed[0].status is GoalStatus.NOT_ACHIEVED
        assert reviewed[0].review_remark == "half way"


async def test_a_sixth_goal_is_refused_with_the_reason(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("5")
        await pilot.pause()
        for _ in range(7):
            await pilot.press("ctrl+o")
            await pilot.pause()
        assert any("at most 5" in n.message for n in app.notices)
    _, session = _draft(demo_journal_path, "kees")
    assert len(session.goals) == 5


async def test_removed_goal_comes_back_with_undo(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("5")
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Keep me")
        await pilot.press("ctrl+r")
        await pilot.pause()
        _, session = _draft(demo_journal_path, "kees")
        assert "Keep me" not in [g.what for g in session.goals]  # (carried goals stay)
        await pilot.press("ctrl+z")
        await pilot.pause()
    _, session = _draft(demo_journal_path, "kees")
    assert [g.what for g in session.goals].count("Keep me") == 1


async def test_leaving_and_reopening_resumes_step_and_field(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("6")
        await pilot.pause()
        await pilot.press("tab")
        await type_text(pilot, "half")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        assert again.screen.step == 6
        assert again.screen.focused.name == "session:agreements"
        assert again.screen.focused.text == "half"


async def test_signed_talk_opens_read_only(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.find_agent("lotte")
        signed = next(s for s in journal.sessions(agent_id=agent.id) if s.signed)
        before = journal.session(signed.id)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_session(signed.id)
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()
        await type_text(pilot, "overwrite")
        await pilot.press("ctrl+s")
        await pilot.pause()
    with Journal.open(demo_journal_path) as journal:
        assert journal.session(signed.id) == before


async def test_agent_view_hides_private_notes_and_asks_before_leaving(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("6")
        await pilot.pause()
        assert app.screen.query("#field-private_notes")
        await pilot.press("f2")
        await pilot.pause()
        assert app.agent_view
        assert not app.screen.query("#field-private_notes")
        await pilot.press("f2")  # leaving asks
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.press("n")
        await pilot.pause()
        assert app.agent_view
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not app.agent_view
        assert app.screen.query("#field-private_notes")


async def test_another_window_is_never_overwritten_silently(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("4")
        await pilot.pause()
        await type_text(pilot, "mine")
        with Journal.open(demo_journal_path) as other:  # a second window saves first
            session_id = app.screen.session_id
            other.save_session_field(session_id, "learning_point", "theirs",
                                     expected="mine")
        await type_text(pilot, "!")
        await pilot.pause()
        # refused: what this user typed stays on screen, the other window's value is kept
        assert app.screen.focused.value == "mine!"
        assert app.screen.focused.has_class("-conflict")
        assert any("another window" in n.message.lower() and "F6" in n.message
                   for n in app.notices)
        _, session = _draft(demo_journal_path, "kees")
        assert session.learning_point == "theirs"
        await pilot.press("f7")  # take theirs
        await pilot.pause()
        assert app.screen.focused.value == "theirs"
        await type_text(pilot, "?")
    _, session = _draft(demo_journal_path, "kees")
    assert session.learning_point == "theirs?"


async def test_keeping_mine_after_a_conflict_saves_what_was_typed(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("pagedown")  # 2: factors
        await pilot.pause()
        await pilot.press("+", "tab")
        await type_text(pilot, "calm")
        with Journal.open(demo_journal_path) as other:
            other.save_rating(app.screen.session_id, "initiative", note="their note")
        await type_text(pilot, "er")
        await pilot.pause()
        assert app.screen.focused.value == "calmer"
        await pilot.press("f6")  # keep mine
        await pilot.pause()
        assert not app.screen.focused.has_class("-conflict")
    _, session = _draft(demo_journal_path, "kees")
    assert session.rating_for("initiative").note == "calmer"


async def test_export_key_writes_the_hr_record_beside_the_journal(make_app, demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.find_agent("lotte")
        signed = next(s for s in journal.sessions(agent_id=agent.id) if s.signed)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_session(signed.id)
        await pilot.pause()
        await pilot.press("7")
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # the export reads through the app's own connection: no "changed in another
        # window" notice follows it
        assert not app.journal.changed_elsewhere()
    files = sorted(p.name for p in (demo_journal_path.parent / "exports").iterdir())
    assert files == [f"{signed.month}_lotte.janssen_session-{signed.id}.md",
                     f"{signed.month}_lotte.janssen_session-{signed.id}.pdf"]
    text = (demo_journal_path.parent / "exports" / files[0]).read_text()
    assert "Lotte Janssen" in text


async def test_agent_page_keys_open_notes_and_erase(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_agent(app.journal.find_agent("noor").id)
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "NotesScreen"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        assert type(app.screen).__name__ == "EraseAgentScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "AgentScreen"


async def test_import_keys_on_agent_page_and_figures_step(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_agent(app.journal.find_agent("kees").id)
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert type(app.screen).__name__ == "ImportScreen"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert type(app.screen).__name__ == "ImportScreen"


async def test_wrap_up_shows_what_was_typed_since_the_goal_was_added(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("5")
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Call back within a day")
        await pilot.press("ctrl+g")  # a digit would be typed into the field
        await pilot.pause()
        await pilot.press("7")
        await pilot.pause()
        assert "Call back within a day" in str(app.screen.query_one("#record").render())
