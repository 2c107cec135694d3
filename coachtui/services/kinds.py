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
from datetime import date
from typing import TYPE_CHECKING

from coachtui.errors import UserError
from coachtui.model.choices import SessionKind
from coachtui.model.talk_kinds import (
    APPRAISAL_JUDGEMENT,
    APPRAISAL_REACTION,
    CHOICE_FIELDS,
    COACHING_AGREEMENT,
    COACHING_TOPIC,
    DATE_FIELDS,
    DEFAULT_SCALE,
    EXIT_HANDOVER,
    EXIT_STORY,
    MONTHLY_TURN,
    OUTCOMES,
    PERFORMANCE_TURN,
    PERFORMANCE_VIEW,
    SCALE_META,
    ScaleLevel,
    parse_scale,
    record_fields,
    turn_fields,
)

if TYPE_CHECKING:
    from coachtui.model import Session
    from coachtui.services.signing import Checklist
    from coachtui.storage.journal import Journal


def appraisal_scale(journal: Journal) -> tuple[ScaleLevel, ...]:
    """The team's scale for the overall judgement (the default when none is set, or when
    the stored one cannot be read)."""
    return parse_scale(journal.meta(SCALE_META))


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


__all__ = [
    "APPRAISAL_JUDGEMENT", "APPRAISAL_REACTION", "CHOICE_FIELDS", "COACHING_AGREEMENT",
    "COACHING_TOPIC", "DATE_FIELDS", "DEFAULT_SCALE", "EXIT_HANDOVER", "EXIT_STORY",
    "MONTHLY_TURN", "OUTCOMES", "PERFORMANCE_TURN", "PERFORMANCE_VIEW", "SCALE_META",
    "ScaleLevel", "appraisal_scale", "kind_checklist", "record_fields", "set_appraisal_scale",
    "turn_fields", "whole_date",
]
