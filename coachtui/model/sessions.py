"""The one-on-one session: ratings, the learning point, goals, agreements and signatures."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, field_validator

from coachtui.model.base import DomainModel

# re-exported: the models here use them (they live apart, without pydantic)
from coachtui.model.choices import GoalStatus as GoalStatus
from coachtui.model.choices import GoalType as GoalType
from coachtui.model.choices import Rating as Rating
from coachtui.model.choices import SessionKind as SessionKind
from coachtui.model.choices import SessionStatus as SessionStatus
from coachtui.model.months import check_month

# re-exported: plain constants, kept apart without pydantic
from coachtui.model.rules import EDITABLE_GOAL_FIELDS as EDITABLE_GOAL_FIELDS
from coachtui.model.rules import EDITABLE_SESSION_FIELDS as EDITABLE_SESSION_FIELDS
from coachtui.model.rules import MAX_GOALS as MAX_GOALS
from coachtui.model.rules import MIN_GOALS_HINT as MIN_GOALS_HINT


class FactorRating(DomainModel):
    """One factor's rating in a session, with a note shared with the agent."""

    session_id: int
    factor: str
    rating: Rating | None = None
    note: str = ""
    agent_rating: Rating | None = None  # the agent's own rating (agent's turn)
    agent_note: str = ""


class Goal(DomainModel):
    """A SMART goal agreed in a session: what, measure, target, deadline, why, support."""

    id: int | None = None
    session_id: int
    agent_id: int
    type: GoalType = GoalType.DEVELOPMENT
    what: str = ""
    measure: str = ""
    target: str = ""
    deadline: date | None = None
    # A deadline typed but not yet a whole date (e.g. "2026-1"): kept exactly as typed so
    # nothing on screen is lost, and flagged by the SMART check until it is a date.
    deadline_draft: str = ""
    why: str = ""
    support: str = ""
    status: GoalStatus = GoalStatus.OPEN
    review_remark: str = ""
    reviewed_in: int | None = None
    carried_over_from: int | None = None
    position: int = 0
    # a measure: a metric and the value to reach (KPI goals must have both)
    metric: str | None = None
    target_value: float | None = None
    team_goal_id: int | None = None  # the team goal it is (KPI) or serves (development)
    personal: bool = False  # kept out of the HR record unless included on purpose
    drop_reason: str | None = None  # a DropReason value, when dropped
    drop_reason_text: str = ""
    outcome_reason: str = ""  # why the outcome differs from what the figure says
    embed_until: str | None = None  # YYYY-MM: achieved, kept visible while it settles
    # a behaviour goal: what is seen now, what is wanted, how it is registered, how often
    # a month is too often, what then follows, and when it is looked at again
    unwanted: str = ""
    wanted: str = ""
    registered_by: str = ""
    threshold: int | None = None
    consequence: str = ""
    follow_up: str | None = None  # YYYY-MM-DD, kept as typed while half-typed


class Addendum(DomainModel):
    """A correction added to a signed session; the record itself stays as signed."""

    id: int | None = None
    session_id: int
    text: str
    created_at: datetime


class Session(DomainModel):
    """A talk with one agent about one month, from draft to both signatures."""

    id: int | None = None
    agent_id: int
    kind: SessionKind = SessionKind.MONTHLY
    month: str
    held_on: date | None = None
    status: SessionStatus = SessionStatus.DRAFT
    learning_point: str | None = None
    support: str = ""
    agreements: str = ""
    agent_comments: str = ""
    private_notes: str = ""
    manager_signature: str | None = None
    manager_signed_at: datetime | None = None
    agent_signature: str | None = None
    agent_signed_at: datetime | None = None
    step: int = 1
    cursor_field: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    ratings: list[FactorRating] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    addenda: list[Addendum] = Field(default_factory=list)
    # kind-specific free texts and the agent's turn, by field name (`talk_answers`)
    answers: dict[str, str] = Field(default_factory=dict)

    @field_validator("month")
    @classmethod
    def _month(cls, value: str) -> str:
        return check_month(value)

    @property
    def signed(self) -> bool:
        """True once both have signed; the session is then read-only."""
        return self.status is SessionStatus.SIGNED

    def rating_for(self, factor: str) -> FactorRating | None:
        """This session's rating of `factor`, if any."""
        return next((r for r in self.ratings if r.factor == factor), None)
