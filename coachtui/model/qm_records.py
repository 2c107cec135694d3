"""What quality monitoring and the competence KPI record: evaluations of contacts,
calibration rounds and competence judgements (plain dataclasses, no storage)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coachtui.model.choices import Judgement

CHANNELS = ("phone", "email", "chat")


@dataclass(frozen=True)
class Evaluation:
    """One contact scored by one scorer on one form version.

    `round_id` is set when the evaluation belongs to a calibration round (it then counts
    for the round, not for the agent's monthly figures).
    """

    id: int
    agent_id: int | None
    form_version: int
    contact_ref: str
    channel: str | None
    scorer: str
    scored_on: str  # YYYY-MM-DD
    agent_verdict: str = ""
    round_id: int | None = None
    scores: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def month(self) -> str:
        """The month it counts for (YYYY-MM)."""
        return self.scored_on[:7]


@dataclass(frozen=True)
class RoundContact:
    """One contact of a calibration round and the score the group agreed on."""

    contact_ref: str
    agent_id: int | None = None
    agreed_score: float | None = None


@dataclass(frozen=True)
class CalibrationRound:
    """A calibration round: its contacts, every scorer's evaluation and the readings agreed."""

    id: int
    held_on: str
    form_version: int
    source: str
    contacts: tuple[RoundContact, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)  # criterion -> agreed reading


@dataclass(frozen=True)
class Skill:
    """A competence skill: a factor of a named factor set (phase-1, phase-2, ...)."""

    key: str
    factor_set: str
    label_nl: str
    label_en: str
    description_nl: str
    description_en: str
    position: int

    def label(self, lang: str) -> str:
        """The label in `lang`."""
        return self.label_nl if lang == "nl" else self.label_en

    def description(self, lang: str) -> str:
        """The description in `lang`."""
        return self.description_nl if lang == "nl" else self.description_en


@dataclass(frozen=True)
class CompetenceJudgement:
    """One judgement of one skill of one agent on one day."""

    id: int
    agent_id: int
    factor: str
    judged_on: str  # YYYY-MM-DD
    judgement: Judgement
    note: str = ""
    session_id: int | None = None
