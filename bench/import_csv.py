"""Benchmark: aggregate a ticket-level CSV into a journal vs merely reading it with `csv`.

Writes a ticket-level CSV (default 1,000,000 rows) in a temp folder twice: plain (quotes only
where needed, as most exports) and with every field quoted (as some tools write). For each,
in the same run, it times (a) Python's csv module reading every row and doing nothing, and
(b) the full import: profile `generic_tickets`, aggregation per agent and month, preview
and save on a fresh journal. Prints the ratios (goal <= 2.5 for both) and the peak memory
of the import at a quarter of the rows and at all rows, to show memory does not grow with
the row count. Wall times: on a busy machine, run it again when the two disagree.

    .venv/bin/python bench/import_csv.py            # 1,000,000 rows
    .venv/bin/python bench/import_csv.py --rows 50000
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coachtui.services.imports import FileRequest, preview_import, save_import
from coachtui.storage import Journal

GOAL = 2.5

AGENTS = [f"agent{n:02d}@example.com" for n in range(40)]
STATUSES = ["solved"] * 7 + ["closed", "open", "pending"]
RATINGS = ["", "", "", "", "good", "good", "great", "okay", "bad", "offered"]


def write_tickets(path: Path, rows: int, seed: int = 7, quote_all: bool = False) -> None:
    """A realistic ticket export: ISO solve timestamps over three months, 40 agents."""
    rnd = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
        out.writerow(["ticket id", "agent", "name", "status", "solved", "replies",
                      "reopened", "rating", "seconds worked"])
        for n in range(rows):
            agent = rnd.randrange(len(AGENTS))
            month = 8 + n % 3
            stamp = (f"2026-{month:02d}-{rnd.randint(1, 28):02d} "
                     f"{rnd.randint(8, 17):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}")
            out.writerow([100000 + n, AGENTS[agent], f"Agent {agent:02d}",
                          STATUSES[rnd.randrange(10)], stamp, rnd.choice("0111112234"),
                          rnd.choice(["Nee"] * 9 + ["Ja"]), RATINGS[rnd.randrange(10)],
                          rnd.randint(60, 1800)])


def read_only(path: Path) -> int:
    """The baseline: csv.reader over every row, nothing else."""
    count = 0
    with open(path, newline="", encoding="utf-8") as handle:
        for _ in csv.reader(handle):
            count += 1
    return count


def import_into(path: Path, journal_path: Path) -> int:
    """The full import: profile, streaming aggregation, plan, one-transaction apply."""
    with Journal.open(journal_path) as journal:
        plan = preview_import(journal, FileRequest(path=path, profile="generic_tickets"))
        return save_import(journal, plan)


def timed(func, *args) -> tuple[float, object]:
    """The wall time of one call and its result."""
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


def peak_memory(path: Path, folder: Path, name: str) -> int:
    """Peak traced allocation (bytes) while importing `path` into a fresh journal."""
    tracemalloc.start()
    import_into(path, folder / name)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def ratio(path: Path, folder: Path, repeat: int) -> tuple[float, float, object]:
    """Best-of-`repeat` times of the csv read and of the import, interleaved so machine
    noise hits both alike; and the figures the import wrote."""
    baseline = importing = float("inf")
    for n in range(repeat):
        seconds, _ = timed(read_only, path)
        baseline = min(baseline, seconds)
        seconds, written = timed(import_into, path, folder / f"{path.stem}{n}.db")
        importing = min(importing, seconds)
    return baseline, importing, written


def main() -> int:
    """Run the benchmark and print ratio and memory figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="best of N timings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, big = folder / "quarter.csv", folder / "tickets.csv"
        quoted = folder / "quoted.csv"
        write_tickets(small, max(1, args.rows // 4))
        write_tickets(big, args.rows)
        write_tickets(quoted, args.rows, quote_all=True)
        worst = 0.0
        for name, path in (("plain", big), ("every field quoted", quoted)):
            baseline, importing, written = ratio(path, folder, args.repeat)
            worst = max(worst, importing / baseline)
            print(f"{name}: {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB), "
                  f"figures written: {written}")
            print(f"  csv.reader only: {baseline:.2f} s   import into journal: "
                  f"{importing:.2f} s   ratio {importing / baseline:.2f}  (goal <= {GOAL})")
        quarter = peak_memory(small, folder, "mem_quarter.db")
        full = peak_memory(big, folder, "mem_full.db")
        print(f"peak traced memory: {args.rows // 4:,} rows {quarter / 1e6:.2f} MB, "
              f"{args.rows:,} rows {full / 1e6:.2f} MB (ratio {full / quarter:.2f})")
        print(f"worst ratio {worst:.2f}: {'within' if worst <= GOAL else 'over'} the goal")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
