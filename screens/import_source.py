"""What the import screen's form and worker pass around besides widgets: the remembered
source's other address, and the worker's progress (merged so the screen keeps up)."""

from __future__ import annotations

from typing import Any

from textual.message import Message


def base_url_for(source: dict[str, Any], kind: str) -> str:
    """The remembered other address of a helpdesk source of `kind` ("" when none)."""
    return (source.get("base_url") or "") if source.get("kind") == kind else ""


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
