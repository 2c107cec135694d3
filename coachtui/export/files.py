"""Writing export files safely: names built from data stay inside the chosen folder, and a
file is written whole (a temp file in the same folder, then one atomic rename) or not at all.

A file name that comes from data (an agent's e-mail, a month) goes through `data_file_name`:
an e-mail like "../../.ssh/x@example.nl" must not write outside `--out`, and a crash, a full
disk or a render error never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from coachtui.errors import Phrase, UserError
from coachtui.outside_text import quoted

# Names Windows keeps for devices, whatever the extension ("nul.pdf" is the device).
_DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
            *(f"lpt{n}" for n in range(10))}
PART_LIMIT = 48
NAME_LIMIT = 150  # bytes of UTF-8; file systems allow 255, a temp prefix and suffix are added


def name_part(text: object, limit: int = PART_LIMIT) -> str:
    """One piece of a file name built from data: letters, digits, "_", "-" and single dots
    inside; never a separator, "..", a leading or trailing dot or dash; at most `limit`
    characters; "x" when nothing is left."""
    value = unicodedata.normalize("NFKC", str(text))  # a full-width "／" becomes "/" first
    slug = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in value)
    slug = re.sub(r"\.{2,}", ".", re.sub(r"-{2,}", "-", slug))
    slug = slug.strip(".-")[:limit].strip(".-")
    return slug or "x"


def data_file_name(*parts: object, extension: str) -> str:
    """A file name from data: the parts as `name_part`s joined by "_", then the extension.

    The only function that builds export file names, so every one of them stays inside
    the folder it is written to (session, month, access and TUI exports).
    """
    ext = "".join(ch for ch in extension if ch.isascii() and ch.isalnum())[:8] or "txt"
    stem = "_".join(name_part(part) for part in parts) or "x"
    while len(f"{stem}.{ext}".encode()) > NAME_LIMIT:
        stem = stem[:-1]
    stem = stem.rstrip(".-_") or "x"
    if stem.split(".")[0].casefold() in _DEVICES:
        stem = f"_{stem}"
    return f"{stem}.{ext}"


def inside(folder: Path, name: str, lang: str = "en") -> Path:
    """`folder / name`, refused when `name` would leave `folder` (a second line of defence:
    names from `data_file_name` never do)."""
    path = Path(folder) / name
    if Path(name).name != name or name in ("", ".", "..") or \
            path.resolve().parent != Path(folder).resolve():
        raise UserError("safety.outside_folder", name=quoted(name), folder=quoted(folder))
    return path


def record_file_name(content: dict[str, Any], extension: str) -> str:
    """`2026-10_ayse.yilmaz_session-47.pdf`: sorts by month, names the agent, unique."""
    local = str(content["agent"]["email"]).split("@")[0]
    return data_file_name(content["month"], local, f"session-{content['session_id']}",
                          extension=extension)


def write_atomic(path: Path, data: bytes | str, lang: str = "en") -> Path:
    """Write `data` to `path` whole or not at all; a clear UserError if the folder refuses."""
    del lang  # the refusal is rendered at the edge, in the user's language
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_dir():
        raise UserError("export.cannot_write", path=quoted(path, 200),
                        reason=Phrase("safety.is_a_folder"))
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise UserError("export.cannot_write", path=quoted(path, 200),
                        reason=_reason(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise UserError("export.cannot_write", path=quoted(path, 200),
                        reason=_reason(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def ensure_folder(path: Path, lang: str = "en") -> Path:
    """Make sure `path` is a folder we can write into (created if missing)."""
    del lang  # the refusal is rendered at the edge, in the user's language
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UserError("export.not_a_folder", path=quoted(path, 200))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("export.cannot_write", path=quoted(path, 200),
                        reason=_reason(exc)) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise UserError("export.cannot_write", path=quoted(path, 200),
                        reason=Phrase("safety.permission_denied"))
    return path


def _reason(exc: OSError) -> str:
    """The system's own words for a refused write, made safe to show."""
    return quoted(exc.strerror or exc, 120)
