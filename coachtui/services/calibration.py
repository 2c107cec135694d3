"""Calibration rounds: several scorers score the same contacts blind, then compare.

The result of a round (per contact the scores and their spread, per criterion the
agreement, the overall IRR, largest disagreements first) follows the scoring rules of
`coachtui.model.qm_scoring`; `result_json` is `qm calibration show --json` exactly.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachtui.errors import UserError
from coachtui.model import qm_scoring
from coachtui.model.qm_form import QmForm, parse_form
from coachtui.model.qm_records import CalibrationRound, Evaluation
from coachtui.outside_text import quoted
from coachtui.services.qm import ensure_form

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

HEADER = ("contact", "scorer", "criterion", "score")


@dataclass(frozen=True)
class ContactResult:
    """One contact of a round: each scorer's QM score, the spread and whether agreed."""

    contact: str
    scores: dict[str, float]
    spread: float
    agreed: bool
    agreed_score: float | None


@dataclass(frozen=True)
class CriterionResult:
    """One criterion's agreement over every scorer pair of every contact (None: no pair)."""

    criterion: str
    agreement: float | None


@dataclass(frozen=True)
class RoundResult:
    """What a round shows once scored; contacts with the largest spread first."""

    round: CalibrationRound
    form: QmForm
    contacts: list[ContactResult]
    criteria: list[CriterionResult]
    irr: float | None

    @property
    def disputed(self) -> list[CriterionResult]:
        """Criteria on which not every pair agreed, least agreement first."""
        return sorted((c for c in self.criteria if c.agreement is not None
                       and c.agreement < 100), key=lambda c: c.agreement or 0.0)


def _by_contact(evaluations: tuple[Evaluation, ...]) -> dict[str, list[Evaluation]]:
    grouped: dict[str, list[Evaluation]] = defaultdict(list)
    for evaluation in evaluations:
        grouped[evaluation.contact_ref].append(evaluation)
    return grouped


def result_of(found: CalibrationRound, form: QmForm) -> RoundResult:
    """The result of a round under its form version's rules (pure)."""
    grouped = _by_contact(found.evaluations)
    agreed_scores = {c.contact_ref: c.agreed_score for c in found.contacts}
    order = [c.contact_ref for c in found.contacts]
    order += [ref for ref in grouped if ref not in order]
    contacts: list[ContactResult] = []
    for ref in order:
        scores: dict[str, float] = {}
        for evaluation in grouped.get(ref, []):
            score = qm_scoring.contact_score(form.rules, evaluation.scores)
            if score is not None:
                scores[evaluation.scorer] = score
        values = list(scores.values())
        contacts.append(ContactResult(ref, scores, qm_scoring.spread(values),
                                      qm_scoring.agreed(values), agreed_scores.get(ref)))
    criteria = []
    for criterion in form.criteria:
        per_contact = [{e.scorer: e.scores[criterion.key] for e in grouped.get(ref, [])
                        if criterion.key in e.scores} for ref in order]
        criteria.append(CriterionResult(criterion.key,
                                        qm_scoring.criterion_agreement(per_contact)))
    scored = [c for c in contacts if c.scores]
    contacts.sort(key=lambda c: -c.spread)  # stable: round order among equal spreads
    return RoundResult(found, form, contacts, criteria,
                       qm_scoring.irr([c.agreed for c in scored]))


def round_result(journal: Journal, round_id: int) -> RoundResult:
    """The result of round `round_id` as it stands."""
    found = journal.calibration_round(round_id)
    form = journal.qm_form(found.form_version)
    assert form is not None
    return result_of(found, form)


def result_json(result: RoundResult) -> dict[str, Any]:
    """`qm calibration show --json`: numbers rounded to one decimal."""
    return {
        "contacts": [{"contact": c.contact,
                      "scores": {s: qm_scoring.rounded(v) for s, v in c.scores.items()},
                      "spread": qm_scoring.rounded(c.spread), "agreed": c.agreed}
                     for c in result.contacts],
        "criteria": [{"criterion": c.criterion, "agreement": qm_scoring.rounded(c.agreement)}
                     for c in result.criteria],
        "irr": qm_scoring.rounded(result.irr),
    }


# -- starting and scoring a round at one screen ------------------------------------------
def new_round(journal: Journal, contacts: list[str], held_on: str) -> int:
    """A round on these contacts (refs, in order) on the current form."""
    refs = [c.strip() for c in contacts if c.strip()]
    if not refs:
        raise UserError("qm.err.round_no_contacts")
    with journal.transaction():
        form = ensure_form(journal)
        assert form.version is not None
        return journal.add_round(held_on, form.version, refs, source="screen")


def scorers_of(found: CalibrationRound, contact: str) -> list[str]:
    """Who scored `contact` in the round so far (names only: the scores stay hidden)."""
    return [e.scorer for e in found.evaluations if e.contact_ref == contact]


def start_scoring(journal: Journal, round_id: int, contact: str, scorer: str) -> Evaluation:
    """A participant's evaluation of one contact of the round (one per scorer)."""
    found = journal.calibration_round(round_id)
    name = scorer.strip()
    if not name:
        raise UserError("qm.err.scorer_empty")
    if name in scorers_of(found, contact):
        raise UserError("qm.err.scored_twice_screen", scorer=quoted(name),
                        contact=quoted(contact))
    agent_id = next((c.agent_id for c in found.contacts if c.contact_ref == contact), None)
    evaluation_id = journal.add_evaluation(
        agent_id=agent_id, form_version=found.form_version, contact_ref=contact,
        channel=None, scorer=name, scored_on=found.held_on, round_id=round_id)
    return journal.evaluation(evaluation_id)


def set_agreed(journal: Journal, round_id: int, contact: str, score: float | None) -> None:
    """The score the group agreed on for a contact."""
    journal.set_agreed_score(round_id, contact, score)


def set_reading(journal: Journal, round_id: int, criterion: str, text: str) -> None:
    """How a disputed criterion is read from now on (kept with the form)."""
    journal.set_calibration_note(round_id, criterion, text.strip())


# -- the overview -----------------------------------------------------------------------
@dataclass(frozen=True)
class RoundLine:
    """One round in the overview: when, how many contacts and scorers, its IRR."""

    id: int
    held_on: str
    contacts: int
    scorers: int
    irr: float | None


def overview(journal: Journal) -> list[RoundLine]:
    """Every round, newest first, with its IRR."""
    lines = []
    for found in journal.calibration_rounds():
        form = journal.qm_form(found.form_version)
        assert form is not None
        result = result_of(found, form)
        lines.append(RoundLine(found.id, found.held_on, len(result.contacts),
                               len({e.scorer for e in found.evaluations}), result.irr))
    return list(reversed(lines))


# -- the CSV import ---------------------------------------------------------------------
def import_csv(journal: Journal, path: str | Path, *, form_path: str | Path | None = None,
               held_on: str) -> int:
    """A round from a CSV (`contact,scorer,criterion,score`), checked whole first; with
    `form_path` the form file is stored as a new version and the round is scored on it.
    Returns the round's id."""
    where = Path(path)
    name = quoted(where, 120)
    try:
        text = where.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("qm.err.csv_read", file=name, reason=quoted(exc, 120)) from exc
    form_given: QmForm | None = None
    if form_path is not None:
        try:
            form_text = Path(form_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError("qm.err.form_read", file=quoted(form_path, 120),
                            reason=quoted(exc, 120)) from exc
        form_given = parse_form(form_text, str(form_path))
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    if not rows or tuple(c.strip().lower() for c in rows[0]) != HEADER:
        raise UserError("qm.err.csv_header", file=name,
                        value=quoted(",".join(rows[0]) if rows else ""),
                        header=",".join(HEADER))
    with journal.transaction():
        form = form_given if form_given is not None else ensure_form(journal)
        scores: dict[tuple[str, str], dict[str, int]] = {}
        seen: dict[tuple[str, str, str], int] = {}
        contacts: list[str] = []
        for line, row in enumerate(rows[1:], 2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != 4:
                raise UserError("qm.err.csv_cells", file=name, line=line, value=len(row))
            contact, scorer, key, raw = (cell.strip() for cell in row)
            for field, value in (("contact", contact), ("scorer", scorer)):
                if not value:
                    raise UserError("qm.err.csv_empty", file=name, line=line, field=field)
            criterion = form.criterion(key)
            if criterion is None:
                raise UserError("qm.err.csv_criterion", file=name, line=line,
                                field="criterion", value=quoted(key),
                                known=", ".join(c.key for c in form.criteria))
            if (contact, scorer, key) in seen:
                raise UserError("qm.err.csv_twice", file=name, line=line, field="scorer",
                                value=quoted(scorer), contact=quoted(contact),
                                criterion=quoted(key), first=seen[(contact, scorer, key)])
            seen[(contact, scorer, key)] = line
            if not raw.isdigit() or int(raw) > criterion.max:
                raise UserError("qm.err.csv_score", file=name, line=line, field="score",
                                value=quoted(raw), max=criterion.max)
            scores.setdefault((contact, scorer), {})[key] = int(raw)
            if contact not in contacts:
                contacts.append(contact)
        if not scores:
            raise UserError("qm.err.csv_no_rows", file=name)
        if form_given is not None:
            version = journal.save_form(form_given, source=Path(str(form_path)).name)
        else:
            assert form.version is not None
            version = form.version
        round_id = journal.add_round(held_on, version, contacts, source=where.name)
        for (contact, scorer), given in scores.items():
            journal.add_evaluation(agent_id=None, form_version=version, contact_ref=contact,
                                   channel=None, scorer=scorer, scored_on=held_on,
                                   scores=given, round_id=round_id)
    return round_id
