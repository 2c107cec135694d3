"""The window's Workspace, for workers that need a journal connection of their own.

The app keeps a `Workspace` (`app.workspace`) whose `worker_journal()` records a worker's
commits as this process's own, so the watch for other windows never announces them. Until
the app keeps one, `workspace_of` gives a stand-in on the app's journal that does the same
with what the app has today: the watch waits while the worker's connection is open
(`own_connections`), and the window takes the worker's change in itself when it closes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from coachtui.services.workspace import Workspace

if TYPE_CHECKING:
    from coachtui.app import CoachApp


def workspace_of(app: CoachApp) -> Workspace:
    """The app's Workspace, or a stand-in until the app keeps one."""
    existing = getattr(app, "workspace", None)
    if isinstance(existing, Workspace):
        return existing
    return _StandIn(app)


class _StandIn(Workspace):
    """A Workspace for an app without one: worker connections tell the app's watch directly.

    Use `worker_journal()` from a worker thread only (it talks to the app thread).
    """

    def __init__(self, app: CoachApp) -> None:
        super().__init__(app.journal)
        self._app = app

    @contextlib.contextmanager
    def worker_journal(self) -> Iterator[Any]:
        """A connection of its own for a worker thread; the watch waits while it is open."""
        self._app.call_from_thread(self._opened)
        try:
            with super().worker_journal() as journal:
                yield journal
        finally:
            self._app.call_from_thread(self._closed)

    def _opened(self) -> None:
        self._app.own_connections += 1

    def _closed(self) -> None:
        self._app.journal.changed_elsewhere()  # the worker's own commit: no notice
        self._app.own_connections -= 1
