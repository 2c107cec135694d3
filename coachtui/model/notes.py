"""Quick notes the team lead jots down between talks, optionally about one call."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import field_validator

from coachtui.model.base import DomainModel
from coachtui.model.choices import Channel, Rating, Relation  # re-exported


class Note(DomainModel):
    """A quick note about an agent; private notes never leave the manager's machine."""

    id: int | None = None
    agent_id: int
    created_at: datetime
    text: str
    factor: str | None = None
    rating: Rating | None = None
    private: bool = False
    contact_ref: str | None = None
    channel: Channel | None = None
    relation: Relation | None = None
    updated_at: datetime | None = None

    @field_validator("text")
    @classmethod
    def _text_present(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("a note needs some text")
        return value


class Absence(DomainModel):
    """Absence as dates only: no nature or cause of illness is ever recorded."""

    id: int | None = None
    agent_id: int
    start: date
    end: date | None = None

    @property
    def days(self) -> int | None:
        """Length in calendar days, both ends included (None while still open)."""
        return None if self.end is None else (self.end - self.start).days + 1
