"""Layout of every step of the other kinds of talk, in English and Dutch (demo journal,
fixed clock), each started from the agent page by its key."""

from __future__ import annotations

import pytest

from coachtui.storage import Journal

SIZE = (120, 40)

# (kind key on the agent page, step number, what the step is)
STEPS = [
    ("c", 1, "coaching_topic"), ("c", 2, "coaching_agreement"), ("c", 3, "coaching_wrap_up"),
    ("a", 1, "appraisal_overview"), ("a", 2, "appraisal_factors"),
    ("a", 3, "appraisal_judgement"), ("a", 4, "appraisal_reaction"),
    ("p", 1, "performance_turn"), ("p", 2, "performance_view"),
    ("p", 3, "performance_agreements"),
    ("x", 1, "exit_story"), ("x", 2, "exit_handover"),
]


def _prepare(path) -> int:
    """Mohammed, with an agenda item from each side and an appraisal answer typed."""
    with Journal.open(path) as journal:
        agent = journal.find_agent("Mohammed")
        journal.add_agenda_item(agent.id, "The December rota", added_by="agent")
        journal.add_agenda_item(agent.id, "Feedback from the listening-in day")
        return agent.id


def _kind(agent_id: int, *keys: str):
    """A run_before that opens the agent page, presses the kind's key, then `keys`."""
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.open_agent(agent_id)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause()
    return run_before


@pytest.mark.parametrize(("kind", "step", "name"), STEPS, ids=[s[2] for s in STEPS])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_kind_step(snap_compare, apps, demo_journal_path, kind, step, name, lang):
    agent_id = _prepare(demo_journal_path)
    # a digit in a text field is typed: step there with PgDn from step 1
    keys = [kind, *["pagedown"] * (step - 1)]
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SIZE,
                        run_before=_kind(agent_id, *keys))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_monthly_agents_turn_step(snap_compare, apps, demo_journal_path, lang):
    """Sanne's draft with the demo's prepared answers: the agent's turn is step 0."""
    with Journal.open(demo_journal_path) as journal:
        sanne = journal.find_agent("Sanne").id
    keys = ["t", *["pageup"] * 4]
    assert snap_compare(apps(demo_journal_path, lang=lang), terminal_size=SIZE,
                        run_before=_kind(sanne, *keys))
