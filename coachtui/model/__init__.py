"""The domain model: plain pydantic classes, no storage, no Textual.

Names are loaded from their submodule on first use (PEP 562), so code that needs only
months or target statuses (the first screen, `coachtui note`) does not build every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachtui.model.agents import Agent
    from coachtui.model.catalogue import Factor, MetricDefinition, Target, Unit
    from coachtui.model.choices import (
        Channel,
        GoalStatus,
        GoalType,
        Rating,
        Relation,
        SessionKind,
        SessionStatus,
    )
    from coachtui.model.figures import Figure, FigureRow
    from coachtui.model.months import add_months, check_month, month_range, previous_month
    from coachtui.model.notes import Absence, Note
    from coachtui.model.rules import MAX_GOALS, MIN_GOALS_HINT
    from coachtui.model.sessions import Addendum, FactorRating, Goal, Session
    from coachtui.model.status import TargetStatus, target_status
    from coachtui.model.validation import explain

_WHERE = {
    "agents": ("Agent",),
    "catalogue": ("Factor", "MetricDefinition", "Target", "Unit"),
    "figures": ("Figure", "FigureRow"),
    "choices": ("Channel", "GoalStatus", "GoalType", "Rating", "Relation", "SessionKind",
                "SessionStatus"),
    "months": ("add_months", "check_month", "month_range", "previous_month"),
    "notes": ("Absence", "Note"),
    "sessions": ("Addendum", "FactorRating", "Goal", "Session"),
    "rules": ("MAX_GOALS", "MIN_GOALS_HINT"),
    "status": ("TargetStatus", "target_status"),
    "validation": ("explain",),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'coachtui.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"coachtui.model.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return __all__
