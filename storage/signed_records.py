"""Signed records: the HR record of a talk as it was signed, stored once, never changed.

A talk's record is read from the journal while it is a draft. At signing, the record (its
figures, the targets that applied, their met/missed words and every shared text) is stored
here as canonical JSON with its SHA-256, in the transaction that signs. From then on the
record of that talk is this row: later imports, target changes or renamed agents never
reach it. A trigger refuses any UPDATE; only erasure (the agent's data) deletes a row.

The hash: the record's `content` serialised as `json.dumps(content, sort_keys=True,
ensure_ascii=False, separators=(",", ":"))`, UTF-8, SHA-256, with `addenda` set to the
empty list. Addenda are corrections added after signing; they are listed with the record,
each with a hash of its own over `{"record_sha256", "text", "created_at"}` (so an addendum
names the record it corrects), and never change the record's hash.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import JournalError
from coachtui.model.status import target_status
from coachtui.storage.changelog import append_change

if TYPE_CHECKING:  # the models (pydantic) load when a record is first built
    from coachtui.model import FactorRating, FigureRow, MetricDefinition, Session
    from coachtui.storage.journal import Journal

RECORD_FORMAT = "coachtui-session-record/1"
ORIGIN_SIGNED = "signed"  # stored by the signature itself
ORIGIN_MIGRATED = "migrated"  # signed before 0.3: stored as it read when the journal upgraded

SCHEMA = """
CREATE TABLE signed_records (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    record TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    origin TEXT NOT NULL
);
CREATE INDEX signed_records_agent_month ON signed_records(agent_id, month);
CREATE TRIGGER signed_records_never_change BEFORE UPDATE ON signed_records
BEGIN
    SELECT RAISE(ABORT, 'a signed record is never changed; add an addendum');
END;
"""


@dataclass(frozen=True)
class StoredRecord:
    """One signed record as stored: its content, hash and where it came from."""

    session_id: int
    agent_id: int
    month: str
    content: dict[str, Any]
    sha256: str
    stored_at: str
    origin: str


# -- the hash ------------------------------------------------------------------------------
def canonical_json(content: dict[str, Any]) -> bytes:
    """The exact bytes a hash is taken over (sorted keys, no spaces, UTF-8)."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def content_hash(content: dict[str, Any]) -> str:
    """The record's SHA-256 (hex): over its canonical JSON with `addenda` left empty."""
    signed_part = {**content, "addenda": []} if "addenda" in content else content
    return hashlib.sha256(canonical_json(signed_part)).hexdigest()


def addendum_hash(record_sha256: str, text: str, created_at: str | None) -> str:
    """An addendum's own SHA-256, tied to the record it corrects."""
    return hashlib.sha256(canonical_json(
        {"record_sha256": record_sha256, "text": text, "created_at": created_at})).hexdigest()


# -- the record as the journal reads it now -------------------------------------------------
def live_content(journal: Journal, session_id: int, *,
                 metrics: dict[str, MetricDefinition] | None = None) -> dict[str, Any]:
    """One session's shared content read from the journal now (never the private parts).

    Private notes and quick notes are never read, so no renderer can leak them. Addenda
    are listed without hashes here; `with_addenda` adds them for a signed record.
    """
    session = journal.session(session_id)
    agent = journal.agent(session.agent_id)
    if metrics is None:
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
    # Personal goals and figures stay out unless the team lead included them on purpose
    # (record_includes); the record then names what it includes (`personal_included`).
    personal = journal.personal_metrics(session.agent_id)
    includes = journal.record_includes(session_id)
    included: set[str] = set()

    def shown_in_record(item: str, is_personal: bool, own_session: int | None = None) -> bool:
        if not is_personal:
            return True
        if item in includes or (own_session is not None and own_session != session_id
                                and item in journal.record_includes(own_session)):
            included.add(item)
            return True
        return False

    figures = [figure_entry(row, metrics)
               for row in journal.figures(session.agent_id, session.month)
               if shown_in_record(f"figure:{row.metric}", row.metric in personal)]
    looked_back = [
        {"goal_id": g.id, "type": g.type.value, "what": g.what, "target": g.target,
         "status": g.status.value, "remark": g.review_remark}
        for g in journal.goals_to_review(session)
        if shown_in_record(f"goal:{g.id}", g.personal, g.session_id)
    ]
    goals = [
        {"id": g.id, "type": g.type.value, "what": g.what, "measure": g.measure,
         "target": g.target, "deadline": _iso(g.deadline), "why": g.why,
         "support": g.support, "carried_over": g.carried_over_from is not None,
         # a team goal's measure is data, worded by each renderer in its language
         **({"metric": g.metric, "target_value": _number(g.target_value)}
            if g.team_goal_id is not None and g.metric else {})}
        for g in session.goals if shown_in_record(f"goal:{g.id}", g.personal)
    ]
    return {
        "format": RECORD_FORMAT,
        "session_id": session.id,
        "status": session.status.value,
        "kind": session.kind.value,
        "month": session.month,
        "held_on": _iso(session.held_on),
        "agent": {"name": agent.name, "email": agent.email, "team": agent.team},
        "manager": {"name": journal.meta("manager_name") or session.manager_signature},
        "figures": figures,
        "ratings": [_rating_entry(r) for r in session.ratings],
        "goals_reviewed": looked_back,
        "learning_point": session.learning_point,
        "goals": goals,
        "support": session.support,
        "agreements": session.agreements,
        "agent_comments": session.agent_comments,
        "signatures": {
            "manager": {"name": session.manager_signature,
                        "signed_at": _iso(session.manager_signed_at)},
            "agent": {"name": session.agent_signature,
                      "signed_at": _iso(session.agent_signed_at)},
        },
        "addenda": [{"text": a.text, "created_at": _iso(a.created_at)}
                    for a in session.addenda],
        **_kind_parts(journal, session),
        # only when something personal is in it (older records read, and hash, as before)
        **({"personal_included": sorted(included)} if included else {}),
    }


def _rating_entry(r: FactorRating) -> dict[str, Any]:
    """A factor's rating; the agent's own rating and note only when the agent gave them
    (so the record of a talk without them reads, and hashes, as before)."""
    entry: dict[str, Any] = {"factor": r.factor, "rating": r.rating.value if r.rating else None,
                             "note": r.note}
    if r.agent_rating is not None or r.agent_note:
        entry["agent_rating"] = r.agent_rating.value if r.agent_rating else None
        entry["agent_note"] = r.agent_note
    return entry


def _kind_parts(journal: Journal, session: Session) -> dict[str, Any]:
    """The talk kinds' parts of a record, each only when there is something: `answers`
    (every talk answer typed: the kind's own fields and the agent's turn, all shared with
    the agent), `agenda` (the topics this talk ticked off or carried) and, in an
    appraisal, the overall `scale` with its words."""
    parts: dict[str, Any] = {}
    answers = {k: v for k, v in sorted(session.answers.items()) if v.strip()}
    if answers:
        parts["answers"] = answers
    agenda = [{"text": i.text, "added_by": i.added_by, "state": i.state}
              for i in journal.agenda_for(session) if i.state_session_id == session.id
              and i.state]
    if agenda:
        parts["agenda"] = agenda
    if session.kind.value == "appraisal":  # the scale's words as they were when judged
        from coachtui.model.talk_kinds import SCALE_META, parse_scale

        row = journal.conn.execute("SELECT value FROM meta WHERE key = ?",
                                   [SCALE_META]).fetchone()
        parts["scale"] = [{"key": lv.key, "nl": lv.nl, "en": lv.en}
                          for lv in parse_scale(row[0] if row else None)]
    return parts


def figure_entry(row: FigureRow, metrics: dict[str, MetricDefinition]) -> dict[str, Any]:
    """One figure as the record holds it: value, target and the met/missed word."""
    metric = metrics.get(row.metric)
    result = target_status(metric, row.value, row.target).value if metric else (
        "missing" if row.value is None else "no_target")
    return {"metric": row.metric, "value": _number(row.value),
            "target": _number(row.target), "result": result}


def with_addenda(stored: StoredRecord, journal: Journal) -> dict[str, Any]:
    """The stored content with the addenda added since signing, each with its own hash."""
    from coachtui.model import Addendum

    record_sha = content_hash(stored.content)
    addenda = []
    rows = journal.conn.execute(
        "SELECT id, session_id, text, created_at FROM addenda WHERE session_id = ?"
        " ORDER BY id", [stored.session_id]).fetchall()
    for row in rows:  # through the model, so times read exactly as Session.addenda has them
        addendum = Addendum(id=row[0], session_id=row[1], text=row[2], created_at=row[3])
        at = _iso(addendum.created_at)
        addenda.append({"text": addendum.text, "created_at": at,
                        "sha256": addendum_hash(record_sha, addendum.text, at)})
    return {**stored.content, "addenda": addenda}


# -- storing and reading ---------------------------------------------------------------------
def store_signed_record(journal: Journal, session_id: int, *,
                        origin: str = ORIGIN_SIGNED,
                        extra: dict[str, Any] | None = None) -> StoredRecord:
    """Store the record of a just-signed session (inside the caller's transaction).

    Called after the signature is written, so the record carries both signatures. The
    change log gets the record's hash, so the history shows what was signed. `extra`
    adds keys the services compute (the months the record's charts draw).
    """
    content = {**live_content(journal, session_id), **(extra or {})}
    if content["status"] != "signed":
        raise JournalError("signing.not_signed_yet", id=session_id)
    content["addenda"] = []  # corrections come after the signature; they have own hashes
    sha = content_hash(content)
    session = journal.session(session_id)
    stamp = now_iso()
    conn = journal.conn
    conn.execute(
        "INSERT INTO signed_records (session_id, agent_id, month, record, sha256, stored_at,"
        " origin) VALUES (?,?,?,?,?,?,?)",
        [session_id, session.agent_id, session.month, canonical_json(content).decode("utf-8"),
         sha, stamp, origin])
    append_change(conn, at=stamp, agent_id=session.agent_id, entity="signed_record",
                  entity_id=session_id, field="sha256", old=None, new=sha,
                  session_id=session_id)
    return StoredRecord(session_id, session.agent_id, session.month, content, sha, stamp,
                        origin)


def stored_record(journal: Journal, session_id: int) -> StoredRecord | None:
    """The record stored at signing, or None (a draft, or signed past the service).

    Refuses a row whose content no longer matches its hash: a signed record changed
    outside coachtui is not passed on as if it were the signed one.
    """
    row = journal.conn.execute(
        "SELECT session_id, agent_id, month, record, sha256, stored_at, origin"
        " FROM signed_records WHERE session_id = ?", [session_id]).fetchone()
    return _checked(row) if row else None


def stored_records(journal: Journal, agent_id: int) -> list[StoredRecord]:
    """Every signed record of one agent, oldest month first."""
    rows = journal.conn.execute(
        "SELECT session_id, agent_id, month, record, sha256, stored_at, origin"
        " FROM signed_records WHERE agent_id = ? ORDER BY month, session_id",
        [agent_id]).fetchall()
    return [_checked(row) for row in rows]


def signed_months(journal: Journal, agent_id: int) -> frozenset[str]:
    """The months of the agent's signed talks (whose figures stay as signed)."""
    rows = journal.conn.execute(
        "SELECT DISTINCT month FROM sessions WHERE agent_id = ? AND status = 'signed'",
        [agent_id]).fetchall()
    return frozenset(str(r[0]) for r in rows)


def log_confirmed_gaps(journal: Journal, session_id: int, agent_id: int,
                       gaps: list[dict[str, Any]]) -> None:
    """Record in the change log which soft gaps the two agreed to sign with."""
    append_change(journal.conn, at=now_iso(), agent_id=agent_id, entity="session",
                  entity_id=session_id, field="signed_with_gaps", old=None,
                  new=json.dumps(gaps, ensure_ascii=False, sort_keys=True),
                  session_id=session_id)


def store_missing_records(journal: Journal) -> int:
    """Store the record of every signed session that has none, as it reads now.

    For journals signed before signed records existed (the migration calls this once);
    the rows say `origin = 'migrated'`. Returns how many were stored.
    """
    ids = [r[0] for r in journal.conn.execute(
        "SELECT id FROM sessions WHERE status = 'signed' AND id NOT IN"
        " (SELECT session_id FROM signed_records) ORDER BY id")]
    metrics = {m.key: m for m in journal.metrics(active_only=False)}
    for session_id in ids:
        content = live_content(journal, session_id, metrics=metrics)
        content["addenda"] = []
        sha = content_hash(content)
        journal.conn.execute(
            "INSERT INTO signed_records (session_id, agent_id, month, record, sha256,"
            " stored_at, origin) SELECT id, agent_id, month, ?, ?, ?, ? FROM sessions"
            " WHERE id = ?",
            [canonical_json(content).decode("utf-8"), sha, now_iso(), ORIGIN_MIGRATED,
             session_id])
    return len(ids)


def _checked(row: sqlite3.Row | tuple[Any, ...]) -> StoredRecord:
    session_id, agent_id, month, text, sha, stored_at, origin = row
    content: dict[str, Any] = json.loads(text)
    if content_hash(content) != sha:
        raise JournalError("signing.record_damaged", id=session_id)
    return StoredRecord(int(session_id), int(agent_id), str(month), content, str(sha),
                        str(stored_at), str(origin))


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
