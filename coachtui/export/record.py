"""The session record for HR: the shared content of one talk, and its SHA-256.

The record holds only what was shared with the agent. `Session.private_notes` and quick
notes are never read into it, so no renderer can leak them by accident.

The hash: take `content` (the `"record"` object of the JSON export), serialise it as
`json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))`, encode
as UTF-8 and take the SHA-256. Numbers that are whole are written without `.0`, so the
same figure hashes the same everywhere. Labels and language are presentation, not content:
the Dutch and the English export of one session carry the same hash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coachtui.errors import UserError
from coachtui.model import Factor, MetricDefinition, target_status

RECORD_FORMAT = "coachtui-session-record/1"


@dataclass(frozen=True)
class SessionRecord:
    """The shared content of one session plus what renderers need to label it."""

    content: dict[str, Any]
    metrics: dict[str, MetricDefinition]
    factors: dict[str, Factor]

    @property
    def sha256(self) -> str:
        """SHA-256 (hex) over the canonical JSON of `content`."""
        return content_hash(self.content)

    @property
    def draft(self) -> bool:
        """True while the session is not signed."""
        return self.content["status"] != "signed"

    def metric_label(self, key: str, lang: str) -> str:
        """A metric's label in `lang`, or its key when the catalogue no longer has it."""
        metric = self.metrics.get(key)
        return metric.label(lang) if metric else key

    def metric_value(self, key: str, value: float | None, lang: str = "en") -> str:
        """A figure as a person reads it (87.5%, 6.2/h; 87,5% in Dutch)."""
        metric = self.metrics.get(key)
        if metric is not None:
            text = metric.format(value)
        else:
            text = "–" if value is None else f"{value:g}"
        return text.replace(".", ",") if lang == "nl" else text

    def factor_label(self, key: str, lang: str) -> str:
        """A factor's label in `lang`, or its key."""
        factor = self.factors.get(key)
        return factor.label(lang) if factor else key


def canonical_json(content: dict[str, Any]) -> bytes:
    """The exact bytes the record hash is taken over."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 (hex) of `canonical_json(content)`."""
    return hashlib.sha256(canonical_json(content)).hexdigest()


def build_record(journal: Any, session_id: int, *,
                 metrics: dict[str, MetricDefinition] | None = None,
                 factors: dict[str, Factor] | None = None) -> SessionRecord:
    """Read one session's shared content from the journal (never the private parts).

    `metrics` and `factors` may be passed in when exporting many sessions, so the
    catalogue is read once.
    """
    session = journal.session(session_id)
    agent = journal.agent(session.agent_id)
    if metrics is None:
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
    if factors is None:
        factors = {f.key: f for f in journal.factors(active_only=False)}
    figures = []
    for row in journal.figures(session.agent_id, session.month):
        metric = metrics.get(row.metric)
        result = target_status(metric, row.value, row.target).value if metric else (
            "missing" if row.value is None else "no_target")
        figures.append({"metric": row.metric, "value": _number(row.value),
                        "target": _number(row.target), "result": result})
    looked_back = [
        {"goal_id": g.id, "type": g.type.value, "what": g.what, "target": g.target,
         "status": g.status.value, "remark": g.review_remark}
        for g in journal.goals_to_review(session)
    ]
    content: dict[str, Any] = {
        "format": RECORD_FORMAT,
        "session_id": session.id,
        "status": session.status.value,
        "kind": session.kind.value,
        "month": session.month,
        "held_on": _iso(session.held_on),
        "agent": {"name": agent.name, "email": agent.email, "team": agent.team},
        "manager": {"name": journal.meta("manager_name") or session.manager_signature},
        "figures": figures,
        "ratings": [
            {"factor": r.factor, "rating": r.rating.value if r.rating else None,
             "note": r.note}
            for r in session.ratings
        ],
        "goals_reviewed": looked_back,
        "learning_point": session.learning_point,
        "goals": [
            {"id": g.id, "type": g.type.value, "what": g.what, "measure": g.measure,
             "target": g.target, "deadline": _iso(g.deadline), "why": g.why,
             "support": g.support, "carried_over": g.carried_over_from is not None}
            for g in session.goals
        ],
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
    }
    return SessionRecord(content=content, metrics=metrics, factors=factors)


def record_moment(record: SessionRecord) -> datetime:
    """The time that stands for the record (signature, else held on, else the month):
    used as the PDF creation date so the same journal gives the same bytes."""
    content = record.content
    for value in (content["signatures"]["manager"]["signed_at"],
                  content["signatures"]["agent"]["signed_at"]):
        if value:
            return datetime.fromisoformat(value)
    if content["held_on"]:
        return datetime.fromisoformat(content["held_on"] + "T12:00:00+00:00")
    return datetime.fromisoformat(content["month"] + "-01T12:00:00+00:00")


def require_exportable(record: SessionRecord, *, allow_draft: bool) -> None:
    """Refuse a draft unless the user asked for one with --draft."""
    if record.draft and not allow_draft:
        raise UserError(
            f"Session {record.content['session_id']} is a draft and not signed yet; "
            "add --draft to export it stamped DRAFT."
        )


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
