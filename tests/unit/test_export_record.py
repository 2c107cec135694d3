"""The HR session record: shared content only, and a hash anyone can recompute."""

from __future__ import annotations

import hashlib
import json

from coachtui import clock
from coachtui.export.json_format import record_document
from coachtui.export.record import build_record, canonical_json
from coachtui.model import Note, SessionStatus
from coachtui.services import signing

PRIVATE_SESSION = "PRIVATE-SESSION-ZEBRA-4711 burn-out vermoeden"
PRIVATE_NOTE = "PRIVATE-QUICKNOTE-OKAPI-0815"
SHARED_NOTE = "SHARED-QUICKNOTE-LLAMA-2222"
AGREEMENT = "Cursus van € 250 voor Ayşe Yılmaz en Łukasz geregeld"


def seed_private(journal, *, sign: bool = True) -> int:
    """Give the demo's draft session recognisable private and shared texts; sign it."""
    draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT)
    journal.save_session_field(draft.id, "private_notes", PRIVATE_SESSION)
    journal.save_session_field(draft.id, "agreements", AGREEMENT)
    journal.add_note(Note(agent_id=draft.agent_id, created_at=clock.now(), text=PRIVATE_NOTE,
                          private=True))
    journal.add_note(Note(agent_id=draft.agent_id, created_at=clock.now(), text=SHARED_NOTE))
    if sign:
        signing.sign(journal, draft.id, manager="M. Jansen", agent="Sanne", confirmed_soft=True)
    return draft.id


def test_record_holds_the_shared_content_of_the_talk(demo_journal):
    session_id = seed_private(demo_journal)
    session = demo_journal.session(session_id)
    content = build_record(demo_journal, session_id).content
    assert content["agent"]["email"] == demo_journal.agent(session.agent_id).email
    assert content["manager"]["name"] == "Marieke Jansen"
    assert content["month"] == session.month
    assert content["learning_point"] == session.learning_point
    assert content["agreements"] == AGREEMENT
    # private goals (an exam result) stay out of the HR record
    assert [g["what"] for g in content["goals"]] == [g.what for g in session.goals
                                                     if not g.personal]
    assert {f["metric"] for f in content["figures"]} >= {"ftr", "tickets_per_hour"}
    assert all(f["result"] in {"met", "missed", "no_target", "missing"}
               for f in content["figures"])
    reviewed = [g for g in demo_journal.goals_to_review(session) if not g.personal]
    assert [g["status"] for g in content["goals_reviewed"]] == [g.status.value for g in reviewed]
    assert content["signatures"]["agent"]["name"] == "Sanne"


def test_private_texts_never_enter_the_record(demo_journal):
    session_id = seed_private(demo_journal)
    text = json.dumps(build_record(demo_journal, session_id).content, ensure_ascii=False)
    assert PRIVATE_SESSION not in text
    assert PRIVATE_NOTE not in text
    assert "private" not in text
    # Quick notes are not part of the HR record at all, shared ones neither.
    assert SHARED_NOTE not in text


def test_hash_can_be_recomputed_from_the_json_export_and_ignores_language(demo_journal):
    session_id = seed_private(demo_journal)
    record = build_record(demo_journal, session_id)
    en = record_document(record, "en")
    nl = record_document(record, "nl")
    recomputed = hashlib.sha256(
        json.dumps(en["record"], sort_keys=True, ensure_ascii=False,
                   separators=(",", ":")).encode("utf-8")).hexdigest()
    assert en["sha256"] == recomputed == nl["sha256"] == record.sha256
    assert canonical_json(record.content) == canonical_json(
        build_record(demo_journal, session_id).content)


def test_an_addendum_is_listed_with_its_own_hash_and_leaves_the_record_hash(demo_journal):
    session_id = seed_private(demo_journal)
    before = build_record(demo_journal, session_id).sha256
    demo_journal.add_addendum(session_id, "Correctie: de cursus start in januari.")
    after = build_record(demo_journal, session_id)
    assert after.sha256 == before
    assert after.content["addenda"][0]["text"] == "Correctie: de cursus start in januari."
    assert len(after.content["addenda"][0]["sha256"]) == 64
    # The rule stays recomputable from the JSON export: its record with addenda emptied.
    document = record_document(after, "en")
    recomputed = hashlib.sha256(canonical_json({**document["record"], "addenda": []}))
    assert recomputed.hexdigest() == document["sha256"]
