"""Reading `python -X importtime` output: the slowest imports, for finding what to trim."""

from __future__ import annotations


def slowest_imports(stderr: str, count: int) -> str:
    """The `count` slowest imports (cumulative) in `-X importtime` output, one per line."""
    rows = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    rows.sort(reverse=True)
    return "\n".join(f"{us / 1000:8.1f} ms {name}" for us, name in rows[:count])
