"""Small pieces every command shares: opening the journal, checking a month, printing JSON."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from coachtui.settings import Settings

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal


def open_journal(settings: Settings, *, create: bool = False) -> Journal:
    """Open the settings' journal; refuses a missing one unless `create`."""
    from coachtui.storage.journal import Journal

    return Journal.open(settings.journal_path, create=create)


def month_arg(value: str | None, option: str = "--month") -> str | None:
    """Check a `--month` value; a wrong one is a user error naming the option and value."""
    from coachtui.services.months import checked_month

    return checked_month(value, option)


def print_json(document: Any) -> None:
    """One JSON document on stdout; characters that could steer a terminal (C1 controls,
    DEL, bidi controls) are written as \\u escapes, so the values stay exactly as stored."""
    from coachtui.outside_text import json_safe

    sys.stdout.write(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
    sys.stdout.write("\n")
