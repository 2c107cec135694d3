"""Time to first paint of the site view over 10 journals of 15 agents each against the team
screen on one such journal, in tmux 120x40 (goal: ratio <= 1.5).

Measured as bench/first_paint.py measures (its `first_paint` helper, by import): both
start as fresh processes in the same venv, alternating run by run, and the pane is polled
every 5 ms for each one's marker. The team screen is `coachtui` itself on one journal
(marker: its count line, written once the rows are read). The site view is coachtui's
app started on the site screen (`--site-child`: the app as `coachtui` starts it, with the
site screen as its first screen) over the 10 journals named in `site.journals`; its
first paint is the totals line, written once the worker has counted all 10 journals'
teams and computed their IRR; the team goals (each member's figures) follow in a second
pass, and the time until their line shows is printed too (not held to the goal).

    .venv/bin/python bench/site_paint.py [--runs 7] [--journals DIR]

Prints one line with the medians and ratios; exit 1 when the first paint is over the goal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5
JOURNALS = 10
AGENTS = 15
# The site screen's totals line (English): shown once all 10 journals' teams are counted
# and their IRR computed; the team goals (each member's figures) are read after it, and
# their line across the teams ("Team goals in force: 10") marks the view complete.
SITE_MARKER = f"{JOURNALS} journals · "
DONE_MARKER = f"Team goals in force: {JOURNALS},"


def build_journals(folder: Path, python: str, env: dict[str, str]) -> list[Path]:
    """One 15-agent demo journal (18 months of figures, a year of talks), copied to 10
    team leads' journals `lead-N.db`, each lead's teams named apart ("Hosting 3"); kept
    if already there."""
    paths = [folder / f"lead-{n}.db" for n in range(1, JOURNALS + 1)]
    if all(p.exists() for p in paths):
        return paths
    script = (
        "import sys\n"
        "from coachtui.demo import DemoSize, build_demo\n"
        "from coachtui.storage import Journal\n"
        "with Journal.open(sys.argv[1]) as j:\n"
        # the demo adds a newcomer of its own to the agents asked for
        f"    build_demo(j, lang='en', size=DemoSize(agents={AGENTS - 1}))\n"
    )
    first = paths[0]
    first.unlink(missing_ok=True)
    subprocess.run([python, "-c", script, str(first)], env=env, check=True, cwd=ROOT)
    for path in paths[1:]:
        shutil.copy(first, path)
    rename = (
        "import sys\n"
        "from coachtui.storage import Journal\n"
        "for n, path in enumerate(sys.argv[1:], 1):\n"
        "    with Journal.open(path) as j, j.transaction():\n"
        "        for table in ('agents', 'team_goals', 'team_targets'):\n"
        "            j.conn.execute(f\"UPDATE {table} SET team = team || ' {n}'\"\n"
        "                           \" WHERE team IS NOT NULL AND team != ''\")\n"
    )
    subprocess.run([python, "-c", rename, *map(str, paths)], env=env, check=True, cwd=ROOT)
    return paths


def site_child(own: str) -> None:
    """Start coachtui's app the way `coachtui` does (settings resolved, the Journal opened
    first), with the site screen as its first screen."""
    sys.path.insert(0, str(ROOT))
    from coachtui.app import CoachApp
    from coachtui.screens.site_screen import SiteScreen
    from coachtui.settings import Settings
    from coachtui.storage import Journal

    class SiteFirst(CoachApp):
        def get_default_screen(self):  # type: ignore[no-untyped-def]
            return SiteScreen()

    settings = Settings.resolve(own, "en")
    journal = Journal.open(settings.journal_path, create=True)
    try:
        SiteFirst(journal, settings).run()
    finally:
        journal.close()


def main() -> int:
    """Measure, print one line with both medians and the ratio; exit 1 over the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--journals", metavar="DIR",
                        help="build the journals here once and reuse them (default: a temp dir)")
    parser.add_argument("--site-child", metavar="JOURNAL", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.site_child:
        site_child(options.site_child)
        return 0
    # bench/ is on sys.path as a script; imported here, so the site child does not pay
    from first_paint import COACH_MARKER, first_paint
    from importtime import compile_project

    python = sys.executable
    compile_project()
    env = {"COACHTUI_TODAY": "2026-11-22", "COACHTUI_LANG": "en", "PYTHONPATH": str(ROOT)}
    run_env = {**os.environ, **env}
    run_env.pop("COACHTUI_JOURNAL", None)
    socket = f"coachtui-site-{os.getpid()}"
    subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-s", "keeper", "sleep 3600"],
                   check=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(options.journals) if options.journals else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            paths = build_journals(folder, python, run_env)
            own = folder / "own.db"  # the site manager's own journal (the app opens one)
            if not own.exists():
                shutil.copy(paths[0], own)
            config = folder / "site-config.toml"
            config.write_text('[site]\njournals = "' + "; ".join(map(str, paths)) + '"\n',
                              encoding="utf-8")
            env["COACHTUI_CONFIG"] = str(config)
            team = [python, "-m", "coachtui", "--journal", str(paths[0]), "--lang", "en"]
            site = [python, str(Path(__file__).resolve()), "--site-child", str(own)]
            first_paint(COACH_MARKER, team, env, socket)  # warm-up: the page cache
            first_paint(DONE_MARKER, site, env, socket)
            team_times, site_times, done_times = [], [], []
            for _ in range(options.runs):
                team_times.append(first_paint(COACH_MARKER, team, env, socket))
                site_times.append(first_paint(SITE_MARKER, site, env, socket))
                done_times.append(first_paint(DONE_MARKER, site, env, socket))
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
    t, s = statistics.median(team_times), statistics.median(site_times)
    done = statistics.median(done_times)
    ratio = s / t
    print(f"site view over {JOURNALS} journals of {AGENTS} agents: first paint median"
          f" {s * 1000:.0f} ms vs team screen on one {t * 1000:.0f} ms: ratio {ratio:.2f}"
          f" (goal <= {GOAL}){'' if ratio <= GOAL else ' OVER'}; with the team goals"
          f" {done * 1000:.0f} ms: ratio {done / t:.2f}", flush=True)
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
