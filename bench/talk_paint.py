"""First paint of the appraisal talk against the monthly talk, on a 10-year, 60-agent journal.

The appraisal opens on the year overview (twelve months of figures against each month's
target, the factors' pattern, the goals and learning points of the period), so it reads
more than the monthly talk's figures step. Both are opened the same way, as a person does
from the agent page: the draft is started (or found) and the talk screen is pushed; the
time runs until the screen has composed its first step and the app is idle again (its first
frame drawn). Runs alternate between the two kinds on the same agents (the machine is
shared and noisy); the first run of each is a warm-up (imports, first draft) and left out.
Prints p50 of both and the ratio. Goal (issue #14): appraisal <= 1.2x the monthly talk.

    .venv/bin/python bench/talk_paint.py [--runs 15] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from year import build  # bench/ is on sys.path as a script: the same 10-year journal

from coachtui.app import CoachApp
from coachtui.demo import DemoSize
from coachtui.model import SessionKind
from coachtui.services.talks import start_talk
from coachtui.settings import Settings
from coachtui.storage import Journal

GOAL = 1.2
SIZE = (120, 40)


async def _open(app: CoachApp, pilot: object, session_id: int) -> float:
    """Seconds from pushing the talk screen until its first step is on screen, idle."""
    from coachtui.screens.talk import TalkScreen

    start = time.perf_counter()
    app.open_session(session_id)
    while True:
        await pilot.pause()  # type: ignore[attr-defined]
        screen = app.screen
        if isinstance(screen, TalkScreen) and screen.is_mounted and screen.query("#steps"):
            break
    await pilot.pause()  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - start
    app.pop_screen()
    await pilot.pause()  # type: ignore[attr-defined]
    return elapsed


async def measure(path: Path, runs: int) -> dict[str, list[float]]:
    """Alternating opens of each kind's draft for a few agents; seconds per open."""
    journal = Journal.open(path)
    agents = [a.id or 0 for a in journal.agents()][:5]
    drafts = {kind: [start_talk(journal, a, "2026-11", kind).id or 0 for a in agents]
              for kind in (SessionKind.MONTHLY, SessionKind.APPRAISAL)}
    app = CoachApp(journal, Settings(journal_path=path), cursor_blink=False, watch_interval=0)
    times: dict[str, list[float]] = {kind.value: [] for kind in drafts}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for n in range(runs + 1):
            for kind, ids in drafts.items():
                took = await _open(app, pilot, ids[n % len(ids)])
                if n:  # the first round warms imports and caches up
                    times[kind.value].append(took)
    journal.close()
    return times


def main() -> int:
    """Build the journal, measure, print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="build the journal in FOLDER once and reuse it on later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        path = folder / "journal.db"
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            path, built = build(folder, DemoSize(agents=60, months=120, talk_months=120))
            print(f"journal built in {built:.0f} s")
        print(f"journal: 60 agents, 10 years ({path.stat().st_size / 1e6:.0f} MB)")
        times = asyncio.run(measure(path, args.runs))
    monthly = statistics.median(times["monthly"]) * 1000
    appraisal = statistics.median(times["appraisal"]) * 1000
    ratio = appraisal / monthly
    print(f"monthly talk  p50 {monthly:7.1f} ms over {len(times['monthly'])} opens")
    print(f"appraisal     p50 {appraisal:7.1f} ms over {len(times['appraisal'])} opens")
    verdict = "met" if ratio <= GOAL else "over"
    print(f"ratio {ratio:.2f} (goal <= {GOAL}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
