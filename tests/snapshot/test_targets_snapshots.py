"""The targets grid (demo journal, fixed clock): the team default column, the agents' own
targets marked, one agent following the team default, in English and in Dutch."""

from __future__ import annotations

from coachtui.model import Target
from coachtui.storage import Journal

SIZE = (120, 40)


def _one_agent_follows_the_team(path) -> None:
    """End Joris's own targets for the month under review: his cells show the defaults."""
    with Journal.open(path) as journal:
        joris = journal.find_agent("joris")
        for metric in ("ftr", "smileys_green", "smileys_red", "tickets_per_hour"):
            journal.set_target(Target(agent_id=joris.id, metric=metric, value=None,
                                      from_month="2026-10"))


async def _open_targets(pilot) -> None:
    await pilot.pause()
    await pilot.press("T")
    await pilot.pause()
    for _ in range(2):  # the first agent's team (Domeinen), then E-mail, then Hosting
        await pilot.press("g")
        await pilot.pause()


def test_targets_grid_en(snap_compare, apps, demo_journal_path):
    _one_agent_follows_the_team(demo_journal_path)
    assert snap_compare(apps(demo_journal_path, lang="en"), terminal_size=SIZE,
                        run_before=_open_targets)


def test_targets_grid_nl_at_80_columns(snap_compare, apps, demo_journal_path):
    _one_agent_follows_the_team(demo_journal_path)
    assert snap_compare(apps(demo_journal_path, lang="nl"), terminal_size=(80, 24),
                        run_before=_open_targets)
