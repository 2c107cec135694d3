"""The model's fixed choices as plain enums (no pydantic): ratings, channels, relations,
kinds and states of talks and goals.

Storage compares and stores values with these alone, without building a pydantic model;
`sessions` and `notes` re-export them for their models.
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


class SessionKind(StrEnum):
    """Which talk: the monthly KPI talk, the appraisal or the performance talk."""

    MONTHLY = "monthly"
    APPRAISAL = "appraisal"
    PERFORMANCE = "performance"
    EXIT = "exit"


class SessionStatus(StrEnum):
    """A draft can change; a signed session is read-only (corrections are addenda)."""

    DRAFT = "draft"
    SIGNED = "signed"


class GoalType(StrEnum):
    """The three kinds of goal from the SMART guide."""

    KPI = "kpi"
    DEVELOPMENT = "development"
    GROWTH = "growth"


class GoalStatus(StrEnum):
    """Where a goal stands when looked back on."""

    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"
    DROPPED = "dropped"


__all__ = ["Channel", "GoalStatus", "GoalType", "Rating", "Relation", "SessionKind",
           "SessionStatus"]
