"""Handing an agent over to another team lead: their shared history as a bundle file that
another journal takes in (storage.handover does the rows).

The bundle is JSON, mode 0600 (HR data). Private notes and the private part of talks stay
behind unless the team lead asks for them on purpose; signed records keep their hashes and
are checked when they arrive. The old journal can then mark the agent as left (or erase
them).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from coachtui.errors import UserError
from coachtui.storage import Journal
from coachtui.storage.handover import export_agent, import_agent

__all__ = ["export_bundle", "import_bundle"]


def export_bundle(journal: Journal, agent_id: int, out: Path, *,
                  with_private: bool = False) -> int:
    """Write the agent's bundle to `out` (a new file, mode 0600); returns the number of
    rows it holds."""
    out = out.expanduser()
    if out.exists():
        raise UserError("replica.backup_exists", path=str(out))
    if not out.parent.is_dir():
        raise UserError("replica.no_folder", path=str(out.parent))
    bundle = export_agent(journal, agent_id, with_private=with_private)
    text = json.dumps(bundle, ensure_ascii=False, indent=1, sort_keys=True)
    fd = os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return sum(len(rows) for rows in bundle["tables"].values()) + 1


def import_bundle(journal: Journal, path: Path) -> int:
    """Take in the bundle at `path`; returns the new agent id (nothing written on refusal)."""
    path = path.expanduser()
    try:
        bundle = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError("handover.no_file", file=str(path)) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise UserError("handover.not_a_bundle", file=str(path)) from None
    return import_agent(journal, bundle, source=path.name)
