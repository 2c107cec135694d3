"""Benchmark: session records to PDF (fpdf2) against the same records' HTML export printed
by WeasyPrint, and the PDF's memory over a month export.

Builds a demo journal with about 1,000 signed sessions in a temporary folder. Three passes:

1. PDF time: every session rendered the way `coachtui export month` does (read the record,
   render it; writing the file is left out, so the disk does not blur the comparison):
   mean and p95 per session.
2. PDF / WeasyPrint: the same records (a sample spread over the journal, read beforehand)
   rendered by `render_pdf` and by WeasyPrint from `coachtui.export.html` (the HTML
   export made and printed to PDF), alternately, so load on the machine hits both alike.
   WeasyPrint is installed for this benchmark only (`pip install weasyprint`, with
   Debian's libpango-1.0-0 and libpangoft2-1.0-0); without it this pass says so and is
   left out.
3. memory: tracemalloc's peak after 250 and after all sessions (one pass), to show that
   memory stays flat however many sessions are exported.

    .venv/bin/python bench/export.py [--sessions 1000] [--agents 92] [--sample 60] [--quick]

Goals: PDF / WeasyPrint time per record <= 0.2; peak memory flat in the number of sessions.
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
from coachtui.export.html import render_html
from coachtui.export.month import iter_records
from coachtui.export.pdf import render_pdf
from coachtui.storage import Journal

RATIO_GOAL = 0.2
LANG = "nl"


def build(folder: Path, agents: int) -> tuple[Journal, list[int], float]:
    """A demo journal of `agents` agents; returns it, its signed session ids, build time."""
    path = folder / "journal.db"
    start = time.perf_counter()
    journal = Journal.open(path)
    build_demo(journal, lang="nl", size=DemoSize(agents=agents, months=14, talk_months=12))
    ids = sorted(s.id for s in journal.sessions() if s.signed)
    return journal, ids, time.perf_counter() - start


def weasyprint_render() -> Callable | None:
    """A function printing a record's HTML export to PDF bytes with WeasyPrint, or None
    when WeasyPrint (or the pango it needs) is not installed."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:
        print(f"WeasyPrint is missing ({type(exc).__name__}: {exc}); the PDF / WeasyPrint "
              "pass is left out. Install it for this benchmark only: "
              ".venv/bin/pip install weasyprint (needs libpango-1.0-0, libpangoft2-1.0-0).")
        return None

    def render(record, lang: str) -> bytes:
        return HTML(string=render_html(record, lang)).write_pdf()

    return render


def timed(journal: Journal, ids: list[int], render: Callable) -> list[float]:
    """Seconds per session: read the record and render it."""
    times = []
    start = time.perf_counter()
    for record in iter_records(journal, ids):
        render(record, LANG)
        now = time.perf_counter()
        times.append(now - start)
        start = now
    return times


def side_by_side(records: list, renders: dict[str, Callable]) -> dict[str, list[float]]:
    """Seconds per record for each render, taking turns record by record."""
    times: dict[str, list[float]] = {name: [] for name in renders}
    for record in records:
        for name, render in renders.items():
            start = time.perf_counter()
            render(record, LANG)
            times[name].append(time.perf_counter() - start)
    return times


def traced(journal: Journal, ids: list[int], render: Callable, marks: list[int]
           ) -> dict[int, float]:
    """tracemalloc's peak (MiB) after each of `marks` sessions, in one pass."""
    peaks: dict[int, float] = {}
    tracemalloc.start()
    try:
        for n, record in enumerate(iter_records(journal, ids), 1):
            render(record, LANG)
            if n in marks:
                peaks[n] = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    return peaks


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def main() -> int:
    """Run the passes and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--agents", type=int, default=92)
    parser.add_argument("--sample", type=int, default=60,
                        help="records rendered by both fpdf2 and WeasyPrint")
    parser.add_argument("--quick", action="store_true", help="100 sessions, 12 agents")
    args = parser.parse_args()
    if args.quick:
        args.sessions, args.agents, args.sample = 100, 12, 20
    weasy = weasyprint_render()
    with tempfile.TemporaryDirectory() as tmp:
        journal, ids, seconds = build(Path(tmp), args.agents)
        ids = ids[: args.sessions]
        n = len(ids)
        first = min(250, n) if n >= 250 else max(1, n // 4)
        print(f"journal: {args.agents} agents, {n} signed sessions exported "
              f"(built in {seconds:.1f} s)")
        # Warm up once: imports, the per-process font look-ups, the catalogue.
        warm = next(iter_records(journal, ids[:1]))
        render_pdf(warm, LANG)
        if weasy is not None:
            weasy(warm, LANG)

        times = timed(journal, ids, render_pdf)
        print(f"\nPDF time per session (record read + rendered), {n} sessions")
        print(f"  mean@{first}: {_mean(times[:first]) * 1000:.2f} ms   "
              f"mean@{n}: {_mean(times) * 1000:.2f} ms   p95@{n}: {_p95(times) * 1000:.2f} ms")

        if weasy is not None:
            step = max(1, n // args.sample)
            records = list(iter_records(journal, ids[::step][: args.sample]))
            both = side_by_side(records, {"pdf": render_pdf, "weasyprint": weasy})
            print(f"\nsame {len(records)} records, rendered only (fpdf2 and WeasyPrint "
                  "taking turns)")
            for name, values in both.items():
                print(f"  {name:10} mean {_mean(values) * 1000:8.2f} ms   "
                      f"p95 {_p95(values) * 1000:8.2f} ms")
            ratio = _mean(both["pdf"]) / _mean(both["weasyprint"])
            verdict = "meets" if ratio <= RATIO_GOAL else "misses"
            print(f"PDF / WeasyPrint time per record: {ratio:.3f} "
                  f"({verdict} the goal of <= {RATIO_GOAL})")
        else:
            print("\nPDF / WeasyPrint time per record: not measured (WeasyPrint missing)")

        marks = sorted({first, n})
        peaks = traced(journal, ids, render_pdf, marks)
        cells = "  ".join(f"@{m}: {peaks[m]:.2f}" for m in marks)
        growth = peaks[n] / peaks[first] if peaks[first] else float("nan")
        print(f"\nPDF peak traced memory (MiB) after N sessions, one pass\n  {cells}   "
              f"ratio @{n}/@{first}: {growth:.2f}x (flat: close to 1)")
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
