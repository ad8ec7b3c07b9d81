"""SIGKILL in the middle of an import and of a reindex (the real `jodoh` CLI, the real
packaged model): afterwards the database is intact, start-up reconciliation makes the index
match it, and running the same command again finishes the work."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import generate
from tests.conftest import write_jsonl

pytestmark = pytest.mark.slow
CREATORS = 600  # three import batches (256, 256, 88)


def jodoh(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jodoh.cli", *args], env=env, text=True,
                          capture_output=True, timeout=600)


def count_rows(database: Path, table: str) -> int:
    if not database.exists():
        return 0
    with sqlite3.connect(database, timeout=5) as connection:
        try:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlite3.OperationalError:
            return 0  # schema not created yet


def kill_when(process: subprocess.Popen[str], ready: callable, timeout: float = 300) -> None:  # type: ignore[valid-type]
    deadline = time.monotonic() + timeout
    while not ready():  # type: ignore[operator]
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "never reached the point to kill at"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def stats(env: dict[str, str]) -> dict[str, int]:
    """`jodoh stats` reports the index as it is (it repairs nothing)."""
    data: dict[str, int] = json.loads(jodoh(env, "stats", "--json").stdout)
    return data


def restart_and_check(env: dict[str, str], expected: int, database: Path) -> None:
    """Start Jodoh again (a search runs the start-up reconciliation), then compare."""
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert jodoh(env, "search", "kopi", "--json").returncode == 0
    after = stats(env)
    assert (after["creators"], after["indexed"], after["stale"]) == (expected, expected, 0)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {**os.environ, "JODOH_DATA_DIR": str(tmp_path / "data"),
                   "EMBEDDING_MODEL": "minilm", "HF_HUB_OFFLINE": "1",
                   "ANONYMIZED_TELEMETRY": "False"}
    for name in ("DATABASE_URL", "CHROMA_HOST", "CHROMA_PATH"):
        environment.pop(name, None)
    return environment


def test_import_killed_midway_then_rerun(env: dict[str, str], tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "creators.jsonl", generate(CREATORS, seed=11))
    database = tmp_path / "data" / "jodoh.db"
    process = subprocess.Popen([sys.executable, "-m", "jodoh.cli", "import", str(source)],
                               env=env, text=True, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    # Killed after the first batch is committed and while later ones are being embedded.
    kill_when(process, lambda: count_rows(database, "creator") >= 256)
    committed = count_rows(database, "creator")
    assert 256 <= committed < CREATORS
    assert committed % 256 == 0  # whole batches only: no half-written batch
    # The kill left committed creators out of the index; restarting repairs that.
    assert stats(env)["stale"] > 0
    restart_and_check(env, committed, database)
    rerun = jodoh(env, "import", str(source))
    assert rerun.returncode == 0, rerun.stderr
    assert f"unchanged {committed}" in rerun.stdout
    restart_and_check(env, CREATORS, database)


def test_reindex_killed_midway_then_rerun(env: dict[str, str], tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "creators.jsonl", generate(CREATORS, seed=12))
    database = tmp_path / "data" / "jodoh.db"
    assert jodoh(env, "import", str(source)).returncode == 0
    # Without the embedding cache a reindex embeds everything, which leaves time to kill it.
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM embeddingcacheentry")
    process = subprocess.Popen([sys.executable, "-m", "jodoh.cli", "reindex"], env=env,
                               text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    kill_when(process, lambda: count_rows(database, "embeddingcacheentry") >= 256)
    chroma = database.parent / "chroma"
    assert list(chroma.glob("gen-*")), "the rebuild was killed while writing its own store"
    # The live store was never touched, and the half-built one is gone at the next start.
    assert stats(env)["stale"] == 0
    assert not list(chroma.glob("gen-*"))
    restart_and_check(env, CREATORS, database)
    rerun = jodoh(env, "reindex")
    assert rerun.returncode == 0, rerun.stderr
    assert len(list(chroma.glob("gen-*"))) == 1 and (chroma / "CURRENT").exists()
    restart_and_check(env, CREATORS, database)
