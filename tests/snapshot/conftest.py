"""Snapshot fixtures: apps on a journal file, hermetic, whose journals are closed after."""

from __future__ import annotations

import pytest

from tests.snapshot.snapshot_apps import coach_app


@pytest.fixture
def apps():
    """Build apps with `coach_app` and close their journals after the test."""
    made = []

    def make(path, **kw):
        app = coach_app(path, **kw)
        made.append(app)
        return app

    yield make
    for app in made:
        app.journal.close()
