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
from operator import itemgetter
from typing import Any

from importers.harvest import AgentRef, Harvest, agent_ref
from importers.mapping import Profile
from importers.parsing import converter, parse_bool, parse_count, parse_month
from importers.problems import CellError, ImportProblem, Notice, bad_value
from importers.readers import Table

CACHE_LIMIT = 20000  # distinct cell values remembered per column before the cache restarts
_MISS = object()
_CUT = frozenset({" ", "T"})  # a timestamp's date part ends before one of these
# rating words that mean "no rating given" rather than a colour
NO_RATING = frozenset({"", "offered", "unoffered", "not offered", "aangeboden",
                       "niet aangeboden", "none", "-", "geen"})

# Each row falls in one of 20 classes: ticket class (0 not solved, 1 solved but reply count
# unknown, 2 solved not first time right, 3 solved first time right) * 5 + rating colour
# (0 none, 1 green, 2 yellow, 3 red, 4 unknown word). A "place" (one agent in one month) is
# a list: 20 class counters, then hours seconds and hour cells seen, then 2 slots per
# average (sum, count) and 2 per share (yes, asked). Counting a row is one list increment.
CLASSES = 20
SECONDS, HOUR_CELLS, EXTRAS = 20, 21, 22


def _place(extras: int, shares: int) -> list[float]:
    return [0] * (EXTRAS + 2 * extras + 2 * shares)


class _Cells:
    """Bounded memo of cell -> value for one column, raising a bad-value sentence on error."""

    def __init__(self, table: Table, column: str, read: Callable[[Any], Any]) -> None:
        self.table, self.column, self.read = table, column, read
        self.memo: dict[Any, Any] = {}

    def fill(self, raw: Any) -> Any:
        """Read `raw` (on a cache miss) and remember the result."""
        try:
            value = self.read(raw)
        except CellError as exc:
            raise bad_value(self.table.name, self.table.line(), self.column, raw,
                            exc.reason) from None
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


class _Classifier:
    """Turns the status, replies, reopens and rating cells of a row into its class."""

    def __init__(self, table: Table, profile: Profile) -> None:
        rules = profile.tickets
        self.columns: list[int] = []
        self.status = self._add(table, rules.status)
        self.replies = self._add(table, rules.replies)
        self.reopens = self._add(table, rules.reopens)
        self.rating = self._add(table, rules.rating)
        self.solved_words = rules.solved
        self.colours = {**{w: 1 for w in rules.green}, **{w: 2 for w in rules.yellow},
                        **{w: 3 for w in rules.red}}
        self.replies_cells = _Cells(table, rules.replies or "",
                                    converter("count", table.comma_decimal))
        self.reopens_cells = _Cells(table, rules.reopens or "", _count_or_flag)
        self.unknown_words: set[str] = set()
        columns = self.columns
        if not columns:
            self.key: Callable[[Any], Any] = lambda row: ()
        elif len(columns) == 1:
            self.key = itemgetter(columns[0], columns[0])
        else:
            self.key = itemgetter(*columns)

    def _add(self, table: Table, column: str | None) -> int | None:
        if column is None:
            return None
        self.columns.append(table.index(column))
        return len(self.columns) - 1

    def __call__(self, cells: tuple[Any, ...]) -> int:
        """The class of a row from its cells (called once per distinct combination)."""
        ticket = 0
        if self.status is not None:
            raw = cells[self.status]
            if isinstance(raw, str) and raw.strip().lower() in self.solved_words:
                ticket = 1
                replies = reopens = 0.0
                if self.replies is not None:
                    raw = cells[self.replies]
                    replies = self.replies_cells.memo.get(raw, _MISS)
                    if replies is _MISS:
                        replies = self.replies_cells.fill(raw)
                    if self.reopens is not None:
                        raw = cells[self.reopens]
                        reopens = self.reopens_cells.memo.get(raw, _MISS)
                        if reopens is _MISS:
                            reopens = self.reopens_cells.fill(raw)
                    if replies is not None and reopens is not None:
                        ticket = 3 if replies <= 1 and not reopens else 2
        colour = 0
        if self.rating is not None:
            raw = cells[self.rating]
            word = raw.strip().lower() if isinstance(raw, str) else ""
            colour = self.colours.get(word, 0)
            if not colour and word not in NO_RATING:
                colour = 4
                if len(self.unknown_words) < 50:
                    self.unknown_words.add(word[:40])
        return ticket * 5 + colour


class _Places:
    """Finds the place (agent, month) of a row; rows to skip land in a skip place."""

    def __init__(self, table: Table, profile: Profile, month: str | None, extras: int,
                 shares: int) -> None:
        self.table, self.profile, self.month = table, profile, month
        self.agent_i = table.index(profile.agent_column)
        self.name_i = table.find(profile.name_column) if profile.name_column else None
        self.month_i = table.index(profile.month_column) if profile.month_column else None
        day_first = profile.day_first
        self.months = _Cells(table, profile.month_column or "",
                             lambda raw: parse_month(raw, day_first=day_first))
        self.sizes = (extras, shares)
        self.no_agent, self.other_month, self.undated = (_place(extras, shares)
                                                         for _ in range(3))
        self.refs: list[AgentRef] = []
        self.by_ref: dict[AgentRef, int] = {}
        self.tallies: dict[tuple[int, str], list[float]] = {}
        self.memo: dict[Any, list[float]] = {}

    def find(self, key: Any, row: Any) -> list[float]:
        """The place for a row whose (agent cell, date cell) is `key` (on a memo miss)."""
        raw = row[self.agent_i]
        try:
            ref = agent_ref(raw, self.profile.agent_match,
                            row[self.name_i] if self.name_i is not None else None)
        except CellError as exc:
            raise bad_value(self.table.name, self.table.line(), self.profile.agent_column,
                            raw, exc.reason) from None
        if ref is None:
            place = self.no_agent
        else:
            row_month = self.month
            if self.month_i is not None:
                raw = key[1]
                row_month = self.months.memo.get(raw, _MISS)
                if row_month is _MISS:
                    row_month = self.months.fill(raw)
            if row_month is None:
                place = self.undated
            elif self.month is not None and row_month != self.month:
                place = self.other_month
            else:
                index = self.by_ref.get(ref)
                if index is None:
                    index = self.by_ref[ref] = len(self.refs)
                    self.refs.append(ref)
                place = self.tallies.get((index, row_month))
                if place is None:
                    place = self.tallies[(index, row_month)] = _place(*self.sizes)
        if len(self.memo) >= CACHE_LIMIT:
            self.memo.clear()
        self.memo[key] = place
        return place


def aggregate_tickets(table: Table, profile: Profile, month: str | None,
                      source: str) -> Harvest:
    """Add up a ticket-level table per agent and month into a Harvest."""
    rules = profile.tickets
    if profile.month_column is None and month is None:
        raise ImportProblem("imports.month_needed", profile=profile.name)
    if rules.handled == "solved" and rules.status is None:
        raise ImportProblem("imports.profile_setting", profile=profile.name,
                            setting="tickets.status")
    places = _Places(table, profile, month, len(rules.averages), len(rules.shares))
    classify = _Classifier(table, profile)
    with table.guard():
        _add_up(table, profile, places, classify)
    rows = sum(sum(p[:CLASSES]) for p in
               [places.no_agent, places.other_month, places.undated,
                *places.tallies.values()])
    harvest = Harvest(source=source, rows=rows)
    for (index, row_month), place in places.tallies.items():
        _figures(harvest, places.refs[index], row_month, place, profile)
    _notices(harvest, places, classify, month, profile)
    return harvest


def _add_up(table: Table, profile: Profile, places: _Places, classify: _Classifier) -> None:
    """The hot loop: per row two memo look-ups and one increment (more only for extras)."""
    rules = profile.tickets
    width = len(table.header)
    agent_i, month_i = places.agent_i, places.month_i
    dated = month_i is not None
    place_get, find = places.memo.get, places.find
    class_key, class_get, classes = classify.key, {}.get, {}
    class_get = classes.get
    hours_i = table.index(rules.hours) if rules.hours else None
    hours_unit = rules.hours_unit if rules.hours_unit != "duration" else "seconds"
    hours = _Cells(table, rules.hours or "", converter(hours_unit, table.comma_decimal))
    hours_get = hours.memo.get
    extras = [(table.index(m.column),
               _Cells(table, m.column, converter(m.unit, table.comma_decimal)))
              for m in rules.averages]
    extras += [(table.index(m.column), _Cells(table, m.column, parse_bool))
               for m in rules.shares]

    for row in table.rows:
        if len(row) < width:
            row = list(row) + [None] * (width - len(row))
        if dated:
            raw = row[month_i]
            if raw.__class__ is str and raw[10:11] in _CUT:
                raw = raw[:10]  # the date part of a timestamp keeps the memo small
            key = (row[agent_i], raw)
        else:
            key = row[agent_i]
        place = place_get(key)
        if place is None:
            place = find(key if dated else (key, None), row)
        cells = class_key(row)
        kind = class_get(cells)
        if kind is None:
            kind = classes[cells] = classify(cells)
            if len(classes) >= CACHE_LIMIT:
                classes.clear()
        place[kind] += 1
        if hours_i is not None:
            raw = row[hours_i]
            seconds = hours_get(raw, _MISS)
            if seconds is _MISS:
                seconds = hours.fill(raw)
            if seconds is not None:
                place[SECONDS] += seconds
                place[HOUR_CELLS] += 1
        if extras:
            _extras(row, extras, place, len(profile.tickets.averages))


def _extras(row: Any, extras: list[tuple[int, _Cells]], place: list[float],
            averages: int) -> None:
    """Averages (sum, count) and shares (yes, asked) of one row."""
    for n, (i, cells) in enumerate(extras):
        raw = row[i]
        value = cells.memo.get(raw, _MISS)
        if value is _MISS:
            value = cells.fill(raw)
        if value is not None:
            slot = EXTRAS + 2 * n
            place[slot] += value if n < averages else bool(value)
            place[slot + 1] += 1


def _figures(harvest: Harvest, agent: AgentRef, month: str, place: list[float],
             profile: Profile) -> None:
    rules = profile.tickets
    by_ticket = [sum(place[t * 5:(t + 1) * 5]) for t in range(4)]
    rows = sum(by_ticket)
    solved = by_ticket[1] + by_ticket[2] + by_ticket[3]
    judged = by_ticket[2] + by_ticket[3]
    if rules.replies is not None:
        harvest.put(agent, month, "ftr",
                    round(100.0 * by_ticket[3] / judged, 4) if judged else None)
    if rules.rating is not None:
        for colour, metric in ((1, "smileys_green"), (2, "smileys_yellow"), (3, "smileys_red")):
            harvest.put(agent, month, metric, float(sum(place[t * 5 + colour]
                                                        for t in range(4))))
    handled = solved if rules.handled == "solved" else rows
    hours = place[SECONDS] / 3600.0 if place[HOUR_CELLS] else None
    harvest.put(agent, month, "tickets_per_hour",
                round(handled / hours, 4) if hours else None)
    for n, metric in enumerate(rules.averages + rules.shares):
        total, count = place[EXTRAS + 2 * n], place[EXTRAS + 2 * n + 1]
        scale = 1.0 if n < len(rules.averages) else 100.0
        harvest.put(agent, month, metric.metric,
                    round(scale * total / count, 4) if count else None)


def _notices(harvest: Harvest, places: _Places, classify: _Classifier, month: str | None,
             profile: Profile) -> None:
    add = harvest.notices.append
    no_agent = sum(places.no_agent[:CLASSES])
    other = sum(places.other_month[:CLASSES])
    undated = sum(places.undated[5:CLASSES])  # only solved tickets need a date
    unjudged = sum(sum(p[5:10]) for p in places.tallies.values())
    unknown = sum(p[t * 5 + 4] for p in places.tallies.values() for t in range(4))
    if no_agent:
        add(Notice("imports.note.rows_without_agent", {"count": no_agent}))
    if other:
        add(Notice("imports.note.other_months", {"count": other, "month": month}))
    if undated:
        add(Notice("imports.note.undated", {"count": undated}))
    if unjudged and profile.tickets.replies is not None:
        add(Notice("imports.note.unjudged", {"count": unjudged}))
    if unknown:
        words = ", ".join(f"'{w}'" for w in sorted(classify.unknown_words)[:5])
        add(Notice("imports.note.unknown_ratings", {"count": unknown, "words": words}))
    if profile.tickets.hours is None:
        add(Notice("imports.note.hours_unknown", {}))
