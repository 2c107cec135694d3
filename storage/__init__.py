"""The SQLite journal: the only place coachtui's data lives. Never imports Textual.

`Journal` is the one door to the file, for the TUI and every command alike. It is loaded
on first use (PEP 562), so importing a storage module for a type costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachtui.storage.journal import Journal

__all__ = ["Journal"]


def __getattr__(name: str) -> Any:
    if name == "Journal":
        from coachtui.storage.journal import Journal

        return Journal
    raise AttributeError(f"module 'storage' has no attribute {name!r}")
