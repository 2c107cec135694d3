"""The demo's team defaults: every team of the demo agrees the same bar from the first
month of figures; the agents' own targets (set by the demo itself) stand beside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

TEAM_DEFAULTS = {"ftr": 85.0, "smileys_green": 50.0, "smileys_red": 6.0,
                 "tickets_per_hour": 6.0}


def add_demo_targets(journal: Journal, first_month: str) -> None:
    """Set the team defaults of each demo team from `first_month` on, in one transaction."""
    teams = sorted({a.team or "" for a in journal.agents(active_only=True)})
    with journal.transaction():
        for team in teams:
            for metric, value in TEAM_DEFAULTS.items():
                journal.set_team_target(team, metric, value, first_month)
