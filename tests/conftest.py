"""Shared fixtures: a fixed clock and real journal files in tmp_path."""

from __future__ import annotations

import os

import pytest

from coachtui.demo import build_demo
from coachtui.storage import Journal

FIXED_TODAY = "2026-11-22"

# With strict texts, a text key nobody wrote a text for raises (`coachtui.texts.tr`) and the
# source scan in tests/unit/test_text_keys.py runs: every refusal is raised with a key.
STRICT_TEXTS = True
if STRICT_TEXTS:
    os.environ["COACHTUI_STRICT_TEXTS"] = "1"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """Every test runs on 22 November 2026 at 09:00 UTC, with no user config leaking in:
    the settings file is a private one that does not exist yet (`$COACHTUI_CONFIG`)."""
    monkeypatch.setenv("COACHTUI_TODAY", FIXED_TODAY)
    monkeypatch.delenv("COACHTUI_NOW", raising=False)
    for name in ("COACHTUI_JOURNAL", "COACHTUI_LANG", "COACHTUI_LEAD_NAME", "COACHTUI_TIMEZONE",
                 "COACHTUI_EXPORTS_FOLDER", "COACHTUI_THEME", "COACHTUI_REPLICA_URL"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path_factory.mktemp("config") / "config.toml"
    monkeypatch.setenv("COACHTUI_CONFIG", str(config))


@pytest.fixture
def journal_path(tmp_path):
    """Path of a journal file that does not exist yet."""
    return tmp_path / "journal.db"


@pytest.fixture
def journal(journal_path):
    """A fresh, empty journal on a real file."""
    j = Journal.open(journal_path)
    yield j
    j.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo journal, built once per test run (copy it with `demo_journal_path`)."""
    import os

    os.environ["COACHTUI_TODAY"] = FIXED_TODAY
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with Journal.open(path) as j:
        build_demo(j, lang="en")
    return path


@pytest.fixture
def demo_journal_path(demo_template, tmp_path):
    """A private copy of the demo journal file for one test."""
    import shutil

    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    target.chmod(0o600)
    return target


@pytest.fixture
def demo_journal(demo_journal_path):
    """The demo journal, opened."""
    j = Journal.open(demo_journal_path)
    yield j
    j.close()
