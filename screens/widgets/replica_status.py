"""The replica alongside the TUI: with the setting `replica.live`, the open app runs
`coachtui replicate` as a child process (the same supervisor as on the command line, so an
erasure can pause it) and says in the header when the journal's last change reached the
replica: "replica: 14:02:31", "replica behind since 14:01", or "replica stopped: <why>".

Everything slow happens in thread workers (the child's output is read there, the replica
is looked at there), so typing never waits; the app shows the sentence via `on_change`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachtui.errors import UserError
from coachtui.services.replica import ReplicaState, replica_state, stopped_reason
from coachtui.texts import tr

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from coachtui.settings import Settings

# How often the header's sentence is brought up to date.
CHECK_SECONDS = 3.0


def clock_time(moment: float, timezone: str | None, *, seconds: bool = True) -> str:
    """A moment as the team lead's wall-clock time (their time zone if one is set)."""
    when = datetime.fromtimestamp(moment).astimezone()
    if timezone:
        from zoneinfo import ZoneInfo

        when = when.astimezone(ZoneInfo(timezone))
    return when.strftime("%H:%M:%S" if seconds else "%H:%M")


def status_text(state: ReplicaState, lang: str, timezone: str | None) -> str:
    """The header's sentence for a replica state."""
    if state.kind == "reached" and state.at is not None:
        return tr("replica.status.reached", lang, time=clock_time(state.at, timezone))
    if state.kind == "behind" and state.at is not None:
        return tr("replica.status.behind", lang,
                  time=clock_time(state.at, timezone, seconds=False))
    return tr("replica.status.starting", lang)


class ReplicaAlongside:
    """Runs `coachtui replicate` beside the app while `replica.live` is on, and keeps a
    one-line status for the header (empty when off)."""

    def __init__(self, app: App[None], journal_path: Path | None,
                 on_change: Callable[[], None]) -> None:
        self.app = app
        self.journal_path = journal_path
        self.on_change = on_change
        self.text = ""
        self._process: subprocess.Popen[str] | None = None
        # why the child ended by itself: a text key (said in the current language) or the
        # sentence it wrote itself
        self._stopped: tuple[str, bool] | None = None
        self._timer: Timer | None = None
        self._settings: Settings | None = None
        self._checking = False

    @property
    def lang(self) -> str:
        """The app's current language."""
        return str(getattr(self.app, "lang", "en"))

    @property
    def running(self) -> bool:
        """Whether the child replication runs."""
        return self._process is not None and self._process.poll() is None

    def apply(self, settings: Settings) -> None:
        """Start or stop the child to match the settings (on mount, after a change)."""
        self._settings = settings
        want = settings.replica_live and self.journal_path is not None
        if want and not self.running:
            self._start(settings)
        elif not want:
            self.stop()
            self._set("")

    def _start(self, settings: Settings) -> None:
        self._stopped = None
        if not settings.replica_url:
            self._stop_said("replica.status.no_url", is_key=True)
            return
        command = [sys.executable, "-m", "coachtui", "replicate", "--journal",
                   str(self.journal_path), "--to", settings.replica_url, "--lang", settings.lang]
        # its own process group: Ctrl+C in the TUI's terminal is the TUI's, not the child's
        self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                         text=True, start_new_session=True)
        process = self._process
        self.app.run_worker(lambda: self._follow(process), thread=True, group="replica",
                            exit_on_error=False)
        self._set(tr("replica.status.starting", self.lang))
        if self._timer is None:
            self._timer = self.app.set_interval(CHECK_SECONDS, self.check)

    def _follow(self, process: subprocess.Popen[str]) -> None:
        """Worker thread: read the child's output until it ends; say why it ended."""
        lines: list[str] = []
        assert process.stderr is not None
        for line in process.stderr:
            lines = [*lines[-20:], line]
        code = process.wait()
        if process is not self._process:  # stopped on purpose (quit, setting off)
            return
        reason = stopped_reason(lines) or tr("replica.status.ended", self.lang, code=str(code))
        self.app.call_from_thread(self._stop_said, reason)

    def _stop_said(self, reason: str, *, is_key: bool = False) -> None:
        self._stopped = (reason, is_key)
        said = tr(reason, self.lang) if is_key else reason
        self._set(tr("replica.status.stopped", self.lang, reason=said))

    def check(self) -> None:
        """Bring the sentence up to date (the replica is looked at in a worker thread)."""
        settings = self._settings
        if settings is None or not self.running or self._checking:
            if self._stopped:
                self._stop_said(self._stopped[0], is_key=self._stopped[1])  # language
            return
        self._checking = True
        url, path, lang = settings.replica_url or "", self.journal_path, self.lang
        assert path is not None

        def look() -> None:
            try:
                state = replica_state(path, url, time.time())
                text = status_text(state, lang, settings.timezone)
            except UserError as exc:
                text = tr("replica.status.stopped", lang, reason=exc.text(lang))
            finally:
                self._checking = False
            if self.running:
                self.app.call_from_thread(self._set, text)

        self.app.run_worker(look, thread=True, group="replica-status", exit_on_error=False)

    def _set(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.on_change()

    def stop(self) -> None:
        """Stop the child (SIGTERM: it lets Litestream finish and stop) and wait for it."""
        process, self._process = self._process, None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
