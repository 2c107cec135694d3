"""Months as the helpdesk shows them: month boundaries in the account's time zone.

Zendesk Explore, Help Scout's reports and Freshdesk's reports count a ticket in the month
of its local date, so a ticket solved at 00:30 on 1 October in Amsterdam belongs to October
even though it is still 30 September in UTC. Every connector computes its boundaries here,
in the configured time zone (`timezone` in the settings), or the machine's own when none
is configured.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coachtui.importers.problems import ImportProblem
from coachtui.outside_text import quoted

__all__ = ["machine_zone", "month_bounds", "month_of", "zone"]


def machine_zone() -> tzinfo:
    """The machine's own time zone: `$TZ` when it names a zone, else /etc/localtime, else
    UTC (a machine without any zone data counts in UTC)."""
    name = os.environ.get("TZ", "").lstrip(":").strip()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    local = Path("/etc/localtime")
    try:
        with local.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ValueError):
        return UTC


def zone(name: str | None) -> tzinfo:
    """The time zone called `name` (IANA, e.g. `Europe/Amsterdam`), or the machine's own
    when `name` is empty; an unknown name is refused in one sentence."""
    if not name:
        return machine_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportProblem("imports.bad_timezone", value=quoted(name)) from None


def month_bounds(month: str, tz: tzinfo = UTC) -> tuple[datetime, datetime]:
    """The first moment of `month` and of the month after, local to `tz`, as UTC times."""
    year, number = int(month[:4]), int(month[5:7])
    after = (year + number // 12, number % 12 + 1)
    start = datetime(year, number, 1, tzinfo=tz)
    end = datetime(after[0], after[1], 1, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def month_of(stamp: Any, tz: tzinfo = UTC) -> str | None:
    """`YYYY-MM` of an ISO timestamp such as `2026-10-03T12:00:00Z` as the clock in `tz`
    reads it, or None when it is not a timestamp (a stamp without an offset is UTC)."""
    if not isinstance(stamp, str) or len(stamp) < 7:
        return None
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).strftime("%Y-%m")
