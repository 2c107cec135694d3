"""Quick notes: one way to add one, for `coachtui note` and the quick-note popup alike.

    add_quick_note(journal, agent, text, *, factor=None, rating=None, private=False,
                   channel=None, relation=None, ref=None, force=False, at=None) -> Note

The rules live here: the rating tag in the text (`+initiative`, `-taal`, `~wow`, see
`coachtui.note_tags`), one rated factor per note, and the health guard (a note that looks
like health information is refused with `HealthWordsError` unless `force`). Everything is
checked before the one transaction that writes the note and its change-log row.

Fast on purpose: no Textual, no httpx, no sqlite-utils on this path (an import-linter
contract holds it so); `coachtui note` pays for one Journal and three models.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from coachtui import clock
from coachtui.errors import UserError
from coachtui.model.choices import Channel, Rating, Relation
from coachtui.note_tags import FactorLike, ParsedNote, medical_words, parse_note

if TYPE_CHECKING:
    from coachtui.model import Note
    from coachtui.storage.journal import Journal


class HealthWordsError(UserError):
    """The note looks like health information; `words` are what gave it away.

    Nothing was saved: ask, then call again with `force=True` (the command line says
    `--yes`).
    """

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__("note.err.medical", words=", ".join(words))
        self.words = list(words)


def health_words(text: str) -> list[str]:
    """The words in `text` that suggest health information (empty when it looks fine)."""
    return medical_words(text)


def read_note_text(text: str, factors: Sequence[FactorLike], *,
                   factor: str | None = None, rating: Rating | None = None) -> ParsedNote:
    """The note's text with its tag taken out, and the one factor and rating it rates.

    `factor` and `rating` are what was chosen outside the text (the popup's choices); a
    tag that says otherwise is refused, as is a rating without a factor or an empty text.
    """
    parsed = parse_note(text, factors)  # TagError is a UserError
    if not parsed.text:
        raise UserError("note.err.empty")
    if parsed.factor is not None:
        if factor is not None and (factor, rating) != (parsed.factor, parsed.rating):
            raise UserError("note.err.too_many", tags=parsed.tag)
        factor, rating = parsed.factor, parsed.rating
    if rating is not None and factor is None:
        raise UserError("journal.note_needs_factor")
    return ParsedNote(text=parsed.text, factor=factor, rating=rating, tag=parsed.tag,
                      literal=parsed.literal)


def add_quick_note(
    journal: Journal,
    agent: int | str,
    text: str,
    *,
    factor: str | None = None,
    rating: Rating | None = None,
    private: bool = False,
    channel: Channel | None = None,
    relation: Relation | None = None,
    ref: str | None = None,
    force: bool = False,
    at: datetime | None = None,
) -> Note:
    """Save a quick note about `agent` (an id, or a name, e-mail or id as typed); the note
    as saved, with its id.

    UserError (nothing written) for an unknown or ambiguous agent, an unusable tag, an
    empty text, or (unless `force`) text that looks like health information.
    """
    from coachtui.model import Note

    agent_id = agent if isinstance(agent, int) else journal.find_agent(agent).id
    if agent_id is None:  # pragma: no cover - stored agents always have an id
        raise UserError("journal.agent_unnamed")
    parsed = read_note_text(text, journal.factors(), factor=factor, rating=rating)
    words = health_words(parsed.text)
    if words and not force:
        raise HealthWordsError(words)
    note = Note(agent_id=agent_id, created_at=at or clock.now(), text=parsed.text,
                factor=parsed.factor, rating=parsed.rating, private=private,
                contact_ref=(ref or "").strip() or None, channel=channel, relation=relation)
    return journal.add_note(note)
