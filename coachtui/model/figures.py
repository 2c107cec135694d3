"""Monthly figures per agent and how they compare with the agent's target."""

from __future__ import annotations

from datetime import datetime

from pydantic import field_validator

from coachtui.model.base import DomainModel
from coachtui.model.months import check_month
from coachtui.model.status import TargetStatus, target_status


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


class FigureRow(DomainModel):
    """A figure together with the target that applied in its month (for screens and JSON)."""

    agent_id: int
    month: str
    metric: str
    value: float | None
    target: float | None
    source: str | None = None


__all__ = ["Figure", "FigureRow", "TargetStatus", "target_status"]
