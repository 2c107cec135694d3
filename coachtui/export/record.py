"""The session record for HR: the shared content of one talk, and its SHA-256.

The record holds only what was shared with the agent. `Session.private_notes` and quick
notes are never read into it, so no renderer can leak them by accident.

Signed means signed: a signed talk's record is the one stored when it was signed
(`storage.signed_records`), not the journal as it reads today, so a later import or target
change never alters it or its hash. A draft is read live.

The hash: take `content` (the `"record"` object of the JSON export) with `addenda` set to
the empty list, serialise it as `json.dumps(content, sort_keys=True, ensure_ascii=False,
separators=(",", ":"))`, encode as UTF-8 and take the SHA-256. Numbers that are whole are
written without `.0`, so the same figure hashes the same everywhere. Labels and language
are presentation, not content: the Dutch and the English export of one session carry the
same hash. Addenda (corrections after signing) leave the record's hash as it was; each
carries its own `sha256` over `{"record_sha256", "text", "created_at"}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coachtui.errors import UserError
from coachtui.model import Factor, MetricDefinition
from coachtui.model.number_format import figure_text
from coachtui.storage.signed_records import (
    RECORD_FORMAT,
    canonical_json,
    content_hash,
    live_content,
    stored_record,
    with_addenda,
)

__all__ = ["RECORD_FORMAT", "SessionRecord", "build_record", "canonical_json", "content_hash",
           "record_moment", "require_exportable"]


@dataclass(frozen=True)
class SessionRecord:
    """The shared content of one session plus what renderers need to label it.

    `stored` is True when the content is the record stored at signing.
    """

    content: dict[str, Any]
    metrics: dict[str, MetricDefinition]
    factors: dict[str, Factor]
    stored: bool = False

    @property
    def sha256(self) -> str:
        """SHA-256 (hex) over the canonical JSON of `content` without its addenda."""
        return content_hash(self.content)

    @property
    def draft(self) -> bool:
        """True while the session is not signed."""
        return bool(self.content["status"] != "signed")

    def metric_label(self, key: str, lang: str) -> str:
        """A metric's label in `lang`, or its key when the catalogue no longer has it."""
        metric = self.metrics.get(key)
        return metric.label(lang) if metric else key

    def metric_value(self, key: str, value: float | None, lang: str = "en") -> str:
        """A figure as a person reads it (87.5%, 6.2/h; 87,5% in Dutch)."""
        return figure_text(self.metrics.get(key), value, lang)

    def factor_label(self, key: str, lang: str) -> str:
        """A factor's label in `lang`, or its key."""
        factor = self.factors.get(key)
        return factor.label(lang) if factor else key


def build_record(journal: Any, session_id: int, *,
                 metrics: dict[str, MetricDefinition] | None = None,
                 factors: dict[str, Factor] | None = None) -> SessionRecord:
    """One session's record: as stored at signing, or (a draft) read from the journal now.

    `metrics` and `factors` may be passed in when exporting many sessions, so the
    catalogue is read once.
    """
    if metrics is None:
        metrics = {m.key: m for m in journal.metrics(active_only=False)}
    if factors is None:
        factors = {f.key: f for f in journal.factors(active_only=False)}
    stored = stored_record(journal, session_id)
    if stored is not None:
        return SessionRecord(content=with_addenda(stored, journal), metrics=metrics,
                             factors=factors, stored=True)
    # A draft; or a talk signed without the signing service (nothing stored): read live,
    # a draft with the charts it would be signed with.
    content = live_content(journal, session_id, metrics=metrics)
    if content["status"] != "signed":
        from coachtui.services.record_charts import record_charts

        content.update(record_charts(journal, session_id))
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
        raise UserError("signing.export_draft_refused", id=record.content["session_id"])

