"""The agent: a customer-service employee coached by the team lead."""

from __future__ import annotations

from datetime import date

from pydantic import ConfigDict, field_validator, model_validator

from coachtui.model.base import DomainModel
from coachtui.model.choices import Cadence


class Agent(DomainModel):
    """An agent in the team; `active` is false once employment has ended."""

    model_config = ConfigDict(validate_assignment=True, defer_build=True)

    id: int | None = None
    name: str
    email: str
    team: str | None = None
    employment_start: date | None = None
    employment_end: date | None = None
    active: bool = True
    cadence: Cadence = Cadence.MONTHLY  # how often the agent has a talk

    @field_validator("name")
    @classmethod
    def _name_present(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("an agent needs a name")
        return value

    @field_validator("email")
    @classmethod
    def _email_shape(cls, value: str) -> str:
        value = value.strip().lower()
        local, _, domain = value.partition("@")
        if not local or "." not in domain or " " in value:
            raise ValueError(f"'{value}' is not an e-mail address")
        return value

    @model_validator(mode="after")
    def _employment_order(self) -> Agent:
        start, end = self.employment_start, self.employment_end
        if start and end and end < start:
            raise ValueError(f"employment cannot end ({end}) before it starts ({start})")
        return self


__all__ = ["Agent"]
