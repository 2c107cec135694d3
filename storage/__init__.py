"""The SQLite journal: the only place coachtui's data lives. Never imports Textual.

`Journal` is loaded on first use, so `storage.quick_look` (the first screen's read-only
look) does not pay for sqlite-utils and pydantic.
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
