"""Writing export files safely: a temp file in the same folder, then one atomic rename.

A crash, a full disk or a render error never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from coachtui.errors import UserError
from coachtui.texts import tr


def write_atomic(path: Path, data: bytes | str, lang: str = "en") -> Path:
    """Write `data` to `path` whole or not at all; a clear UserError if the folder refuses."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_dir():
        raise UserError(tr("export.cannot_write", lang, path=path,
                           reason="that is a folder"))
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise UserError(tr("export.cannot_write", lang, path=path,
                           reason=exc.strerror or exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise UserError(tr("export.cannot_write", lang, path=path,
                           reason=exc.strerror or exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def ensure_folder(path: Path, lang: str = "en") -> Path:
    """Make sure `path` is a folder we can write into (created if missing)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UserError(tr("export.not_a_folder", lang, path=path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(tr("export.cannot_write", lang, path=path,
                           reason=exc.strerror or exc)) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise UserError(tr("export.cannot_write", lang, path=path,
                           reason="permission denied"))
    return path


def record_file_name(content: dict, extension: str) -> str:
    """`2026-10_ayse.yilmaz_session-47.pdf`: sorts by month, names the agent, unique."""
    local = content["agent"]["email"].split("@")[0]
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in local)
    return f"{content['month']}_{safe}_session-{content['session_id']}.{extension}"
