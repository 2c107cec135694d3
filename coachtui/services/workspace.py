"""The journal of one process, and what this process changed in it itself.

A window watches `PRAGMA data_version` to learn that another window or command wrote to
the journal. Its own worker threads write through connections of their own, which moves
that version just the same; the service that wrote says so here, so the watch tells the
two apart by what it was told, not by guessing.
"""

from __future__ import annotations

import contextlib
import enum
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal


class Change(enum.Enum):
    """What the watch found since it last looked."""

    NONE = "none"
    OWN = "own"  # this process's own workers wrote: refresh, no "another window" notice
    OTHERS = "others"  # another window or command wrote


class Workspace:
    """The journal a window or command works on, and the record of its own writes."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._lock = threading.Lock()
        self._own_writes = 0  # a generation count: bumped by every own write elsewhere
        self._seen_own_writes = 0
        self._open_workers = 0

    def note_own_write(self) -> None:
        """Say that this process committed through a connection other than `journal`."""
        with self._lock:
            self._own_writes += 1

    @contextlib.contextmanager
    def worker_journal(self, *, writes: bool = True) -> Iterator[Journal]:
        """A connection of its own for a worker thread; its commits count as this process's.

        While it is open, the watch waits; when it closes, a worker that `writes` records
        one own write, so its last commit is not announced as another window's. A worker
        that only reads (`writes=False`) records nothing, so another window's change made
        meanwhile is still announced.
        """
        from coachtui.storage.journal import Journal

        path = self.journal.path
        if path is None:
            raise RuntimeError("an in-memory journal has no second connection")
        with self._lock:
            self._open_workers += 1
        try:
            worker = Journal.open(path, create=False)
            try:
                yield worker
            finally:
                worker.close()
        finally:
            with self._lock:
                self._open_workers -= 1
                if writes:
                    self._own_writes += 1

    def check_for_changes(self) -> Change:
        """Whether the journal changed since the last call, and whether by this process."""
        with self._lock:
            busy = self._open_workers > 0
            own = self._own_writes != self._seen_own_writes
            if not busy:
                self._seen_own_writes = self._own_writes
        if busy:
            return Change.NONE  # the worker's owner takes its result in itself when done
        if not self.journal.changed_elsewhere():
            return Change.NONE
        return Change.OWN if own else Change.OTHERS
