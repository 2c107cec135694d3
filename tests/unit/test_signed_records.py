"""Signed means signed: the record stored at signing never changes, and neither does its hash."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from coachtui.errors import JournalError
from coachtui.export.json_format import record_document
from coachtui.export.record import build_record, canonical_json
from coachtui.model import Agent, Figure, GoalStatus, SessionStatus, Target
from coachtui.services import signing
from coachtui.storage import Journal, signed_records


def sign_demo_draft(journal: Journal) -> int:
    """Sign the demo's draft talk through the signing service (soft gaps confirmed)."""
    draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT)
    signing.sign(journal, draft.id, manager="M. Jansen", agent="Sanne", confirmed_soft=True)
    return draft.id


def test_signed_demo_talk_keeps_its_hash_after_a_reimport_and_a_target_change(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    session = demo_journal.session(session_id)
    before = build_record(demo_journal, session_id)
    ftr = next(f for f in before.content["figures"] if f["metric"] == "ftr")
    assert before.stored

    # A re-import lowers the month's FTR and a new target applies from that month on.
    demo_journal.save_figures([Figure(agent_id=session.agent_id, month=session.month,
                                      metric="ftr", value=70.0, source="import")])
    demo_journal.set_target(Target(agent_id=session.agent_id, metric="ftr",
                                   from_month=session.month, value=95.0))

    after = build_record(demo_journal, session_id)
    assert after.sha256 == before.sha256
    assert after.content == before.content
    assert next(f for f in after.content["figures"] if f["metric"] == "ftr") == ftr
    live = signed_records.live_content(demo_journal, session_id)
    assert next(f for f in live["figures"] if f["metric"] == "ftr")["value"] == 70
    # The JSON export carries the same hash, and it is recomputed from its record alone.
    document = record_document(after, "nl")
    assert document["sha256"] == before.sha256
    assert signed_records.content_hash(document["record"]) == before.sha256


def test_an_empty_talk_cannot_be_signed(journal):
    agent = journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
    session = journal.start_session(agent.id, "2026-10")

    found = signing.checklist(journal, session.id)
    assert {g.key for g in found.hard} == {"signing.gap.no_learning_point",
                                           "signing.gap.no_goal"}
    assert "signing.gap.unrated" in {g.key for g in found.soft}
    with pytest.raises(signing.SigningRefused) as refused:
        signing.sign(journal, session.id, manager="MJ", agent="SV", confirmed_soft=True)
    assert refused.value.key == "signing.refused_hard"
    assert "There is no learning point." in str(refused.value)
    assert "Er is geen leerpunt." in refused.value.text("nl")
    assert journal.session(session.id).status is SessionStatus.DRAFT
    assert signed_records.stored_record(journal, session.id) is None


def test_a_previous_goal_without_an_outcome_blocks_signing(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    agent_id = demo_journal.session(session_id).agent_id
    following = demo_journal.start_session(agent_id, "2026-11")
    found = signing.checklist(demo_journal, following.id)
    open_goals = [g for g in found.hard if g.key == "signing.gap.previous_goal_open"]
    assert len(open_goals) == len(demo_journal.goals(session_id))
    assert all(g.step == signing.STEP_LOOK_BACK for g in open_goals)

    for goal in demo_journal.goals(session_id):
        demo_journal.review_goal(goal.id, following.id, GoalStatus.ACHIEVED)
    keys = {g.key for g in signing.checklist(demo_journal, following.id).hard}
    assert "signing.gap.previous_goal_open" not in keys


def _talk_with_goals(journal: Journal, count: int, *, kind: str = "monthly") -> int:
    agent = journal.add_agent(Agent(name="Kees van den Berg", email="kees@example.nl"))
    session = journal.start_session(agent.id, "2026-10")
    journal.save_session_field(session.id, "kind", kind)
    journal.set_learning_point(session.id, "Eerst samenvatten, dan oplossen.")
    for factor in journal.factors():
        journal.save_rating(session.id, factor.key, "+")
    for n in range(count):
        journal.add_goal(session.id, what=f"Bel {n + 3} klanten per dag terug",
                         measure="telefoonlog", target=f"{n + 3} per dag",
                         deadline="2026-12-31", why="Klanten wachten minder")
    return session.id


def test_soft_gaps_need_a_confirmation_that_the_change_log_keeps(journal):
    session_id = _talk_with_goals(journal, 1)
    found = signing.checklist(journal, session_id)
    assert not found.hard
    assert [g.key for g in found.soft] == ["signing.gap.few_goals"]

    with pytest.raises(signing.SigningRefused) as refused:
        signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=False)
    assert refused.value.key == "signing.refused_unconfirmed"
    assert journal.session(session_id).status is SessionStatus.DRAFT

    signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=True)
    assert journal.session(session_id).signed
    logged = [c for c in journal.session_history(session_id) if c.field == "signed_with_gaps"]
    assert len(logged) == 1
    assert json.loads(logged[0].new) == [
        {"key": "signing.gap.few_goals", "values": {"count": 1, "least": 3}}]
    hashes = [c.new for c in journal.session_history(session_id)
              if c.entity == "signed_record"]
    assert hashes == [build_record(journal, session_id).sha256]


def test_a_complete_talk_signs_without_a_question(journal):
    session_id = _talk_with_goals(journal, 3)
    assert signing.checklist(journal, session_id).complete
    signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=False)
    assert not [c for c in journal.session_history(session_id)
                if c.field == "signed_with_gaps"]


def test_an_exit_talk_needs_no_new_goals(journal):
    session_id = _talk_with_goals(journal, 0, kind="exit")
    for field, text in (("exit.reason", "Een baan dichter bij huis"),
                        ("exit.handover", "Wachtrij naar Noor"),
                        ("exit.leaving_on", "2026-12-31")):  # an exit talk's own fields
        journal.save_talk_answer(session_id, field, text)
    found = signing.checklist(journal, session_id)
    assert found.leaving and found.complete
    signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=False)
    assert journal.session(session_id).signed


def test_an_agent_who_is_leaving_needs_no_new_goals(journal):
    session_id = _talk_with_goals(journal, 1)
    agent = journal.agent(journal.session(session_id).agent_id)
    journal.update_agent(agent.model_copy(update={"employment_end": date(2026, 12, 31)}))
    found = signing.checklist(journal, session_id)
    assert found.leaving and found.complete


def test_a_signed_talk_cannot_be_signed_twice(journal):
    session_id = _talk_with_goals(journal, 3)
    signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=False)
    with pytest.raises(Exception) as again:
        signing.sign(journal, session_id, manager="MJ", agent="KB", confirmed_soft=True)
    assert again.value.key == "signing.already_signed"


def test_an_addendum_keeps_the_record_hash_and_has_its_own(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    before = build_record(demo_journal, session_id).sha256
    demo_journal.add_addendum(session_id, "Correctie: de cursus start in januari.")
    after = build_record(demo_journal, session_id)
    assert after.sha256 == before
    addendum = after.content["addenda"][0]
    assert addendum["text"] == "Correctie: de cursus start in januari."
    assert addendum["sha256"] == signed_records.addendum_hash(
        before, addendum["text"], addendum["created_at"])


def test_a_stored_record_is_never_updated_and_a_changed_one_is_refused(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    conn = demo_journal.db.conn
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE signed_records SET record = '{}' WHERE session_id = ?",
                     [session_id])
    conn.rollback()
    # Changed behind coachtui's back (trigger dropped): the export refuses it.
    text = conn.execute("SELECT record FROM signed_records WHERE session_id = ?",
                        [session_id]).fetchone()[0]
    conn.execute("DROP TRIGGER signed_records_never_change")
    conn.execute("UPDATE signed_records SET record = ? WHERE session_id = ?",
                 [text.replace('"Sanne"', '"Someone else"'), session_id])
    conn.commit()
    with pytest.raises(JournalError) as damaged:
        build_record(demo_journal, session_id)
    assert damaged.value.key == "signing.record_damaged"


def test_migration_stores_talks_signed_before_as_they_read_then(journal_path, monkeypatch):
    import coachtui.demo
    from coachtui.demo import build_demo

    # A journal of 0.2: talks were signed without a stored record. It is built with
    # today's schema, then the signed records and their migration are taken out again,
    # so the demo may use every column that later migrations add.
    monkeypatch.setattr(coachtui.demo, "sign", lambda journal, sid, *, manager, agent,
                        confirmed_soft: journal.sign(sid, manager, agent))
    with Journal.open(journal_path) as old:
        build_demo(old, lang="nl")
        signed = [s.id for s in old.sessions() if s.signed]
        expected = {i: signed_records.content_hash(signed_records.live_content(old, i))
                    for i in signed}
    conn = sqlite3.connect(journal_path)
    conn.executescript(
        "DROP TRIGGER signed_records_never_change; DROP TABLE signed_records;"
        " DELETE FROM _sqlite_migrations WHERE name = 'm004_signed_records';")
    conn.close()

    with Journal.open(journal_path) as journal:
        for session_id in signed:
            stored = signed_records.stored_record(journal, session_id)
            assert stored is not None and stored.origin == signed_records.ORIGIN_MIGRATED
            assert stored.sha256 == expected[session_id]
        first = journal.session(signed[0])
        journal.save_figures([Figure(agent_id=first.agent_id, month=first.month,
                                     metric="ftr", value=12.5)])
        journal.set_target(Target(agent_id=first.agent_id, metric="ftr",
                                  from_month=first.month, value=99.0))
        assert build_record(journal, signed[0]).sha256 == expected[signed[0]]


def test_imports_and_the_agent_page_learn_what_signed_talks_keep(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    session = demo_journal.session(session_id)
    assert session.month in signing.signed_months(demo_journal, session.agent_id)
    assert signing.figure_differences(demo_journal, session.agent_id) == []
    signed_ftr = next(f["value"] for f in build_record(demo_journal, session_id)
                      .content["figures"] if f["metric"] == "ftr")

    changes = demo_journal.figure_changes([Figure(
        agent_id=session.agent_id, month=session.month, metric="ftr", value=70.0)])
    kept = signing.kept_by_signed_talks(demo_journal, changes)
    assert [(k.month, k.metric, k.signed, k.new) for k in kept] == [
        (session.month, "ftr", signed_ftr, 70.0)]

    demo_journal.save_figures([Figure(agent_id=session.agent_id, month=session.month,
                                      metric="ftr", value=70.0)])
    differences = signing.figure_differences(demo_journal, session.agent_id)
    assert [(d.month, d.metric, d.signed_value, d.now_value, d.now_result)
            for d in differences] == [(session.month, "ftr", signed_ftr, 70, "missed")]


def test_erasing_an_agent_erases_their_signed_records(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    demo_journal.erase_agent(demo_journal.session(session_id).agent_id)
    assert demo_journal.db.conn.execute(
        "SELECT COUNT(*) FROM signed_records WHERE session_id = ?", [session_id]
    ).fetchone()[0] == 0


def test_record_bytes_are_canonical(demo_journal):
    session_id = sign_demo_draft(demo_journal)
    stored_text = demo_journal.db.conn.execute(
        "SELECT record FROM signed_records WHERE session_id = ?", [session_id]).fetchone()[0]
    record = build_record(demo_journal, session_id)
    assert stored_text.encode("utf-8") == canonical_json(record.content)


def test_cli_export_and_target_command_leave_the_signed_record_alone(demo_journal_path, capsys):
    from coachtui.cli import main

    with Journal.open(demo_journal_path) as journal:
        session_id = sign_demo_draft(journal)
        session = journal.session(session_id)
        email = journal.agent(session.agent_id).email
        signed_sha = build_record(journal, session_id).sha256

    def export() -> dict:
        assert main(["--journal", str(demo_journal_path), "export", "session",
                     str(session_id), "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)

    before = export()
    assert main(["--journal", str(demo_journal_path), "target", email, "ftr", "99",
                 "--from", session.month]) == 0
    capsys.readouterr()
    after = export()
    assert after["sha256"] == before["sha256"] == signed_sha
    assert after["record"]["figures"] == before["record"]["figures"]


def test_an_import_into_a_signed_month_says_the_signed_talk_keeps_its_value(
        demo_journal, tmp_path):
    from coachtui.services.imports import FileRequest, preview_import

    session = next(s for s in demo_journal.sessions() if s.signed)
    agent = demo_journal.agent(session.agent_id)
    csv = tmp_path / "again.csv"
    csv.write_text(f"email,month,ftr\n{agent.email},{session.month},12.5\n", encoding="utf-8")
    plan = preview_import(demo_journal, FileRequest(path=csv, profile="generic"))
    said = [n.text("en") for n in plan.notices if n.key == "imports.note.signed_kept"]
    assert len(said) == 1 and "signed talks keep the old value" in said[0]
    assert f"{session.month} ftr" in said[0]
    assert any("getekend" in n.text("nl") for n in plan.notices)
