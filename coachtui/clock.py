"""The one clock of coachtui. `COACHTUI_TODAY` / `COACHTUI_NOW` fix it for tests and demos."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime

_frozen: datetime | None = None


@contextlib.contextmanager
def frozen_at(moment: datetime) -> Iterator[None]:
    """Within the block, `now()` is `moment` (the demo writes its history this way)."""
    global _frozen
    previous, _frozen = _frozen, moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    try:
        yield
    finally:
        _frozen = previous


def now() -> datetime:
    """Current time in UTC, or the fixed `COACHTUI_NOW` (ISO) / `COACHTUI_TODAY` at 09:00."""
    if _frozen is not None:
        return _frozen
    fixed = os.environ.get("COACHTUI_NOW")
    if fixed:
        value = datetime.fromisoformat(fixed)
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    day = os.environ.get("COACHTUI_TODAY")
    if day:
        return datetime.combine(date.fromisoformat(day), datetime.min.time(), UTC).replace(hour=9)
    return datetime.now(UTC)


def today() -> date:
    """Today's date from `now()`."""
    return now().date()


def current_month() -> str:
    """This month as `YYYY-MM`."""
    return today().strftime("%Y-%m")


def now_iso() -> str:
    """`now()` as an ISO string with seconds, the format stored in the journal."""
    return now().isoformat(timespec="seconds")
