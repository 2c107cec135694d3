"""A figure against its target. Plain Python (no pydantic): the first screen uses it."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class TargetStatus(StrEnum):
    """A figure against its target, in words as well as colour."""

    MET = "met"
    MISSED = "missed"
    NO_TARGET = "no_target"
    MISSING = "missing"


class HasDirection(Protocol):
    """Anything that says whether a higher value is better (a metric definition)."""

    higher_is_better: bool


def target_status(
    metric: HasDirection, value: float | None, target: float | None
) -> TargetStatus:
    """Whether `value` meets `target` for a metric, respecting which direction is better."""
    if value is None:
        return TargetStatus.MISSING
    if target is None:
        return TargetStatus.NO_TARGET
    ok = value >= target if metric.higher_is_better else value <= target
    return TargetStatus.MET if ok else TargetStatus.MISSED
