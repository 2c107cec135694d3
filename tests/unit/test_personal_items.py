"""Personal goals and figures stay out of the HR record (every format) unless the team lead
includes them on purpose; the signed record names what it included and stays the same."""

from __future__ import annotations

import json

import pytest

from coachtui.cli import main
from coachtui.errors import ReadOnlyError
from coachtui.services import goals as goal_service
from coachtui.services import talks
from coachtui.storage import Journal
from coachtui.storage.signed_records import live_content, stored_record

JORIS = 3  # Hosting; his October talk is still to be held
EXAM = "Complaint-handling exam at an 8 or better"


def _draft(journal: Journal) -> tuple[int, int, str]:
    """Joris's October draft with a personal goal; returns (session, goal, a metric with a
    figure this month)."""
    session = talks.start_talk(journal, JORIS, "2026-10")
    sid = session.id or 0
    carried = next(g for g in session.goals if g.carried_over_from)  # the talk is full
    talks.remove_goal(journal, carried.id or 0)
    goal = talks.add_goal(journal, sid)
    talks.save_field(journal, sid, f"goal:{goal.id}:what", EXAM, "")
    talks.save_field(journal, sid, f"goal:{goal.id}:personal", "1", "0")
    in_goals = {g.metric for g in journal.goals(sid)}  # a goal names its metric's label
    metric = next(r.metric for r in journal.figures(JORIS, "2026-10") if r.value is not None
                  and r.source != "qm" and r.metric not in in_goals)
    return sid, goal.id, metric


def test_personal_figure_and_goal_stay_out_until_included(demo_journal):
    sid, goal_id, metric = _draft(demo_journal)
    assert goal_service.toggle_personal_figure(demo_journal, JORIS, metric) is True
    record = live_content(demo_journal, sid)
    assert metric not in [f["metric"] for f in record["figures"]]
    assert EXAM not in [g["what"] for g in record["goals"]]
    assert "personal_included" not in record
    items = {i.item: i.included for i in goal_service.personal_items(demo_journal, sid)}
    # the demo's own personal goal (a certificate) is there too, looked back on and carried
    assert items[f"goal:{goal_id}"] is False and items[f"figure:{metric}"] is False
    assert not any(items.values())

    assert goal_service.toggle_record_include(demo_journal, sid, f"figure:{metric}") is True
    assert goal_service.toggle_record_include(demo_journal, sid, f"goal:{goal_id}") is True
    record = live_content(demo_journal, sid)
    assert metric in [f["metric"] for f in record["figures"]]
    assert EXAM in [g["what"] for g in record["goals"]]
    assert record["personal_included"] == sorted([f"figure:{metric}", f"goal:{goal_id}"])
    # the change log keeps who included what
    logged = [c.new for c in demo_journal.history(entity="session")
              if c.field == "record_include"]
    assert f"figure:{metric}" in logged

    assert goal_service.toggle_record_include(demo_journal, sid, f"goal:{goal_id}") is False
    assert EXAM not in [g["what"] for g in live_content(demo_journal, sid)["goals"]]
    # personal for this agent only, every month; shared again with one more toggle
    assert metric not in demo_journal.personal_metrics(JORIS + 1)
    assert goal_service.toggle_personal_figure(demo_journal, JORIS, metric) is False
    assert "personal_included" not in live_content(demo_journal, sid)


def test_a_shared_item_cannot_be_included_and_a_signed_talk_never_changes(demo_journal):
    sid, goal_id, metric = _draft(demo_journal)
    from coachtui.errors import UserError

    with pytest.raises(UserError):
        goal_service.toggle_record_include(demo_journal, sid, f"figure:{metric}")
    goal_service.toggle_personal_figure(demo_journal, JORIS, metric)
    goal_service.toggle_record_include(demo_journal, sid, f"figure:{metric}")
    demo_journal.sign(sid, "M. Jansen", "Joris")
    from coachtui.storage.signed_records import store_signed_record

    with demo_journal.transaction():
        store_signed_record(demo_journal, sid)
    stored = stored_record(demo_journal, sid)
    assert stored is not None
    assert stored.content["personal_included"] == [f"figure:{metric}"]
    with pytest.raises(ReadOnlyError):
        goal_service.toggle_record_include(demo_journal, sid, f"goal:{goal_id}")
    # unmarking the figure later changes nothing in the signed record
    goal_service.toggle_personal_figure(demo_journal, JORIS, metric)
    assert stored_record(demo_journal, sid).content == stored.content


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_every_export_format_leaves_personal_items_out(demo_journal_path, tmp_path, fmt):
    with Journal.open(demo_journal_path) as journal:
        sid, goal_id, metric = _draft(journal)
        goal_service.toggle_personal_figure(journal, JORIS, metric)
        label = next(m.label("en") for m in journal.metrics() if m.key == metric)
    out = tmp_path / f"record.{fmt}"
    argv = ["--journal", str(demo_journal_path), "export", "session", str(sid), "--format",
            fmt, "--out", str(out), "--draft"]
    assert main(argv) == 0
    text = out.read_text(encoding="utf-8")
    assert EXAM not in text
    if fmt == "json":
        assert metric not in [f["metric"] for f in json.loads(text)["record"]["figures"]]
    else:
        assert label not in text
    with Journal.open(demo_journal_path) as journal:
        goal_service.toggle_record_include(journal, sid, f"goal:{goal_id}")
    assert main(argv) == 0
    assert EXAM in out.read_text(encoding="utf-8")
