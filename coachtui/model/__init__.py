"""The domain model: plain pydantic classes, no storage, no Textual."""

from coachtui.model.agents import Agent
from coachtui.model.catalogue import Factor, MetricDefinition, Target, Unit
from coachtui.model.figures import Figure, FigureRow, TargetStatus, target_status
from coachtui.model.months import add_months, check_month, month_range, previous_month
from coachtui.model.notes import Absence, Channel, Note, Relation
from coachtui.model.sessions import (
    MAX_GOALS,
    MIN_GOALS_HINT,
    Addendum,
    FactorRating,
    Goal,
    GoalStatus,
    GoalType,
    Rating,
    Session,
    SessionKind,
    SessionStatus,
)
from coachtui.model.validation import explain

__all__ = [
    "MAX_GOALS",
    "MIN_GOALS_HINT",
    "Absence",
    "Addendum",
    "Agent",
    "Channel",
    "Factor",
    "FactorRating",
    "Figure",
    "FigureRow",
    "Goal",
    "GoalStatus",
    "GoalType",
    "MetricDefinition",
    "Note",
    "Rating",
    "Relation",
    "Session",
    "SessionKind",
    "SessionStatus",
    "Target",
    "TargetStatus",
    "Unit",
    "add_months",
    "check_month",
    "explain",
    "month_range",
    "previous_month",
    "target_status",
]
