"""Ending and removing a team goal (the service behind the team goals screen's e and x):
drafts follow, signed talks never change."""

from __future__ import annotations

import pytest

from coachtui.errors import UserError
from coachtui.services import team_goals as service


def _setup(journal):
    agent = next(a for a in journal.agents() if a.team == "Hosting")
    draft = journal.start_session(agent.id, "2027-01")
    later = journal.start_session(agent.id, "2027-03")
    metric = service.metric_key(journal, "first time right")
    goal = service.add_team_goal(journal, "Hosting", metric, "85", "2027-01", "2027-04",
                                 "Right the first time")
    return agent, draft, later, goal


def test_end_shortens_the_period_and_drafts_after_it_lose_the_copy(demo_journal):
    _, draft, later, goal = _setup(demo_journal)
    assert [g.team_goal_id for g in demo_journal.goals(later.id)].count(goal.id) == 1
    with pytest.raises(UserError) as refused:
        service.end_team_goal(demo_journal, goal.id, "2026-12")  # before it starts
    assert "2026-12" in refused.value.text("en")
    ended = service.end_team_goal(demo_journal, goal.id, "2027-02")
    assert ended.until_month == "2027-02"
    assert goal.id in [g.team_goal_id for g in demo_journal.goals(draft.id)]
    assert goal.id not in [g.team_goal_id for g in demo_journal.goals(later.id)]


def test_remove_is_refused_once_a_signed_talk_holds_the_goal(demo_journal):
    agent, draft, later, goal = _setup(demo_journal)
    demo_journal.sign(draft.id, "M. Jansen", agent.name)
    with pytest.raises(UserError) as refused:
        service.remove_team_goal(demo_journal, goal.id)
    assert "end it instead" in refused.value.text("en")
    assert "beëindig" in refused.value.text("nl")
    assert goal.id in [g.team_goal_id for g in demo_journal.goals(draft.id)]
    assert goal.id in [g.team_goal_id for g in demo_journal.goals(later.id)]


def test_remove_takes_the_copies_out_of_drafts(demo_journal):
    _, draft, later, goal = _setup(demo_journal)
    service.remove_team_goal(demo_journal, goal.id)
    assert goal.id not in {g.id for g in service.team_goals(demo_journal)}
    for session in (draft, later):
        assert all(g.team_goal_id != goal.id for g in demo_journal.goals(session.id))


def test_metric_key_reads_keys_and_labels_in_both_languages(demo_journal):
    assert service.metric_key(demo_journal, "FTR") == "ftr"
    assert service.metric_key(demo_journal, "tickets  per uur") == "tickets_per_hour"
    assert service.metric_key(demo_journal, "nope") == "nope"


@pytest.mark.parametrize(("lang", "words"), [("en", ("Tickets per hour", "6.5/h")),
                                             ("nl", ("Tickets per uur", "6,5/h"))])
def test_a_team_goal_copy_stores_data_and_is_worded_in_the_readers_language(
        demo_journal_path, tmp_path, lang, words):
    from coachtui.cli import main
    from coachtui.services import talks
    from coachtui.storage import Journal

    with Journal.open(demo_journal_path) as journal:
        agent = next(a for a in journal.agents() if a.team == "Hosting")
        service.add_team_goal(journal, "Hosting", "tickets_per_hour", "6,5", "2027-01",
                              "2027-03")  # no text of its own
        session = talks.start_talk(journal, agent.id, "2027-01")
        [copy] = [g for g in journal.goals(session.id) if g.metric == "tickets_per_hour"
                  and g.team_goal_id is not None]
        assert (copy.measure, copy.target, copy.target_value) == ("", "", 6.5)
    out = tmp_path / f"record-{lang}.md"
    assert main(["--journal", str(demo_journal_path), "--lang", lang, "export", "session",
                 str(session.id), "--format", "md", "--out", str(out), "--draft"]) == 0
    text = out.read_text(encoding="utf-8")
    assert all(w in text for w in words), text
