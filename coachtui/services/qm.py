"""Quality monitoring as the screens and commands use it: the form (default, loaded,
edited), evaluating a contact, and the month's scored contacts behind `qm_score` and `rq`.

The scoring rules themselves live in `coachtui.model.qm_scoring`; this module applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachtui.errors import UserError
from coachtui.model import qm_scoring
from coachtui.model.qm_form import QmForm, parse_form
from coachtui.model.qm_records import CHANNELS, Evaluation
from coachtui.outside_text import quoted

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

_PAIR = re.compile(r"^([^=]+)=(.*)$")


# -- the form -----------------------------------------------------------------------------
def default_form() -> QmForm:
    """The form coachtui ships with (coachtui/qm_forms/default.toml), not yet stored."""
    text = resources.files("coachtui.qm_forms").joinpath("default.toml").read_text("utf-8")
    return parse_form(text, "default.toml")


def current_form(journal: Journal) -> QmForm:
    """The latest stored form version, or the default form when none was stored yet."""
    return journal.qm_form() or default_form()


def ensure_form(journal: Journal) -> QmForm:
    """The latest stored form; stores the default form as version 1 on first use."""
    stored = journal.qm_form()
    if stored is not None:
        return stored
    version = journal.save_form(default_form(), source="default.toml")
    found = journal.qm_form(version)
    assert found is not None
    return found


def load_form_file(journal: Journal, path: str | Path) -> QmForm:
    """Read, check and store a form file as a new version (bad input: nothing written)."""
    where = Path(path)
    try:
        text = where.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("qm.err.form_read", file=quoted(where, 120),
                        reason=quoted(exc, 120)) from exc
    factors = {f.key for f in journal.factors(active_only=False, with_sets=True)}
    form = parse_form(text, str(where), factors)
    version = journal.save_form(form, source=where.name)
    stored = journal.qm_form(version)
    assert stored is not None
    return stored


def edit_definition(journal: Journal, key: str, lang: str, text: str) -> QmForm:
    """A new form version in which criterion `key`'s definition in `lang` reads `text`
    (evaluations scored on earlier versions keep those)."""
    form = ensure_form(journal)
    found = form.criterion(key)
    if found is None:
        raise UserError("qm.err.criterion_unknown", criterion=quoted(key),
                        known=", ".join(c.key for c in form.criteria))
    if not text.strip():
        raise UserError("qm.err.definition_empty", crit=quoted(key))
    if found.definition(lang) == text.strip():
        return form
    changed = (replace(found, definition_nl=text.strip()) if lang == "nl"
               else replace(found, definition_en=text.strip()))
    criteria = tuple(changed if c.key == key else c for c in form.criteria)
    version = journal.save_form(QmForm(name=form.name, criteria=criteria), source="edited")
    stored = journal.qm_form(version)
    assert stored is not None
    return stored


def form_json(form: QmForm) -> dict[str, Any]:
    """The form as `qm form --json` prints it."""
    return {
        "name": form.name, "version": form.version,
        "criteria": [{
            "key": c.key, "principle": {"nl": c.principle_nl, "en": c.principle_en},
            "label": {"nl": c.label_nl, "en": c.label_en},
            "definition": {"nl": c.definition_nl, "en": c.definition_en},
            "max": c.max, "weight": c.weight, "knockout": c.knockout, "rq": c.rq,
            "factor": c.factor or None, "readings": form.notes.get(c.key, []),
        } for c in form.criteria],
    }


# -- evaluating a contact -------------------------------------------------------------------
def checked_channel(value: str | None) -> str | None:
    """A contact channel (phone, email, chat) or None; anything else is refused."""
    if value in (None, ""):
        return None
    if value not in CHANNELS:
        raise UserError("qm.err.channel", value=quoted(value), known=", ".join(CHANNELS))
    return value


def checked_day(value: str, option: str = "--on") -> str:
    """A date as YYYY-MM-DD; anything else is refused naming the option and value."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UserError("qm.err.date", option=option, value=quoted(value)) from exc


def parse_scores(form: QmForm, pairs: list[str]) -> dict[str, int]:
    """`KEY=VALUE` words as scores, each checked against the form (unknown key, a value
    that is not a whole number, above max or given twice: refused)."""
    scores: dict[str, int] = {}
    for pair in pairs:
        match = _PAIR.match(pair)
        if match is None:
            raise UserError("qm.err.pair", value=quoted(pair))
        key, raw = match.group(1).strip(), match.group(2).strip()
        criterion = form.criterion(key)
        if criterion is None:
            raise UserError("qm.err.criterion_unknown", criterion=quoted(key),
                            known=", ".join(c.key for c in form.criteria))
        if key in scores:
            raise UserError("qm.err.pair_twice", criterion=quoted(key))
        if not raw.isdigit():
            raise UserError("qm.err.score_value", criterion=quoted(key), value=quoted(raw),
                            max=criterion.max)
        value = int(raw)
        if value > criterion.max:
            raise UserError("qm.err.score_range", criterion=quoted(key), value=value,
                            max=criterion.max)
        scores[key] = value
    if not scores:
        raise UserError("qm.err.no_scores")
    return scores


@dataclass(frozen=True)
class Scored:
    """An evaluation with its QM score (None when nothing was scored) and form version."""

    evaluation: Evaluation
    score: float | None
    form: QmForm


def score_of(journal: Journal, evaluation: Evaluation) -> float | None:
    """The evaluation's QM score under the rules of its own form version."""
    form = journal.qm_form(evaluation.form_version)
    return None if form is None else qm_scoring.contact_score(form.rules, evaluation.scores)


def score_contact(journal: Journal, agent_id: int, *, contact: str, channel: str | None,
                  scorer: str, on: str, pairs: list[str]) -> Scored:
    """One evaluation from the command line: everything checked first, one transaction."""
    channel = checked_channel(channel)
    if not contact.strip():
        raise UserError("qm.err.contact_empty")
    if not scorer.strip():
        raise UserError("qm.err.scorer_missing")
    with journal.transaction():
        form = ensure_form(journal)
        scores = parse_scores(form, pairs)
        assert form.version is not None
        evaluation_id = journal.add_evaluation(
            agent_id=agent_id, form_version=form.version, contact_ref=contact.strip(),
            channel=channel, scorer=scorer, scored_on=on, scores=scores)
    evaluation = journal.evaluation(evaluation_id)
    return Scored(evaluation, qm_scoring.contact_score(form.rules, evaluation.scores), form)


def start_evaluation(journal: Journal, agent_id: int, *, scorer: str, on: str,
                     round_id: int | None = None, contact: str = "") -> Evaluation:
    """A new evaluation on the current form (the screen's first keystroke creates it)."""
    with journal.transaction():
        form = ensure_form(journal)
        assert form.version is not None
        evaluation_id = journal.add_evaluation(
            agent_id=agent_id, form_version=form.version, contact_ref=contact,
            channel=None, scorer=scorer, scored_on=on, round_id=round_id)
    return journal.evaluation(evaluation_id)


def set_score(journal: Journal, evaluation_id: int, criterion: str, score: int | None,
              note: str | None = None) -> None:
    """One criterion's score (and note) of an evaluation, written at once."""
    journal.set_score(evaluation_id, criterion, score, note)


def set_field(journal: Journal, evaluation_id: int, name: str, value: str | None) -> None:
    """The contact's reference, channel, scorer, date or the agent's verdict."""
    journal.set_evaluation_field(evaluation_id, name, value)


def evaluation(journal: Journal, evaluation_id: int) -> Evaluation:
    """One evaluation as stored now."""
    return journal.evaluation(evaluation_id)


def month_contacts(journal: Journal, agent_id: int, month: str) -> list[Scored]:
    """The month's evaluated contacts behind `qm_score` and `rq`, each with its score."""
    out: list[Scored] = []
    forms: dict[int, QmForm | None] = {}
    for found in journal.evaluations(agent_id, month):
        if found.form_version not in forms:
            forms[found.form_version] = journal.qm_form(found.form_version)
        form = forms[found.form_version]
        if form is not None:
            out.append(Scored(found, qm_scoring.contact_score(form.rules, found.scores), form))
    return out


def evaluation_json(scored: Scored, email: str) -> dict[str, Any]:
    """One evaluation as `qm score` prints it."""
    e = scored.evaluation
    return {"id": e.id, "agent": email, "contact": e.contact_ref, "channel": e.channel,
            "scorer": e.scorer, "date": e.scored_on, "form_version": e.form_version,
            "scores": dict(e.scores), "qm_score": qm_scoring.rounded(scored.score)}


# -- evaluations as evidence for the talk's factors ----------------------------------------
@dataclass(frozen=True)
class CriterionEvidence:
    """One criterion mapped to a factor: how many of the month's contacts scored it, and
    how many of those scored low (below half its scale)."""

    key: str
    label_nl: str
    label_en: str
    scored: int
    low: int

    def label(self, lang: str) -> str:
        """The criterion's label in `lang`."""
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class FactorEvidence:
    """The month's evaluations that count as evidence for one factor: the contacts that
    scored a criterion mapped to it, and per such criterion the low scores."""

    factor: str
    evaluation_ids: tuple[int, ...]
    criteria: tuple[CriterionEvidence, ...]

    @property
    def contacts(self) -> int:
        """How many evaluated contacts scored a criterion of this factor."""
        return len(self.evaluation_ids)


def is_low(score: int, maximum: int) -> bool:
    """A score below half its criterion's scale (0 of 1, 0 of 2, 0-1 of 3, 0-1 of 4...)."""
    return score * 2 < maximum


def factor_evidence(journal: Journal, agent_id: int, month: str) -> dict[str, FactorEvidence]:
    """Per factor key: the agent's evaluations of `month` (outside calibration rounds) whose
    form version maps a scored criterion to that factor. Factors without any are left out;
    each evaluation is read under its own form version's mapping."""
    ids: dict[str, list[int]] = {}
    counts: dict[tuple[str, str], list[int]] = {}  # (factor, criterion) -> [scored, low]
    labels: dict[tuple[str, str], tuple[str, str]] = {}
    for scored in month_contacts(journal, agent_id, month):
        e = scored.evaluation
        for criterion in scored.form.criteria:
            if not criterion.factor or criterion.key not in e.scores:
                continue
            seen = ids.setdefault(criterion.factor, [])
            if e.id not in seen:
                seen.append(e.id)
            tally = counts.setdefault((criterion.factor, criterion.key), [0, 0])
            tally[0] += 1
            tally[1] += is_low(e.scores[criterion.key], criterion.max)
            labels[(criterion.factor, criterion.key)] = (criterion.label_nl,
                                                         criterion.label_en)
    return {
        factor: FactorEvidence(factor, tuple(found), tuple(
            CriterionEvidence(key, *labels[(f, key)], scored=n, low=low)
            for (f, key), (n, low) in counts.items() if f == factor))
        for factor, found in ids.items()}
