"""The right-of-access export holds the goals' dated progress remarks and behaviour
incidents (the agent's data, shared with them), in the JSON and in the Markdown."""

from __future__ import annotations

import json
from datetime import date

from coachtui.cli import main
from coachtui.model import GoalType
from coachtui.services import goals as goal_service
from coachtui.storage import Journal

REMARK = "Opened every mail with a personal line this week"
INCIDENT = "Came in at 9:20 [bold]again[/]"


def test_access_export_lists_progress_remarks_and_incidents(demo_journal_path, tmp_path):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.find_agent("ayse")
        draft = journal.start_session(agent.id, "2026-11")
        goal = journal.add_goal(draft.id, what="Arrive on time every day",
                                type=GoalType.BEHAVIOUR)
        goal_service.add_progress(journal, goal.id, REMARK)
        goal_service.add_incident(journal, goal.id, date(2026, 11, 10), INCIDENT)
        other = journal.find_agent("lotte")
        other_goal = next(g for g in journal.open_goals(other.id))
        goal_service.add_progress(journal, other_goal.id, "Not about Ayşe at all")
    out = tmp_path / "access"
    assert main(["--journal", str(demo_journal_path), "privacy", "export", agent.email,
                 "--out", str(out)]) == 0
    document = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    remarks = [(r["goal_id"], r["text"], r["private"]) for r in document["goal_progress"]]
    assert (goal.id, REMARK, False) in remarks
    assert all(text != "Not about Ayşe at all" for _, text, _ in remarks)
    [incident] = [r for r in document["goal_incidents"] if r["goal_id"] == goal.id]
    assert incident["on_date"] == "2026-11-10" and incident["text"] == INCIDENT
    markdown = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "## goal_progress" in markdown and "## goal_incidents" in markdown
    assert REMARK in markdown
    assert "\\[bold\\]again" in markdown  # escaped: nothing in it becomes markup
