"""The model's fixed choices as plain enums (no pydantic): ratings, channels, relations.

`coachtui note` parses tags and saves a note with these alone, so it never builds a
pydantic model; `sessions` and `notes` re-export them for their models.
"""

from __future__ import annotations

from enum import StrEnum


class Rating(StrEnum):
    """A qualitative factor's rating: `+`, `+/-` or `-`."""

    PLUS = "+"
    MIXED = "+/-"
    MINUS = "-"

    @classmethod
    def from_key(cls, key: str) -> Rating | None:
        """The rating a single key stands for: `+`; `=` or `~` for `+/-`; `-`."""
        return {"+": cls.PLUS, "=": cls.MIXED, "~": cls.MIXED, "-": cls.MINUS}.get(key)


class Channel(StrEnum):
    """Where the observed contact took place."""

    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"


class Relation(StrEnum):
    """QM verdict: did this contact strengthen the relationship with the customer?"""

    STRENGTHENED = "strengthened"
    KEPT = "kept"
    WEAKENED = "weakened"


__all__ = ["Channel", "Rating", "Relation"]
