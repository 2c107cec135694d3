"""The team overview rows: cadence status, figures off target, open goals, drafts, sort, filter."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

from coachtui import clock
from coachtui.demo import DemoSize, build_demo
from coachtui.model import Agent, Figure, Target
from coachtui.services.team import (
    TalkStatus,
    filter_rows,
    next_sort_key,
    overview_rows,
    sort_rows,
    talk_status,
)

REVIEW = "2026-10"  # the clock stands on 2026-11-22


def _agent(journal, name, team="Hosting", **kw):
    local = name.lower().replace(" ", ".")
    return journal.add_agent(Agent(name=name, email=f"{local}@example.nl", team=team, **kw))


def _signed(journal, agent_id, month, day):
    with clock.frozen_at(datetime.fromisoformat(f"{day}T10:00:00+00:00")):
        session = journal.start_session(agent_id, month)
        journal.sign(session.id, "M. Jansen", "A")
    return session


def _row(rows, agent_id):
    return next(r for r in rows if r.agent_id == agent_id)


def test_status_follows_the_monthly_cadence():
    assert talk_status("2026-10", REVIEW) is TalkStatus.DONE
    assert talk_status("2026-11", REVIEW) is TalkStatus.DONE
    assert talk_status("2026-09", REVIEW) is TalkStatus.DUE
    assert talk_status("2026-08", REVIEW) is TalkStatus.OVERDUE
    assert talk_status(None, REVIEW) is TalkStatus.OVERDUE
    # Someone who joined in October cannot have missed September's talk.
    assert talk_status(None, REVIEW, date(2026, 10, 1)) is TalkStatus.DUE
    assert talk_status(None, REVIEW, date(2026, 9, 1)) is TalkStatus.OVERDUE


def test_rows_show_last_talk_status_goals_and_draft(journal):
    done = _agent(journal, "Anna Done")
    due = _agent(journal, "Bram Due")
    late = _agent(journal, "Carla Late")
    gone = _agent(journal, "Dirk Gone", active=False, employment_end=date(2025, 1, 31),
                  employment_start=date(2020, 1, 1))
    _signed(journal, done.id, "2026-09", "2026-10-04")
    _signed(journal, done.id, "2026-10", "2026-11-05")
    _signed(journal, due.id, "2026-09", "2026-10-06")
    _signed(journal, late.id, "2026-08", "2026-09-03")
    draft = journal.start_session(due.id, REVIEW)
    journal.save_progress(draft.id, 3, None)
    # Goals agreed in October's (signed) talk: add them before signing in a fresh agent.
    goals_agent = _agent(journal, "Eva Goals")
    session = journal.start_session(goals_agent.id, REVIEW)
    journal.add_goal(session.id, what="Logged in at 08:55")
    journal.add_goal(session.id, what="B1 language")
    journal.sign(session.id, "M. Jansen", "Eva")

    rows = overview_rows(journal, REVIEW)

    assert gone.id not in {r.agent_id for r in rows}
    assert _row(rows, done.id).status is TalkStatus.DONE
    assert _row(rows, done.id).last_talk == date(2026, 11, 5)
    assert _row(rows, due.id).status is TalkStatus.DUE
    assert (_row(rows, due.id).draft_month, _row(rows, due.id).draft_step) == (REVIEW, 3)
    assert _row(rows, late.id).status is TalkStatus.OVERDUE
    assert _row(rows, late.id).last_talk == date(2026, 9, 3)
    assert not _row(rows, late.id).has_draft
    assert _row(rows, goals_agent.id).open_goals == 2
    assert _row(rows, done.id).open_goals == 0


def test_off_target_respects_direction_and_missing_figures(journal):
    agent = _agent(journal, "Fleur Figures")
    for metric, value in (("ftr", 85.0), ("smileys_red", 6.0), ("tickets_per_hour", 6.0),
                          ("smileys_green", 60.0)):
        journal.set_target(Target(agent_id=agent.id, metric=metric, value=value,
                                  from_month="2026-01"))
    journal.save_figures([
        Figure(agent_id=agent.id, month=REVIEW, metric="ftr", value=80.0),  # below: off
        Figure(agent_id=agent.id, month=REVIEW, metric="smileys_red", value=9.0),  # more: off
        Figure(agent_id=agent.id, month=REVIEW, metric="smileys_green", value=70.0),  # met
        Figure(agent_id=agent.id, month=REVIEW, metric="smileys_yellow", value=5.0),  # no target
        Figure(agent_id=agent.id, month="2026-09", metric="tickets_per_hour", value=1.0),
    ])

    row = _row(overview_rows(journal, REVIEW), agent.id)

    assert row.off_target == 2
    assert row.with_target == 3
    assert row.missing_figures == 1  # tickets per hour for October is not there


def test_sort_and_filter(demo_journal):
    rows = overview_rows(demo_journal, REVIEW)
    by_status = sort_rows(rows, "status")
    assert [r.status for r in by_status][:1] == [TalkStatus.OVERDUE]
    assert by_status[0].name == "Kees van den Berg"
    assert [r.status for r in by_status][-1] is TalkStatus.DONE
    by_off = sort_rows(rows, "off_target")
    assert [r.off_target for r in by_off] == sorted((r.off_target for r in rows), reverse=True)
    names = [r.name for r in sort_rows(rows, "name")]
    assert names == sorted(names, key=str.casefold)
    assert [r.name for r in filter_rows(rows, "SANNE")] == ["Sanne de Vries"]
    assert {r.team for r in filter_rows(rows, "e-mail")} == {"E-mail"}
    assert filter_rows(rows, "  ") == rows
    assert [next_sort_key(k) for k in ("name", "status", "off_target")] == \
        ["status", "off_target", "name"]


def test_demo_team_has_one_draft_and_one_overdue(demo_journal):
    rows = overview_rows(demo_journal, REVIEW)
    assert len(rows) == 11  # the former agent is left out
    drafts = [r for r in rows if r.has_draft]
    assert [(r.name, r.draft_step) for r in drafts] == [("Sanne de Vries", 4)]
    assert [r.name for r in rows if r.status is TalkStatus.OVERDUE] == ["Kees van den Berg"]


def test_query_count_does_not_grow_with_the_team(tmp_path):
    """The first screen must not pay one query per agent (N+1)."""
    from coachtui.storage import Journal

    counts = []
    for agents in (3, 12):
        with Journal.open(tmp_path / f"team{agents}.db") as journal:
            build_demo(journal, lang="en",
                       size=DemoSize(agents=agents, months=4, talk_months=3))
            statements: list[str] = []
            journal.db.conn.set_trace_callback(statements.append)
            overview_rows(journal, REVIEW)
            journal.db.conn.set_trace_callback(None)
            counts.append(len(statements))
    assert counts[0] == counts[1]


def test_empty_journal_has_no_rows(journal):
    assert overview_rows(journal, REVIEW) == []



def test_the_plain_overview_read_agrees_with_the_models(demo_journal):
    """The overview reads plain rows (no models on the first paint); they say what the
    Journal's models say: active agents by name with team and start, metric directions."""
    rows = overview_rows(demo_journal, REVIEW)
    agents = demo_journal.agents(active_only=True)
    assert [(r.agent_id, r.name, r.team) for r in rows] == [
        (a.id, a.name, a.team or "") for a in agents]
    facts = demo_journal.overview_facts(REVIEW)
    assert {i: f.employment_start for i, f in facts.items()} == {
        a.id: a.employment_start for a in agents}
    assert demo_journal.overview_metrics() == {
        m.key: m.higher_is_better for m in demo_journal.metrics()}


FIRST_PAINT_PATH = (
    "import sys\n"
    "import coachtui.app, coachtui.screens.team\n"
    "from coachtui.services.team import overview_rows\n"
    "from coachtui.storage import Journal\n"
    "journal = Journal.open(sys.argv[1])\n"
    "overview_rows(journal, '2026-10')\n"
    "journal.close()\n"
    "print(sorted(m for m in ('pydantic', 'sqlite_utils', 'httpx') if m in sys.modules))\n"
)


def test_the_way_to_the_first_paint_loads_neither_sqlite_utils_nor_pydantic(
        demo_journal_path):
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT_PATH, str(demo_journal_path)],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
