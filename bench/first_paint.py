"""Time to first paint of coachtui's team screen against a bare Textual app, in tmux 120x40.

Both programs start as fresh processes in the same venv, alternating run by run (the
machine is shared and noisy); the pane is polled every 5 ms for each one's marker. Two
journals: the demo (10 agents, 18 months) and a big one (60 agents, 10 years of talks).
Prints medians and ratios; goals: demo <= 1.3, big <= 1.5.

    .venv/bin/python bench/first_paint.py [--runs 9] [--importtime]

The team screen reads through the one Journal (no read-only side door), so this measures
the real path: open the Journal, read the overview rows, paint.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from importtime import (  # bench/ is on sys.path as a script
    compile_project,
    imported,
    slowest_imports,
)

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"demo": 1.3, "big": 1.5}
# The team screen's count line: it is written only once the team rows are computed, so
# the marker proves the data is on screen (the title alone could paint before any query).
COACH_MARKER = "Talks about 2026-10:"
BARE_MARKER = "BARE-APP-READY"


def first_paint(marker: str, cmd: list[str], env: dict[str, str], socket: str,
                timeout: float = 30.0) -> float:
    """Seconds from starting `cmd` in a fresh 120x40 tmux session until `marker` shows."""
    name = "fp" + uuid.uuid4().hex[:8]
    env_prefix = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    start = time.perf_counter()
    subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-s", name, "-x", "120",
                    "-y", "40", f"env {env_prefix} {shlex.join(cmd)}"], check=True)
    try:
        screen = ""
        while time.perf_counter() - start < timeout:
            screen = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", name],
                                    capture_output=True, text=True).stdout
            if marker in screen:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise SystemExit(f"marker {marker!r} not seen in {timeout}s; screen:\n{screen}")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-session", "-t", name], capture_output=True)


def _build_journals(folder: Path, python: str, env: dict[str, str]) -> dict[str, Path]:
    """The demo and the big journal in `folder` (kept if already there: see --journals)."""
    demo = folder / "demo.db"
    big = folder / "big.db"
    if demo.exists() and big.exists():
        return {"demo": demo, "big": big}
    demo.unlink(missing_ok=True)
    big.unlink(missing_ok=True)
    subprocess.run([python, "-m", "coachtui", "demo", "--journal", str(demo)], env=env,
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    script = (
        "import sys\n"
        "from coachtui.demo import DemoSize, build_demo\n"
        "from coachtui.storage import Journal\n"
        "with Journal.open(sys.argv[1]) as j:\n"
        "    build_demo(j, lang='en', size=DemoSize(agents=60, months=120, talk_months=120))\n"
    )
    subprocess.run([python, "-c", script, str(big)], env=env, check=True, cwd=ROOT)
    return {"demo": demo, "big": big}


# What `coachtui` does before its first paint, without the terminal: the app and the team
# screen, the Journal opened, the overview rows read.
FIRST_PAINT_PATH = (
    "import sys\n"
    "import coachtui.app, coachtui.screens.team\n"
    "from coachtui.services.team import overview_rows\n"
    "from coachtui.storage import Journal\n"
    "journal = Journal.open(sys.argv[1], create=True)\n"
    "overview_rows(journal, '2026-10')\n"
    "journal.close()\n"
)
HEAVY = ("coachtui.storage", "sqlite_utils", "pydantic")


def _importtime_report(python: str, env: dict[str, str], journal: Path, count: int = 12
                       ) -> str:
    """The slowest imports (cumulative) on coachtui's way to the team screen, and which
    modules of storage, sqlite-utils and pydantic that way imports: for trimming."""
    result = subprocess.run([python, "-X", "importtime", "-c", FIRST_PAINT_PATH, str(journal)],
                            env={**os.environ, **env}, capture_output=True, text=True,
                            cwd=ROOT, check=True)
    lines = [slowest_imports(result.stderr, count)]
    for root, modules in imported(result.stderr, HEAVY).items():
        shown = ", ".join(modules[:8]) + (" ..." if len(modules) > 8 else "")
        lines.append(f"{root}: {len(modules)} modules{': ' + shown if modules else ''}")
    return "\n".join(lines)


def _measure(label: str, journal: Path, python: str, bare: list[str], env: dict[str, str],
             socket: str, runs: int) -> bool:
    """Alternate bare and coachtui runs on one journal; print medians and the ratio."""
    coach = [python, "-m", "coachtui", "--journal", str(journal), "--lang", "en"]
    first_paint(COACH_MARKER, coach, env, socket)  # warm-up: the page cache
    first_paint(BARE_MARKER, bare, env, socket)
    coach_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(first_paint(BARE_MARKER, bare, env, socket))
        coach_times.append(first_paint(COACH_MARKER, coach, env, socket))
    c, b = statistics.median(coach_times), statistics.median(bare_times)
    ratio, goal = c / b, GOALS[label]
    print(f"{label:5s} coachtui median {c * 1000:6.0f} ms   bare textual median {b * 1000:6.0f}"
          f" ms   ratio {ratio:.2f} (goal <= {goal}){'' if ratio <= goal else '  OVER'}",
          flush=True)
    return ratio <= goal


def main() -> int:
    """Measure, print medians and ratios; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--journals", metavar="DIR",
                        help="build the journals here once and reuse them (default: a temp dir)")
    parser.add_argument("--importtime", action="store_true",
                        help="also print the slowest imports on coachtui's start path")
    options = parser.parse_args()
    python = sys.executable
    compile_project()  # as installed: the warm-up runs cannot write .pyc files everywhere
    env = {"COACHTUI_TODAY": "2026-11-22", "COACHTUI_LANG": "en", "PYTHONPATH": str(ROOT)}
    run_env = {**os.environ, **env}
    run_env.pop("COACHTUI_JOURNAL", None)
    bare = [python, str(ROOT / "bench" / "bare_app.py")]
    # A private tmux server with one idle session kept open: killing a measured session
    # must not shut the server down while the next one starts (and others' tmux is left alone).
    socket = f"coachtui-fp-{os.getpid()}"
    subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-s", "keeper", "sleep 3600"],
                   check=True)
    ok = True
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(options.journals) if options.journals else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            journals = _build_journals(folder, python, run_env)
            for label, journal in journals.items():
                ok &= _measure(label, journal, python, bare, env, socket, options.runs)
            if options.importtime:
                print("the way to the first paint (app, team screen, Journal.open, rows):")
                print(_importtime_report(python, env, journals["demo"]))
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
