"""`coachtui note AGENT TEXT...`: a quick note after a call, saved in one transaction.

This is the fast path: it never imports Textual, httpx or sqlite-utils (an import-linter
contract and tests/unit/test_note_cli.py check it). It opens the one Journal, like every
command, and saves through `services.notes.add_quick_note`, like the popup;
`bench/note.py` holds it to 1.5x a bare `import sqlite_utils, pydantic`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from coachtui.commands.common import open_journal
from coachtui.errors import UserError
from coachtui.model.choices import Channel, Relation
from coachtui.services.notes import add_quick_note, health_words
from coachtui.settings import Settings
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import Note


def describe(note: Note, agent_name: str, factor_label: str | None, lang: str) -> str:
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
    text = " ".join(args.text)
    # A missing journal is refused, not created: it holds no agent to write a note about.
    with open_journal(settings, warn_if_damaged=False) as journal:
        agent = journal.find_agent(args.agent)
        assert agent.id is not None  # a stored agent
        if getattr(args, "agenda", False) and args.private:
            raise UserError("kinds.agenda_note_private")
        with journal.transaction():  # the note and its agenda item, or neither
            note = add_quick_note(
                journal, agent.id, text, private=bool(args.private), ref=args.ref,
                channel=Channel(args.channel) if args.channel else None,
                relation=Relation(args.relation) if args.relation else None,
                force=bool(args.yes))
            if getattr(args, "agenda", False):
                journal.add_agenda_item(agent.id, note.text, note_id=note.id)
        if args.yes:
            words = health_words(note.text)
            if words:
                print(tr("note.warn.medical", lang, words=", ".join(words)), file=sys.stderr)
        label = next((f.label(lang) for f in journal.factors() if f.key == note.factor), None)
    print(describe(note, agent.name, label, lang))
    return 0
