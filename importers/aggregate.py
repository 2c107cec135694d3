"""Ticket-level exports (one row per ticket or contact) added up per agent and month.

Definitions follow SOURCES.md: FTR = solved tickets with at most one agent reply and no
reopen, divided by all solved tickets (tickets whose reply count is empty are left out of
both); smileys are counted per rating; tickets per hour = handled / hours worked, and
without hours it stays unknown (None), never guessed.

Streaming: the file is read row by row and only one small tally per agent and month is
kept, plus bounded caches of cell values (so memory does not grow with the row count).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from importers.harvest import AgentRef, Harvest, agent_ref
from importers.mapping import Profile
from importers.parsing import converter, parse_bool, parse_count, parse_month
from importers.problems import CellError, ImportProblem, Notice, bad_value
from importers.readers import Table

CACHE_LIMIT = 20000  # distinct cell values remembered per column before the cache restarts
_MISS = object()
# rating words that mean "no rating given" rather than a colour
NO_RATING = frozenset({"", "offered", "unoffered", "not offered", "aangeboden",
                       "niet aangeboden", "none", "-", "geen"})
_VALID_MONTHS = frozenset(f"{m:02d}" for m in range(1, 13))


class Tally:
    """Running counts for one agent in one month."""

    __slots__ = ("asked", "first_time", "green", "judged", "red", "rows", "seconds",
                 "solved", "sums", "yellow", "yes")

    def __init__(self, extras: int, shares: int) -> None:
        self.rows = self.solved = self.judged = self.first_time = 0
        self.green = self.yellow = self.red = 0
        self.seconds: float | None = None
        self.sums = [[0.0, 0] for _ in range(extras)]
        self.yes = [0] * shares
        self.asked = [0] * shares


def _date_key(raw: str) -> str:
    """The date part of a timestamp, so that the month cache stays small."""
    for cut in (10, 9, 8):
        if len(raw) > cut and raw[cut] in " T" and raw[cut - 1].isdigit():
            return raw[:cut]
    return raw


class _Cells:
    """Bounded memo of cell -> value for one column, raising a bad-value sentence on error."""

    def __init__(self, file: str, column: str, read: Callable[[Any], Any]) -> None:
        self.file, self.column, self.read = file, column, read
        self.memo: dict[Any, Any] = {}

    def fill(self, raw: Any, line: int) -> Any:
        """Read `raw` (on a cache miss) and remember the result."""
        try:
            value = self.read(raw)
        except CellError as exc:
            raise bad_value(self.file, line, self.column, raw, exc.reason) from None
        if len(self.memo) >= CACHE_LIMIT:
            self.memo.clear()
        self.memo[raw] = value
        return value


def _count_or_flag(raw: Any) -> float | None:
    """A reopen column may hold a count or Ja/Nee."""
    try:
        return parse_count(raw)
    except CellError:
        flag = parse_bool(raw)
        return None if flag is None else float(flag)


def aggregate_tickets(table: Table, profile: Profile, month: str | None,
                      source: str) -> Harvest:
    """Add up a ticket-level table per agent and month into a Harvest."""
    rules = profile.tickets
    if profile.month_column is None and month is None:
        raise ImportProblem("imports.month_needed", profile=profile.name)
    if rules.handled == "solved" and rules.status is None:
        raise ImportProblem("imports.profile_setting", profile=profile.name,
                            setting="tickets.status")
    name = table.name
    width = len(table.header)
    agent_i = table.index(profile.agent_column)
    name_i = table.index(profile.name_column) if profile.name_column else None
    month_i = table.index(profile.month_column) if profile.month_column else None
    status_i = table.index(rules.status) if rules.status else None
    replies_i = table.index(rules.replies) if rules.replies else None
    reopens_i = table.index(rules.reopens) if rules.reopens else None
    rating_i = table.index(rules.rating) if rules.rating else None
    hours_i = table.index(rules.hours) if rules.hours else None
    extras = [(table.index(m.column), _Cells(name, m.column, converter(m.unit)))
              for m in rules.averages]
    shares = [(table.index(m.column), _Cells(name, m.column, parse_bool))
              for m in rules.shares]
    solved_words = rules.solved
    colours = {**{w: 0 for w in rules.green}, **{w: 1 for w in rules.yellow},
               **{w: 2 for w in rules.red}}
    day_first = profile.day_first
    months = _Cells(name, profile.month_column or "",
                    lambda raw: parse_month(raw, day_first=day_first))
    replies_cells = _Cells(name, rules.replies or "", parse_count)
    reopens_cells = _Cells(name, rules.reopens or "", _count_or_flag)
    hours_unit = rules.hours_unit if rules.hours_unit != "duration" else "seconds"
    hours_cells = _Cells(name, rules.hours or "", converter(hours_unit))
    agents: dict[Any, AgentRef | None] = {}
    tallies: dict[tuple[AgentRef, str], Tally] = {}
    unknown_ratings: dict[str, int] = {}
    no_agent = other_months = undated = unjudged = 0
    rows = 0

    for line, row in table.rows:
        rows += 1
        if len(row) < width:
            row = list(row) + [None] * (width - len(row))
        raw = row[agent_i]
        agent = agents.get(raw, _MISS)
        if agent is _MISS:
            try:
                agent = agent_ref(raw, profile.agent_match,
                                  row[name_i] if name_i is not None else None)
            except CellError as exc:
                raise bad_value(name, line, profile.agent_column, raw, exc.reason) from None
            if len(agents) >= CACHE_LIMIT:
                agents.clear()
            agents[raw] = agent
        if agent is None:
            no_agent += 1
            continue
        if status_i is not None:
            status = row[status_i]
            solved = isinstance(status, str) and status.strip().lower() in solved_words
        else:
            solved = False
        if month_i is None:
            row_month = month
        else:
            raw = row[month_i]
            if isinstance(raw, str) and len(raw) > 6 and raw[4] == "-" \
                    and raw[5:7] in _VALID_MONTHS and raw[:4].isdigit():
                row_month = raw[:7]  # ISO dates, the common case, without a lookup
            else:
                key = _date_key(raw) if isinstance(raw, str) else raw
                row_month = months.memo.get(key, _MISS)
                if row_month is _MISS:
                    row_month = months.fill(key, line)
            if row_month is None:
                undated += solved
                continue
            if month is not None and row_month != month:
                other_months += 1
                continue
        tally = tallies.get((agent, row_month))
        if tally is None:
            tally = tallies[(agent, row_month)] = Tally(len(extras), len(shares))
        tally.rows += 1
        if solved:
            tally.solved += 1
            if replies_i is not None:
                raw = row[replies_i]
                replies = replies_cells.memo.get(raw, _MISS)
                if replies is _MISS:
                    replies = replies_cells.fill(raw, line)
                reopens: Any = 0.0
                if reopens_i is not None:
                    raw = row[reopens_i]
                    reopens = reopens_cells.memo.get(raw, _MISS)
                    if reopens is _MISS:
                        reopens = reopens_cells.fill(raw, line)
                if replies is None or reopens is None:
                    unjudged += 1
                else:
                    tally.judged += 1
                    if replies <= 1 and not reopens:
                        tally.first_time += 1
        if rating_i is not None:
            raw = row[rating_i]
            word = raw.strip().lower() if isinstance(raw, str) else ""
            colour = colours.get(word)
            if colour == 0:
                tally.green += 1
            elif colour == 1:
                tally.yellow += 1
            elif colour == 2:
                tally.red += 1
            elif word not in NO_RATING:
                unknown_ratings[word[:40]] = unknown_ratings.get(word[:40], 0) + 1
                if len(unknown_ratings) > 50:
                    unknown_ratings.popitem()
        if hours_i is not None:
            raw = row[hours_i]
            seconds = hours_cells.memo.get(raw, _MISS)
            if seconds is _MISS:
                seconds = hours_cells.fill(raw, line)
            if seconds is not None:
                tally.seconds = (tally.seconds or 0.0) + seconds
        for n, (i, cells) in enumerate(extras):
            raw = row[i]
            value = cells.memo.get(raw, _MISS)
            if value is _MISS:
                value = cells.fill(raw, line)
            if value is not None:
                tally.sums[n][0] += value
                tally.sums[n][1] += 1
        for n, (i, cells) in enumerate(shares):
            raw = row[i]
            flag = cells.memo.get(raw, _MISS)
            if flag is _MISS:
                flag = cells.fill(raw, line)
            if flag is not None:
                tally.asked[n] += 1
                tally.yes[n] += flag

    harvest = Harvest(source=source, rows=rows)
    for (agent, row_month), tally in tallies.items():
        _figures(harvest, agent, row_month, tally, profile)
    _notices(harvest, no_agent=no_agent, other_months=other_months, month=month,
             undated=undated, unjudged=unjudged, unknown_ratings=unknown_ratings,
             profile=profile)
    return harvest


def _figures(harvest: Harvest, agent: AgentRef, month: str, tally: Tally,
             profile: Profile) -> None:
    rules = profile.tickets
    if rules.replies is not None:
        ftr = round(100.0 * tally.first_time / tally.judged, 4) if tally.judged else None
        harvest.put(agent, month, "ftr", ftr)
    if rules.rating is not None:
        harvest.put(agent, month, "smileys_green", float(tally.green))
        harvest.put(agent, month, "smileys_yellow", float(tally.yellow))
        harvest.put(agent, month, "smileys_red", float(tally.red))
    handled = tally.solved if rules.handled == "solved" else tally.rows
    hours = tally.seconds / 3600.0 if tally.seconds else None
    harvest.put(agent, month, "tickets_per_hour",
                round(handled / hours, 4) if hours else None)
    for metric, (total, count) in zip(rules.averages, tally.sums, strict=True):
        harvest.put(agent, month, metric.metric, round(total / count, 4) if count else None)
    for metric, yes, asked in zip(rules.shares, tally.yes, tally.asked, strict=True):
        harvest.put(agent, month, metric.metric,
                    round(100.0 * yes / asked, 4) if asked else None)


def _notices(harvest: Harvest, *, no_agent: int, other_months: int, month: str | None,
             undated: int, unjudged: int, unknown_ratings: dict[str, int],
             profile: Profile) -> None:
    add = harvest.notices.append
    if no_agent:
        add(Notice("imports.note.rows_without_agent", {"count": no_agent}))
    if other_months:
        add(Notice("imports.note.other_months", {"count": other_months, "month": month}))
    if undated:
        add(Notice("imports.note.undated", {"count": undated}))
    if unjudged:
        add(Notice("imports.note.unjudged", {"count": unjudged}))
    if unknown_ratings:
        words = ", ".join(f"'{w}'" for w in sorted(unknown_ratings)[:5])
        add(Notice("imports.note.unknown_ratings",
                   {"count": sum(unknown_ratings.values()), "words": words}))
    if profile.tickets.hours is None:
        add(Notice("imports.note.hours_unknown", {}))
