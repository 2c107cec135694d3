"""A killed process loses nothing that was on screen; the restarted app resumes the draft."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.pilot.talk_helpers import open_talk_from_team

ROOT = Path(__file__).resolve().parents[2]


async def test_killed_app_restarts_at_the_same_step_with_the_text(make_app, demo_journal_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "tests.pilot.killed_talk",
                             str(demo_journal_path)], env=env, cwd=ROOT, timeout=120,
                            capture_output=True, text=True)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        assert app.screen.step == 4
        assert app.screen.focused.name == "session:learning_point"
        assert app.screen.focused.value == "Read the whole ticket first"


def test_killed_mid_typing_loses_no_character_that_was_shown(demo_template, tmp_path):
    """The kill -9 harness in short form (bench/killed_talk.py runs 100 trials)."""
    from tests.pilot.killed_talk import run_trials

    found = run_trials(demo_template, tmp_path, ["human", "burst"], range(7, 8))
    assert found.runs == 2
    assert (found.lost_chars, found.bad) == (0, [])
