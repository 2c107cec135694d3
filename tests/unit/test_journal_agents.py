"""Agents and the catalogue in a real journal file."""

from __future__ import annotations

from datetime import date

import pytest

from coachtui.errors import NotFoundError, UserError
from coachtui.model import Agent, Factor, MetricDefinition, Target, Unit
from coachtui.storage import Journal


def _add(journal, name, email, **kw):
    return journal.add_agent(Agent(name=name, email=email, **kw))


def test_add_agent_returns_id_and_reads_back(journal):
    sanne = _add(journal, "Sanne de Vries", "Sanne@Example.nl", team="Hosting",
                 employment_start=date(2022, 3, 1))
    assert sanne.id is not None
    assert journal.agent(sanne.id) == sanne
    assert sanne.email == "sanne@example.nl"


def test_duplicate_email_is_refused_and_nothing_written(journal):
    _add(journal, "Sanne de Vries", "sanne@example.nl")
    log_before = len(journal.history())
    with pytest.raises(UserError, match=r"sanne@example\.nl already exists"):
        _add(journal, "Sanne Other", "SANNE@example.nl")
    assert [a.name for a in journal.agents()] == ["Sanne de Vries"]
    assert len(journal.history()) == log_before


def test_update_agent_logs_each_changed_field(journal):
    sanne = _add(journal, "Sanne de Vries", "sanne@example.nl", team="Hosting")
    journal.update_agent(sanne.model_copy(update={"team": "E-mail",
                                                  "employment_end": date(2026, 12, 31)}))
    assert journal.agent(sanne.id).team == "E-mail"
    changes = {(c.field, c.old, c.new) for c in journal.history(entity="agent",
                                                                  entity_id=sanne.id)}
    assert ("team", "Hosting", "E-mail") in changes
    assert ("employment_end", None, "2026-12-31") in changes
    assert not any(c[0] == "name" for c in changes)


def test_update_agent_to_an_email_in_use_is_refused(journal):
    _add(journal, "Sanne de Vries", "sanne@example.nl")
    kees = _add(journal, "Kees Bakker", "kees@example.nl")
    with pytest.raises(UserError, match=r"sanne@example\.nl"):
        journal.update_agent(kees.model_copy(update={"email": "sanne@example.nl"}))
    assert journal.agent(kees.id).email == "kees@example.nl"


def test_unknown_agent_id(journal):
    with pytest.raises(NotFoundError, match="no agent with id 42"):
        journal.agent(42)


@pytest.fixture
def team(journal):
    return {
        "sanne": _add(journal, "Sanne de Vries", "sanne@example.nl"),
        "sander": _add(journal, "Sander Jansen", "s.jansen@example.nl"),
        "kees": _add(journal, "Kees Bakker", "kees@example.nl"),
        "peter": _add(journal, "Peter Smit", "peter@example.nl", active=False,
                      employment_end=date(2024, 3, 31)),
    }


def test_find_agent_by_email_id_and_name_part(journal, team):
    assert journal.find_agent("KEES@example.nl").id == team["kees"].id
    assert journal.find_agent(str(team["sanne"].id)).name == "Sanne de Vries"
    assert journal.find_agent("bakk").name == "Kees Bakker"
    assert journal.find_agent("  de vries ").name == "Sanne de Vries"
    assert journal.find_agent("peter").active is False


def test_find_agent_exact_name_wins_over_longer_names(journal, team):
    _add(journal, "Kees", "kees2@example.nl")
    assert journal.find_agent("kees").email == "kees2@example.nl"


def test_ambiguous_name_lists_the_candidates(journal, team):
    with pytest.raises(NotFoundError) as caught:
        journal.find_agent("san")
    message = str(caught.value)
    assert "more than one agent" in message
    assert "Sanne de Vries <sanne@example.nl>" in message
    assert "Sander Jansen <s.jansen@example.nl>" in message


def test_unknown_agent_is_named(journal, team):
    with pytest.raises(NotFoundError, match="No agent matches 'zoe'"):
        journal.find_agent("zoe")
    with pytest.raises(NotFoundError):
        journal.find_agent("   ")


def test_agents_list_is_by_name_and_can_skip_former(journal, team):
    assert [a.name for a in journal.agents()] == sorted(a.name for a in team.values())
    assert "Peter Smit" not in [a.name for a in journal.agents(active_only=True)]


def test_default_catalogue_in_both_languages(journal):
    metrics = {m.key: m for m in journal.metrics()}
    for key in ("ftr", "smileys_green", "smileys_yellow", "smileys_red", "tickets_per_hour"):
        assert key in metrics
        assert metrics[key].label("nl") and metrics[key].label("en")
    assert metrics["ftr"].unit is Unit.PERCENT
    factors = journal.factors()
    assert len(factors) >= 5
    for factor in factors:
        assert factor.label("nl") and factor.label("en")
        assert factor.label("nl") != factor.label("en") or factor.key == "wow"


def test_catalogue_is_configurable(journal):
    journal.save_metric(MetricDefinition(key="hold_time", label_nl="Wachttijd",
                                         label_en="Hold time",
                                         unit=Unit.SECONDS, higher_is_better=False,
                                         position=99))
    journal.save_factor(Factor(key="calibration", label_nl="Kalibratie",
                               label_en="Calibration", position=99))
    assert journal.metrics()[-1].key == "hold_time"
    assert journal.metrics()[-1].higher_is_better is False
    assert journal.factors()[-1].label("nl") == "Kalibratie"
    journal.save_metric(journal.metrics()[-1].model_copy(update={"active": False}))
    assert "hold_time" not in {m.key for m in journal.metrics()}
    assert "hold_time" in {m.key for m in journal.metrics(active_only=False)}


def test_target_in_force_for_a_month(journal, team):
    sanne = team["sanne"].id
    journal.set_target(Target(agent_id=sanne, metric="ftr", value=80, from_month="2025-01"))
    journal.set_target(Target(agent_id=sanne, metric="ftr", value=85, from_month="2025-07"))
    assert journal.target_for(sanne, "ftr", "2024-12") is None
    assert journal.target_for(sanne, "ftr", "2025-01") == 80
    assert journal.target_for(sanne, "ftr", "2025-06") == 80
    assert journal.target_for(sanne, "ftr", "2025-07") == 85
    assert journal.target_for(sanne, "ftr", "2026-11") == 85
    assert journal.target_for(team["kees"].id, "ftr", "2025-07") is None
    journal.set_target(Target(agent_id=sanne, metric="ftr", value=86, from_month="2025-07"))
    assert journal.target_for(sanne, "ftr", "2025-08") == 86
    assert len(journal.targets(sanne)) == 2
    logged = journal.history(entity="target", entity_id=f"{sanne}:ftr:2025-07")
    assert [(c.old, c.new) for c in logged] == [(None, "85.0"), ("85.0", "86.0")]


def test_target_for_unknown_metric_or_agent_is_refused(journal, team):
    with pytest.raises(UserError, match="'callbacks' is not in the catalogue"):
        journal.set_target(Target(agent_id=team["sanne"].id, metric="callbacks", value=3,
                                  from_month="2026-01"))
    with pytest.raises(UserError, match="no agent with id 99"):
        journal.set_target(Target(agent_id=99, metric="ftr", value=80, from_month="2026-01"))
    assert journal.targets(team["sanne"].id) == []


def test_meta_settings(journal_path):
    with Journal.open(journal_path) as journal:
        journal.set_meta("manager_name", "Marieke Jansen")
    with Journal.open(journal_path) as journal:
        assert journal.meta("manager_name") == "Marieke Jansen"
        assert journal.meta("nothing", "default") == "default"
