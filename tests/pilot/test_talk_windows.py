"""Two windows on one draft: no silent overwrite, no reload loop, no focus moved; a talk
that disappears underneath a window closes that window's talk with a sentence."""

from __future__ import annotations

import asyncio
import sqlite3

from coachtui.app import CoachApp
from coachtui.settings import Settings
from coachtui.storage import Journal
from tests.pilot.talk_helpers import burst, open_talk_from_team

DRAFT_MONTH = "2026-10"


def _session(path):
    with Journal.open(path) as journal:
        agent = journal.find_agent("kees")
        return journal.sessions(agent_id=agent.id, month=DRAFT_MONTH, details=True)[0]


class Commits:
    """Counts commits to the journal by anyone, through a connection of its own."""

    def __init__(self, path) -> None:
        self.conn = sqlite3.connect(path)

    def mark(self) -> tuple[int, int]:
        """(data_version, change-log rows) now."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        rows = self.conn.execute("SELECT COUNT(*) FROM change_log").fetchone()[0]
        return version, rows


def _window(path, journals) -> CoachApp:
    journal = Journal.open(path)
    journals.append(journal)
    return CoachApp(journal, Settings(journal_path=path, lang="en"), cursor_blink=False,
                    watch_interval=0.05)


async def _settle(*pilots, seconds: float = 0.6) -> None:
    """Let both windows' watches run for a while."""
    end = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < end:
        for pilot in pilots:
            await pilot.pause(0.05)


async def test_two_windows_on_one_draft_take_each_other_in_and_rest(demo_journal_path):
    journals: list[Journal] = []
    commits = Commits(demo_journal_path)
    one, two = _window(demo_journal_path, journals), _window(demo_journal_path, journals)
    try:
        async with one.run_test(size=(120, 40)) as p1, two.run_test(size=(120, 40)) as p2:
            await open_talk_from_team(p1, "kees")
            # one window at a time: a watch tick reaching the agent page while it is still
            # being built crashes it (NoMatches '#agent-heading': the shell's known bug)
            await _settle(p1, p2)
            await open_talk_from_team(p2, "kees")
            await p1.press("4")
            await p2.press("6")
            await _settle(p1, p2)
            await burst(p1, "Ask before guessing")
            await _settle(p1, p2)
            # window two took the learning point in, without moving its cursor
            assert two.screen.query_one("#learning-point").value == "Ask before guessing"
            assert two.screen.focused.name == "session:support"
            await burst(p2, "weekly")
            await _settle(p1, p2)
            assert one.screen.query_one("#field-support").text == "weekly"
            assert one.screen.focused.name == "session:learning_point"

            # idle: nobody types, so nobody commits (no reload loop)
            before = commits.mark()
            await _settle(p1, p2, seconds=1.5)
            assert commits.mark() == before

            # both type into the same field: the second is refused, keeps its text
            await p2.press("pageup", "pageup")
            await _settle(p1, p2)
            assert two.screen.focused.name == "session:learning_point"
            await burst(p1, "!")
            await _settle(p1, p2)
            await burst(p2, "?")
            await _settle(p1, p2)
            assert two.screen.focused.value == "Ask before guessing?"
            assert two.screen.focused.has_class("-conflict")
            assert _session(demo_journal_path).learning_point == "Ask before guessing!"
            await p2.press("f6")  # keep mine, having seen theirs
            await _settle(p1, p2)
            assert _session(demo_journal_path).learning_point == "Ask before guessing?"
            # window one is typing in that field: its text stays, its next key is refused
            assert one.screen.focused.value == "Ask before guessing!"
    finally:
        for journal in journals:
            journal.close()
    session = _session(demo_journal_path)
    assert (session.learning_point, session.support) == ("Ask before guessing?", "weekly")


async def test_a_talk_erased_elsewhere_closes_with_a_sentence(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("4")
        await burst(pilot, "abc")
        with Journal.open(demo_journal_path) as other:
            session_id = app.screen.session_id
            other.db.conn.execute("DELETE FROM goals WHERE session_id = ?", [session_id])
            other.db.conn.execute("DELETE FROM factor_ratings WHERE session_id = ?",
                                  [session_id])
            other.db.conn.execute("DELETE FROM sessions WHERE id = ?", [session_id])
            other.db.conn.commit()
        await burst(pilot, "d")  # the save finds the talk gone
        assert type(app.screen).__name__ != "TalkScreen"
        assert any("no longer exists" in n.message for n in app.notices)


async def test_a_talk_deleted_elsewhere_closes_on_the_watch(make_app, demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        talk = app.screen
        with Journal.open(demo_journal_path) as other:
            other.db.conn.execute("DELETE FROM sessions WHERE id = ?", [talk.session_id])
            other.db.conn.commit()
        talk.refresh_data()  # what the app's watch calls
        await pilot.pause()
        assert app.screen is not talk
        assert any("no longer exists" in n.message for n in app.notices)


async def test_goals_added_elsewhere_appear_without_moving_the_cursor(make_app,
                                                                       demo_journal_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("5")
        await burst(pilot, "ctrl+o", "Mine")
        talk = app.screen
        with Journal.open(demo_journal_path) as other:
            theirs = other.add_goal(talk.session_id, what="Theirs")
            other.save_session_field(talk.session_id, "support", "weekly")
        talk.refresh_data()
        await pilot.pause()
        await burst(pilot, " too")
        assert talk.focused.name.endswith(":what") and talk.focused.value == "Mine too"
        assert talk.query_one(f"#goal-{theirs.id}-what").value == "Theirs"
        assert talk.query_one("#field-support").text == "weekly"
        # the look-back step is rebuilt when the goals it shows change
        talk._stale.add(3)
        talk._rebuild_stale()
        await pilot.pause()
        assert len(talk.query("#step-3")) == 1
    session = _session(demo_journal_path)
    # (after the goals carried over from the talk before)
    assert [g.what for g in session.goals][-2:] == ["Mine too", "Theirs"]
