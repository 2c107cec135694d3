"""The SQLite journal: the only place coachtui's data lives. Never imports Textual."""

from storage.journal import Journal

__all__ = ["Journal"]
