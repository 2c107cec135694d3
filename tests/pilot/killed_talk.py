"""Run as a script: type into a talk, then kill this very process with SIGKILL mid-talk."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from coachtui.app import CoachApp
from coachtui.settings import Settings
from coachtui.storage import Journal
from tests.pilot.talk_helpers import open_talk_from_team, type_text


async def main(path: str) -> None:
    journal = Journal.open(path)
    app = CoachApp(journal, Settings(journal_path=path), cursor_blink=False, watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_talk_from_team(pilot, "kees")
        await pilot.press("4")
        await pilot.pause()
        await type_text(pilot, "Read the whole ticket first")
        await pilot.pause()
        os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no close, no checkpoint


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
