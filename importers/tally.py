"""The counting parts of ticket-level aggregation: memos of cell values, the class of a row
and the place (agent, month) it is counted in."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from coachtui.importers.harvest import AgentRef, Harvest, agent_ref
from coachtui.importers.mapping import Profile
from coachtui.importers.parsing import converter, parse_bool, parse_count, parse_month
from coachtui.importers.problems import CellError, bad_value
from coachtui.importers.readers import Table

CACHE_LIMIT = 20000  # distinct cell values remembered per column before the cache restarts
CUT = frozenset({" ", "T"})  # a timestamp's date part ends before one of these
# rating words that mean "no rating given" rather than a colour
NO_RATING = frozenset({"", "offered", "unoffered", "not offered", "aangeboden",
                       "niet aangeboden", "none", "-", "geen"})

# Each row falls in one of 20 classes: ticket class (0 not solved, 1 solved but reply count
# unknown, 2 solved not first time right, 3 solved first time right) * 5 + rating colour
# (0 none, 1 green, 2 yellow, 3 red, 4 unknown word). A "place" (one agent in one month) is
# a list: 20 class counters, then hours seconds and rows without hours, then 2 slots per
# average (sum, count) and 2 per share (yes, asked). Counting a row is one list increment
# and one addition.
CLASSES = 20
SECONDS, NO_HOURS, EXTRAS = 20, 21, 22
NO_AGENT, OTHER_MONTH, UNDATED = 0, 1, 2  # ids of the places that collect skipped rows


def new_place(extras: int, shares: int) -> list[float]:
    """A fresh place: class counters, hours, and slots for averages and shares."""
    return [0] * (EXTRAS + 2 * extras + 2 * shares)
class Cells:
    """Bounded memo of cell -> value for one column. The hot loop looks a cell up in `memo`
    itself (a plain dict is fastest) and calls `read` on a miss; `cells[raw]` does both.
    A bad cell raises the bad-value sentence naming the line being read."""

    def __init__(self, table: Table, column: str, parse: Callable[[Any], Any]) -> None:
        self.table, self.column, self.parse = table, column, parse
        self.memo: dict[Any, Any] = {}

    def read(self, raw: Any) -> Any:
        """The value of a cell not in the memo yet (then remembered)."""
        try:
            value = self.parse(raw)
        except CellError as exc:
            raise bad_value(self.table.name, self.table.line(), self.column, raw,
                            exc.reason) from None
        if len(self.memo) >= CACHE_LIMIT:
            self.memo.clear()
        self.memo[raw] = value
        return value

    def __getitem__(self, raw: Any) -> Any:
        try:
            return self.memo[raw]
        except KeyError:
            return self.read(raw)


def count_or_flag(raw: Any) -> float | None:
    """A reopen column may hold a count or Ja/Nee."""
    try:
        return parse_count(raw)
    except CellError:
        flag = parse_bool(raw)
        return None if flag is None else float(flag)


class Classifier:
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
        self.replies_cells = Cells(table, rules.replies or "",
                                    converter("count", table.comma_decimal))
        self.reopens_cells = Cells(table, rules.reopens or "", count_or_flag)
        self.unknown_words: set[str] = set()
        self.memo: dict[Any, int] = {}  # class cells -> class, see `kind`
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

    def kind(self, cells: Any) -> int:
        """The class of a row's class cells not in `memo` yet (then remembered)."""
        if len(self.memo) >= CACHE_LIMIT:
            self.memo.clear()
        kind = self.memo[cells] = self(cells)
        return kind

    def __call__(self, cells: Any) -> int:
        """The class of a row from its cells (called once per distinct combination)."""
        ticket = 0
        if self.status is not None:
            raw = cells[self.status]
            if isinstance(raw, str) and raw.strip().lower() in self.solved_words:
                ticket = 1
                replies = reopens = 0.0
                if self.replies is not None:
                    replies = self.replies_cells[cells[self.replies]]
                    if self.reopens is not None:
                        reopens = self.reopens_cells[cells[self.reopens]]
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


class Places:
    """Finds the place (agent, month) of a row; rows to skip land in a skip place."""

    def __init__(self, table: Table, profile: Profile, month: str | None, extras: int,
                 shares: int, harvest: Harvest) -> None:
        self.table, self.profile, self.month, self.harvest = table, profile, month, harvest
        self.agent_i = table.index(profile.agent_column)
        self.name_i = table.find(profile.name_column) if profile.name_column else None
        self.month_i = table.index(profile.month_column) if profile.month_column else None
        day_first = profile.day_first
        self.months = Cells(table, profile.month_column or "",
                            lambda raw: parse_month(raw, day_first=day_first))
        self.sizes = (extras, shares)
        # place ids 0-2 collect the rows that are skipped, for the warnings
        self.all: list[list[float]] = [new_place(extras, shares) for _ in range(3)]
        self.refs: list[AgentRef] = []
        self.by_ref: dict[AgentRef, int] = {}
        self.tallies: dict[tuple[int, str], int] = {}  # (agent index, month) -> place id
        self.cells: dict[Any, AgentRef | None] = {}  # agent cell -> who it names

    def find(self, agent_cell: Any, date: Any, name_of: Callable[[], Any]) -> int:
        """The id of the place for rows with this agent cell and date (a cell, or a
        timestamp's date part).

        `name_of()` gives the agent's name cell, read only for an agent not seen before.
        """
        try:
            ref = self.cells[agent_cell]
        except KeyError:
            ref = self._agent(agent_cell, name_of)
        if ref is None:
            return NO_AGENT
        row_month = self.month if self.month_i is None else self.months[date]
        if row_month is None:
            return UNDATED
        if self.month is not None and row_month != self.month:
            return OTHER_MONTH
        index = self.by_ref.get(ref)
        if index is None:
            index = self.by_ref[ref] = len(self.refs)
            self.refs.append(ref)
        place = self.tallies.get((index, row_month))
        if place is None:
            place = self.tallies[(index, row_month)] = len(self.all)
            self.all.append(new_place(*self.sizes))
        return place

    def _agent(self, raw: Any, name_of: Callable[[], Any]) -> AgentRef | None:
        """Who an agent cell names (read once per distinct cell; a new agent's name from
        the row being read, whose line is listed when either carries control characters)."""
        try:
            ref = agent_ref(raw, self.profile.agent_match)
            if ref is not None and ref not in self.by_ref and self.name_i is not None:
                ref = agent_ref(raw, self.profile.agent_match, name_of())  # a new agent
        except CellError as exc:
            raise bad_value(self.table.name, self.table.line(), self.profile.agent_column,
                            raw, exc.reason) from None
        if ref is not None:
            self.harvest.check_text(ref, self.table.line())
        if len(self.cells) >= CACHE_LIMIT:
            self.cells.clear()
        self.cells[raw] = ref
        return ref
