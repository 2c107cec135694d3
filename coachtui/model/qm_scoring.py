"""The scoring rules of quality monitoring, in one place (TUI, CLI, figures and exports).

- A contact's QM score by one scorer is `100 * sum(weight * score / max) / sum(weight)` over
  the criteria scored, and `0` when any knock-out criterion scored `0`; None when nothing
  (of weight) was scored.
- A contact is *agreed* when its scorers' QM scores lie within 10 points of each other
  (`max - min <= 10`).
- A criterion's agreement is the share (percent) of scorer pairs, over all contacts, that
  gave it the same score; None when no contact had two scorers of that criterion.
- The IRR of a round is the share (percent) of agreed contacts.
- The month's `qm_score` is the mean of the month's evaluation scores; `rq` the percent of
  evaluated contacts (that scored the rq criterion) whose rq criterion scored above 0.

Pure functions on plain values: no storage, no Textual.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

AGREED_WITHIN = 10.0  # points between the highest and lowest QM score of one contact


@dataclass(frozen=True)
class Criterion:
    """One criterion of a QM form version: how it is scored (texts live beside it)."""

    key: str
    max: int
    weight: float = 1.0
    knockout: bool = False
    rq: bool = False


def contact_score(criteria: Iterable[Criterion], scores: Mapping[str, int]) -> float | None:
    """The QM score (0..100) of one contact by one scorer; None when nothing was scored.

    Criteria not in `scores` are left out; a score for a criterion not in `criteria` is
    ignored (the form version decides what counts).
    """
    total_weight = 0.0
    total = 0.0
    knocked_out = False
    scored = False
    for criterion in criteria:
        if criterion.key not in scores:
            continue
        score = scores[criterion.key]
        scored = True
        if criterion.knockout and score == 0:
            knocked_out = True
        total_weight += criterion.weight
        total += criterion.weight * score / criterion.max
    if not scored:
        return None
    if knocked_out:
        return 0.0
    if total_weight == 0:
        return None
    return 100.0 * total / total_weight


def spread(values: Sequence[float]) -> float:
    """The distance between the highest and the lowest score (0 for one or none)."""
    return max(values) - min(values) if values else 0.0


def agreed(values: Sequence[float]) -> bool:
    """True when the scores lie within 10 points of each other."""
    return spread(values) <= AGREED_WITHIN


def criterion_agreement(per_contact: Iterable[Mapping[str, int]]) -> float | None:
    """Percent of scorer pairs, over all contacts, that gave a criterion the same score.

    `per_contact` holds, for each contact, the criterion's score by each scorer who scored
    it (scorer -> score). None when no contact had two such scorers.
    """
    pairs = 0
    same = 0
    for scores in per_contact:
        for first, second in combinations(sorted(scores), 2):
            pairs += 1
            same += scores[first] == scores[second]
    return None if pairs == 0 else 100.0 * same / pairs


def irr(agreed_flags: Sequence[bool]) -> float | None:
    """Percent of agreed contacts (None without contacts)."""
    if not agreed_flags:
        return None
    return 100.0 * sum(agreed_flags) / len(agreed_flags)


def mean(values: Sequence[float]) -> float | None:
    """The mean of `values` (None for none): the month's `qm_score`."""
    return sum(values) / len(values) if values else None


def rq_share(rq_scores: Sequence[int]) -> float | None:
    """Percent of contacts whose rq criterion scored above 0 (None for none)."""
    if not rq_scores:
        return None
    return 100.0 * sum(1 for s in rq_scores if s > 0) / len(rq_scores)


def rounded(value: float | None) -> float | None:
    """A percent or score as every output shows it: one decimal."""
    return None if value is None else round(value + 0.0, 1)
