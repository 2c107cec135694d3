"""What is measured and discussed: metric definitions, per-agent targets, qualitative factors."""

from __future__ import annotations

from enum import StrEnum

from pydantic import field_validator

from coachtui.model.base import DomainModel
from coachtui.model.choices import Origin
from coachtui.model.months import check_month
from coachtui.model.number_format import MISSING, decimal_text, percent_text


class Unit(StrEnum):
    """How a metric's value is read."""

    PERCENT = "percent"
    COUNT = "count"
    NUMBER = "number"
    PER_HOUR = "per_hour"
    SECONDS = "seconds"
    SCORE = "score"


class MetricDefinition(DomainModel):
    """A quantitative factor: its key, labels in both languages and how to show it."""

    key: str
    label_nl: str
    label_en: str
    unit: Unit
    higher_is_better: bool = True
    decimals: int = 1
    active: bool = True
    position: int = 0
    origin: Origin = Origin.BUILTIN

    @field_validator("key")
    @classmethod
    def _key_shape(cls, value: str) -> str:
        if not value or not value.replace("_", "").isalnum() or value != value.lower():
            raise ValueError(f"'{value}' is not a metric key; use lower case letters and _")
        return value

    def label(self, lang: str) -> str:
        """The label in `lang` (nl or en)."""
        return self.label_nl if lang == "nl" else self.label_en

    def format(self, value: float | None, lang: str) -> str:
        """The value as a person reads it in `lang`: `87.5%`, `4.2/h`, `3:05` (`87,5%`,
        `4,2/h` in Dutch), or `–` when missing."""
        if value is None:
            return MISSING
        if self.unit is Unit.PERCENT:
            return percent_text(value, self.decimals, lang)
        if self.unit is Unit.PER_HOUR:
            return decimal_text(value, self.decimals, lang) + "/h"
        if self.unit is Unit.SECONDS:
            total = round(value)
            return f"{total // 60}:{total % 60:02d}"
        if self.unit is Unit.COUNT:
            return decimal_text(value, 0, lang)
        return decimal_text(value, self.decimals, lang)


class Target(DomainModel):
    """A target agreed with one agent for one metric, applying from `from_month` on; a
    `value` of None ends the agent's own target from that month (the team default, if
    any, applies again)."""

    agent_id: int
    metric: str
    value: float | None
    from_month: str

    @field_validator("from_month")
    @classmethod
    def _month(cls, value: str) -> str:
        return check_month(value)


class Factor(DomainModel):
    """A qualitative factor rated +, +/- or - in the talk."""

    key: str
    label_nl: str
    label_en: str
    description_nl: str = ""
    description_en: str = ""
    active: bool = True
    position: int = 0
    origin: Origin = Origin.BUILTIN
    factor_set: str | None = None  # None: the monthly talk's factors; else a named set

    def label(self, lang: str) -> str:
        """The label in `lang` (nl or en)."""
        return self.label_nl if lang == "nl" else self.label_en

    def description(self, lang: str) -> str:
        """The description in `lang` (nl or en)."""
        return self.description_nl if lang == "nl" else self.description_en
