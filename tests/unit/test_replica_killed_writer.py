"""Replicate while a writer types into a talk field (one save per keystroke, as the TUI
does), kill -9 both, restore on a "new machine": every character the replica had time to
take is there in order, every signed record keeps its hash, the copy is whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from coachtui.services import replica
from coachtui.storage import Journal
from tests.replica_helpers import (
    litestream_children,
    read_rows,
    start_replicate,
    stop,
    wait_for,
)

FIRST = "Afspraak: elke week één gesprek terugluisteren ✓ — samen met Sanne (ß, 字)."
SECOND = " Daarna: de klantvraag eerst samenvatten, dan pas oplossen." * 4

WRITER = """
import sys, time
from pathlib import Path
from coachtui.storage import Journal
from coachtui.services.talks import save_field, start_talk
journal = Journal.open(sys.argv[1])
agent = journal.agents()[0].id
session = start_talk(journal, agent, "2026-11").id
text = ""
for part, marker in ((sys.argv[2], "first"), (sys.argv[3], "second")):
    for char in part:
        save_field(journal, session, "session:agreements", text + char, text)
        text += char
        time.sleep(0.02)
    Path(sys.argv[4] + "." + marker).write_text(str(session))
    if marker == "first":
        time.sleep(4)
time.sleep(60)
"""


def test_a_killed_writer_and_replication_restore_every_character_and_hash(
        demo_journal_path, tmp_path):
    folder = tmp_path / "replica"
    url = folder.as_uri()
    marker = tmp_path / "typed"
    process = start_replicate(demo_journal_path, url)
    writer = None
    try:
        assert wait_for(lambda: any(folder.rglob("*.ltx")))
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_journal_path),
                                   FIRST, SECOND, str(marker)],
                                  env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        assert wait_for(lambda: marker.with_suffix(".first").exists(), 30)
        time.sleep(1.5)
        # in the middle of the second stretch of typing: kill -9 all three
        children = litestream_children(process)
        assert children
        for pid in children:
            os.kill(pid, signal.SIGKILL)
        for victim in (writer, process):
            victim.send_signal(signal.SIGKILL)
            victim.wait()
    finally:
        for victim in (writer, process):
            if victim is not None:
                stop(victim, signal.SIGKILL)
    session_id = int(marker.with_suffix(".first").read_text())
    restored = tmp_path / "new-machine" / "journal.db"
    restored.parent.mkdir()
    done = replica.restore(url, restored)  # integrity and every hash checked on the way
    query = f"SELECT agreements FROM sessions WHERE id = {session_id}"
    [(typed,)] = read_rows(restored, query)
    [(on_disk,)] = read_rows(demo_journal_path, query)
    assert typed.startswith(FIRST)  # the first stretch had time to reach the replica whole
    assert (FIRST + SECOND).startswith(on_disk) and on_disk.startswith(typed)
    hashes = "SELECT session_id, sha256 FROM signed_records ORDER BY session_id"
    assert read_rows(restored, hashes) == read_rows(demo_journal_path, hashes)
    assert done.signed_records == len(read_rows(demo_journal_path, hashes)) > 0
    notes = "SELECT id, agent_id, text FROM notes ORDER BY id"
    assert read_rows(restored, notes) == read_rows(demo_journal_path, notes)
    with Journal.open(restored, create=False) as journal:
        assert journal.check_health()
