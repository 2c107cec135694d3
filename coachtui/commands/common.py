"""Small pieces every command shares: opening the journal, checking a month, printing JSON."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from coachtui.errors import JournalError, UserError
from coachtui.settings import Settings

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

# Warnings said once the command is done (a refusal, said instead, makes them moot).
_warnings: list[UserError] = []


def take_warnings() -> list[UserError]:
    """The warnings this command collected, handing them over (the list is emptied)."""
    taken = list(_warnings)
    _warnings.clear()
    return taken


def open_journal(settings: Settings, *, create: bool = False,
                 warn_if_damaged: bool = True) -> Journal:
    """Open the settings' journal (the one door); refuses a missing one unless `create`.

    Commands that write pass `create`: a missing journal is then made new and empty (mode
    0600, never the demo), and stderr says so at once, in the user's language. With
    `warn_if_damaged` (commands that read) a damaged file is checked for once and,
    when the command is done, said so on stderr (`take_warnings`): reading goes on, and
    any write is refused by the Journal itself, in a sentence of its own.
    """
    import os

    from coachtui.storage import Journal

    path = settings.journal_path
    new = create and not os.path.lexists(path)
    journal = Journal.open(path, create=create)
    if new:
        from coachtui.outside_text import quoted
        from coachtui.texts import tr

        print(f"coachtui: {tr('first_run.journal_created', settings.lang, path=quoted(path, 200))}",
              file=sys.stderr)
    if warn_if_damaged and not journal.check_health():
        _warnings.append(JournalError("journal.damaged_warning", path=journal.display_path))
    return journal


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
