"""Start-up helpers for the benchmarks that time fresh processes: reading
`python -X importtime` output, and compiling the project's bytecode beforehand."""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("coachtui", "screens", "storage", "importers")  # source folders of the one package


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


def imported(stderr: str, roots: tuple[str, ...]) -> dict[str, list[str]]:
    """Per root package (e.g. "sqlite_utils"), the modules under it that `-X importtime`
    output shows were imported, in import order."""
    found: dict[str, list[str]] = {root: [] for root in roots}
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.split("|")[2].strip()
            for root in roots:
                if name == root or name.startswith(root + "."):
                    found[root].append(name)
    return found


def compile_project() -> None:
    """Write the project's `.pyc` files, as `pip install` does for an installed app.

    The libraries in the venv have theirs; without this, a shell with
    PYTHONDONTWRITEBYTECODE set (CI images, some sandboxes) makes every coachtui start
    compile its own modules from source, which a user's installed copy never does, and
    the comparison with a library-only baseline would measure the compiler instead.
    Only files whose source changed are compiled again.
    """
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
