"""The kill -9 harness, full form: type into a talk and SIGKILL the app mid-typing.

Each trial is a process that types a random plan (learning point, a goal with a half-typed
deadline, agreements, both signatures, a rating note) at human speed or in bursts, and
kills itself at a random moment from inside its own event loop, after writing what every
field held. Counts characters that were on screen but not in the journal (goal: 0).

    python bench/killed_talk.py [--trials 100] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("COACHTUI_TODAY", "2026-11-22")

from coachtui.demo import build_demo
from coachtui.storage import Journal
from tests.pilot.killed_talk import Trials, run_trials


def main() -> None:
    """Run the trials (half at human speed, half in bursts) and print what was lost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    half = args.trials // 2
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        template = work / "template.db"
        with Journal.open(template) as journal:
            build_demo(journal, lang="en")
        jobs = [(mode, range(start, min(start + 5, half)))
                for mode in ("human", "burst") for start in range(0, half, 5)]
        started = time.perf_counter()
        with ThreadPoolExecutor(args.jobs) as pool:
            parts = list(pool.map(lambda job: run_trials(template, work, [job[0]], job[1]),
                                  jobs))
        total = Trials()
        for part in parts:
            total.runs += part.runs
            total.lost_chars += part.lost_chars
            total.bad += part.bad
    print(f"trials {total.runs} (human {half}, burst {half}) in "
          f"{time.perf_counter() - started:.0f} s")
    print(f"characters shown but lost: {total.lost_chars} (goal 0)")
    for line in total.bad:
        print("  " + line)
    sys.exit(1 if total.lost_chars or total.bad else 0)


if __name__ == "__main__":
    main()
