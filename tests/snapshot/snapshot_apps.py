"""Apps for snapshot tests: a CoachApp on a given journal file, hermetic (no blink, no watch).

`coach_app(path, lang=..., agent_view=...)` is the one factory; snapshot tests pass its
result to `snap_compare` and drive it further with `run_before` callbacks.
"""

from __future__ import annotations

from pathlib import Path

from coachtui.app import CoachApp
from coachtui.settings import Settings
from coachtui.storage import Journal


def coach_app(journal_path: Path, *, lang: str = "en") -> CoachApp:
    """A CoachApp on the journal at `journal_path` in `lang`, without cursor blink or polling."""
    journal = Journal.open(journal_path, create=True)
    settings = Settings(journal_path=journal_path, lang=lang,
                        exports_choice=journal_path.parent / "exports")
    return CoachApp(journal, settings,
                    cursor_blink=False, watch_interval=0)
