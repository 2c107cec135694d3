"""The site view: several team leads' journals (or their replicas) read side by side.

Each journal is opened read-only (a replica is first restored into the user's cache
folder); per team it counts agents, talks done and due for the month under review, and
how many agents meet each target that month; it lists the team goals in force against the
team's figure (the team-goals board's own computation, in its "safe" form: no individual
figure), and across the journals the QM calibration rounds' IRR (the calibration
service's results). It reads no note of any kind (quick notes, private notes) and no talk
text: only counts, team averages and agreement rates.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from coachtui.errors import UserError
from coachtui.model import TargetStatus, qm_scoring, target_status
from coachtui.outside_text import quoted
from coachtui.services.replica import RESTORE_SCHEMES
from coachtui.services.team import TalkStatus, talk_status
from coachtui.storage import Journal

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition

__all__ = ["LEAD_KEY", "JournalIrr", "RoundIrr", "SiteIrr", "SiteView", "TeamGoalLine",
           "TeamSummary", "Unreadable", "add_team_goals", "default_cache", "local_copy",
           "read_journal", "site_view", "source_name"]

LEAD_KEY = "lead.name"  # the journal's meta: the team lead who keeps it, when known


def default_cache() -> Path:
    """The folder replicas are restored into before they are read (user cache folder)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("coachtui", appauthor=False)) / "site"


@dataclass
class TeamSummary:
    """One team across the journals read: counts only."""

    team: str
    lead: str | None = None
    agents: int = 0
    talks_done: int = 0
    talks_due: int = 0
    on_target: dict[str, int] = field(default_factory=dict)
    # not in the JSON: agents with a target per metric, and the journals the team is in
    with_target: dict[str, int] = field(default_factory=dict)
    journals: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The contract's shape (`site --json` items)."""
        return {"team": self.team, "lead": self.lead, "agents": self.agents,
                "talks_done": self.talks_done, "talks_due": self.talks_due,
                "on_target": dict(sorted(self.on_target.items()))}


@dataclass(frozen=True)
class TeamGoalLine:
    """A team goal in force for the month under review, against the team's figure.

    `month` is the latest month of the goal's period (up to the month under review) with
    a team figure, `figure` the team's average that month (as the team-goals board
    computes it), `met` whether it reaches the target; `on_target` of `with_figure` agents
    met the target that month (counts only)."""

    team: str
    lead: str | None
    metric: str
    target: float
    from_month: str
    until_month: str
    month: str | None
    figure: float | None
    met: bool | None
    on_target: int
    with_figure: int

    def as_json(self) -> dict[str, object]:
        """A `site --json` `team_goals` item."""
        return {"team": self.team, "lead": self.lead, "metric": self.metric,
                "target": self.target, "from": self.from_month, "until": self.until_month,
                "month": self.month, "figure": self.figure, "met": self.met,
                "on_target": self.on_target, "with_figure": self.with_figure}


@dataclass(frozen=True)
class RoundIrr:
    """One calibration round: when, how many contacts were scored, the share agreed."""

    held_on: str
    contacts: int
    irr: float | None


@dataclass
class JournalIrr:
    """One journal's calibration rounds (oldest first) and every scored contact's
    agreement flag over all of them."""

    lead: str | None
    teams: list[str]
    rounds: list[RoundIrr] = field(default_factory=list)
    agreed: list[bool] = field(default_factory=list)

    @property
    def latest(self) -> RoundIrr | None:
        """The newest round, or None."""
        return self.rounds[-1] if self.rounds else None

    @property
    def overall(self) -> float | None:
        """The share of agreed contacts over every round of this journal."""
        return qm_scoring.irr(self.agreed)

    def as_json(self) -> dict[str, object]:
        """A `site --json` `irr.journals` item."""
        latest = self.latest
        return {"lead": self.lead, "teams": self.teams, "rounds": len(self.rounds),
                "latest_on": latest.held_on if latest else None,
                "latest": qm_scoring.rounded(latest.irr) if latest else None,
                "overall": qm_scoring.rounded(self.overall)}


@dataclass
class SiteIrr:
    """The calibration IRR across the journals that hold rounds."""

    journals: list[JournalIrr] = field(default_factory=list)

    @property
    def rounds(self) -> int:
        """Rounds in all journals."""
        return sum(len(j.rounds) for j in self.journals)

    @property
    def latest(self) -> tuple[JournalIrr, RoundIrr] | None:
        """The newest round of any journal (by date), with its journal."""
        found = [(j, j.latest) for j in self.journals if j.latest is not None]
        if not found:
            return None
        owner, newest = max(found, key=lambda pair: pair[1].held_on if pair[1] else "")
        assert newest is not None
        return owner, newest

    @property
    def overall(self) -> float | None:
        """The share of agreed contacts over every round of every journal."""
        return qm_scoring.irr([flag for j in self.journals for flag in j.agreed])

    def as_json(self) -> dict[str, object]:
        """`site --json`'s `irr` object."""
        latest = self.latest
        return {"rounds": self.rounds, "overall": qm_scoring.rounded(self.overall),
                "latest": None if latest is None else {
                    "held_on": latest[1].held_on, "irr": qm_scoring.rounded(latest[1].irr),
                    "contacts": latest[1].contacts, "lead": latest[0].lead,
                    "teams": latest[0].teams},
                "journals": [j.as_json() for j in self.journals]}


@dataclass(frozen=True)
class Unreadable:
    """A journal or replica that could not be read, and the one sentence why."""

    source: str
    error: UserError


@dataclass
class SiteView:
    """Every team of every journal read, by team name; their team goals; the IRR; and the
    sources that could not be read."""

    teams: dict[str, TeamSummary] = field(default_factory=dict)
    team_goals: list[TeamGoalLine] = field(default_factory=list)
    irr: SiteIrr = field(default_factory=SiteIrr)
    metrics: dict[str, MetricDefinition] = field(default_factory=dict)
    unreadable: list[Unreadable] = field(default_factory=list)
    journals: int = 0  # journals read
    read_from: dict[str, Path] = field(default_factory=dict)  # source -> the file read
    team_goals_read: bool = False  # the second pass done (`add_team_goals`)

    @property
    def agents(self) -> int:
        """All agents of all teams."""
        return sum(t.agents for t in self.teams.values())

    @property
    def talks_done(self) -> int:
        """Talks done in all teams."""
        return sum(t.talks_done for t in self.teams.values())

    @property
    def talks_due(self) -> int:
        """Talks still due in all teams."""
        return sum(t.talks_due for t in self.teams.values())

    def as_json(self) -> dict[str, object]:
        """`{"teams": [...], "agents": n, "team_goals": [...], "irr": {...}}`, teams by
        name, team goals by team then period."""
        return {"teams": [self.teams[name].as_json() for name in sorted(self.teams)],
                "agents": self.agents,
                "team_goals": [g.as_json() for g in self.team_goals],
                "irr": self.irr.as_json()}


def local_copy(source: str, cache: Path) -> Path:
    """The journal file to read for `source`: a path as it is, or a replica address
    restored (again) into `cache` under a name made from the address."""
    if urlsplit(source).scheme not in RESTORE_SCHEMES:
        return Path(source).expanduser()
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = hashlib.sha256(source.encode()).hexdigest()[:16] + ".db"
    from coachtui.services.replica import restore  # Litestream's side: only for replicas

    return restore(source, cache / name, force=True).path


def source_name(source: str) -> str:
    """A short name for a journal or replica: the file's name, or the address as given."""
    if urlsplit(source).scheme in RESTORE_SCHEMES:
        return source
    return Path(source).name


def _add(view: SiteView, journal: Journal, review_month: str) -> list[str]:
    """Add the journal's teams to `view`; returns the names of its teams."""
    directions = journal.overview_metrics()
    lead = journal.meta(LEAD_KEY) or None
    names: set[str] = set()
    for fact in journal.overview_facts(review_month).values():
        name = fact.team or ""
        names.add(name)
        team = view.teams.setdefault(name, TeamSummary(team=name, lead=lead))
        team.lead = team.lead or lead
        team.agents += 1
        status = talk_status(fact.last_signed_monthly_month, review_month,
                             fact.known_since)
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
            team.with_target[key] = team.with_target.get(key, 0) + (target is not None)
    return sorted(names)


def _team_goal_lines(journal: Journal, review_month: str) -> list[TeamGoalLine]:
    # the second pass only: the goals' services (and pydantic) stay off the first paint
    from coachtui.services.goals import meets
    from coachtui.services.team_goals import team_board

    lead = journal.meta(LEAD_KEY) or None
    lines = []
    for board in team_board(journal, review_month, safe=True):
        if not board.agents:  # goals of a team nobody is in any more
            continue
        for goal in board.goals:
            figure = next((v for m, v in zip(goal.months, goal.team_values, strict=True)
                           if m == goal.latest_month), None)
            higher = goal.metric.higher_is_better if goal.metric else True
            lines.append(TeamGoalLine(
                team=board.team, lead=lead, metric=goal.goal.metric,
                target=goal.goal.target, from_month=goal.goal.from_month,
                until_month=goal.goal.until_month, month=goal.latest_month, figure=figure,
                met=None if figure is None else meets(figure, goal.goal.target, higher),
                on_target=goal.on_target, with_figure=goal.with_figure))
    return lines


def _add_irr(view: SiteView, journal: Journal, teams: list[str]) -> None:
    rounds = journal.calibration_rounds()
    if not rounds:
        return
    from coachtui.services.calibration import result_of  # only where rounds were held

    found = JournalIrr(lead=journal.meta(LEAD_KEY) or None, teams=teams)
    for calibration_round in rounds:
        form = journal.qm_form(calibration_round.form_version)
        if form is None:
            continue
        result = result_of(calibration_round, form)
        scored = [c for c in result.contacts if c.scores]
        found.rounds.append(RoundIrr(calibration_round.held_on, len(scored), result.irr))
        found.agreed += [c.agreed for c in scored]
    view.irr.journals.append(found)


@dataclass
class _Direction:
    """What `target_status` needs of a metric: which way is better."""

    higher_is_better: bool


def read_journal(view: SiteView, source: str, review_month: str, cache: Path) -> None:
    """Read one journal or replica read-only into `view` (its teams, calibration rounds
    and metrics: the team goals are a second pass, `add_team_goals`); a journal that
    cannot be read is raised as a UserError, nothing of it added."""
    part = SiteView()
    path = local_copy(source, cache)
    with Journal.open_read_only(path) as journal:
        try:
            teams = _add(part, journal, review_month)
            _add_irr(part, journal, teams)
            metrics = {m.key: m for m in journal.metrics(active_only=False)}
        except sqlite3.DatabaseError:
            raise UserError("journal.damaged", path=quoted(source, 200)) from None
    for name, team in part.teams.items():
        into = view.teams.setdefault(name, TeamSummary(team=name, lead=team.lead))
        into.lead = into.lead or team.lead
        into.agents += team.agents
        into.talks_done += team.talks_done
        into.talks_due += team.talks_due
        for key, count in team.on_target.items():
            into.on_target[key] = into.on_target.get(key, 0) + count
        for key, count in team.with_target.items():
            into.with_target[key] = into.with_target.get(key, 0) + count
        into.journals.append(source_name(source))
    view.irr.journals += part.irr.journals
    for key, metric in metrics.items():
        view.metrics.setdefault(key, metric)
    view.read_from[source] = path
    view.journals += 1


def add_team_goals(view: SiteView, review_month: str, *, keep_going: bool = False) -> None:
    """The second pass: every read journal's team goals against the team's figure (the
    team-goals board's computation, the heavier part: each member's figures). It sets
    new lists on `view` (`team_goals`, `unreadable`) rather than changing them, so a
    screen may go on drawing the first pass meanwhile from a copy of `view`."""
    lines: list[TeamGoalLine] = []
    unreadable = list(view.unreadable)
    for source, path in view.read_from.items():
        try:
            with Journal.open_read_only(path) as journal:
                try:
                    lines += _team_goal_lines(journal, review_month)
                except sqlite3.DatabaseError:
                    raise UserError("journal.damaged", path=quoted(source, 200)) from None
        except UserError as exc:
            if not keep_going:
                raise
            unreadable.append(Unreadable(source, exc))
    lines.sort(key=lambda g: (g.team, g.from_month, g.metric))
    view.team_goals = lines
    view.unreadable = unreadable
    view.team_goals_read = True


def site_view(sources: list[str], review_month: str, cache: Path, *,
              keep_going: bool = False, team_goals: bool = True) -> SiteView:
    """Read every journal or replica in `sources` read-only and add up its teams, then
    (unless `team_goals` is False: the screen reads them in a second pass) their team
    goals.

    A source that cannot be read raises its UserError, or with `keep_going` is listed in
    `unreadable` while the others are still read (the TUI's site screen)."""
    view = SiteView()
    for source in sources:
        try:
            read_journal(view, source, review_month, cache)
        except UserError as exc:
            if not keep_going:
                raise
            view.unreadable.append(Unreadable(source, exc))
    if team_goals:
        add_team_goals(view, review_month, keep_going=keep_going)
    return view
