"""Talk answers, the agent's own ratings, the agenda, kind checklists, scale and records,
on real journal files."""

from __future__ import annotations

import json

import pytest

from coachtui.errors import ConflictError, ReadOnlyError, UserError
from coachtui.export.layout import build_view
from coachtui.export.record import build_record
from coachtui.model import Agent, SessionKind
from coachtui.services import signing, talks
from coachtui.services.kinds import ScaleLevel, appraisal_scale, set_appraisal_scale
from coachtui.storage.signed_records import live_content


@pytest.fixture
def agent_id(journal):
    return journal.add_agent(Agent(name="Kees van den Berg", email="kees@example.nl")).id


def _start(journal, agent_id, kind: SessionKind, month: str = "2026-11") -> int:
    return talks.start_talk(journal, agent_id, month, kind).id


def _sign(journal, session_id):
    return signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=True)


def test_answers_save_per_keystroke_log_and_are_read_only_once_signed(journal, agent_id):
    sid = _start(journal, agent_id, SessionKind.COACHING)
    for typed in ("C", "Cl", "Closing chats"):
        talks.save_field(journal, sid, "answer:coaching.topic", typed,
                         journal.session(sid).answers.get("coaching.topic", ""))
    talks.save_field(journal, sid, "answer:coaching.agreement", "Summaries", "")
    assert journal.session(sid).answers == {"coaching.topic": "Closing chats",
                                            "coaching.agreement": "Summaries"}
    logged = [r for r in journal.conn.execute(
        "SELECT field, new FROM change_log WHERE entity = 'answer'")]
    assert logged[-2:] == [("coaching.topic", "Closing chats"),
                           ("coaching.agreement", "Summaries")]
    with pytest.raises(ConflictError):  # another window changed it since
        talks.save_field(journal, sid, "answer:coaching.topic", "mine", "old view")
    _sign(journal, sid)
    with pytest.raises(ReadOnlyError):
        talks.save_field(journal, sid, "answer:coaching.topic", "later", "Closing chats")


def test_agent_rating_beside_the_leads(journal, agent_id):
    sid = _start(journal, agent_id, SessionKind.MONTHLY, "2026-10")
    talks.save_field(journal, sid, "agentrating:initiative", "-", None)
    talks.save_field(journal, sid, "agentnote:initiative", "too quiet", "")
    talks.save_field(journal, sid, "rating:initiative", "+", None)
    rating = journal.session(sid).rating_for("initiative")
    assert (rating.rating.value, rating.agent_rating.value, rating.agent_note) == (
        "+", "-", "too quiet")
    with pytest.raises(UserError):
        talks.save_field(journal, sid, "agentrating:initiative", "great", "-")
    entry = next(r for r in live_content(journal, sid)["ratings"]
                 if r["factor"] == "initiative")
    assert entry["agent_rating"] == "-" and entry["agent_note"] == "too quiet"


def test_agenda_ticked_off_or_carried_to_the_next_talk(journal, agent_id):
    done = talks.add_agenda_item(journal, agent_id, "The rota")
    carried = talks.add_agenda_item(journal, agent_id, "Training", by_agent=True)
    first = _start(journal, agent_id, SessionKind.COACHING, "2026-10")
    state = talks.load_state(journal, first)
    assert [i.text for i in state.agenda] == ["The rota", "Training"]
    talks.save_field(journal, first, f"agenda:{done.id}", "done", None)
    talks.save_field(journal, first, f"agenda:{carried.id}", "carried", None)
    content = live_content(journal, first)
    assert content["agenda"] == [
        {"text": "The rota", "added_by": "lead", "state": "done"},
        {"text": "Training", "added_by": "agent", "state": "carried"}]
    journal.save_talk_answer(first, "coaching.topic", "Closing chats")
    journal.save_talk_answer(first, "coaching.agreement", "Summaries")
    _sign(journal, first)
    second = _start(journal, agent_id, SessionKind.COACHING, "2026-11")
    assert [i.text for i in talks.load_state(journal, second).agenda] == ["Training"]
    assert [i.text for i in talks.open_agenda(journal, agent_id)] == ["Training"]
    # the signed talk keeps showing what it did with both
    assert len(talks.load_state(journal, first).agenda) == 2
    with pytest.raises(UserError):
        talks.add_agenda_item(journal, agent_id, "   ")


def test_a_monthly_record_without_kind_parts_reads_as_before(journal, agent_id):
    sid = _start(journal, agent_id, SessionKind.MONTHLY, "2026-10")
    content = live_content(journal, sid)
    assert "answers" not in content and "agenda" not in content and "scale" not in content


def test_private_notes_never_reach_a_kinds_record(journal, agent_id):
    sid = _start(journal, agent_id, SessionKind.EXIT)
    journal.save_session_field(sid, "private_notes", "SECRET-NOTE")
    journal.save_talk_answer(sid, "exit.reason", "A job closer to home")
    record = build_record(journal, sid)
    assert "SECRET-NOTE" not in json.dumps(record.content)
    view = build_view(record, "en")
    words = json.dumps([s.title for s in view.sections]) + repr(view.sections)
    assert "A job closer to home" in words and "SECRET-NOTE" not in words


def test_exit_checklist_needs_a_date_and_refuses_health_details(journal, agent_id):
    sid = _start(journal, agent_id, SessionKind.EXIT)
    journal.save_talk_answer(sid, "exit.reason", "burn-out")
    journal.save_talk_answer(sid, "exit.leaving_on", "2026-12-3")
    keys = {g.key for g in signing.checklist(journal, sid).hard}
    assert keys == {"kinds.gap.health", "kinds.gap.bad_date"}
    with pytest.raises(signing.SigningRefused):
        _sign(journal, sid)
    journal.save_talk_answer(sid, "exit.reason", "A job closer to home")
    journal.save_talk_answer(sid, "exit.leaving_on", "2026-12-31")
    assert not signing.checklist(journal, sid).hard
    _sign(journal, sid)
    agent = journal.agent(agent_id)
    assert str(agent.employment_end) == "2026-12-31" and not agent.active


def test_coaching_and_appraisal_checklists(journal, agent_id):
    coaching = _start(journal, agent_id, SessionKind.COACHING)
    gaps = signing.checklist(journal, coaching)
    assert [(g.step, g.hard) for g in gaps.gaps] == [(1, True), (2, True), (1, False),
                                                     (2, False)]
    assert "The one point" in gaps.gaps[0].text("en")
    assert "Het ene punt" in gaps.gaps[0].text("nl")
    appraisal = _start(journal, agent_id, SessionKind.APPRAISAL)
    hard = signing.checklist(journal, appraisal).hard
    assert {g.step for g in hard} == {3}


def test_the_appraisal_scale_is_the_teams(journal, agent_id):
    assert [lv.key for lv in appraisal_scale(journal)] == ["below", "meets", "exceeds"]
    levels = [ScaleLevel("1", "Onvoldoende", "Unsatisfactory"),
              ScaleLevel("2", "Voldoende", "Satisfactory"),
              ScaleLevel("3", "Goed", "Good"), ScaleLevel("4", "Uitstekend", "Excellent")]
    set_appraisal_scale(journal, levels)
    assert appraisal_scale(journal) == tuple(levels)
    with pytest.raises(UserError):
        set_appraisal_scale(journal, levels[:1])
    sid = _start(journal, agent_id, SessionKind.APPRAISAL)
    journal.save_talk_answer(sid, "appraisal.overall", "4")
    content = live_content(journal, sid)
    assert content["scale"][-1] == {"key": "4", "nl": "Uitstekend", "en": "Excellent"}
    view = build_view(build_record(journal, sid), "nl")
    assert "Uitstekend" in repr(view.sections)


def test_erasing_an_agent_takes_answers_and_agenda(journal, agent_id):
    sid = _start(journal, agent_id, SessionKind.COACHING)
    journal.save_talk_answer(sid, "coaching.topic", "Closing chats")
    talks.add_agenda_item(journal, agent_id, "The rota")
    journal.erase_agent(agent_id)
    for table in ("talk_answers", "agenda_items"):
        assert journal.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
