"""The talk kinds: which free texts each kind asks for, the appraisal's scale and outcomes,
and what a talk of a kind needs before it is signed.

Field names are those of `talk_answers` (`<kind>.<name>`, or `turn.<name>` for the agent's
turn); the label of a field is the text key `kinds.field.<field>`. Every answer is shared
with the agent and goes into the HR record; private notes stay in `sessions.private_notes`.

The appraisal's overall judgement uses the team's scale: the journal's meta key
`appraisal_scale` holds it as JSON, a list of `{"key", "nl", "en"}` levels from low to high
(`set_appraisal_scale`); without it, below / meets / exceeds expectations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coachtui.errors import UserError
from coachtui.model.choices import SessionKind

if TYPE_CHECKING:
    from coachtui.model import Session
    from coachtui.services.signing import Checklist
    from coachtui.storage.journal import Journal

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


def appraisal_scale(journal: Journal) -> tuple[ScaleLevel, ...]:
    """The team's scale for the overall judgement (the default when none is set, or when
    the stored one cannot be read)."""
    raw = journal.meta(SCALE_META)
    if not raw:
        return DEFAULT_SCALE
    try:
        levels = tuple(ScaleLevel(str(x["key"]), str(x["nl"]), str(x["en"]))
                       for x in json.loads(raw))
    except (ValueError, TypeError, KeyError):
        return DEFAULT_SCALE
    return levels if len(levels) >= 2 else DEFAULT_SCALE


def set_appraisal_scale(journal: Journal, levels: list[ScaleLevel]) -> None:
    """Store the team's scale (two to nine levels, low to high, distinct keys)."""
    keys = [level.key for level in levels]
    if not 2 <= len(levels) <= 9 or len(set(keys)) != len(keys) or not all(
            k.strip() and level.nl.strip() and level.en.strip()
            for k, level in zip(keys, levels, strict=True)):
        raise UserError("kinds.bad_scale", count=len(levels))
    journal.set_meta(SCALE_META, json.dumps(
        [{"key": lv.key, "nl": lv.nl, "en": lv.en} for lv in levels], ensure_ascii=False))


def whole_date(text: str) -> date | None:
    """`text` as a date when it is a whole ISO date, else None."""
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def kind_checklist(journal: Journal, session: Session) -> Checklist:
    """What a talk of a kind other than the monthly one lacks before it is signed.

    Each gap names the step that fixes it (the step numbers of `screens.steps.steps_for`).
    """
    from coachtui.health_guard import looks_medical
    from coachtui.services.signing import Both, Checklist, Gap
    from coachtui.texts import tr

    a = session.answers
    gaps: list[Gap] = []

    def missing(field: str, step: int, *, hard: bool = True) -> None:
        if not a.get(field, "").strip():
            gaps.append(Gap("kinds.gap.missing", hard, step,
                            {"field": Both(tr(f"kinds.field.{field}", "nl"),
                                           tr(f"kinds.field.{field}", "en"))}))

    def dated(field: str, step: int) -> None:
        text = a.get(field, "").strip()
        if text and whole_date(text) is None:
            gaps.append(Gap("kinds.gap.bad_date", True, step, {"value": text[:20]}))

    kind = session.kind
    if kind is SessionKind.COACHING:
        missing("coaching.topic", 1)
        missing("coaching.evidence", 1, hard=False)
        missing("coaching.agreement", 2)
        missing("coaching.follow_up", 2, hard=False)
        dated("coaching.follow_up", 2)
    elif kind is SessionKind.APPRAISAL:
        rated = {r.factor for r in session.ratings if r.rating is not None}
        unrated = [f for f in journal.factors() if f.key not in rated]
        if unrated:
            gaps.append(Gap("kinds.gap.unjudged", False, 2, {"count": len(unrated)}))
        missing("appraisal.overall", 3)
        missing("appraisal.outcome", 3)
        missing("appraisal.reaction", 4, hard=False)
    elif kind is SessionKind.PERFORMANCE:
        if not any(a.get(f, "").strip() for f in PERFORMANCE_TURN):
            gaps.append(Gap("kinds.gap.no_turn", False, 1))
        missing("performance.lead_view", 2)
        written = [g for g in session.goals if g.what.strip()]
        if not written:
            gaps.append(Gap("kinds.gap.no_agreement", False, 3))
        for n, goal in enumerate(session.goals, start=1):
            if not goal.what.strip():
                gaps.append(Gap("signing.gap.blank_goal", True, 3, {"n": n}))
    elif kind is SessionKind.EXIT:
        missing("exit.reason", 1, hard=False)
        if looks_medical(a.get("exit.reason", "")):
            gaps.append(Gap("kinds.gap.health", True, 1))
        missing("exit.handover", 2, hard=False)
        missing("exit.leaving_on", 2)
        dated("exit.leaving_on", 2)
        on = whole_date(a.get("exit.leaving_on", ""))
        start = journal.agent(session.agent_id).employment_start
        if on is not None and start is not None and on < start:
            gaps.append(Gap("kinds.gap.leaving_before_start", True, 2,
                            {"start": start.isoformat()}))
    gaps.sort(key=lambda g: not g.hard)
    return Checklist(tuple(gaps), leaving=kind is SessionKind.EXIT)
