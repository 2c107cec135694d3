"""Quick notes as evidence for the talk: per factor, the relation quotient, a timeline.

A note belongs to the talk that follows it: the evidence for a talk is every note written
after the agent's previous signed talk (and, for a talk that is itself signed, up to its
signing). Once that talk is signed the note is locked (see `storage.notes.note_locked`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from coachtui.model import Note, Relation, Session, SessionStatus

if TYPE_CHECKING:  # the Journal is passed in; importing it here would only cost time
    from coachtui.storage import Journal

_KEPT = (Relation.STRENGTHENED, Relation.KEPT)


def _utc(moment: datetime) -> datetime:
    """Aware UTC time; a naive time from an old row is taken as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class Observation(Protocol):
    """What the relation quotient reads of a note (a Note, or a lighter row that has it)."""

    @property
    def id(self) -> int | None: ...

    @property
    def agent_id(self) -> int: ...

    @property
    def created_at(self) -> datetime: ...

    @property
    def contact_ref(self) -> str | None: ...

    @property
    def relation(self) -> Relation | None: ...


def relation_quotient(notes: Iterable[Observation]) -> float | None:
    """Share (0..1) of observed contacts whose relation was strengthened or kept.

    Only notes with a relation verdict are observations. Notes with the same contact
    reference are one contact, judged by its newest verdict; notes without a reference
    each count as a contact of their own. None when nothing was observed.
    """
    verdicts: dict[object, tuple[datetime, int, Relation]] = {}
    for index, note in enumerate(notes):
        if note.relation is None:
            continue
        ref = (note.contact_ref or "").strip().casefold()
        key: object = ("ref", note.agent_id, ref) if ref else ("note", note.id, index)
        seen = (_utc(note.created_at), note.id or 0, note.relation)
        if key not in verdicts or seen[:2] > verdicts[key][:2]:
            verdicts[key] = seen
    if not verdicts:
        return None
    kept = sum(1 for _, _, relation in verdicts.values() if relation in _KEPT)
    return kept / len(verdicts)


def _signed_at(session: Session) -> datetime | None:
    moment = session.agent_signed_at or session.manager_signed_at
    return _utc(moment) if moment else None


def talk_window(journal: Journal, session: Session) -> tuple[datetime | None, datetime | None]:
    """(after, until) for the notes of this talk: the previous signed talk's signing time,
    and this talk's own signing time when it is signed (None means open-ended)."""
    before = [
        s for s in journal.sessions(agent_id=session.agent_id)
        if s.status is SessionStatus.SIGNED and s.id != session.id
        and (s.month, s.id or 0) < (session.month, session.id or 0)
    ]
    after = max((t for s in before if (t := _signed_at(s))), default=None)
    until = _signed_at(session) if session.status is SessionStatus.SIGNED else None
    return after, until


def notes_for_talk(journal: Journal, session: Session, include_private: bool) -> list[Note]:
    """Every note written for this talk (tagged or not), newest first."""
    after, until = talk_window(journal, session)
    return [
        n for n in journal.notes(session.agent_id, include_private=include_private)
        if (after is None or _utc(n.created_at) > after)
        and (until is None or _utc(n.created_at) <= until)
    ]


def evidence_for_talk(
    journal: Journal, session: Session, include_private: bool
) -> dict[str, list[Note]]:
    """Per factor key, the notes tagged to it since the previous signed talk, newest first.

    Every active factor is a key (in the catalogue's order, possibly with an empty list);
    a factor no longer active still appears when notes were tagged to it. Private notes
    are left out unless `include_private` (never while the agent can see the screen).
    """
    evidence: dict[str, list[Note]] = {f.key: [] for f in journal.factors(active_only=True)}
    for note in notes_for_talk(journal, session, include_private):
        if note.factor:
            evidence.setdefault(note.factor, []).append(note)
    return evidence


@dataclass(frozen=True)
class TimelineEntry:
    """One note in an agent's timeline, with the signed talk that used (and locked) it."""

    note: Note
    used_in: int | None = None

    @property
    def locked(self) -> bool:
        """True once a signed talk used the note: it can no longer change."""
        return self.used_in is not None


def notes_timeline(
    journal: Journal, agent_id: int, include_private: bool
) -> list[TimelineEntry]:
    """All of an agent's notes, newest first, each with the signed talk it belongs to."""
    signed = sorted(
        ((t, s.id) for s in journal.sessions(agent_id=agent_id)
         if s.status is SessionStatus.SIGNED and (t := _signed_at(s)) and s.id),
    )
    entries = []
    for note in journal.notes(agent_id, include_private=include_private):
        written = _utc(note.created_at)
        used_in = next((sid for t, sid in signed if t >= written), None)
        entries.append(TimelineEntry(note=note, used_in=used_in))
    return entries
