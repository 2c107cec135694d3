"""Benchmark: the year overview of one agent against the bare SQL that reads the same rows.

Builds a 10-year, 60-agent demo journal in a temporary folder (and times that), then times
`year_overview(journal, agent, until)` (everything the appraisal talk and `coachtui year`
show: twelve months of figures against each month's target, the factor ratings, goals,
learning points, observed contacts and absences) against a bare `sqlite3` connection on the
same file running the SQL that reads those rows (agent, catalogue, figures, targets, team
defaults, ratings, goals and where carried-over goals began, learning points, notes,
absences) with `fetchall()`. Blocks of the
two alternate so a noisy machine hurts both alike; agents rotate so no cache favours one.
Prints p50 / p95 of each and the ratio of the medians.

    .venv/bin/python bench/year.py [--n 400] [--small]

Goal: year overview / bare SQL <= 3.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COACHTUI_TODAY", "2026-11-22")  # the demo is seeded from "today"

from coachtui.demo import DemoSize, build_demo
from coachtui.model import Absence, add_months
from coachtui.services.year import last_full_month, year_overview
from coachtui.storage import Journal

BLOCK = 20
RATIO_GOAL = 3.0


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build(folder: Path, size: DemoSize) -> tuple[Path, float]:
    """The demo journal of `size` with a few absences per agent; its path and build time."""
    path = folder / "journal.db"
    start = time.perf_counter()
    with Journal.open(path) as journal:
        build_demo(journal, lang="nl", size=size)
        for agent in journal.agents():
            for n, month in enumerate(("2026-02", "2026-05", "2026-09")):
                day = date(int(month[:4]), int(month[5:7]), 3 + n)
                journal.add_absence(Absence(agent_id=agent.id or 0, start=day,
                                            end=date(day.year, day.month, day.day + 2)))
    return path, time.perf_counter() - start


def bare_sql(conn: sqlite3.Connection, agent_id: int, first: str, last: str) -> int:
    """The rows the overview reads, read with plain SQL and nothing built from them."""
    after = f"{first}-01T00:00:00+00:00"
    before = f"{add_months(last, 1)}-01T00:00:00+00:00"
    rows = 0
    for sql, params in (
        ("SELECT * FROM agents WHERE id = ?", [agent_id]),
        ("SELECT * FROM metrics ORDER BY position, key", []),
        ("SELECT * FROM factors ORDER BY position, key", []),
        ("SELECT month, metric, value FROM figures WHERE agent_id = ?"
         " AND month BETWEEN ? AND ?", [agent_id, first, last]),
        ("SELECT metric, from_month, value FROM targets WHERE agent_id = ?"
         " AND from_month <= ?", [agent_id, last]),
        ("SELECT t.metric, t.from_month, t.value FROM agents a JOIN team_targets t"
         " ON t.team = COALESCE(a.team, '') WHERE a.id = ? AND t.from_month <= ?",
         [agent_id, last]),
        ("SELECT s.month, r.factor, r.rating, r.note FROM sessions s"
         " JOIN factor_ratings r ON r.session_id = s.id WHERE s.agent_id = ?"
         " AND s.status = 'signed' AND s.kind = 'monthly' AND s.month BETWEEN ? AND ?",
         [agent_id, first, last]),
        ("SELECT month, learning_point FROM sessions WHERE agent_id = ? AND status = 'signed'"
         " AND month BETWEEN ? AND ?", [agent_id, first, last]),
        ("SELECT * FROM notes WHERE agent_id = ? AND created_at >= ? AND created_at < ?"
         " AND relation IS NOT NULL AND private = 0", [agent_id, after, before]),
        ('SELECT start, "end" FROM absences WHERE agent_id = ? AND start <= ?'
         ' AND ("end" IS NULL OR "end" >= ?)', [agent_id, f"{last}-31", f"{first}-01"]),
    ):
        rows += len(conn.execute(sql, params).fetchall())
    goals = conn.execute(
        "SELECT g.id, g.carried_over_from, g.type, g.what, g.status, s.month, r.month"
        " FROM sessions s JOIN goals g ON g.session_id = s.id"
        " LEFT JOIN sessions r ON r.id = g.reviewed_in WHERE s.agent_id = ?"
        " AND s.status = 'signed' AND s.month BETWEEN ? AND ?", [agent_id, first, last]
    ).fetchall()
    inside = {g[0] for g in goals}
    outside = sorted({g[1] for g in goals if g[1] and g[1] not in inside})
    if outside:  # where carried-over goals began, before the period
        rows += len(conn.execute(
            "WITH RECURSIVE chain(id) AS ("
            f" SELECT id FROM goals WHERE id IN ({', '.join('?' * len(outside))})"
            " UNION SELECT g.carried_over_from FROM chain c JOIN goals g ON g.id = c.id"
            " WHERE g.carried_over_from IS NOT NULL)"
            " SELECT g.id, g.carried_over_from, s.month FROM chain c"
            " JOIN goals g ON g.id = c.id JOIN sessions s ON s.id = g.session_id",
            outside).fetchall())
    return rows + len(goals)


def measure(path: Path, n: int) -> dict[str, list[float]]:
    """n timings of each, in alternating blocks, over every agent in turn."""
    journal = Journal.open(path)
    bare = sqlite3.connect(str(path))
    agents = [a.id or 0 for a in journal.agents()]
    until = last_full_month(date.fromisoformat(os.environ["COACHTUI_TODAY"]))
    first = add_months(until, -11)
    year_overview(journal, agents[0], until)  # first use loads pydantic and the models
    bare_sql(bare, agents[0], first, until)
    clock = time.perf_counter
    times: dict[str, list[float]] = {"overview": [], "bare": []}
    i = 0
    while len(times["overview"]) < n:
        for _ in range(BLOCK):
            agent = agents[i % len(agents)]
            t0 = clock()
            bare_sql(bare, agent, first, until)
            times["bare"].append(clock() - t0)
            t0 = clock()
            year_overview(journal, agent, until)
            times["overview"].append(clock() - t0)
            i += 1
    journal.close()
    bare.close()
    return times


def main() -> int:
    """Build, measure, print; exit 1 when the ratio misses its goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="timings of each (default 400)")
    parser.add_argument("--small", action="store_true",
                        help="10 agents, 18 months (a quick check, not the benchmark)")
    args = parser.parse_args()
    size = DemoSize(agents=10, months=18, talk_months=12) if args.small else \
        DemoSize(agents=60, months=120, talk_months=120)
    with tempfile.TemporaryDirectory() as folder:
        path, seconds = build(Path(folder), size)
        print(f"journal: {size.agents} agents, {size.months} months, built in {seconds:.1f} s")
        times = measure(path, args.n)
    ms = {k: (1000 * _quantile(v, 0.5), 1000 * _quantile(v, 0.95)) for k, v in times.items()}
    for name, (p50, p95) in ms.items():
        print(f"{name:>9}: p50 {p50:6.2f} ms   p95 {p95:6.2f} ms")
    ratio = ms["overview"][0] / ms["bare"][0]
    print(f"year overview / bare SQL (p50): {ratio:.2f}  (goal <= {RATIO_GOAL:.0f})")
    return 0 if ratio <= RATIO_GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
