"""The kill -9 harness: type into a talk, then SIGKILL this very process mid-talk.

Run as a script, one process per trial:

    python -m tests.pilot.killed_talk JOURNAL                       # the fixed scenario
    python -m tests.pilot.killed_talk JOURNAL --trial human|burst SEED RECORD

A trial types a random plan (learning point, a goal with a half-typed deadline, agreements,
signatures, a rating note) at human speed or in bursts, and at a random moment, from a
callback of the event loop (so between any two steps of the app's work), writes what every
field of the talk holds (a superset of what was painted) to RECORD and kills itself with no
cleanup. `run_trials` (used by bench/killed_talk.py and the suite) then compares RECORD
with the journal: every character shown must be there.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from coachtui.app import CoachApp
from coachtui.screens.widgets.fields import TalkField
from coachtui.settings import Settings
from coachtui.storage import Journal
from tests.pilot.talk_helpers import burst, open_talk_from_team, type_text

ROOT = Path(__file__).resolve().parents[2]
_WORDS = ("call", "back", "within", "one", "day", "ask", "first", "listen", "12", "CRM",
          "tickets", "per", "hour", "calm", "95%", "queue")


async def main(path: str) -> None:
    """The fixed scenario: the learning point typed, then killed."""
    journal = Journal.open(path)
    app = CoachApp(journal, Settings(journal_path=path), cursor_blink=False, watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("4")
        await pilot.pause()
        await type_text(pilot, "Read the whole ticket first")
        await pilot.pause()
        os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no close, no checkpoint


def _plan(rng: random.Random) -> list[list[str]]:
    """Groups of keys: a key name alone, or text typed character by character."""
    def words(n: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(n))

    return [
        ["4"], [words(rng.randint(2, 6))],
        ["pagedown"], ["ctrl+o"], [words(3)], ["tab"], [words(2)], ["tab"], ["tab"],
        ["2026-1" + rng.choice(["", "2", "2-3", "2-31"])],
        ["pagedown"], [words(rng.randint(1, 4))], ["tab"], [words(2)],
        ["pagedown"], ["ctrl+u"], [rng.choice(["MJ", "M. Jansen"])], ["tab"],
        [rng.choice(["KB", "Kees"])],
        ["2"], ["+"], ["tab"], [words(2)],
    ]


def _shown(app: CoachApp) -> dict[str, object]:
    """Every talk field's value as the widgets hold it (what is, or is about to be, painted)."""
    talk = next(s for s in reversed(app.screen_stack) if type(s).__name__ == "TalkScreen")
    values = {w.name: w.current for w in talk.query("*")
              if isinstance(w, TalkField) and w.name and not w.conflict}
    return {"session_id": talk.session_id, "fields": values}


def _record_and_kill(app: CoachApp, record: str) -> None:
    with open(record, "w", encoding="utf-8") as out:
        json.dump(_shown(app), out)
        out.flush()
        os.fsync(out.fileno())
    os.kill(os.getpid(), signal.SIGKILL)


def _keys(group: list[str]) -> list[str]:
    """The key presses of one plan group (text becomes one press per character)."""
    if len(group[0]) == 1 or group[0] in ("pagedown", "tab", "ctrl+o", "ctrl+u"):
        return group
    return ["space" if c == " " else c for c in group[0]]


async def trial(path: str, mode: str, seed: int, record: str) -> None:
    """Type the plan for `seed` (human speed or bursts); get killed at a random moment.

    The kill is armed just before a randomly chosen key (or burst) is sent and fires a
    few milliseconds later, while the app is in the middle of handling it.
    """
    rng = random.Random(seed)
    plan = _plan(rng)
    kill_at = rng.randint(1, sum(len(_keys(g)) for g in plan))
    journal = Journal.open(path)
    app = CoachApp(journal, Settings(journal_path=path), cursor_blink=False, watch_interval=0)
    loop = asyncio.get_running_loop()
    sent = 0
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        for group in plan:
            keys = _keys(group)
            if mode == "burst":
                if sent < kill_at <= sent + len(keys):
                    loop.call_later(rng.uniform(0, 0.05), _record_and_kill, app, record)
                sent += len(keys)
                await burst(pilot, *group)
                continue
            for key in keys:
                sent += 1
                if sent == kill_at:
                    loop.call_later(rng.uniform(0, 0.015), _record_and_kill, app, record)
                await pilot.press(key)
                await asyncio.sleep(rng.uniform(0.01, 0.05))  # a person's pace
        _record_and_kill(app, record)


@dataclass
class Trials:
    """What the trials found: characters shown but not in the journal, per trial."""

    runs: int = 0
    lost_chars: int = 0
    bad: list[str] = field(default_factory=list)


def _lost(shown: object, stored: object) -> int:
    """Characters of `shown` the journal does not hold (a choice counts as one)."""
    if shown == stored or (not shown and not stored):
        return 0
    if not isinstance(shown, str) or not isinstance(stored, str):
        return 1
    common = next((i for i, (a, b) in enumerate(zip(shown, stored, strict=False)) if a != b),
                  min(len(shown), len(stored)))
    return max(1, len(shown) - common)


def check(journal_path: Path, record: Path) -> tuple[int, str]:
    """Compare a trial's record with its journal: (characters lost, what differed)."""
    from coachtui.services.talks import load_state

    shown = json.loads(record.read_text(encoding="utf-8"))
    with Journal.open(journal_path) as journal:
        state = load_state(journal, shown["session_id"])
    lost, notes = 0, []
    for name, value in shown["fields"].items():
        stored = state.value(name)
        n = _lost(value, stored)
        if n:
            lost += n
            notes.append(f"{name}: shown {value!r}, saved {stored!r}")
    return lost, "; ".join(notes)


def run_trials(template: Path, workdir: Path, modes: list[str], seeds: range) -> Trials:
    """Run one killed process per (mode, seed) on a copy of `template`; count losses."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COACHTUI_TODAY": "2026-11-22"}
    result = Trials()
    for mode in modes:
        for seed in seeds:
            journal = workdir / f"{mode}-{seed}.db"
            record = workdir / f"{mode}-{seed}.json"
            shutil.copy(template, journal)
            done = subprocess.run(
                [sys.executable, "-m", "tests.pilot.killed_talk", str(journal), "--trial",
                 mode, str(seed), str(record)], env=env, cwd=ROOT, timeout=120,
                capture_output=True, text=True)
            result.runs += 1
            if done.returncode != -signal.SIGKILL or not record.exists():
                result.bad.append(f"{mode} {seed}: exit {done.returncode} "
                                  f"{done.stderr[-500:]}")
                continue
            lost, notes = check(journal, record)
            result.lost_chars += lost
            if lost:
                result.bad.append(f"{mode} {seed}: {notes}")
    return result


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--trial":
        asyncio.run(trial(sys.argv[1], sys.argv[3], int(sys.argv[4]), sys.argv[5]))
    else:
        asyncio.run(main(sys.argv[1]))
