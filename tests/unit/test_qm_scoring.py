"""The scoring rules of quality monitoring, to the decimal (CLI.md, "Quality monitoring")."""

from __future__ import annotations

import pytest

from coachtui.model import qm_scoring
from coachtui.model.qm_scoring import Criterion

FORM = [Criterion("a", 3), Criterion("b", 2, weight=2), Criterion("ko", 1, knockout=True),
        Criterion("rq", 2, weight=0.5, rq=True)]


def test_weighted_score_over_the_criteria_scored():
    # 100 * (1*2/3 + 2*1/2 + 1*1/1 + 0.5*2/2) / (1 + 2 + 1 + 0.5) = 100 * 3.1667 / 4.5
    score = qm_scoring.contact_score(FORM, {"a": 2, "b": 1, "ko": 1, "rq": 2})
    assert score == pytest.approx(70.370, abs=1e-3)
    assert qm_scoring.rounded(score) == 70.4


def test_unscored_criteria_are_left_out_of_the_weights():
    # only a and b: 100 * (1*3/3 + 2*0/2) / 3
    assert qm_scoring.rounded(qm_scoring.contact_score(FORM, {"a": 3, "b": 0})) == 33.3


def test_a_knockout_scored_zero_makes_the_contact_zero():
    assert qm_scoring.contact_score(FORM, {"a": 3, "b": 2, "ko": 0, "rq": 2}) == 0.0


def test_nothing_scored_is_no_score():
    assert qm_scoring.contact_score(FORM, {}) is None


@pytest.mark.parametrize(("scores", "agreed"), [
    ([80.0, 90.0], True),           # exactly 10 apart: agreed
    ([80.0, 90.1], False),
    ([75.0], True),
    ([0.0, 85.0, 85.0], False),
])
def test_agreed_within_ten_points(scores, agreed):
    assert qm_scoring.agreed(scores) is agreed
    assert qm_scoring.spread(scores) == pytest.approx(max(scores) - min(scores))


def test_criterion_agreement_counts_scorer_pairs_over_all_contacts():
    # contact 1: A=2 B=2 C=1 -> pairs AB same, AC no, BC no; contact 2: A=1 B=1 -> same
    per_contact = [{"A": 2, "B": 2, "C": 1}, {"A": 1, "B": 1}]
    assert qm_scoring.rounded(qm_scoring.criterion_agreement(per_contact)) == 50.0
    assert qm_scoring.criterion_agreement([{"A": 1}]) is None


def test_irr_is_the_share_of_agreed_contacts():
    assert qm_scoring.rounded(qm_scoring.irr([True, False, True])) == 66.7
    assert qm_scoring.irr([]) is None


def test_month_figures():
    assert qm_scoring.mean([70.0, 80.0, 0.0]) == pytest.approx(50.0)
    assert qm_scoring.rq_share([0, 1, 2, 2]) == 75.0
    assert qm_scoring.rq_share([]) is None
