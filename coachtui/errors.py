"""Refusals a person reads: a text key and its values, rendered at the edge in their language.

Storage, importers and services raise `UserError("area.key", value=...)`; the command line
prints `exc.text(lang)` on stderr (exit 1) and a screen shows it in a notice. `str(exc)`
is the English sentence, for logs and tests. A value that is itself a text key (a reason)
is a `Phrase` and is translated along with the sentence.
"""

from __future__ import annotations

from typing import Any


class Phrase(str):
    """A value that is itself a text key (a reason), translated along with its sentence."""


def sentence(key: str, lang: str, values: dict[str, Any]) -> str:
    """The text `key` in `lang` with `values` filled in (Phrase values translated too)."""
    from coachtui.outside_text import shown
    from coachtui.texts import tr

    # A sentence is one line: a value quoted in it never carries a control character or a
    # line break, wherever it came from (sites that quote cells also shorten them: quoted()).
    filled = {k: tr(v, lang) if isinstance(v, Phrase) else shown(v) if isinstance(v, str) else v
              for k, v in values.items()}
    return tr(key, lang, **filled)


class UserError(Exception):
    """Input or journal refused; `key` names one sentence a manager understands.

    Values are shown as they are given: quote outside text through the one function that
    makes it safe to show before passing it in.
    """

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(key)

    def text(self, lang: str) -> str:
        """The sentence in `lang` ("nl" or "en")."""
        return sentence(self.key, lang, self.values)

    def __str__(self) -> str:
        return self.text("en")


class JournalError(UserError):
    """The journal file cannot be used (not a journal, too new, corrupt, missing)."""


class ReadOnlyError(UserError):
    """A write was attempted on something that is signed (or a journal opened read-only)."""


class ConflictError(UserError):
    """Another window changed the same field since it was read: nothing was overwritten."""


class NotFoundError(UserError):
    """An agent, session, goal or note that does not exist (or is ambiguous)."""
