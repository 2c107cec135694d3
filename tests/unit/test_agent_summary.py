"""The agent page's data: trends against target, smileys, talks, goals, notes since the talk."""

from __future__ import annotations

from datetime import UTC, datetime

from coachtui import clock
from coachtui.model import Agent, Figure, Note, Relation, TargetStatus
from coachtui.services.agent_summary import TREND_MONTHS, agent_summary, relation_quotient

REVIEW = "2026-10"


def _sanne(journal):
    return journal.find_agent("Sanne")


def test_trend_window_ends_with_the_review_month(demo_journal):
    summary = agent_summary(demo_journal, _sanne(demo_journal).id, REVIEW)
    assert len(summary.months) == TREND_MONTHS
    assert summary.months[-1] == REVIEW
    assert summary.has_figures
    ftr = next(t for t in summary.trends if t.metric.key == "ftr")
    assert len(ftr.values) == TREND_MONTHS
    assert ftr.values[-1] == ftr.value
    assert ftr.target is not None
    expected = TargetStatus.MET if ftr.value >= ftr.target else TargetStatus.MISSED
    assert ftr.status is expected


def test_smileys_are_counted_with_green_share(demo_journal):
    summary = agent_summary(demo_journal, _sanne(demo_journal).id, REVIEW)
    smileys = summary.smileys
    assert smileys is not None
    figures = {f.metric: f.value for f in demo_journal.figures(_sanne(demo_journal).id, REVIEW)}
    assert (smileys.red, smileys.yellow, smileys.green) == (
        figures["smileys_red"], figures["smileys_yellow"], figures["smileys_green"])
    assert smileys.green_share == 100 * smileys.green / smileys.total


def test_draft_and_sessions(demo_journal):
    summary = agent_summary(demo_journal, _sanne(demo_journal).id, REVIEW)
    assert summary.draft is not None and summary.draft.step == 4
    assert summary.sessions[0].month == REVIEW
    assert summary.last_signed is not None and summary.last_signed.month == "2026-09"


def _agent_with_notes(journal):
    agent = journal.add_agent(Agent(name="Tess Notes", email="tess@example.nl"))
    with clock.frozen_at(datetime(2026, 10, 5, 10, tzinfo=UTC)):
        session = journal.start_session(agent.id, "2026-09")
        journal.sign(session.id, "M", "T")
    old = datetime(2026, 10, 1, 9, tzinfo=UTC)
    new = datetime(2026, 11, 2, 9, tzinfo=UTC)
    journal.add_note(Note(agent_id=agent.id, created_at=old, text="before the talk"))
    journal.add_note(Note(agent_id=agent.id, created_at=new, text="shared remark",
                          relation=Relation.KEPT))
    journal.add_note(Note(agent_id=agent.id, created_at=new, text="private worry",
                          private=True))
    journal.add_note(Note(agent_id=agent.id, created_at=new, text="call went badly",
                          relation=Relation.WEAKENED))
    return agent


def test_notes_since_last_talk_and_private_ones_only_for_the_manager(journal):
    agent = _agent_with_notes(journal)
    manager = agent_summary(journal, agent.id, REVIEW)
    agent_view = agent_summary(journal, agent.id, REVIEW, include_private=False)
    assert {n.text for n in manager.notes} == {"shared remark", "private worry",
                                               "call went badly"}
    assert {n.text for n in agent_view.notes} == {"shared remark", "call went badly"}
    assert manager.relation is not None
    assert (manager.relation.kept_or_strengthened, manager.relation.observed) == (1, 2)
    assert manager.relation.share == 50.0


def test_no_figures_and_missing_months_are_missing_not_zero(journal):
    agent = journal.add_agent(Agent(name="Nina New", email="nina@example.nl"))
    summary = agent_summary(journal, agent.id, REVIEW)
    assert not summary.has_figures
    assert summary.smileys is None
    assert all(t.status is TargetStatus.MISSING for t in summary.trends)
    journal.save_figures([Figure(agent_id=agent.id, month="2026-09", metric="ftr", value=80.0)])
    summary = agent_summary(journal, agent.id, REVIEW)
    ftr = next(t for t in summary.trends if t.metric.key == "ftr")
    assert ftr.values[-2:] == [80.0, None]
    assert ftr.status is TargetStatus.MISSING


def test_relation_quotient_needs_observed_contacts():
    note = Note(agent_id=1, created_at=datetime(2026, 11, 1, tzinfo=UTC), text="x")
    assert relation_quotient([note]) is None
