"""Folding text for matching what a person types against names: `ayse` finds `Ayşe`.

One rule for every look-up by part of a name (the team filter, naming an agent on the
command line, the quick-note search): case and accents do not count. Letters that Unicode
does not split into a base letter and a mark (ø, ł, ı, æ, ...) are spelled out by hand.
Plain Python, no Textual: storage, services and screens all use it.
"""

from __future__ import annotations

import unicodedata

# Letters with no decomposition, after casefold (which already turns ß into ss).
_SPELLED = str.maketrans({
    "ø": "o", "ł": "l", "ı": "i", "đ": "d", "ð": "d", "ħ": "h", "ŀ": "l", "ŧ": "t",
    "æ": "ae", "œ": "oe", "þ": "th", "ĸ": "k", "ŋ": "n", "ſ": "s",
})


def fold(text: str) -> str:
    """`text` without case and accents, for matching: `Ayşe Yılmaz` -> `ayse yilmaz`,
    `Łukasz` -> `lukasz`, `Straße` -> `strasse`. Spaces and punctuation stay."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPELLED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
