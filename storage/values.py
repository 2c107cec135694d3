"""How values are stored in the journal and compared with what a window saw."""

from __future__ import annotations

from typing import Any

from coachtui.model.choices import GoalStatus, GoalType, Rating, SessionKind, SessionStatus

# "no value given" for optional arguments where None is a real value
UNSET: Any = object()


def same(stored: Any, seen: Any) -> bool:
    """Whether the stored value is what the window saw (an empty field reads as None or '')."""
    return (stored or None) == (seen or None)


def plain(value: Any) -> Any:
    """A value as stored: enums by value, dates as ISO text."""
    if isinstance(value, GoalType | GoalStatus | Rating | SessionKind | SessionStatus):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
