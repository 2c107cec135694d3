"""Benchmark: the journal's replica through Litestream (the `replica` extra).

(a) From a field save to its presence in a `file://` replica: a talk field is saved (as a
    keystroke in the TUI saves it) while `coachtui replicate` runs with Litestream's default
    sync interval (1 s); presence = the new LTX file holding that transaction appears in
    the replica folder. p50 / p95 over `--saves` saves at uneven moments. Goal: p95 <= 2 s.
(b) Restoring a 10-year, 60-agent journal (built by bench/year.py's builder) with
    `coachtui restore` (Litestream's restore, then the integrity check and every signed
    record's hash) against copying the file: medians and their ratio (reported, no goal).
(c) The site view's measure belongs to bench/site_paint.py: run when it exists.
(d) `coachtui note` while the journal is replicated against without (alternating runs):
    the ratio of the medians. Goal: <= 1.5 (bench/note.py has no replicated mode).

    .venv/bin/python bench/replica.py [--saves 20] [--runs 5] [--notes 10] [--small]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COACHTUI_TODAY", "2026-11-22")  # the demo is seeded from "today"

from year import build  # bench/ is on sys.path as a script: its builder, not a copy

from coachtui.demo import DemoSize
from coachtui.services import replica
from coachtui.services.talks import save_field, start_talk
from coachtui.storage import Journal

BENCH = Path(__file__).resolve().parent
SAVE_GOAL_P95 = 2.0
NOTE_GOAL = 1.5


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _wait(predicate, seconds: float = 60.0, step: float = 0.005) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def _replicating(journal: Path, url: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COACHTUI_JOURNAL": str(journal)}
    return subprocess.Popen([sys.executable, "-m", "coachtui", "replicate", "--to", url],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)


def _l0_files(folder: Path) -> set[str]:
    level = folder / "ltx" / "0"
    return set(os.listdir(level)) if level.is_dir() else set()


def save_to_replica(folder: Path, saves: int) -> list[float]:
    """(a) Seconds from each field save to its LTX file in the replica folder."""
    journal = folder / "save.db"
    with Journal.open(journal) as j:
        from coachtui.demo import build_demo

        build_demo(j, lang="en")
    target = folder / "save-replica"
    process = _replicating(journal, target.as_uri())
    times: list[float] = []
    try:
        assert _wait(lambda: bool(_l0_files(target))), "no snapshot reached the replica"
        time.sleep(2)
        with Journal.open(journal) as j:
            session = start_talk(j, j.agents()[0].id or 0, "2026-11").id or 0
            text = ""
            for n in range(saves):
                time.sleep(0.3 + (n * 0.37) % 1.0)  # uneven moments against the 1 s sync
                before = _l0_files(target)
                start = time.perf_counter()
                save_field(j, session, "session:agreements", text + "x", text)
                text += "x"
                if not _wait(lambda: _l0_files(target) - before, 30):  # noqa: B023
                    raise SystemExit("a save did not reach the replica within 30 s")
                times.append(time.perf_counter() - start)
    finally:
        _stop(process)
    return times


def restore_vs_copy(folder: Path, runs: int, size: DemoSize) -> tuple[float, float, float]:
    """(b) Build time, median restore and median copy seconds of the big journal."""
    big, built = build(folder, size)
    target = folder / "big-replica"
    subprocess.run([replica.litestream(), "replicate", "-once", "-force-snapshot", str(big),
                    target.as_uri()], check=True, capture_output=True)
    restores, copies = [], []
    for n in range(runs):
        out = folder / f"restored-{n}.db"
        start = time.perf_counter()
        replica.restore(target.as_uri(), out)
        restores.append(time.perf_counter() - start)
        out.unlink()
        copy = folder / f"copy-{n}.db"
        start = time.perf_counter()
        shutil.copyfile(big, copy)
        copies.append(time.perf_counter() - start)
        copy.unlink()
    return built, statistics.median(restores), statistics.median(copies)


def note_under_replication(folder: Path, runs: int) -> tuple[float, float]:
    """(d) Median seconds of `coachtui note` with and without replication running."""
    plain, replicated = folder / "plain.db", folder / "replicated.db"
    env = {**os.environ, "COACHTUI_LANG": "en"}
    env.pop("COACHTUI_JOURNAL", None)
    for path in (plain, replicated):
        subprocess.run([sys.executable, "-m", "coachtui", "demo", "--journal", str(path)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
    target = folder / "note-replica"
    process = _replicating(replicated, target.as_uri())

    def note(path: Path) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coachtui", "note", "--journal", str(path),
                        "sanne", "Helped a colleague with a hard ticket"], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    try:
        assert _wait(lambda: bool(_l0_files(target))), "no snapshot reached the replica"
        note(plain), note(replicated)  # warm the file cache for both
        with_replica, without = [], []
        for _ in range(runs):
            without.append(note(plain))
            with_replica.append(note(replicated))
    finally:
        _stop(process)
    return statistics.median(without), statistics.median(with_replica)


def main() -> int:
    """Run the four measures and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--small", action="store_true",
                        help="10 agents, 18 months for (b) (a quick check, not the benchmark)")
    args = parser.parse_args()
    size = DemoSize(agents=10, months=18, talk_months=12) if args.small else \
        DemoSize(agents=60, months=120, talk_months=120)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        times = save_to_replica(folder, args.saves)
        p95 = _quantile(times, 0.95)
        print(f"(a) field save -> file:// replica, {len(times)} saves: "
              f"p50 {statistics.median(times):.2f} s, p95 {p95:.2f} s "
              f"(goal p95 <= {SAVE_GOAL_P95} s) -> {'OK' if p95 <= SAVE_GOAL_P95 else 'OVER'}")
        (folder / "big").mkdir()
        built, restore, copy = restore_vs_copy(folder / "big", args.runs, size)
        mib = (folder / "big" / "journal.db").stat().st_size / 2**20
        print(f"(b) {size.agents} agents, {size.months} months ({mib:.1f} MiB, built in "
              f"{built:.0f} s): restore median {restore * 1000:.0f} ms, copy median "
              f"{copy * 1000:.1f} ms, ratio {restore / copy:.0f}")
        site = BENCH / "site_paint.py"
        if site.exists():
            done = subprocess.run([sys.executable, str(site)], capture_output=True, text=True,
                                  check=False)
            lines = (done.stdout or done.stderr).strip().splitlines()
            print(f"(c) site view: {lines[-1] if lines else 'bench/site_paint.py printed nothing'}")
        else:
            print("(c) site view: measured by bench/site_paint.py (not here yet)")
        without, with_replica = note_under_replication(folder, args.notes)
        ratio = with_replica / without
        print(f"(d) coachtui note, {args.notes} runs each: without replica {without * 1000:.0f}"
              f" ms, replicated {with_replica * 1000:.0f} ms, ratio {ratio:.2f} "
              f"(goal <= {NOTE_GOAL}) -> {'OK' if ratio <= NOTE_GOAL else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
