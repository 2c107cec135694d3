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
    """Which talk: the monthly KPI talk, a short coaching moment, the appraisal
    (beoordelingsgesprek), the performance talk (functioneringsgesprek) or the exit talk."""

    MONTHLY = "monthly"
    COACHING = "coaching"
    APPRAISAL = "appraisal"
    PERFORMANCE = "performance"
    EXIT = "exit"


# The talks that agree goals (the monthly talk, the performance talk's agreements): the next
# such talk looks back on them and carries the unfinished ones over. A coaching moment, an
# appraisal or an exit talk in between leaves the goals where they are.
GOAL_KINDS = (SessionKind.MONTHLY, SessionKind.PERFORMANCE)
GOAL_KINDS_SQL = "(" + ", ".join(f"'{k.value}'" for k in GOAL_KINDS) + ")"


class SessionStatus(StrEnum):
    """A draft can change; a signed session is read-only (corrections are addenda)."""

    DRAFT = "draft"
    SIGNED = "signed"


class GoalType(StrEnum):
    """The kinds of goal from the SMART guide: a KPI goal (points at a metric), a
    development or correction goal, a growth goal, and a behaviour goal (incidents are
    counted against a threshold)."""

    KPI = "kpi"
    DEVELOPMENT = "development"
    GROWTH = "growth"
    BEHAVIOUR = "behaviour"


class GoalStatus(StrEnum):
    """Where a goal stands when looked back on."""

    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"
    DROPPED = "dropped"
    EMBEDDING = "embedding"  # achieved, kept visible until `goals.embed_until` (borgen)


class DropReason(StrEnum):
    """Why a goal was dropped instead of carried over (asked when it is dropped)."""

    ACHIEVED_EMBEDDED = "achieved_embedded"
    CIRCUMSTANCES = "circumstances_changed"
    REPLACED = "replaced"
    OTHER = "other"  # with a text in `goals.drop_reason_text`


class Cadence(StrEnum):
    """How often an agent has a talk: monthly, or every two weeks (new agents, a
    correction track)."""

    MONTHLY = "monthly"
    BIWEEKLY = "biweekly"


class Judgement(StrEnum):
    """The competence KPI's scale for one skill (a factor of a phase's factor set)."""

    SUFFICIENT = "sufficient"
    INSUFFICIENT = "insufficient"  # no impact on the customer
    INSUFFICIENT_IMPACT = "insufficient_impact"  # with impact on the customer


class Origin(StrEnum):
    """Where a metric or factor comes from: coachtui's own catalogue or the team's."""

    BUILTIN = "builtin"
    TEAM = "team"


__all__ = ["Cadence", "Channel", "DropReason", "GoalStatus", "GoalType", "Judgement",
           "Origin", "Rating", "Relation", "SessionKind", "SessionStatus"]
