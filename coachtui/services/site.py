"""The site view: several team leads' journals (or their replicas) read side by side.

Each journal is opened read-only (a replica is first restored into the user's cache
folder); per team it counts agents, talks done and due for the month under review, and
how many agents meet each target that month. It reads no note of any kind (quick notes,
private notes) and no talk text: only counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from coachtui.model import TargetStatus, target_status
from coachtui.services.replica import RESTORE_SCHEMES, restore
from coachtui.services.team import TalkStatus, talk_status
from coachtui.storage import Journal

__all__ = ["LEAD_KEY", "SiteView", "TeamSummary", "local_copy", "site_view"]

LEAD_KEY = "lead.name"  # the journal's meta: the team lead who keeps it, when known


@dataclass
class TeamSummary:
    """One team across the journals read: counts only."""

    team: str
    lead: str | None = None
    agents: int = 0
    talks_done: int = 0
    talks_due: int = 0
    on_target: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        """The contract's shape (`site --json` items)."""
        return {"team": self.team, "lead": self.lead, "agents": self.agents,
                "talks_done": self.talks_done, "talks_due": self.talks_due,
                "on_target": dict(sorted(self.on_target.items()))}


@dataclass
class SiteView:
    """Every team of every journal read, by team name."""

    teams: dict[str, TeamSummary] = field(default_factory=dict)

    @property
    def agents(self) -> int:
        """All agents of all teams."""
        return sum(t.agents for t in self.teams.values())

    def as_json(self) -> dict[str, object]:
        """`{"teams": [...], "agents": n}`, teams by name."""
        return {"teams": [self.teams[name].as_json() for name in sorted(self.teams)],
                "agents": self.agents}


def local_copy(source: str, cache: Path) -> Path:
    """The journal file to read for `source`: a path as it is, or a replica address
    restored (again) into `cache` under a name made from the address."""
    if urlsplit(source).scheme not in RESTORE_SCHEMES:
        return Path(source).expanduser()
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = hashlib.sha256(source.encode()).hexdigest()[:16] + ".db"
    return restore(source, cache / name, force=True).path


def _add(view: SiteView, journal: Journal, review_month: str) -> None:
    directions = journal.overview_metrics()
    lead = journal.meta(LEAD_KEY) or None
    for fact in journal.overview_facts(review_month).values():
        name = fact.team or ""
        team = view.teams.setdefault(name, TeamSummary(team=name, lead=lead))
        team.lead = team.lead or lead
        team.agents += 1
        status = talk_status(fact.last_signed_monthly_month, review_month,
                             fact.employment_start)
        if status is TalkStatus.DONE:
            team.talks_done += 1
        else:
            team.talks_due += 1
        for key, higher in directions.items():
            value, target = fact.figures.get(key, (None, None))
            if target_status(_Direction(higher), value, target) is TargetStatus.MET:
                team.on_target[key] = team.on_target.get(key, 0) + 1
            else:
                team.on_target.setdefault(key, 0)


@dataclass
class _Direction:
    """What `target_status` needs of a metric: which way is better."""

    higher_is_better: bool


def site_view(sources: list[str], review_month: str, cache: Path) -> SiteView:
    """Read every journal or replica in `sources` read-only and add up its teams."""
    view = SiteView()
    for source in sources:
        with Journal.open_read_only(local_copy(source, cache)) as journal:
            _add(view, journal, review_month)
    return view
