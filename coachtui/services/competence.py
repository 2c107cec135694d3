"""The competence KPI: an agent's phase, each skill's latest judgement, points and level.

Points per judgement (defaults; a team changes them with the journal settings
`competence.points` = "sufficient,insufficient,insufficient_impact", e.g. "2,1,0"):
sufficient 2, insufficient without customer impact 1, insufficient with impact 0; a skill
not judged yet counts 0. The level follows the share of the phase's maximum points
(`competence.levels`, default "50,75,100"): level 1 below 50%, 2 from 50%, 3 from 75%,
4 at 100%. Phase N's skills are those of the sets phase-1..phase-N together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from coachtui.errors import UserError
from coachtui.model.choices import Judgement
from coachtui.model.qm_records import CompetenceJudgement, Skill
from coachtui.outside_text import quoted

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

DEFAULT_POINTS = {Judgement.SUFFICIENT: 2, Judgement.INSUFFICIENT: 1,
                  Judgement.INSUFFICIENT_IMPACT: 0}
DEFAULT_LEVELS = (50.0, 75.0, 100.0)
PHASES = ("phase-1", "phase-2", "phase-3")


def phase_sets(phase: str | None) -> list[str]:
    """The factor sets whose skills count in `phase` (phase-2: phase-1 and phase-2)."""
    if phase is None:
        return []
    if phase in PHASES:
        return list(PHASES[: PHASES.index(phase) + 1])
    return [phase]  # a team's own set stands alone


def points_table(journal: Journal) -> dict[Judgement, int]:
    """Points per judgement: the journal's setting, else the defaults."""
    raw = journal.meta("competence.points")
    if not raw:
        return dict(DEFAULT_POINTS)
    try:
        values = [int(p) for p in raw.split(",")]
    except ValueError:
        return dict(DEFAULT_POINTS)
    if len(values) != 3:
        return dict(DEFAULT_POINTS)
    return dict(zip(DEFAULT_POINTS, values, strict=True))


def level_bounds(journal: Journal) -> tuple[float, ...]:
    """The shares (percent of the maximum) from which levels 2, 3, 4... start."""
    raw = journal.meta("competence.levels")
    try:
        return tuple(float(p) for p in raw.split(",")) if raw else DEFAULT_LEVELS
    except ValueError:
        return DEFAULT_LEVELS


def level_of(points: int, maximum: int, bounds: tuple[float, ...]) -> int:
    """The level (1..len(bounds)+1) that `points` of `maximum` reach."""
    share = 100.0 * points / maximum if maximum else 0.0
    return 1 + sum(1 for bound in bounds if share >= bound)


@dataclass(frozen=True)
class SkillState:
    """One skill of the phase and its latest judgement (None: not judged yet)."""

    skill: Skill
    latest: CompetenceJudgement | None
    points: int


@dataclass(frozen=True)
class CompetenceSummary:
    """An agent's competence: phase, skills, points, level, trend and the proposal."""

    agent_id: int
    phase: str | None
    skills: list[SkillState]
    points: int
    max_points: int
    level: int
    trend: list[tuple[str, int, int]] = field(default_factory=list)  # (day, points, level)
    proposal: Skill | None = None

    @property
    def judged(self) -> bool:
        """True once any skill of the phase was judged."""
        return any(s.latest is not None for s in self.skills)


def _state(skills: list[Skill], judgements: list[CompetenceJudgement],
           table: dict[Judgement, int]) -> list[SkillState]:
    latest: dict[str, CompetenceJudgement] = {}
    for judgement in judgements:  # oldest first: the last one stays
        latest[judgement.factor] = judgement
    return [SkillState(s, latest.get(s.key),
                       table[latest[s.key].judgement] if s.key in latest else 0)
            for s in skills]


def competence_summary(journal: Journal, agent_id: int,
                       until: str | None = None) -> CompetenceSummary:
    """The agent's competence as it stood on `until` (YYYY-MM-DD; None: now).

    The year overview and the talk call this; the agent page and `coachtui competence`
    show it.
    """
    phase = journal.agent_phase(agent_id)
    skills = journal.skills(phase_sets(phase)) if phase else []
    skills.sort(key=lambda s: (phase_sets(phase).index(s.factor_set), s.position, s.key))
    judgements = journal.judgements(agent_id, until)
    table = points_table(journal)
    bounds = level_bounds(journal)
    maximum = max(table.values()) * len(skills)
    states = _state(skills, judgements, table)
    points = sum(s.points for s in states)
    trend = []
    for day in sorted({j.judged_on for j in judgements}):
        upto = [j for j in judgements if j.judged_on <= day]
        day_points = sum(s.points for s in _state(skills, upto, table))
        trend.append((day, day_points, level_of(day_points, maximum, bounds)))
    proposal = next((s.skill for s in states if s.latest is not None
                     and s.latest.judgement is Judgement.INSUFFICIENT_IMPACT), None)
    return CompetenceSummary(agent_id, phase, states, points, maximum,
                             level_of(points, maximum, bounds), trend, proposal)


def set_phase(journal: Journal, agent_id: int, phase: str | None) -> None:
    """Put the agent in a phase (phase-1..phase-3 or a team's own set), or none."""
    known = {s.factor_set for s in journal.skills()}
    if phase is not None and phase not in known:
        raise UserError("qm.err.phase_unknown", value=quoted(phase),
                        known=", ".join(sorted(known)))
    journal.set_agent_phase(agent_id, phase)


def judge(journal: Journal, agent_id: int, factor: str, judgement: Judgement | str,
          judged_on: str, note: str = "", session_id: int | None = None) -> int:
    """Record one judgement of one skill; returns its id."""
    return journal.add_judgement(agent_id, factor, judged_on, str(judgement), note, session_id)


def set_note(journal: Journal, judgement_id: int, note: str) -> None:
    """Change a judgement's note."""
    journal.set_judgement_note(judgement_id, note)


def summary_json(summary: CompetenceSummary, email: str) -> dict[str, Any]:
    """`coachtui competence --json`."""
    return {
        "agent": email, "phase": summary.phase,
        "skills": [{"factor": s.skill.key, "factor_set": s.skill.factor_set,
                    "judgement": s.latest.judgement.value if s.latest else None,
                    "judged_on": s.latest.judged_on if s.latest else None,
                    "note": s.latest.note if s.latest else None, "points": s.points}
                   for s in summary.skills],
        "points": summary.points, "max_points": summary.max_points, "level": summary.level,
        "trend": [{"date": day, "points": points, "level": level}
                  for day, points, level in summary.trend],
        "learning_point": summary.proposal.key if summary.proposal else None,
    }
