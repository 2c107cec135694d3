"""The TUI runs the replica alongside (setting `replica.live`): the header says when the
last change reached the replica, the replication stops with the app, and a replication
that cannot run says why in one sentence, in both languages."""

from __future__ import annotations

import asyncio
import dataclasses
import time

from textual.widgets import Switch

from coachtui.services import replica
from coachtui.settings import read_settings_file
from tests.pilot.conftest import RecordingApp
from tests.replica_helpers import wait_for

SIZE = (120, 40)


async def _until(pilot, predicate, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.2)
        await pilot.pause()
    return False


def _live(app: RecordingApp, url: str | None) -> RecordingApp:
    app.settings = dataclasses.replace(app.settings, replica_live=True, replica_url=url)
    return app


async def test_the_header_says_when_the_last_change_reached_the_replica(make_app,
                                                                       demo_journal_path,
                                                                       tmp_path):
    folder = tmp_path / "replica"
    app = _live(make_app(), folder.as_uri())
    async with app.run_test(size=SIZE) as pilot:
        assert await _until(pilot, lambda: app.replica.running)
        assert await _until(pilot, lambda: app.sub_title.startswith("replica: ")
                            and app.sub_title[-1].isdigit())
        reached = app.sub_title
        assert replica.running_replication(demo_journal_path) is not None
        # a quick note typed while it replicates: the header follows without a stall
        await pilot.press("ctrl+n")
        await pilot.pause()
        started = time.monotonic()
        await pilot.press(*"to the replica")
        assert time.monotonic() - started < 3
        await pilot.press("enter")
        assert await _until(pilot, lambda: app.sub_title != reached
                            and app.sub_title.startswith("replica: "), 20)
        await pilot.press("f3")
        assert await _until(pilot, lambda: app.sub_title.startswith("replica: "))
    # quitting stopped the child and Litestream with it
    assert wait_for(lambda: replica.running_replication(demo_journal_path) is None, 20)
    assert any(folder.rglob("*.ltx"))


async def test_a_replica_without_an_address_says_why_it_stopped(make_app):
    app = _live(make_app(), None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.sub_title == "replica stopped: no replica address is set (replica.url)"
        await pilot.press("f3")
        await pilot.pause()
        assert app.sub_title == ("replica gestopt: er is geen replica-adres ingesteld "
                                 "(replica.url)")


async def test_a_replication_that_ends_says_why(make_app, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    app = _live(make_app(), (blocker / "replica").as_uri())
    async with app.run_test(size=SIZE) as pilot:
        assert await _until(pilot, lambda: app.sub_title.startswith("replica stopped: "))
        assert len(app.sub_title) < 200


async def test_the_settings_screen_switches_the_replica_on_and_off(make_app, tmp_path):
    app = make_app()
    app.settings = dataclasses.replace(app.settings,
                                       replica_url=(tmp_path / "replica").as_uri())
    async with app.run_test(size=SIZE) as pilot:
        assert app.sub_title == ""
        await pilot.press("comma")
        await pilot.pause()
        switch = app.screen.query_one("#set-replica-live", Switch)
        switch.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert read_settings_file(app.settings.config_path)["replica.live"] == "true"
        assert await _until(pilot, lambda: app.replica.running)
        await pilot.press("enter")
        await pilot.pause()
        assert read_settings_file(app.settings.config_path)["replica.live"] == "false"
        assert not app.replica.running and app.sub_title == ""
