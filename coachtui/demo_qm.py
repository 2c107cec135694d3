"""The demo's quality monitoring: the default form, evaluated contacts for several agents
over the months, two calibration rounds (the second with a knock-out disagreement) and a
new agent in competence phase 1 with judgements.

Contacts are scored only in months without a signed talk (the months before the talks
began, the month of a talk still to hold), so no signed record of the demo
differs from the figures it was signed with.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coachtui.model import Agent, Target, add_months
from coachtui.services import calibration, competence
from coachtui.services import qm as qm_service

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

LEAD = "Marieke Jansen"
MONITOR = "Tom de Graaf (QA)"
SECOND_LEAD = "Ilse Vermeer"
_NOTES = {
    "need": ("Vroeg goed door naar het echte probleem.", "Asked on until the real problem "
             "was clear."),
    "tone": ("Klonk wat gehaast aan het eind.", "Sounded a little rushed at the end."),
    "privacy": ("Adres gewijzigd zonder controlevraag.", "Changed the address without a "
                "security question."),
    "relation": ("Klant bedankte uitdrukkelijk.", "The customer said thanks in so many "
                 "words."),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def _scores(rng: random.Random, skill: float, *, knock: bool = False) -> dict[str, int]:
    form = qm_service.default_form()
    out: dict[str, int] = {}
    for c in form.criteria:
        if c.knockout:
            out[c.key] = 0 if knock else 1
            continue
        value = round(c.max * min(1.0, max(0.0, rng.gauss(skill, 0.18))))
        out[c.key] = value
    return out


def build_qm_demo(journal: Journal, *, lang: str, today: date, seed: int = 16) -> int:
    """Add the QM and competence part of the demo (one transaction); returns the number of
    agents it added (the new agent in phase 1)."""
    rng = random.Random(seed)
    this_month = today.strftime("%Y-%m")
    with journal.transaction():
        form = qm_service.ensure_form(journal)
        assert form.version is not None
        team = journal.agents(active_only=True)
        for index, agent in enumerate(team):
            assert agent.id is not None
            signed = {s.month for s in journal.sessions(agent_id=agent.id) if s.signed}
            skill = 0.6 + 0.03 * (index % 8)
            start = add_months(this_month, -17)
            journal.set_target(Target(agent_id=agent.id, metric="qm_score", value=80.0,
                                      from_month=start))
            journal.set_target(Target(agent_id=agent.id, metric="rq", value=85.0,
                                      from_month=start))
            for step in range(17, 0, -1):  # up to last month: this one has just begun
                month = add_months(this_month, -step)
                if month in signed:
                    continue
                first = date.fromisoformat(f"{month}-03")
                for n in range(3):
                    day = first + timedelta(days=7 * n + rng.randrange(3))
                    if day > today:
                        break
                    knock = rng.random() < 0.06
                    scores = _scores(rng, skill + 0.012 * (17 - step), knock=knock)
                    notes = {k: _pick(v, lang) for k, v in _NOTES.items()
                             if rng.random() < 0.25 and (k != "privacy" or knock)}
                    journal.add_evaluation(
                        agent_id=agent.id, form_version=form.version,
                        contact_ref=f"T-{agent.id}{month.replace('-', '')}{n}",
                        channel=("phone", "email", "chat")[(index + n) % 3],
                        scorer=LEAD if n % 2 == 0 else MONITOR, scored_on=day.isoformat(),
                        scores=scores, notes=notes,
                        agent_verdict=_pick(("Eens, de afsluiting kan beter.",
                                             "Agreed, the closing could be better."), lang)
                        if n == 0 else "")
        _rounds(journal, form.version, today, lang)
        _new_agent(journal, today, lang)
    return 1


def _rounds(journal: Journal, version: int, today: date, lang: str) -> None:
    # The whitepaper has the agent take part too; the demo's third participant is a second
    # team lead (an agent who took part is removed from the rounds by `privacy erase`).
    scorers = (LEAD, MONITOR, SECOND_LEAD)
    first = (today.replace(day=1) - timedelta(days=40)).isoformat()
    round_id = journal.add_round(first, version, ["C-101", "C-102", "C-103"], source="demo")
    base = {"need": 2, "solution": 3, "privacy": 1, "listening": 2, "tone": 2,
            "language": 2, "ownership": 1, "relation": 2}
    shifts = {"C-101": ({}, {"tone": 3}, {"listening": 3}),
              "C-102": ({"need": 3}, {}, {"need": 3, "ownership": 2}),
              "C-103": ({"relation": 1}, {"relation": 1, "tone": 1}, {"solution": 2})}
    for contact in ("C-101", "C-102", "C-103"):
        for scorer, shift in zip(scorers, shifts[contact], strict=True):
            journal.add_evaluation(agent_id=None, form_version=version, contact_ref=contact,
                                   channel="phone", scorer=scorer, scored_on=first,
                                   scores={**base, **shift}, round_id=round_id)
        calibration.set_agreed(journal, round_id, contact, 85.0)
    calibration.set_reading(journal, round_id, "tone", _pick((
        "Persoonlijk betekent: de klant bij naam noemen en inhaken op wat die vertelde.",
        "Personal means: using the customer's name and picking up on what they said."), lang))
    second = (today.replace(day=1) - timedelta(days=9)).isoformat()
    round_id = journal.add_round(second, version, ["C-201", "C-202"], source="demo")
    for contact, knock_by in (("C-201", MONITOR), ("C-202", None)):
        for scorer in scorers:
            scores = {**base, "privacy": 0 if scorer == knock_by else 1}
            journal.add_evaluation(agent_id=None, form_version=version, contact_ref=contact,
                                   channel="email", scorer=scorer, scored_on=second,
                                   scores=scores, round_id=round_id)
    calibration.set_agreed(journal, round_id, "C-201", 0.0)
    calibration.set_reading(journal, round_id, "privacy", _pick((
        "Ook bij een bekende beller: zonder controlevraag geen wijziging, dus 0.",
        "Also with a caller you know: no change without a security question, so 0."), lang))


def _new_agent(journal: Journal, today: date, lang: str) -> None:
    started = today - timedelta(days=45)  # a new hire: no talk overdue yet
    agent = journal.add_agent(Agent(name="Fenna Kuipers", email="fenna.kuipers@example.nl",
                                    team="Hosting", employment_start=started))
    assert agent.id is not None
    competence.set_phase(journal, agent.id, "phase-1")
    rounds = (
        (started + timedelta(days=14), {"c_structure": "insufficient",
                                        "c_questions": "insufficient",
                                        "c_knowledge_base": "insufficient_impact",
                                        "c_explaining": "sufficient",
                                        "c_expectations": "insufficient_impact",
                                        "c_systems": "insufficient", "c_courtesy": "sufficient"}),
        (started + timedelta(days=28), {"c_structure": "sufficient",
                                        "c_knowledge_base": "insufficient_impact",
                                        "c_systems": "sufficient"}),
        (started + timedelta(days=42), {"c_questions": "sufficient",
                                        "c_expectations": "insufficient"}),
    )
    for day, judged in rounds:
        for factor, judgement in judged.items():
            note = _pick(("Zocht lang in de kennisbank; klant wachtte.",
                          "Searched the knowledge base for long; the customer waited."),
                         lang) if judgement == "insufficient_impact" else ""
            competence.judge(journal, agent.id, factor, judgement, day.isoformat(), note)
