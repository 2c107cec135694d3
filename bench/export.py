"""Benchmark: HR session records to PDF against the same records to Markdown.

Builds a demo journal with about 1,000 signed sessions in a temporary folder, then exports
every session the way `coachtui export month` does (read the record, render it; writing
the file is left out, so the disk does not blur the comparison). Markdown is the baseline
measured in the same run. Two passes:

1. time: per-session mean and p95 after 250 and after all sessions, no tracing;
2. memory: tracemalloc's peak after 250 and after all sessions (one pass), to show that
   memory stays flat however many sessions are exported.

    .venv/bin/python bench/export.py [--sessions 1000] [--agents 92] [--quick]

Goal: PDF / Markdown time per session <= 20x; peak memory flat in the number of sessions.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COACHTUI_TODAY", "2026-11-22")  # the demo is seeded from "today"

from coachtui.demo import DemoSize, build_demo
from coachtui.export.markdown import render_markdown
from coachtui.export.month import iter_records
from coachtui.export.pdf import render_pdf
from coachtui.storage import Journal

RATIO_GOAL = 20.0


def build(folder: Path, agents: int) -> tuple[Journal, list[int], float]:
    """A demo journal of `agents` agents; returns it, its signed session ids, build time."""
    path = folder / "journal.db"
    start = time.perf_counter()
    journal = Journal.open(path)
    build_demo(journal, lang="nl", size=DemoSize(agents=agents, months=14, talk_months=12))
    ids = sorted(s.id for s in journal.sessions() if s.signed)
    return journal, ids, time.perf_counter() - start


def timed(journal: Journal, ids: list[int], render: Callable) -> list[float]:
    """Seconds per session: read the record and render it."""
    times = []
    start = time.perf_counter()
    for record in iter_records(journal, ids):
        render(record, "nl")
        now = time.perf_counter()
        times.append(now - start)
        start = now
    return times


def traced(journal: Journal, ids: list[int], render: Callable, marks: list[int]
           ) -> dict[int, float]:
    """tracemalloc's peak (MiB) after each of `marks` sessions, in one pass."""
    peaks: dict[int, float] = {}
    tracemalloc.start()
    try:
        for n, record in enumerate(iter_records(journal, ids), 1):
            render(record, "nl")
            if n in marks:
                peaks[n] = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    return peaks


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> int:
    """Run both passes and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--agents", type=int, default=92)
    parser.add_argument("--quick", action="store_true", help="100 sessions, 12 agents")
    args = parser.parse_args()
    if args.quick:
        args.sessions, args.agents = 100, 12
    with tempfile.TemporaryDirectory() as tmp:
        journal, ids, seconds = build(Path(tmp), args.agents)
        ids = ids[: args.sessions]
        n = len(ids)
        first = min(250, n) if n >= 250 else max(1, n // 4)
        print(f"journal: {args.agents} agents, {n} signed sessions exported "
              f"(built in {seconds:.1f} s)")
        # Warm up once: imports, the per-process font cut, the catalogue.
        render_pdf(next(iter_records(journal, ids[:1])), "nl")
        render_markdown(next(iter_records(journal, ids[:1])), "nl")

        results = {}
        for name, render in (("markdown", render_markdown), ("pdf", render_pdf)):
            results[name] = timed(journal, ids, render)
        print("\ntime per session (record read + rendered)")
        print(f"{'':10} {'mean@' + str(first):>12} {'mean@' + str(n):>12} {'p95@' + str(n):>12}")
        for name, times in results.items():
            head = sum(times[:first]) / first
            mean = sum(times) / n
            print(f"{name:10} {head * 1000:>10.2f}ms {mean * 1000:>10.2f}ms "
                  f"{_p95(times) * 1000:>10.2f}ms")
        ratio = (sum(results["pdf"]) / n) / (sum(results["markdown"]) / n)
        verdict = "meets" if ratio <= RATIO_GOAL else "misses"
        print(f"\nPDF / Markdown time per session: {ratio:.1f}x "
              f"({verdict} the goal of <= {RATIO_GOAL:.0f}x)")

        marks = sorted({first, n})
        print("\npeak traced memory (MiB) after N sessions, one pass each")
        for name, render in (("markdown", render_markdown), ("pdf", render_pdf)):
            peaks = traced(journal, ids, render, marks)
            cells = "  ".join(f"@{m}: {peaks[m]:.2f}" for m in marks)
            growth = peaks[n] / peaks[first] if peaks[first] else float("nan")
            print(f"{name:10} {cells}   ratio @{n}/@{first}: {growth:.2f}x")
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
