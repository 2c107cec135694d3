"""Monthly figures: idempotent saving, what would change, and missing stays missing."""

from __future__ import annotations

import pytest

from coachtui.errors import UserError
from coachtui.model import Agent, Figure, Target


@pytest.fixture
def sanne(journal):
    return journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl")).id


def _figs(agent_id, month, **values):
    return [Figure(agent_id=agent_id, month=month, metric=k, value=v, source="csv")
            for k, v in values.items()]


def test_save_figures_is_idempotent(journal, sanne):
    figures = _figs(sanne, "2026-10", ftr=86.5, tickets_per_hour=6.2, smileys_red=3)
    first = journal.save_figures(figures)
    assert len(first) == 3 and all(c.is_new and c.old is None for c in first)
    log_size = len(journal.history(entity="figure"))
    assert journal.save_figures(figures) == []
    assert journal.figure_changes(figures) == []
    assert len(journal.history(entity="figure")) == log_size


def test_figure_changes_lists_old_and_new(journal, sanne):
    journal.save_figures(_figs(sanne, "2026-10", ftr=86.5, tickets_per_hour=6.2))
    changes = journal.figure_changes(_figs(sanne, "2026-10", ftr=88.0, tickets_per_hour=6.2,
                                           smileys_red=2))
    assert [(c.metric, c.old, c.new, c.is_new) for c in changes] == [
        ("ftr", 86.5, 88.0, False), ("smileys_red", None, 2.0, True)]
    # figure_changes is a preview: nothing was written
    assert {r.metric: r.value for r in journal.figures(sanne, "2026-10")}["ftr"] == 86.5
    journal.save_figures(_figs(sanne, "2026-10", ftr=88.0))
    logged = journal.history(entity="figure", entity_id=f"{sanne}:2026-10:ftr")
    assert [(c.old, c.new) for c in logged] == [(None, "86.5"), ("86.5", "88.0")]


def test_missing_value_stays_none_never_zero(journal, sanne):
    journal.save_figures(_figs(sanne, "2026-10", tickets_per_hour=None, ftr=0.0))
    rows = {r.metric: r.value for r in journal.figures(sanne, "2026-10")}
    assert rows["tickets_per_hour"] is None
    assert rows["ftr"] == 0.0
    assert journal.save_figures(_figs(sanne, "2026-10", tickets_per_hour=None)) == []
    changes = journal.save_figures(_figs(sanne, "2026-10", tickets_per_hour=5.5))
    assert [(c.old, c.new, c.is_new) for c in changes] == [(None, 5.5, False)]
    changes = journal.save_figures(_figs(sanne, "2026-10", tickets_per_hour=None))
    assert [(c.old, c.new) for c in changes] == [(5.5, None)]
    assert {r.metric: r.value for r in journal.figures(sanne, "2026-10")}[
        "tickets_per_hour"] is None


def test_figures_come_with_the_target_in_force(journal, sanne):
    journal.set_target(Target(agent_id=sanne, metric="ftr", value=80, from_month="2026-01"))
    journal.set_target(Target(agent_id=sanne, metric="ftr", value=85, from_month="2026-09"))
    for month in ("2025-12", "2026-08", "2026-09"):
        journal.save_figures(_figs(sanne, month, ftr=84.0, smileys_green=60))
    rows = journal.figures(sanne)
    targets = {(r.month, r.metric): r.target for r in rows}
    assert targets[("2025-12", "ftr")] is None
    assert targets[("2026-08", "ftr")] == 80
    assert targets[("2026-09", "ftr")] == 85
    assert targets[("2026-09", "smileys_green")] is None
    assert [r.month for r in rows] == sorted(r.month for r in rows)
    assert journal.figure_months(sanne) == ["2025-12", "2026-08", "2026-09"]
    assert {r.source for r in rows} == {"csv"}


def test_unknown_metric_is_refused_and_nothing_saved(journal, sanne):
    with pytest.raises(UserError, match="'callbacks' is not in the catalogue"):
        journal.save_figures(_figs(sanne, "2026-10", ftr=80.0, callbacks=30))
    assert journal.figures(sanne) == []


def test_unknown_agent_is_refused(journal, sanne):
    with pytest.raises(UserError, match="no agent with id 99"):
        journal.save_figures(_figs(99, "2026-10", ftr=80.0))


def test_one_save_is_one_transaction(journal, sanne):
    """Figures of one import are saved together: a bad one stops all of them."""
    good = _figs(sanne, "2026-10", ftr=80.0)
    with pytest.raises(UserError):
        journal.save_figures(good + _figs(sanne, "2026-10", unknown_metric=1))
    assert journal.figures(sanne) == []
