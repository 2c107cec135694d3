"""Helpers of the replica tests: the real Litestream binary, a `coachtui replicate` running
as its own process, and a search for an erased e-mail in every state a replica can give."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from coachtui.services.replica import litestream_environment

HERE = os.path.dirname(sys.executable)


def litestream_program() -> str:
    """The litestream binary beside this Python, else the one on PATH."""
    beside = os.path.join(HERE, "litestream")
    return beside if os.access(beside, os.X_OK) else "litestream"


def wait_for(predicate, seconds: float = 20.0, step: float = 0.1) -> bool:
    """Poll `predicate` until it is true or `seconds` passed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def start_replicate(journal: Path, url: str, env: dict[str, str] | None = None,
                    ) -> subprocess.Popen[bytes]:
    """`coachtui replicate --to URL` for `journal` as a process of its own."""
    full = {**os.environ, **(env or {}), "COACHTUI_JOURNAL": str(journal)}
    return subprocess.Popen([sys.executable, "-m", "coachtui", "replicate", "--to", url],
                            env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """Stop a process started by a test (and reap it)."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def replica_txids(url: str, env: dict[str, str] | None = None) -> list[str]:
    """Every transaction id a restore from the replica can stop at (all levels)."""
    done = subprocess.run([litestream_program(), "ltx", "-level", "all", "-json", url],
                          env={**litestream_environment(), **(env or {})},
                          capture_output=True, text=True, check=True)
    return sorted({item["max_txid"] for item in json.loads(done.stdout or "[]")})


def restore_each_state(url: str, folder: Path, env: dict[str, str] | None = None,
                       ) -> list[Path]:
    """Restore the replica as it was after each of its transactions, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    restored = []
    for txid in replica_txids(url, env):
        out = folder / f"at-{txid}.db"
        subprocess.run([litestream_program(), "restore", "-txid", txid, "-o", str(out), url],
                       env={**litestream_environment(), **(env or {})},
                       capture_output=True, check=True)
        restored.append(out)
    return restored


def files_holding(folder: Path, needle: bytes) -> list[Path]:
    """Every file under `folder` whose bytes contain `needle`."""
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def read_rows(path: Path, sql: str) -> list[tuple]:
    """Rows of a query on a journal file, read-only (the journal's own read-only door)."""
    from coachtui.storage.connection import connect_read_only

    conn = connect_read_only(path.resolve())
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def litestream_children(process: subprocess.Popen[bytes]) -> list[int]:
    """The Litestream process(es) a `coachtui replicate` runs (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{process.pid}/task").glob("*"):
        with open(task / "children", encoding="ascii") as f:
            found += [int(pid) for pid in f.read().split()]
    return found
