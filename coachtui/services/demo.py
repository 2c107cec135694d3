"""The demo journal: a believable team to try coachtui on. The rule: an existing journal is
never overwritten unless the user said `--force`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from coachtui.errors import UserError
from coachtui.outside_text import quoted


@dataclass(frozen=True)
class DemoWritten:
    """What the demo journal holds once written."""

    path: Path
    agents: int
    sessions: int


def write_demo(path: Path, *, force: bool, lang: str) -> DemoWritten:
    """Write a fresh demo journal at `path`; refuses an existing one unless `force`."""
    from coachtui.demo import build_demo
    from coachtui.storage.journal import Journal

    if path.exists() and path.stat().st_size > 0:
        if not force:
            raise UserError("cli.demo_exists", path=quoted(path, 200))
        for suffix in ("", "-wal", "-shm"):  # a stale WAL would replay into the new file
            candidate = path.with_name(path.name + suffix)
            if candidate.exists():
                os.remove(candidate)
    with Journal.open(path) as journal:
        counts = build_demo(journal, lang=lang)
    return DemoWritten(path, counts["agents"], counts["sessions"])
