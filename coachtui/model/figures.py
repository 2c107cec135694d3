"""Monthly figures per agent and how they compare with the agent's target."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import field_validator

from coachtui.model.base import DomainModel
from coachtui.model.catalogue import MetricDefinition
from coachtui.model.months import check_month


class Figure(DomainModel):
    """One agent's value for one metric in one month; `None` means missing, never zero."""

    agent_id: int
    month: str
    metric: str
    value: float | None
    source: str = "manual"
    imported_at: datetime | None = None

    @field_validator("month")
    @classmethod
    def _month(cls, value: str) -> str:
        return check_month(value)


class TargetStatus(StrEnum):
    """A figure against its target, in words as well as colour."""

    MET = "met"
    MISSED = "missed"
    NO_TARGET = "no_target"
    MISSING = "missing"


def target_status(
    metric: MetricDefinition, value: float | None, target: float | None
) -> TargetStatus:
    """Whether `value` meets `target` for a metric, respecting which direction is better."""
    if value is None:
        return TargetStatus.MISSING
    if target is None:
        return TargetStatus.NO_TARGET
    ok = value >= target if metric.higher_is_better else value <= target
    return TargetStatus.MET if ok else TargetStatus.MISSED


class FigureRow(DomainModel):
    """A figure together with the target that applied in its month (for screens and JSON)."""

    agent_id: int
    month: str
    metric: str
    value: float | None
    target: float | None
    source: str | None = None
