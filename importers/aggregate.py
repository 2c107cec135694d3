"""Ticket-level exports (one row per ticket or contact) added up per agent and month.

Definitions follow SOURCES.md: FTR = solved tickets with at most one agent reply and no
reopen, divided by all solved tickets (tickets whose reply count is empty are left out of
both); smileys are counted per rating; tickets per hour = handled / hours worked, and
without hours it stays unknown (None), never guessed.

Streaming: the file is read row by row and only one small tally per agent and month is
kept, plus bounded caches of cell values (so memory does not grow with the row count).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.mapping import Profile
from coachtui.importers.parsing import converter, parse_bool
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.importers.readers import Table
from coachtui.importers.tally import (
    CACHE_LIMIT,
    CLASSES,
    CUT,
    EXTRAS,
    NO_AGENT,
    NO_HOURS,
    OTHER_MONTH,
    SECONDS,
    UNDATED,
    Cells,
    Classifier,
    Places,
)
from coachtui.outside_text import quoted

# A date cell is looked up by its first 11 characters: a timestamp's date part and the
# character after it, which says whether the rest is a time of day. A file whose dates
# are not timestamps or short dates (`October 2026`) is looked up by whole cells instead.
PREFIX = slice(None, 11)
WHOLE = slice(None)


def aggregate_tickets(table: Table, profile: Profile, month: str | None,
                      source: str) -> Harvest:
    """Add up a ticket-level table per agent and month into a Harvest."""
    rules = profile.tickets
    if profile.month_column is None and month is None:
        raise ImportProblem("imports.month_needed", profile=quoted(profile.name))
    if rules.handled == "solved" and rules.status is None:
        raise ImportProblem("imports.profile_setting", profile=quoted(profile.name),
                            setting="tickets.status")
    harvest = Harvest(source=source)
    places = Places(table, profile, month, len(rules.averages), len(rules.shares), harvest)
    classify = Classifier(table, profile)
    hours_unit = rules.hours_unit if rules.hours_unit != "duration" else "seconds"
    hours = Cells(table, rules.hours or "", converter(hours_unit, table.comma_decimal))
    extras = [(table.index(m.column),
               Cells(table, m.column, converter(m.unit, table.comma_decimal)))
              for m in rules.averages]
    extras += [(table.index(m.column), Cells(table, m.column, parse_bool))
               for m in rules.shares]
    counter = _RowCounter(table, places, classify,
                          table.index(rules.hours) if rules.hours else None, hours, extras)
    with table.guard():
        counter.count(table.rows)
    harvest.rows = int(sum(sum(p[:CLASSES]) for p in places.all))
    for (index, row_month), place_id in places.tallies.items():
        _figures(harvest, places.refs[index], row_month, places.all[place_id], profile)
    _notices(harvest, places, classify, month, profile)
    return harvest


class _RowCounter:
    """Counts rows into places: per row two memo look-ups, one increment and one sum.

    Rows come from the csv module (or python-calamine) as they are. A cell is read once per
    distinct value; a row whose cells do not fit the usual shape (short, a date that is
    not text) takes the same steps with its cells made to fit.
    """

    def __init__(self, table: Table, places: Places, classify: Classifier,
                 hours_i: int | None, hours: Cells, extras: list[tuple[int, Cells]]) -> None:
        self.width = len(table.header)
        self.places, self.extras = places, extras
        self.averages = len(places.profile.tickets.averages)
        self.dated = places.month_i is not None
        # without a month column or an hours column the loop reads the agent cell there:
        # its date is then never used, and its hours are none
        self.agent_i = places.agent_i
        self.date_i = places.month_i if places.month_i is not None else places.agent_i
        self.hours_i = hours_i if hours_i is not None else places.agent_i
        self.hours = hours if hours_i is not None else Cells(table, "", lambda raw: None)
        self.classify = classify
        self.cut = PREFIX
        # (agent cell, date key) -> the place list itself, without the id step
        self.spots: dict[tuple[Any, Any], list[float]] = {}

    def count(self, rows: Iterable[Sequence[Any]]) -> None:
        """Count every row (the hot loop: keep it short; plain dict look-ups are the
        fastest, a KeyError is the rare first sight of a value)."""
        agent_i, date_i, hours_i = self.agent_i, self.date_i, self.hours_i
        class_key, extras = self.classify.key, self.extras
        kinds, kind_of = self.classify.memo, self.classify.kind
        hours, hours_of = self.hours.memo, self.hours.read
        spots = self.spots
        cut = self.cut
        for row in rows:
            try:
                agent, key = row[agent_i], row[date_i][cut]
                cells, raw = class_key(row), row[hours_i]
            except (IndexError, TypeError):  # a short row, or a date that is not text
                row = self._fitted(row)
                agent, date = row[agent_i], row[date_i]
                key = date[cut] if isinstance(date, str) else date
                cells, raw = class_key(row), row[hours_i]
            try:
                place = spots[agent, key]
            except KeyError:
                place = self._place(agent, key, row)
                spots, cut = self.spots, self.cut
            try:
                place[kinds[cells]] += 1
            except KeyError:
                place[kind_of(cells)] += 1
            try:
                seconds = hours[raw]
            except KeyError:
                seconds = hours_of(raw)
            if seconds is None:
                place[NO_HOURS] += 1
            else:
                place[SECONDS] += seconds
            if extras:
                self._extras(row, place)

    def _fitted(self, row: Sequence[Any]) -> Sequence[Any]:
        """A short row with empty cells (None) up to the header's width."""
        if len(row) >= self.width:
            return row
        return [*row, *[None] * (self.width - len(row))]

    def _place(self, agent: Any, key: Any, row: Sequence[Any]) -> list[float]:
        """The place of a row not seen before with this agent cell and date key."""
        date = key
        if isinstance(key, str) and self.dated:
            if key[10:11] in CUT:
                date = key[:10]  # the date part of a timestamp
            elif self.cut is PREFIX and len(key) > 10:
                # the first 11 characters do not say the month (`October 2026`): whole
                # cells from now on, this row's too
                self.cut, date = WHOLE, row[self.date_i]
                self.spots.clear()
                key = date
                if date[10:11] in CUT:
                    date = date[:10]
        name_i = self.places.name_i
        place = self.places.all[self.places.find(
            agent, date, lambda: row[name_i] if name_i is not None and name_i < len(row)
            else None)]
        if len(self.spots) >= CACHE_LIMIT:
            self.spots.clear()
        self.spots[(agent, key)] = place
        return place

    def _extras(self, row: Sequence[Any], place: list[float]) -> None:
        """Averages (sum, count) and shares (yes, asked) of one row."""
        for n, (i, cells) in enumerate(self.extras):
            value = cells[row[i]] if i < len(row) else cells[None]
            if value is not None:
                slot = EXTRAS + 2 * n
                place[slot] += value if n < self.averages else bool(value)
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
    harvest.handled[(agent, month)] = handled
    hours = place[SECONDS] / 3600.0 if rows - place[NO_HOURS] else None
    harvest.put(agent, month, "tickets_per_hour",
                round(handled / hours, 4) if hours else None)
    for n, column in enumerate(rules.averages + rules.shares):
        total, count = place[EXTRAS + 2 * n], place[EXTRAS + 2 * n + 1]
        scale = 1.0 if n < len(rules.averages) else 100.0
        harvest.put(agent, month, column.metric,
                    round(scale * total / count, 4) if count else None)


def _notices(harvest: Harvest, places: Places, classify: Classifier, month: str | None,
             profile: Profile) -> None:
    add = harvest.notices.append
    counted = [places.all[i] for i in places.tallies.values()]
    no_agent = sum(places.all[NO_AGENT][:CLASSES])
    other = sum(places.all[OTHER_MONTH][:CLASSES])
    undated = sum(places.all[UNDATED][5:CLASSES])  # only solved tickets need a date
    unjudged = sum(sum(p[5:10]) for p in counted)
    unknown = sum(p[t * 5 + 4] for p in counted for t in range(4))
    if no_agent:
        add(Notice("imports.note.rows_without_agent", {"count": no_agent}))
    if other:
        add(Notice("imports.note.other_months", {"count": other, "month": month}))
    if undated:
        add(Notice("imports.note.undated", {"count": undated}))
    if unjudged and profile.tickets.replies is not None:
        add(Notice("imports.note.unjudged", {"count": unjudged}))
    if unknown:
        words = ", ".join(f"'{quoted(w, 40)}'" for w in sorted(classify.unknown_words)[:5])
        add(Notice("imports.note.unknown_ratings", {"count": unknown, "words": words}))
    if profile.tickets.hours is None:
        add(Notice("imports.note.hours_unknown", {}))
