"""How far the replica is, as the header says it: reached, behind, starting, stopped."""

from __future__ import annotations

import os
import time

from coachtui.screens.widgets.replica_status import status_text
from coachtui.services import replica
from coachtui.services.replica import ReplicaState


def _replica_file(folder, moment):
    path = folder / "ltx" / "0" / "0000000000000001-0000000000000001.ltx"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"LTX1")
    os.utime(path, (moment, moment))


def _journal(tmp_path, moment):
    journal = tmp_path / "journal.db"
    for path in (journal, tmp_path / "journal.db-wal"):
        path.write_bytes(b"")
        os.utime(path, (moment, moment))
    return journal


def test_the_replica_state_follows_the_journal_and_the_newest_file(tmp_path):
    folder = tmp_path / "replica"
    url = folder.as_uri()
    now = time.time()
    journal = _journal(tmp_path, now - 60)
    assert replica.replica_state(journal, url, now) == ReplicaState("starting")
    _replica_file(folder, now - 59)
    assert replica.replica_state(journal, url, now) == ReplicaState("reached", now - 59)
    journal = _journal(tmp_path, now - 30)  # a change the replica has not taken in
    assert replica.replica_state(journal, url, now) == ReplicaState("behind", now - 30)
    journal = _journal(tmp_path, now - 2)  # younger than a few syncs: not behind yet
    assert replica.replica_state(journal, url, now).kind == "reached"


def test_the_header_sentences_in_both_languages():
    moment = time.mktime((2026, 12, 1, 14, 2, 31, 0, 0, -1))
    assert status_text(ReplicaState("reached", moment), "en", None) == "replica: 14:02:31"
    assert status_text(ReplicaState("behind", moment), "nl", None) == (
        "replica achter sinds 14:02")
    assert status_text(ReplicaState("starting"), "en", None) == "replica: starting…"


def test_why_a_replication_stopped_is_one_sentence():
    lines = ['time=2026-12-02T02:19:07Z level=INFO msg=litestream version=0.5.17\n',
             'time=2026-12-02T02:19:08Z level=ERROR msg="sync failed" '
             'error="open /x: permission denied"\n', "\n"]
    assert replica.stopped_reason(lines) == "open /x: permission denied"
    assert replica.stopped_reason(["coachtui: The folder /x does not exist.\n"]) == (
        "coachtui: The folder /x does not exist.")
    assert replica.stopped_reason(["time=... level=INFO msg=ok"]) is None
