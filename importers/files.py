"""A CSV or XLSX file read through its mapping profile into a Harvest (and hours from a WFM
file for tickets per hour). Streaming: the file is never held in memory whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from coachtui.importers.harvest import AgentRef, Harvest
from coachtui.importers.mapping import Profile, load_profile
from coachtui.importers.problems import ImportProblem, Notice, os_reason
from coachtui.importers.readers import NotUtf8, Progress, Table, open_table
from coachtui.outside_text import quoted

T = TypeVar("T")


def harvest_file(path: Path, profile_name: str, month: str | None = None,
                 hours_path: Path | None = None, *,
                 progress: Progress | None = None) -> Harvest:
    """Read a file through its profile (a late non-UTF-8 byte restarts it as cp1252).

    Any refusal is an ImportProblem, a file the system cannot read included."""
    try:
        return _harvest_file(path, profile_name, month, hours_path, progress)
    except OSError as exc:  # a folder, no permission, a file gone while it was read
        where = exc.filename if exc.filename is not None else path
        raise ImportProblem("imports.file_unreadable", file=quoted(Path(where).name),
                            error=os_reason(exc)) from exc


def _harvest_file(path: Path, profile_name: str, month: str | None, hours_path: Path | None,
                  progress: Progress | None) -> Harvest:
    from coachtui.importers.agent_rows import read_agent_months
    from coachtui.importers.aggregate import aggregate_tickets

    profile = load_profile(profile_name)
    path = Path(path).expanduser()
    if not path.is_file():
        raise ImportProblem("imports.no_file", file=quoted(path, 120))
    if hours_path is not None and profile.kind != "tickets":
        raise ImportProblem("imports.hours_needs_tickets", profile=quoted(profile.name))
    source = f"file:{profile.name}"
    read = aggregate_tickets if profile.kind == "tickets" else read_agent_months
    harvest = read_file(path, profile.sheet, progress,
                        lambda table: read(table, profile, month, source))
    if hours_path is not None:
        _add_hours(harvest, profile, Path(hours_path).expanduser(), month)
    return harvest


def read_file(path: Path, sheet: str | None, progress: Progress | None,
              read: Callable[[Table], T]) -> T:
    """Open a file and `read` its table; a late non-UTF-8 byte starts it again as cp1252."""
    encoding = None
    while True:
        try:
            with open_table(path, sheet=sheet, progress=progress, encoding=encoding) as table:
                return read(table)
        except NotUtf8:
            encoding = "cp1252"


def _add_hours(harvest: Harvest, profile: Profile, hours_path: Path, month: str | None) -> None:
    """Tickets per hour from a WFM file: handled / hours worked; no hours, no figure."""
    from coachtui.importers.agent_rows import read_hours

    if not hours_path.is_file():
        raise ImportProblem("imports.no_file", file=quoted(hours_path, 120))
    worked = read_file(hours_path, None, None, lambda table: read_hours(
        table, profile.hours_file, profile.agent_match, month, profile.day_first))
    missing: set[AgentRef] = set()
    for (ref, ref_month), handled in harvest.handled.items():
        seconds = worked.get((ref, ref_month))
        if seconds:
            harvest.put(ref, ref_month, "tickets_per_hour",
                        round(handled / (seconds / 3600.0), 4))
        else:  # the WFM file is the source of hours now: none there means unknown
            harvest.put(ref, ref_month, "tickets_per_hour", None)
            missing.add(ref)
    harvest.notices = [n for n in harvest.notices if n.key != "imports.note.hours_unknown"]
    if missing:
        keys = sorted({ref.key for ref in missing})
        harvest.notices.append(Notice("imports.note.hours_missing", {
            "count": len(keys), "names": ", ".join(quoted(k, 40) for k in keys[:8])}))
