"""Settings built once in `main()` and passed down: journal path and language."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def default_journal_path() -> Path:
    """`$COACHTUI_JOURNAL`, else `<user data folder>/coachtui/journal.db`."""
    env = os.environ.get("COACHTUI_JOURNAL")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coachtui", appauthor=False)) / "journal.db"


def default_lang() -> str:
    """`$COACHTUI_LANG` if it is nl or en, else en."""
    lang = os.environ.get("COACHTUI_LANG", "en").strip().lower()
    return lang if lang in ("nl", "en") else "en"


@dataclass(frozen=True)
class Settings:
    """What every command needs: where the journal is and which language to speak."""

    journal_path: Path
    lang: str = "en"

    @classmethod
    def resolve(cls, journal: str | None, lang: str | None) -> Settings:
        """Command-line values first, then the environment, then the defaults."""
        path = Path(journal).expanduser() if journal else default_journal_path()
        return cls(journal_path=path, lang=lang or default_lang())
