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

from coachtui.importers.columns import ColumnTally
from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.mapping import Profile
from coachtui.importers.parsing import converter, parse_bool
from coachtui.importers.problems import ImportProblem, Notice
from coachtui.importers.readers import Block, ReadAgain, Table
from coachtui.importers.tally import (
    CACHE_LIMIT,
    CLASSES,
    CUT,
    EXTRAS,
    HOUR_CELLS,
    MISS,
    NO_AGENT,
    OTHER_MONTH,
    SECONDS,
    UNDATED,
    Cells,
    Classifier,
    Places,
)


def aggregate_tickets(table: Table, profile: Profile, month: str | None,
                      source: str) -> Harvest:
    """Add up a ticket-level table per agent and month into a Harvest."""
    rules = profile.tickets
    if profile.month_column is None and month is None:
        raise ImportProblem("imports.month_needed", profile=profile.name)
    if rules.handled == "solved" and rules.status is None:
        raise ImportProblem("imports.profile_setting", profile=profile.name,
                            setting="tickets.status")
    places = Places(table, profile, month, len(rules.averages), len(rules.shares))
    classify = Classifier(table, profile)
    hours_i = table.index(rules.hours) if rules.hours else None
    hours_unit = rules.hours_unit if rules.hours_unit != "duration" else "seconds"
    hours = Cells(table, rules.hours or "", converter(hours_unit, table.comma_decimal))
    extras = [(table.index(m.column),
               Cells(table, m.column, converter(m.unit, table.comma_decimal)))
              for m in rules.averages]
    extras += [(table.index(m.column), Cells(table, m.column, parse_bool))
               for m in rules.shares]
    if table.split_blocks is not None:
        try:
            with table.guard():
                _block_by_block(table, table.split_blocks(), places, classify, hours_i, hours,
                                extras)
        except ImportProblem as exc:  # the split path cannot name the line: csv can
            raise ReadAgain from exc
    else:
        with table.guard():
            _row_by_row(table, table.rows, places, classify, hours_i, hours, extras)
    rows = sum(sum(p[:CLASSES]) for p in places.all)
    harvest = Harvest(source=source, rows=rows)
    for (index, row_month), place_id in places.tallies.items():
        _figures(harvest, places.refs[index], row_month, places.all[place_id], profile)
    _notices(harvest, places, classify, month, profile)
    return harvest


def _block_by_block(table: Table, blocks: Iterable[Block], places: Places,
                    classify: Classifier, hours_i: int | None, hours: Cells,
                    extras: list[tuple[int, Cells]]) -> None:
    """The split fast path: whole blocks column by column, a ragged block row by row."""
    width = len(table.header)
    tally = ColumnTally(places, classify, hours_i, hours, extras)
    memos: tuple[dict[Any, Any], dict[Any, Any]] = ({}, {})
    for block in blocks:
        if block.width == width:
            tally.add(block)
        else:
            _row_by_row(table, block.rows, places, classify, hours_i, hours, extras, memos)
    tally.finish()


def _row_by_row(table: Table, rows: Iterable[Sequence[Any]], places: Places,
                classify: Classifier, hours_i: int | None, hours: Cells,
                extras: list[tuple[int, Cells]],
                memos: tuple[dict[Any, Any], dict[Any, Any]] | None = None) -> None:
    """The plain loop: per row two memo look-ups and one increment (more for extras).

    `memos` (place and class memos) may be kept from one call to the next.
    """
    width = len(table.header)
    agent_i, month_i, name_i = places.agent_i, places.month_i, places.name_i
    dated = month_i is not None
    find, all_places = places.find, places.all
    # (agent cell, date cell) -> place, without the id step; class cells -> class
    spots, classes = memos if memos is not None else ({}, {})
    spot_get = spots.get
    class_key = classify.key
    class_get = classes.get
    hours_get = hours.memo.get
    averages = len(places.profile.tickets.averages)

    for row in rows:
        if len(row) < width:
            row = list(row) + [None] * (width - len(row))
        raw = row[month_i] if dated else None
        if raw.__class__ is str and raw[10:11] in CUT:
            raw = raw[:10]  # the date part of a timestamp keeps the memo small
        key = (row[agent_i], raw)
        place = spot_get(key)
        if place is None:
            place = all_places[find(key, lambda row=row: row[name_i])]
            if len(spots) >= CACHE_LIMIT:
                spots.clear()
            spots[key] = place
        cells = class_key(row)
        kind = class_get(cells)
        if kind is None:
            if len(classes) >= CACHE_LIMIT:
                classes.clear()
            kind = classes[cells] = classify(cells)
        place[kind] += 1
        if hours_i is not None:
            raw = row[hours_i]
            seconds = hours_get(raw, MISS)
            if seconds is MISS:
                seconds = hours.fill(raw)
            if seconds is not None:
                place[SECONDS] += seconds
                place[HOUR_CELLS] += 1
        if extras:
            _extras(row, extras, place, averages)


def _extras(row: Any, extras: list[tuple[int, Cells]], place: list[float],
            averages: int) -> None:
    """Averages (sum, count) and shares (yes, asked) of one row."""
    for n, (i, cells) in enumerate(extras):
        raw = row[i]
        value = cells.memo.get(raw, MISS)
        if value is MISS:
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
    harvest.handled[(agent, month)] = handled
    hours = place[SECONDS] / 3600.0 if place[HOUR_CELLS] else None
    harvest.put(agent, month, "tickets_per_hour",
                round(handled / hours, 4) if hours else None)
    for n, metric in enumerate(rules.averages + rules.shares):
        total, count = place[EXTRAS + 2 * n], place[EXTRAS + 2 * n + 1]
        scale = 1.0 if n < len(rules.averages) else 100.0
        harvest.put(agent, month, metric.metric,
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
        words = ", ".join(f"'{w}'" for w in sorted(classify.unknown_words)[:5])
        add(Notice("imports.note.unknown_ratings", {"count": unknown, "words": words}))
    if profile.tickets.hours is None:
        add(Notice("imports.note.hours_unknown", {}))
