"""The short form of bench/concurrency.py: a window types a key per commit while other
`coachtui note` and `coachtui agents` processes use the same journal; nothing is lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def concurrency():
    """bench/concurrency.py as a module (bench/ is a folder of scripts, not a package)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import concurrency

        yield concurrency
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_typing_while_other_commands_write_loses_nothing(concurrency, demo_journal_path):
    result = concurrency.stress(demo_journal_path, notes=6, listers=3, rate=25, min_keys=20,
                                lead_in=0.2)
    assert result.failures == []
    assert len(result.notes_saved) == 6
    assert result.characters_lost == 0
    assert result.keystroke_rows_lost == 0
    assert result.note_rows_lost == 0
    assert result.integrity == "ok"
    assert len(result.typing.seconds) >= 20
