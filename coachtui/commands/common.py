"""Small pieces every command shares: opening the journal and printing JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from coachtui.errors import UserError
from coachtui.model import check_month
from coachtui.settings import Settings


def open_journal(settings: Settings, *, create: bool = False):  # -> storage.Journal
    """Open the settings' journal; refuses a missing one unless `create`."""
    from coachtui.storage import Journal

    return Journal.open(settings.journal_path, create=create)


def month_arg(value: str | None, option: str = "--month") -> str | None:
    """Check a `--month` value; a wrong one is a user error naming the option and value."""
    if value is None:
        return None
    try:
        return check_month(value)
    except ValueError as exc:
        raise UserError(f"{option} {value!r}: {exc}.") from exc


def print_json(document: Any) -> None:
    """One JSON document on stdout; characters that could steer a terminal (C1 controls,
    DEL, bidi controls) are written as \\u escapes, so the values stay exactly as stored."""
    from coachtui.outside_text import json_safe

    sys.stdout.write(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
    sys.stdout.write("\n")
