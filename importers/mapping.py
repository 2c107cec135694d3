"""Mapping profiles: small TOML files that say which column of an export holds what.

Two kinds: `agent_month` (one row per agent, maybe per month; each metric a column) and
`tickets` (one row per ticket or contact, aggregated per agent and month). Presets ship in
`importers/profiles/*.toml` and are loaded by name; any other profile by path.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from coachtui.errors import Phrase
from coachtui.importers.problems import ImportProblem, os_reason
from coachtui.outside_text import quoted

VALUE_UNITS = ("percent", "fraction", "count", "number", "duration", "seconds",
               "milliseconds", "minutes", "hours")
AGENT_MATCHES = ("email", "name", "id")
KINDS = ("agent_month", "tickets")


@dataclass(frozen=True)
class MetricColumn:
    """One metric read from one column, with the unit the column is written in."""

    metric: str
    column: str
    unit: str = "number"


@dataclass(frozen=True)
class TicketRules:
    """How a ticket-level export is aggregated (see SOURCES.md for the definitions)."""

    status: str | None = None
    solved: frozenset[str] = frozenset({"solved", "closed", "opgelost", "gesloten"})
    replies: str | None = None
    reopens: str | None = None
    handled: str = "solved"  # "solved" tickets, or every "rows" (each row a handled contact)
    hours: str | None = None  # time spent per row, summed per agent and month
    hours_unit: str = "seconds"
    rating: str | None = None
    green: frozenset[str] = frozenset()
    yellow: frozenset[str] = frozenset()
    red: frozenset[str] = frozenset()
    averages: tuple[MetricColumn, ...] = ()  # mean per agent and month (AHT, ...)
    shares: tuple[MetricColumn, ...] = ()  # percent of rows saying yes (service level, ...)


@dataclass(frozen=True)
class HoursFile:
    """Columns of a WFM/time export given with `--hours`: hours worked per agent (and day or
    month); rows of the same agent and month are added up."""

    agent_column: str = "email"
    match: str | None = None  # None: as the ticket file's agent column
    month_column: str | None = "month"
    hours_column: str = "hours"
    unit: str = "hours"


@dataclass(frozen=True)
class Profile:
    """A parsed mapping profile."""

    name: str
    kind: str
    agent_column: str
    agent_match: str = "email"
    name_column: str | None = None
    month_column: str | None = None
    day_first: bool = True
    sheet: str | None = None
    description: str = ""
    metrics: tuple[MetricColumn, ...] = ()
    handled_column: str | None = None  # agent_month: tickets_per_hour = handled / hours
    hours_column: str | None = None
    hours_unit: str = "duration"
    tickets: TicketRules = field(default_factory=TicketRules)
    optional_columns: bool = False  # metric and name columns may be absent (hand-made sheets)
    hours_file: HoursFile = field(default_factory=HoursFile)

    def metric_keys(self) -> set[str]:
        """Every metric this profile can write."""
        keys = {m.metric for m in self.metrics}
        if self.kind == "tickets":
            rules = self.tickets
            keys.add("tickets_per_hour")
            if rules.replies:
                keys.add("ftr")
            if rules.rating:
                keys.update({"smileys_green", "smileys_yellow", "smileys_red"})
            keys.update(m.metric for m in rules.averages + rules.shares)
        elif self.handled_column and self.hours_column:
            keys.add("tickets_per_hour")
        return keys


def preset_names() -> list[str]:
    """Names of the profiles shipped with coachtui."""
    folder = resources.files("coachtui.importers.profiles")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def load_profile(name_or_path: str) -> Profile:
    """A preset by name (`zendesk_explore`) or a profile file by path."""
    looks_like_path = name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path
    if not looks_like_path:
        resource = resources.files("coachtui.importers.profiles") / f"{name_or_path}.toml"
        if not resource.is_file():
            raise ImportProblem("imports.profile_unknown", name=quoted(name_or_path),
                                names=", ".join(preset_names()))
        return parse_profile(resource.read_text(encoding="utf-8"), name_or_path)
    path = Path(name_or_path).expanduser()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ImportProblem("imports.profile_unreadable", path=quoted(path, 120),
                            error=os_reason(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ImportProblem("imports.profile_unreadable", path=quoted(path, 120),
                            error=Phrase("imports.os.not_utf8")) from exc
    return parse_profile(text, str(path))


def _wrong(where: str, setting: str) -> ImportProblem:
    """The refusal of a profile setting that is unknown or wrong."""
    return ImportProblem("imports.profile_setting", profile=quoted(where),
                         setting=quoted(setting))


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _wrong(where, key)
    return value


def _text(data: dict[str, Any], key: str, where: str, default: str | None = None) -> str | None:
    value = data.get(key, default)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _wrong(where, key)
    return value


def _words(data: dict[str, Any], key: str, where: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong(where, key)
    return frozenset(v.strip().lower() for v in value)


def _columns(data: dict[str, Any], key: str, where: str) -> tuple[MetricColumn, ...]:
    out = []
    for metric, spec in _table(data, key, where).items():
        if isinstance(spec, str):
            spec = {"column": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("column"), str):
            raise _wrong(where, f"{key}.{metric}")
        unit = spec.get("unit", "number")
        if unit not in VALUE_UNITS:
            raise ImportProblem("imports.profile_unit", profile=quoted(where),
                                metric=quoted(metric), unit=quoted(unit),
                                units=", ".join(VALUE_UNITS))
        out.append(MetricColumn(metric, spec["column"], unit))
    return tuple(out)


def _check_keys(data: dict[str, Any], allowed: set[str], where: str, prefix: str = "") -> None:
    for key in data:
        if key not in allowed:
            raise _wrong(where, prefix + key)


def parse_profile(text: str, where: str) -> Profile:
    """A Profile from TOML text; `where` names it in error sentences."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ImportProblem("imports.profile_toml", profile=quoted(where),
                            error=quoted(exc, 120)) from exc
    _check_keys(data, {"name", "description", "kind", "sheet", "agent", "month", "metrics",
                       "optional_columns", "hours_file",
                       "tickets_per_hour", "tickets", "ratings", "averages", "shares"}, where)
    kind = data.get("kind", "agent_month")
    if kind not in KINDS:
        raise _wrong(where, "kind")
    agent = _table(data, "agent", where)
    _check_keys(agent, {"column", "match", "name_column"}, where, "agent.")
    if not isinstance(agent.get("column"), str):
        raise _wrong(where, "agent.column")
    if agent.get("match", "email") not in AGENT_MATCHES:
        raise _wrong(where, "agent.match")
    month = _table(data, "month", where)
    _check_keys(month, {"column", "day_first"}, where, "month.")
    tph = _table(data, "tickets_per_hour", where)
    _check_keys(tph, {"handled", "hours", "hours_unit"}, where, "tickets_per_hour.")
    tickets = _table(data, "tickets", where)
    _check_keys(tickets, {"status", "solved", "replies", "reopens", "handled", "hours",
                          "hours_unit"}, where, "tickets.")
    ratings = _table(data, "ratings", where)
    _check_keys(ratings, {"column", "green", "yellow", "red"}, where, "ratings.")
    if tickets.get("handled", "solved") not in ("solved", "rows"):
        raise _wrong(where, "tickets.handled")
    for unit_key, table in (("hours_unit", tph), ("hours_unit", tickets)):
        if table.get(unit_key, "seconds") not in VALUE_UNITS:
            raise _wrong(where, unit_key)
    rules = TicketRules(
        status=_text(tickets, "status", where),
        solved=_words(tickets, "solved", where) or TicketRules.solved,
        replies=_text(tickets, "replies", where),
        reopens=_text(tickets, "reopens", where),
        handled=tickets.get("handled", "solved"),
        hours=_text(tickets, "hours", where),
        hours_unit=tickets.get("hours_unit", "seconds"),
        rating=_text(ratings, "column", where),
        green=_words(ratings, "green", where),
        yellow=_words(ratings, "yellow", where),
        red=_words(ratings, "red", where),
        averages=_columns(data, "averages", where),
        shares=_columns(data, "shares", where),
    )
    hours = _table(data, "hours_file", where)
    _check_keys(hours, {"agent_column", "match", "month_column", "hours_column", "unit"}, where,
                "hours_file.")
    if hours.get("match", "email") not in AGENT_MATCHES:
        raise _wrong(where, "hours_file.match")
    if hours.get("unit", "hours") not in VALUE_UNITS:
        raise _wrong(where, "hours_file.unit")
    hours_file = HoursFile(
        agent_column=_text(hours, "agent_column", where, "email") or "email",
        match=hours.get("match"),
        month_column=_text(hours, "month_column", where, "month"),
        hours_column=_text(hours, "hours_column", where, "hours") or "hours",
        unit=hours.get("unit", "hours"),
    )
    day_first = month.get("day_first", True)
    if not isinstance(day_first, bool):
        raise _wrong(where, "month.day_first")
    return Profile(
        name=str(data.get("name") or Path(where).stem),
        kind=kind,
        agent_column=agent["column"],
        agent_match=agent.get("match", "email"),
        name_column=_text(agent, "name_column", where),
        month_column=_text(month, "column", where),
        day_first=day_first,
        sheet=_text(data, "sheet", where),
        description=str(data.get("description", "")),
        metrics=_columns(data, "metrics", where),
        handled_column=_text(tph, "handled", where),
        hours_column=_text(tph, "hours", where),
        hours_unit=tph.get("hours_unit", "duration"),
        tickets=rules,
        optional_columns=data.get("optional_columns", False) is True,
        hours_file=hours_file,
    )
