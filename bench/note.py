"""Wall time of `coachtui note` against `python -c "import sqlite_utils, pydantic"`.

Both run as fresh subprocesses, alternating (the machine is shared and noisy), on a demo
journal in a temporary folder. Prints the medians and their ratio; the goal is <= 1.5.

    .venv/bin/python bench/note.py [--runs 20] [--importtime]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from importtime import compile_project, slowest_imports  # bench/ is on sys.path as a script

GOAL = 1.5


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _importtime_top(cmd: list[str], env: dict[str, str], count: int = 15) -> str:
    """The slowest imports (cumulative) of one run, for finding what to trim."""
    result = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], env=env,
                            capture_output=True, text=True, check=True)
    return slowest_imports(result.stderr, count)


def main() -> int:
    """Run the benchmark and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--importtime", action="store_true",
                        help="also print the slowest imports of the note path")
    options = parser.parse_args()
    python = sys.executable
    compile_project()  # as installed: with PYTHONDONTWRITEBYTECODE the runs cannot write them
    with tempfile.TemporaryDirectory() as folder:
        journal = Path(folder) / "demo.db"
        env = {**os.environ, "COACHTUI_TODAY": "2026-11-22", "COACHTUI_LANG": "en"}
        env.pop("COACHTUI_JOURNAL", None)
        subprocess.run([python, "-m", "coachtui", "demo", "--journal", str(journal)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        note = [python, "-m", "coachtui", "note", "--journal", str(journal), "sanne",
                "Helped a colleague with a hard ticket", "+samenwerk"]
        baseline = [python, "-c", "import sqlite_utils, pydantic"]
        _timed(note, env), _timed(baseline, env)  # warm the file cache for both
        note_times, base_times = [], []
        for _ in range(options.runs):
            note_times.append(_timed(note, env))
            base_times.append(_timed(baseline, env))
        note_median = statistics.median(note_times)
        base_median = statistics.median(base_times)
        ratio = note_median / base_median
        print(f"runs: {options.runs} each, alternating")
        print(f"baseline  import sqlite_utils, pydantic: median {base_median * 1000:7.1f} ms")
        print(f"coachtui note (save one note):          median {note_median * 1000:7.1f} ms")
        print(f"ratio: {ratio:.2f} (goal <= {GOAL}) -> {'OK' if ratio <= GOAL else 'OVER'}")
        if options.importtime:
            print("\nslowest imports of `coachtui note` (cumulative):")
            print(_importtime_top(note, env))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
