"""Stress: one window typing while other coachtui processes use the same journal.

One writer types 10 keys a second into a draft through the app's save path
(`Journal.save_session_field`, one commit per key) while 20 `coachtui note` and 20
`coachtui agents` processes run against the same file. Then it counts what was lost
(characters of the field, change-log rows of the keys and of the notes), runs
`PRAGMA integrity_check`, and compares the keystroke-to-commit p99 with a run of the same
writer alone (the same number of keys, just before).

    .venv/bin/python bench/concurrency.py [--notes 20] [--listers 20] [--rate 10]

Goals: nothing lost, integrity ok, p99 with others <= 2x alone and <= 16 ms.
`tests/unit/test_journal_concurrency.py` runs a short form of `stress` in the suite.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

P99_GOAL_MS = 16.0
RATIO_GOAL = 2.0
FIELD = "agreements"
CONTROL_SPIN = 0.0003  # seconds: about one autosave on a quiet machine
TYPED = "Wekelijks even bijpraten over de voortgang en de klantgesprekken; "


def _quantile(seconds: list[float], q: float) -> float:
    ordered = sorted(seconds)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class Typing:
    """What one typing run did: the text it typed, how long each commit took, and how
    long a pure CPU spin of 0.3 ms took right after each (what the machine alone does)."""

    text: str = ""
    seconds: list[float] = field(default_factory=list)
    control: list[float] = field(default_factory=list)

    def quantile(self, q: float) -> float:
        """The q-quantile of the commit times, in milliseconds."""
        return _quantile(self.seconds, q)

    def control_quantile(self, q: float) -> float:
        """The q-quantile of the CPU spins, in milliseconds."""
        return _quantile(self.control, q)


@dataclass
class StressResult:
    """The outcome of one stress run (see `stress`)."""

    typing: Typing
    notes_saved: list[int]
    failures: list[str]
    characters_lost: int
    keystroke_rows_lost: int
    note_rows_lost: int
    integrity: str


TODAY = "2026-11-22"  # the demo's today: it has drafts then


def _env() -> dict[str, str]:
    env = {**os.environ, "COACHTUI_LANG": "en", "COACHTUI_TODAY": TODAY}
    env.pop("COACHTUI_JOURNAL", None)
    return env


def build_journal(folder: Path) -> Path:
    """A demo journal (10 agents, 18 months) in `folder`, written by `coachtui demo`."""
    path = folder / "journal.db"
    subprocess.run([sys.executable, "-m", "coachtui", "demo", "--journal", str(path)],
                   env=_env(), check=True, stdout=subprocess.DEVNULL)
    return path


def _draft(journal: Journal) -> int:
    row = journal.conn.execute(
        "SELECT id FROM sessions WHERE status = 'draft' ORDER BY id LIMIT 1").fetchone()
    return int(row[0])


def _keystroke_rows(path: Path, session_id: int) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM change_log WHERE entity = 'session' AND entity_id = ?"
            " AND field = ?", [str(session_id), FIELD]).fetchone()[0])
    finally:
        conn.close()


def type_keys(journal: Journal, session_id: int, keys: int, rate: float,
              until: Callable[[], bool] | None = None) -> Typing:
    """Type `keys` characters (or, with `until`, as long as `until()` is False and at
    least `keys`) at `rate` keys a second, one `save_session_field` per key."""
    run = Typing(text=journal.session(session_id).agreements or "")
    interval, clock = 1.0 / rate, time.perf_counter
    next_at = clock()
    typed = 0
    while typed < keys or (until is not None and not until()):
        run.text += TYPED[typed % len(TYPED)]
        start = clock()
        journal.save_session_field(session_id, FIELD, run.text)
        run.seconds.append(clock() - start)
        start = clock()
        while clock() - start < CONTROL_SPIN:
            pass
        run.control.append(clock() - start)
        typed += 1
        next_at += interval
        time.sleep(max(0.0, next_at - clock()))
    return run


def stress(path: Path, *, notes: int, listers: int, rate: float, min_keys: int,
           lead_in: float = 0.5, spread: float = 0.0) -> StressResult:
    """Type into the journal at `path` while `notes` note and `listers` agents processes
    run, started one after another over `spread` seconds (0: all at once) after `lead_in`
    seconds of typing; then count what was lost."""
    from coachtui.storage import Journal

    command = [sys.executable, "-m", "coachtui"]
    argvs = []
    for i in range(max(notes, listers)):
        if i < notes:
            argvs.append(("note", [*command, "note", "--journal", str(path), "sanne",
                                   f"Stress note {i}"]))
        if i < listers:
            argvs.append(("agents", [*command, "agents", "--journal", str(path)]))
    step = spread / max(1, len(argvs) - 1) if spread else 0.0
    processes: list[tuple[str, subprocess.Popen[str]]] = []
    journal = Journal.open(path, create=False)
    try:
        session_id = _draft(journal)
        rows_before = _keystroke_rows(path, session_id)
        started = time.perf_counter()

        def others_done() -> bool:
            elapsed = time.perf_counter() - started - lead_in
            while len(processes) < len(argvs) and elapsed >= step * len(processes):
                kind, argv = argvs[len(processes)]
                processes.append((kind, subprocess.Popen(
                    argv, env=_env(), text=True, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE)))
            return len(processes) == len(argvs) and all(
                p.poll() is not None for _, p in processes)

        typing = type_keys(journal, session_id, min_keys, rate, until=others_done)
        stored = journal.session(session_id).agreements or ""
    finally:
        journal.close()
    saved, failures = [], []
    for kind, process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            failures.append(f"{kind} exit {process.returncode}: {err.strip()}")
        elif kind == "note":
            found = re.search(r"Note (\d+) saved", out)
            if found:
                saved.append(int(found.group(1)))
            else:
                failures.append(f"note said: {out.strip()}")
    kept = next((i for i, (a, b) in enumerate(zip(stored, typing.text, strict=False))
                 if a != b), min(len(stored), len(typing.text)))
    conn = sqlite3.connect(path)
    try:
        integrity = ", ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        note_rows = {int(r[0]) for r in conn.execute(
            "SELECT entity_id FROM change_log WHERE entity = 'note' AND field = 'created'")}
        note_ids = {int(r[0]) for r in conn.execute("SELECT id FROM notes")}
    finally:
        conn.close()
    keystroke_rows = _keystroke_rows(path, session_id) - rows_before
    return StressResult(
        typing=typing, notes_saved=saved, failures=failures,
        characters_lost=len(typing.text) - kept,
        keystroke_rows_lost=len(typing.seconds) - keystroke_rows,
        note_rows_lost=len([n for n in saved if n not in note_rows or n not in note_ids]),
        integrity=integrity,
    )


def alone(path: Path, *, keys: int, rate: float) -> Typing:
    """The same writer with nobody else on the journal, `keys` keys."""
    from coachtui.storage import Journal

    with Journal.open(path, create=False) as journal:
        return type_keys(journal, _draft(journal), keys, rate)


def main(argv: list[str] | None = None) -> int:
    """Run alone, then with the others; print the figures; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=20, help="coachtui note processes")
    parser.add_argument("--listers", type=int, default=20, help="coachtui agents processes")
    parser.add_argument("--rate", type=float, default=10.0, help="keys a second")
    parser.add_argument("--keys", type=int, default=100, help="at least this many keys")
    parser.add_argument("--spread", type=float, default=8.0,
                        help="start the processes one by one over this many seconds "
                             "(0: all at once)")
    args = parser.parse_args(argv)
    os.environ["COACHTUI_TODAY"] = TODAY  # the writer's clock as the processes'
    with tempfile.TemporaryDirectory(prefix="coachtui-stress-") as tmp:
        path = build_journal(Path(tmp))
        result = stress(path, notes=args.notes, listers=args.listers, rate=args.rate,
                        min_keys=args.keys, spread=args.spread)
        quiet = alone(path, keys=len(result.typing.seconds), rate=args.rate)
    busy = result.typing
    print(f"{len(busy.seconds)} keys at {args.rate:g}/s while {args.notes} `coachtui note` and "
          f"{args.listers} `coachtui agents` ran, started over {args.spread:g} s "
          "(machine shared: figures are noisy)")
    print(f"notes saved: {len(result.notes_saved)} of {args.notes}; failures: "
          f"{len(result.failures)}")
    for failure in result.failures[:5]:
        print(f"  {failure}")
    print(f"characters lost: {result.characters_lost}   keystroke rows lost: "
          f"{result.keystroke_rows_lost}   note rows lost: {result.note_rows_lost}")
    print(f"integrity_check: {result.integrity}")
    print(f"keystroke to commit, alone:       p50 {quiet.quantile(0.5):6.2f} ms   "
          f"p99 {quiet.quantile(0.99):6.2f} ms")
    print(f"keystroke to commit, with others: p50 {busy.quantile(0.5):6.2f} ms   "
          f"p99 {busy.quantile(0.99):6.2f} ms   max {1000 * max(busy.seconds):6.2f} ms")
    print(f"CPU spin of {CONTROL_SPIN * 1000:.1f} ms, alone:       p99 "
          f"{quiet.control_quantile(0.99):6.2f} ms   with others: p99 "
          f"{busy.control_quantile(0.99):6.2f} ms   (the machine's own noise)")
    ratio = busy.quantile(0.99) / quiet.quantile(0.99)
    print(f"p99 ratio with / alone: {ratio:.2f} (goal <= {RATIO_GOAL})")
    ok = (result.characters_lost == 0 and result.keystroke_rows_lost == 0
          and result.note_rows_lost == 0 and not result.failures and result.integrity == "ok"
          and ratio <= RATIO_GOAL and busy.quantile(0.99) <= P99_GOAL_MS)
    print(f"goals: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
