"""Journals for the site view's tests: copies of the demo as other team leads' journals.

`other_lead(demo, path, team)` is the demo copied with every agent moved to `team`, a team
goal of that team, and (with `disagreeing`) one more calibration round on which the
scorers disagree on every contact; `fill_with_private_notes` adds a private and a quick
note with a marker to every agent.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path

from coachtui.model import Note
from coachtui.services import calibration
from coachtui.services.team_goals import add_team_goal
from coachtui.storage import Journal

PRIVATE = "private-marker-site"
QUICK = "quick-marker-site"


def other_lead(demo: Path, path: Path, team: str, *, disagreeing: bool = False) -> Path:
    """A second team lead's journal: the demo's agents all in `team`, with a team goal."""
    shutil.copy(demo, path)
    path.chmod(0o600)
    with Journal.open(path) as journal:
        with journal.transaction():
            journal.conn.execute("UPDATE agents SET team = ?", [team])
        add_team_goal(journal, team, "ftr", "80", "2026-09", "2026-12")
        if disagreeing:
            csv = path.with_suffix(".csv")
            csv.write_text("contact,scorer,criterion,score\n"
                           "D-1,Anne,need,3\nD-1,Bram,need,0\n"
                           "D-2,Anne,need,0\nD-2,Bram,need,3\n", encoding="utf-8")
            calibration.import_csv(journal, csv, held_on="2026-11-15")
    return path


def fill_with_private_notes(path: Path) -> list[str]:
    """A private note and a quick note with a marker for every agent; returns every agent's
    name and e-mail (none may show in the site view)."""
    people = []
    with Journal.open(path) as journal:
        for agent in journal.agents(active_only=False):
            assert agent.id is not None
            for private, text in ((True, PRIVATE), (False, QUICK)):
                journal.add_note(Note(agent_id=agent.id, text=f"{text} {agent.name}",
                                      created_at=datetime(2026, 10, 5, 10, 0),
                                      private=private))
            people += [agent.name, agent.email]
    return [p for p in people if p]


def fingerprint(*paths: Path) -> dict[str, tuple[int, str]]:
    """Every file in the folders of `paths`: mtime (ns) and a hash of the bytes."""
    found = {}
    for folder in {p.parent for p in paths}:
        for file in sorted(folder.iterdir()):
            if file.is_file():
                found[str(file)] = (file.stat().st_mtime_ns,
                                    hashlib.sha256(file.read_bytes()).hexdigest())
    return found
