"""Counting a whole block of ticket rows column by column, with most per-row work in C.

A block from the split fast path (`readers.Block`) gives each column as one list. Every
row's place and class are then found by `map` over dictionary look-ups, and one short
Python loop counts the rows per (place, class) and adds up the hours. Cell values are
read once per distinct value, as in the row loop, and a bad one raises the same
ImportProblem (the caller reads the file again with the csv module to name its line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat
from operator import add, getitem
from typing import Any

from coachtui.importers.readers import Block
from coachtui.importers.tally import (
    CACHE_LIMIT,
    CLASSES,
    CUT,
    EXTRAS,
    MISS,
    SECONDS,
    Cells,
    Classifier,
    Places,
)

# A date cell is looked up by its first 11 characters: a timestamp's date part and the
# character after it, which says whether the rest is a time of day (see `_date_key`)
PREFIX = slice(None, 11)


class WholeDates(Exception):
    """A date cell whose first 11 characters do not say its month (`October 2026`)."""


class ColumnTally:
    """Counts blocks of rows into `places`, the same sums as the row loop in `aggregate`.

    A row's "spot" is its place id * CLASSES; spot + class indexes `counts`, and the sums
    of a place are kept at its spot. `finish()` adds them all to the places.
    """

    def __init__(self, places: Places, classify: Classifier, hours_i: int | None,
                 hours: Cells, extras: list[tuple[int, Cells]]) -> None:
        self.places, self.classify = places, classify
        self.spots: dict[Any, int] = {}  # (agent cell, date cell prefix) -> spot
        self.classes: dict[Any, int] = {}  # class cells -> class
        self.prefix: slice | None = PREFIX  # None: date cells are looked up whole
        self.counts: list[int] = []  # spot + class -> rows
        # (column, cells, first slot in a place, sums per spot, empty cells per spot)
        self.sums: list[tuple[int, Cells, int, list[float], list[int]]] = []
        if hours_i is not None:
            self.sums.append((hours_i, hours, SECONDS, [], []))  # then HOUR_CELLS
        for n, (i, cells) in enumerate(extras):
            self.sums.append((i, cells, EXTRAS + 2 * n, [], []))  # sum, then count

    def add(self, block: Block) -> None:
        """Count every row of a block whose rows all have the header's width."""
        column = block.column
        agents = column(self.places.agent_i)
        month_i = self.places.month_i
        dates = [None] * len(agents) if month_i is None else column(month_i)
        try:  # the usual case first: every key seen before, all in C
            spots = list(map(self.spots.__getitem__, zip(
                agents, dates if self.prefix is None or month_i is None
                else map(getitem, dates, repeat(self.prefix)), strict=True)))
        except KeyError:
            spots = self._new_spots(block, agents, dates)
        columns = [column(i) for i in self.classify.columns]
        if not columns:  # no status, replies, reopens or rating: one class for all
            columns = [[None] * len(agents)]
        try:
            kinds = list(map(self.classes.__getitem__, zip(*columns, strict=True)))
        except KeyError:
            kinds = _look_up(self.classes, lambda: zip(*columns, strict=True), self.classify)
        counts = self.counts
        if len(counts) < len(self.places.all) * CLASSES:
            self._grow()
        sums_up = [(_values(cells, column(i)), sums, empty)
                   for i, cells, _, sums, empty in self.sums]
        if len(sums_up) == 1 and None not in sums_up[0][0]:  # the usual case: one loop
            values, sums, _ = sums_up[0]
            for spot, kind, value in zip(spots, kinds, values, strict=True):
                counts[spot + kind] += 1
                sums[spot] += value
            return
        for key in map(add, spots, kinds):
            counts[key] += 1
        for values, sums, empty in sums_up:
            _sum_up(spots, values, sums, empty)

    def finish(self) -> None:
        """Add the counts and sums so far to the places (call once, after the last block)."""
        every = self.places.all
        rows = [0] * len(every)
        for key, count in enumerate(self.counts):
            if count:
                place, kind = divmod(key, CLASSES)
                every[place][kind] += count
                rows[place] += count
        for _, _, slot, sums, empty in self.sums:
            for place, seen in enumerate(rows):
                if seen:
                    every[place][slot] += sums[place * CLASSES]
                    every[place][slot + 1] += seen - empty[place * CLASSES]
        self.counts.clear()
        self.sums.clear()

    def _grow(self) -> None:
        """Room in `counts` and the sums for places found since the last block."""
        size = len(self.places.all) * CLASSES
        for numbers in [self.counts] + [s for _, _, _, sums, empty in self.sums
                                        for s in (sums, empty)]:
            numbers.extend([0] * (size - len(numbers)))

    def _new_spots(self, block: Block, agents: list[str], dates: list[Any]) -> list[int]:
        """The spot of every row when some are new (a new agent's name is read from its first
        row); a date cell whose prefix does not say its month makes whole cells the keys."""
        try:
            return self._spots(block, agents, dates)
        except WholeDates:  # month names or the like: whole cells (few distinct ones) then
            self.prefix = None
            self.spots.clear()
            return self._spots(block, agents, dates)

    def _spots(self, block: Block, agents: list[str], dates: list[Any]) -> list[int]:
        prefix = None if self.places.month_i is None else self.prefix

        def keys() -> Iterable[Any]:
            if prefix is None:
                return zip(agents, dates, strict=True)
            return zip(agents, map(getitem, dates, repeat(prefix)), strict=True)

        first: dict[Any, int] = {}  # key -> its first row, made when a new agent needs a name

        def name_of(key: Any) -> Any:
            name_i = self.places.name_i
            if name_i is None:
                return None
            if not first:
                every = list(keys())
                first.update(zip(reversed(every), range(len(every) - 1, -1, -1), strict=True))
            return block.column(name_i)[first[key]]

        def place_of(key: Any) -> int:
            agent, date = key
            place = self.places.find((agent, self._date_key(date)), lambda: name_of(key))
            return place * CLASSES

        return _look_up(self.spots, keys, place_of)

    def _date_key(self, cell: str | None) -> str | None:
        """The row loop's memo key of a date cell (or its prefix): a timestamp's date part."""
        if cell is None:
            return None
        if cell[10:11] in CUT:
            return cell[:10]
        if self.prefix is not None and len(cell) > 10:
            raise WholeDates  # the prefix of a longer cell that is not a timestamp
        return cell


def _values(cells: Cells, column: list[str]) -> list[Any]:
    """The value of every cell of a column, each distinct cell read once."""
    try:
        return list(map(cells.memo.__getitem__, column))
    except KeyError:
        return _look_up(cells.memo, lambda: column, cells.fill)


def _look_up(memo: dict[Any, Any], keys: Callable[[], Iterable[Any]],
             read: Callable[[Any], Any]) -> list[Any]:
    """memo[key] for every key of `keys()`; a key not in the memo is read once, and keys are
    read in the order of their first row (memo and reading as in the row loop)."""
    try:
        return list(map(memo.__getitem__, keys()))
    except KeyError:
        pass
    every = list(keys())
    found = {}  # this block's keys, whatever the memo forgets when it starts again
    for key in dict.fromkeys(every):
        value = memo.get(key, MISS)
        if value is MISS:
            value = read(key)
            if len(memo) >= CACHE_LIMIT:
                memo.clear()
            memo[key] = value
        found[key] = value
    return list(map(found.__getitem__, every))


def _sum_up(spots: list[int], values: list[Any], sums: list[float], empty: list[int]) -> None:
    """Add each value to the sum of its row's spot; count the empty cells (None)."""
    if None in values:
        for place, value in zip(spots, values, strict=True):
            if value is None:
                empty[place] += 1
            else:
                sums[place] += value
    else:
        for place, value in zip(spots, values, strict=True):
            sums[place] += value
