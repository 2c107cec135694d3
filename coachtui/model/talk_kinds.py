"""The talk kinds' fixed shapes (no pydantic, no I/O): the answer fields of each kind, the
appraisal's outcomes and the overall scale (default, and read from its stored JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from coachtui.model.choices import SessionKind

# the agent's turn: in the monthly talk (optional) and first in the performance talk
MONTHLY_TURN = ("turn.how", "turn.learned", "turn.next", "turn.need", "turn.for_lead")
PERFORMANCE_TURN = ("turn.how", "turn.helps", "turn.hinders", "turn.next", "turn.for_lead")

COACHING_TOPIC = ("coaching.topic", "coaching.evidence")
COACHING_AGREEMENT = ("coaching.agreement", "coaching.follow_up")
APPRAISAL_JUDGEMENT = ("appraisal.overall", "appraisal.overall_why", "appraisal.outcome",
                       "appraisal.outcome_remark")
APPRAISAL_REACTION = ("appraisal.reaction",)
PERFORMANCE_VIEW = ("performance.lead_view", "performance.together")
EXIT_STORY = ("exit.reason", "exit.went_well", "exit.could_be_better")
EXIT_HANDOVER = ("exit.handover", "exit.leaving_on")

# fields holding a choice (a key) rather than free text
CHOICE_FIELDS = frozenset({"appraisal.overall", "appraisal.outcome"})
DATE_FIELDS = frozenset({"coaching.follow_up", "exit.leaving_on"})
OUTCOMES = ("none", "salary_step", "promotion", "improvement_plan")
SCALE_META = "appraisal_scale"


def turn_fields(kind: SessionKind) -> tuple[str, ...]:
    """The questions of the agent's turn in a talk of `kind` (none for the others)."""
    if kind is SessionKind.MONTHLY:
        return MONTHLY_TURN
    if kind is SessionKind.PERFORMANCE:
        return PERFORMANCE_TURN
    return ()


def record_fields(kind: SessionKind) -> tuple[str, ...]:
    """Every answer field of a kind, in the order the record shows them."""
    own = {
        SessionKind.COACHING: COACHING_TOPIC + COACHING_AGREEMENT,
        SessionKind.APPRAISAL: APPRAISAL_JUDGEMENT + APPRAISAL_REACTION,
        SessionKind.PERFORMANCE: PERFORMANCE_VIEW,
        SessionKind.EXIT: EXIT_STORY + EXIT_HANDOVER,
    }.get(kind, ())
    return turn_fields(kind) + own


@dataclass(frozen=True)
class ScaleLevel:
    """One level of the appraisal's overall scale, in both languages."""

    key: str
    nl: str
    en: str

    def label(self, lang: str) -> str:
        """The level's words in `lang`."""
        return self.nl if lang == "nl" else self.en


DEFAULT_SCALE = (
    ScaleLevel("below", "Onder verwachting", "Below expectations"),
    ScaleLevel("meets", "Naar verwachting", "Meets expectations"),
    ScaleLevel("exceeds", "Boven verwachting", "Exceeds expectations"),
)


def parse_scale(raw: str | None) -> tuple[ScaleLevel, ...]:
    """The scale stored as JSON (`[{"key", "nl", "en"}, ...]`, low to high); the default
    when none is stored or it cannot be read."""
    if not raw:
        return DEFAULT_SCALE
    try:
        levels = tuple(ScaleLevel(str(x["key"]), str(x["nl"]), str(x["en"]))
                       for x in json.loads(raw))
    except (ValueError, TypeError, KeyError):
        return DEFAULT_SCALE
    return levels if len(levels) >= 2 else DEFAULT_SCALE
