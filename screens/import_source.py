"""What the import screen's form and worker pass around besides widgets: the remembered
source's other address, and the worker's progress (merged so the screen keeps up)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from textual.message import Message


def base_url_for(source: dict[str, Any], kind: str) -> str:
    """The remembered other address of a helpdesk source of `kind` ("" when none)."""
    return (source.get("base_url") or "") if source.get("kind") == kind else ""


def _looks_like_profile(path: Path) -> bool:
    """True for a TOML file with an `[agent]` table, as every mapping profile has: the
    settings file (`config.toml`) or a QM form beside the profiles is not offered."""
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            head = file.read(65536)
    except OSError:
        return False
    return any(line.strip() == "[agent]" for line in head.splitlines())


def own_profiles(*folders: Path | None) -> list[tuple[str, str]]:
    """The team's own mapping profiles: every `.toml` file with an `[agent]` table in the
    folders given (the one remembered in the settings, the one of the file on the form),
    as (label, path)."""
    found: dict[str, tuple[str, str]] = {}
    for folder in folders:
        if folder is None:
            continue
        try:
            entries = sorted(e.name for e in os.scandir(folder)
                             if e.name.endswith(".toml") and e.is_file())
        except OSError:
            continue
        for name in entries:
            if not _looks_like_profile(folder / name):
                continue
            path = str((folder / name).absolute())
            found.setdefault(path, (f"{name[:-5]} ({folder.name or folder})", path))
    return list(found.values())


def profile_options(builtin: list[str], *folders: Path | None) -> list[tuple[str, str]]:
    """The profile list of the form: the shipped profiles, then the team's own files."""
    return [(name, name) for name in builtin] + own_profiles(*folders)


class PlanProgress(Message):
    """How far the worker has read the source; a newer one replaces an unhandled older one."""

    def __init__(self, done: int, total: int | None) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        """A newer progress message makes an older one not yet handled useless."""
        return isinstance(message, PlanProgress)


class Cancelled(Exception):
    """Raised from the progress callback to stop a preview the user left."""
