"""Typing 2,000 characters into a goal field: time per key from press to journal commit.

Each key is timed inside the app, from the moment the app receives the key event (its
public `on_event`) to the moment the journal has committed the new value (pilot scheduling between
keys is left out: a person's keys arrive by themselves). Baseline in the same run: the
same keys into a plain Input in a bare Textual app, timed from the key event to the
input's Changed message being handled (Textual's own cost per key, nothing saved).
The goal field saves in the same call that changes its value, so the commit is timed
before the frame that shows the character.
Prints p50/p99 of both and the ratio. Goal: p99 <= 16 ms (one frame at 60 Hz).

    python bench/keystroke.py [--chars 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("COACHTUI_TODAY", "2026-11-22")

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from coachtui.app import CoachApp
from coachtui.demo import build_demo
from coachtui.settings import Settings
from coachtui.storage import Journal

TEXT = "Answer every customer within one working day, in plain language. "


def _keys(n: int) -> list[str]:
    chars = (TEXT * (n // len(TEXT) + 1))[:n]
    return ["space" if c == " " else "full_stop" if c == "." else "comma" if c == ","
            else c for c in chars]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


_key_seen: list[float] = []


async def _note_key(event: events.Event) -> None:
    if isinstance(event, events.Key):
        _key_seen.append(time.perf_counter())


class BareApp(App[None]):
    """One Input, nothing else: what Textual alone costs per key."""

    def __init__(self) -> None:
        super().__init__()
        self.changed: list[float] = []

    def compose(self) -> ComposeResult:
        yield Input(id="field")

    async def on_event(self, event: events.Event) -> None:
        await _note_key(event)  # the moment the app receives the key (public hook)
        await super().on_event(event)

    def on_input_changed(self) -> None:
        self.changed.append(time.perf_counter())


class TimedCoachApp(CoachApp):
    """The real app, noting when each key arrives."""

    async def on_event(self, event: events.Event) -> None:
        await _note_key(event)
        await super().on_event(event)


async def bare_run(keys: list[str]) -> list[float]:
    """Per-key time (ms) for a bare Input: key event to Changed handled."""
    app = BareApp()
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.query_one(Input).focus()
        await pilot.pause()
        for key in keys:
            _key_seen.clear()
            await pilot.press(key)
            await pilot.pause()
            times.append((app.changed[-1] - _key_seen[0]) * 1000)
    return times


async def coach_run(path: Path, keys: list[str]) -> list[float]:
    """Per-key time (ms) from press to the goal field's commit in the journal."""
    journal = Journal.open(path)
    commits: list[float] = []
    original = journal.save_goal_field

    def timed(*args, **kwargs):
        result = original(*args, **kwargs)
        commits.append(time.perf_counter())
        return result

    journal.save_goal_field = timed  # type: ignore[method-assign]
    app = TimedCoachApp(journal, Settings(journal_path=path), cursor_blink=False,
                        watch_interval=0)
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.start_talk(journal.find_agent("kees").id)
        await pilot.pause()
        await pilot.press("5")
        await pilot.press("ctrl+o")
        await pilot.pause()
        for key in keys:
            before = len(commits)
            _key_seen.clear()
            await pilot.press(key)
            if len(commits) == before:
                raise SystemExit("a key press did not reach the journal")
            times.append((commits[-1] - _key_seen[0]) * 1000)
        goal_id = app.screen._focused_goal_id()
    stored = journal.goal(goal_id).what
    journal.close()
    if len(stored) != len(keys):
        raise SystemExit(f"journal holds {len(stored)} characters, typed {len(keys)}")
    return times


def main() -> None:
    """Run both and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2000)
    args = parser.parse_args()
    keys = _keys(args.chars)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.db"
        with Journal.open(path) as journal:
            build_demo(journal, lang="en")
        bare = asyncio.run(bare_run(keys))
        coach = asyncio.run(coach_run(path, keys))
    for name, values in (("bare Input", bare), ("coachtui goal field", coach)):
        print(f"{name:<22} p50 {statistics.median(values):6.2f} ms   "
              f"p99 {_pct(values, 0.99):6.2f} ms   max {max(values):6.2f} ms")
    ratio = _pct(coach, 0.99) / _pct(bare, 0.99)
    p99 = _pct(coach, 0.99)
    print(f"ratio p99 coachtui/bare = {ratio:.2f}")
    print(f"p99 press->commit = {p99:.2f} ms (goal <= 16 ms): {'OK' if p99 <= 16 else 'OVER'}")


if __name__ == "__main__":
    main()
