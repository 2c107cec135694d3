"""The resolution rule of targets: an agent's own target beats the team default, a row
without a value ends a target, months before any target have none; every reader agrees."""

from __future__ import annotations

import pytest

from coachtui.model import Agent, Figure, Target
from coachtui.services import catalogue as catalogue_service
from coachtui.storage import Journal


@pytest.fixture
def team(journal_path):
    """A journal with two agents in team Support and one without a team."""
    with Journal.open(journal_path) as journal:
        ids = {
            name: journal.add_agent(Agent(name=name, email=f"{name}@example.nl",
                                          team=team)).id
            for name, team in (("ann", "Support"), ("bob", "Support"), ("cas", None))
        }
        yield journal, ids


def test_months_before_any_target_have_none(team):
    journal, ids = team
    journal.set_team_target("Support", "ftr", 80.0, "2026-03")
    assert journal.target_for(ids["ann"], "ftr", "2026-02") is None
    assert journal.target_for(ids["ann"], "ftr", "2026-03") == 80.0
    assert journal.target_for(ids["ann"], "ftr", "2027-01") == 80.0


def test_an_agents_own_target_beats_the_team_default(team):
    journal, ids = team
    journal.set_team_target("Support", "ftr", 80.0, "2026-01")
    journal.set_target(Target(agent_id=ids["ann"], metric="ftr", value=90.0,
                              from_month="2026-05"))
    assert journal.target_for(ids["ann"], "ftr", "2026-04") == 80.0
    assert journal.target_for(ids["ann"], "ftr", "2026-05") == 90.0
    assert journal.target_for(ids["bob"], "ftr", "2026-05") == 80.0
    # a later team default does not reach an agent with an own target in force
    journal.set_team_target("Support", "ftr", 82.0, "2026-06")
    assert journal.target_for(ids["ann"], "ftr", "2026-06") == 90.0
    assert journal.target_for(ids["bob"], "ftr", "2026-06") == 82.0


def test_an_ended_own_target_falls_back_to_the_team_default(team):
    journal, ids = team
    journal.set_team_target("Support", "ftr", 80.0, "2026-01")
    journal.set_target(Target(agent_id=ids["ann"], metric="ftr", value=90.0,
                              from_month="2026-02"))
    journal.set_target(Target(agent_id=ids["ann"], metric="ftr", value=None,
                              from_month="2026-04"))
    assert journal.target_for(ids["ann"], "ftr", "2026-03") == 90.0
    assert journal.target_for(ids["ann"], "ftr", "2026-04") == 80.0
    # without a team default an ended own target means no target
    journal.set_target(Target(agent_id=ids["cas"], metric="ftr", value=70.0,
                              from_month="2026-02"))
    journal.set_target(Target(agent_id=ids["cas"], metric="ftr", value=None,
                              from_month="2026-04"))
    assert journal.target_for(ids["cas"], "ftr", "2026-03") == 70.0
    assert journal.target_for(ids["cas"], "ftr", "2026-04") is None


def test_an_ended_team_default_means_no_target_until_a_new_one(team):
    journal, ids = team
    journal.set_team_target("Support", "ftr", 80.0, "2026-01")
    journal.set_team_target("Support", "ftr", None, "2026-05")
    journal.set_team_target("Support", "ftr", 84.0, "2026-09")
    assert journal.target_for(ids["bob"], "ftr", "2026-04") == 80.0
    assert journal.target_for(ids["bob"], "ftr", "2026-05") is None
    assert journal.target_for(ids["bob"], "ftr", "2026-09") == 84.0


def test_agents_without_a_team_use_the_team_named_empty(team):
    journal, ids = team
    journal.set_team_target("", "ftr", 75.0, "2026-01")
    journal.set_team_target("Support", "ftr", 80.0, "2026-01")
    assert journal.target_for(ids["cas"], "ftr", "2026-02") == 75.0
    assert journal.target_for(ids["ann"], "ftr", "2026-02") == 80.0


def test_every_reader_agrees_with_target_for(team):
    journal, ids = team
    journal.set_team_target("Support", "ftr", 80.0, "2026-01")
    journal.set_team_target("Support", "smileys_red", 5.0, "2026-01")
    journal.set_target(Target(agent_id=ids["ann"], metric="ftr", value=90.0,
                              from_month="2026-02"))
    journal.save_figures([Figure(agent_id=i, month="2026-02", metric=m, value=1.0)
                          for i in ids.values() for m in ("ftr", "smileys_red")])
    for name, agent_id in ids.items():
        expected = {m: journal.target_for(agent_id, m, "2026-02")
                    for m in ("ftr", "smileys_red")}
        rows = {r.metric: r.target for r in journal.figures(agent_id, "2026-02")}
        assert rows == expected, name
        facts = journal.overview_facts("2026-02")[agent_id]
        assert {m: t for m, (_, t) in facts.figures.items()} == expected, name
        assert {m: v for m, v in journal.targets_for(agent_id, "2026-02").items()
                if m in expected} == expected, name
    grid = catalogue_service.target_grid(journal, "Support", "2026-02")
    assert grid.cell(None, "ftr").value == 80.0
    assert grid.cell(ids["ann"], "ftr").own and grid.cell(ids["ann"], "ftr").value == 90.0
    assert not grid.cell(ids["bob"], "ftr").own and grid.cell(ids["bob"], "ftr").value == 80.0
    assert grid.overrides == 1


def test_the_grid_reads_in_a_fixed_number_of_queries(team):
    """No query per cell: the grid costs the same for 3 agents as for 30."""
    journal, _ = team
    for n in range(30):
        journal.add_agent(Agent(name=f"x{n}", email=f"x{n}@example.nl", team="Support"))

    def count() -> int:
        seen: list[str] = []
        journal.conn.set_trace_callback(seen.append)
        try:
            catalogue_service.target_grid(journal, "Support", "2026-02")
        finally:
            journal.conn.set_trace_callback(None)
        return len(seen)

    many = count()
    assert many <= 5


def test_a_team_default_change_never_reaches_a_signed_record(demo_journal):
    from coachtui.services.signing import signed_figures

    signed = next(s for s in demo_journal.sessions() if s.signed)
    agent = demo_journal.agent(signed.agent_id)
    before = signed_figures(demo_journal, signed.id)
    demo_journal.set_team_target(agent.team or "", "ftr", 12.0, signed.month)
    demo_journal.set_target(Target(agent_id=agent.id, metric="ftr", value=None,
                                   from_month=signed.month))
    assert demo_journal.target_for(agent.id, "ftr", signed.month) == 12.0  # live: changed
    assert signed_figures(demo_journal, signed.id) == before  # the signed record: not
    assert 12.0 not in [f.target for f in before]
