"""`coachtui note AGENT TEXT...`: a quick note after a call, saved in one transaction.

This is the fast path: it must never import Textual or httpx (an import-linter contract
and tests/unit/test_note_cli.py check it), and it goes through the note door
(`storage.note_door`, plain sqlite3) rather than the full Journal, so a note loads neither
sqlite-utils nor pydantic: `bench/note.py` holds it to 1.5x their bare import.
"""

from __future__ import annotations

import argparse
import sys

from coachtui import clock
from coachtui.errors import UserError
from coachtui.model.choices import Channel, Relation
from coachtui.note_tags import TagError, medical_words, parse_note, tag_error_text
from coachtui.settings import Settings
from coachtui.storage.note_door import NewNote, NoteDoor
from coachtui.texts import tr


def describe(note: NewNote, agent_name: str, factor_label: str | None, lang: str) -> str:
    """The saved note in one line: id, agent, factor and rating, flags, contact, text."""
    parts = []
    if note.factor and note.rating:
        parts.append(f"{factor_label or note.factor} {tr(f'rating.{note.rating.value}', lang)}")
    if note.private:
        parts.append(tr("note.private", lang))
    if note.channel or note.contact_ref:
        contact = " ".join(x for x in (
            tr(f"channel.{note.channel.value}", lang) if note.channel else "",
            note.contact_ref or "") if x)
        parts.append(contact)
    if note.relation:
        parts.append(tr(f"relation.{note.relation.value}", lang))
    details = f" ({'; '.join(parts)})" if parts else ""
    text = " ".join(note.text.split())  # one line, even if the shell passed a newline
    return tr("note.saved", lang, id=note.id, agent=agent_name, details=details, text=text)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Resolve agent and tag, check the text, save the note, print it in one line."""
    lang = settings.lang
    raw = " ".join(" ".join(args.text).split())
    if not raw:
        raise UserError(tr("note.err.empty", lang))
    with NoteDoor.open(settings.journal_path) as journal:
        agent = journal.find_agent(args.agent)
        factors = journal.factors()
        try:
            parsed = parse_note(raw, factors)
        except TagError as exc:
            raise UserError(tag_error_text(exc, lang)) from exc
        if not parsed.text:
            raise UserError(tr("note.err.empty", lang))
        words = medical_words(parsed.text)
        if words:
            if not args.yes:
                raise UserError(tr("note.err.medical", lang, words=", ".join(words)))
            print(tr("note.warn.medical", lang, words=", ".join(words)), file=sys.stderr)
        note = journal.add_note(NewNote(
            agent_id=agent.id, created_at=clock.now(), text=parsed.text,
            factor=parsed.factor, rating=parsed.rating, private=bool(args.private),
            contact_ref=(args.ref or "").strip() or None,
            channel=Channel(args.channel) if args.channel else None,
            relation=Relation(args.relation) if args.relation else None,
        ))
    label = next((f.label(lang) for f in factors if f.key == note.factor), None)
    print(describe(note, agent.name, label, lang))
    return 0
