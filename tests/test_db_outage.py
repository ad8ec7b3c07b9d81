"""PostgreSQL going away and coming back (a restart or failover): work is retried until it
answers again, and a lasting outage gets the clear `DatabaseUnavailable` error.

A private server is started for this test (the Debian package that .ci/run installs), so it
can be stopped without disturbing the shared one."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import storage.db
from jodoh.actions import JodohBrandActions
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.errors import DatabaseUnavailable
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row, free_port

pytestmark = pytest.mark.slow


class PrivatePostgres:
    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not bins:
            if os.environ.get("CI"):
                pytest.fail("PostgreSQL binaries missing: .ci/run installs them")
            pytest.skip("PostgreSQL is not installed")
        self.bin = Path(bins[-1])
        self.dir = Path(tempfile.mkdtemp(prefix="jodoh-pg-outage-", dir="/tmp"))
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", str(self.dir / "data"), "-A", "trust", "-U", "jodoh",
                  "--no-sync")
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "jodoh", "jodoh")
        self.url = f"postgresql://jodoh@127.0.0.1:{self.port}/jodoh"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "log"), "-w",
                  "-o", f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def outage_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                   ) -> Iterator[tuple[JodohService, PrivatePostgres]]:
    server = PrivatePostgres()
    monkeypatch.setattr(storage.db, "DB_RETRY_DELAYS", (0.5, 1.0, 2.0))
    settings = Settings(jodoh_data_dir=tmp_path / "data", database_url=server.url,
                        _env_file=None)  # type: ignore[call-arg]
    service = JodohService(settings, embeddings=HashingEmbeddings())
    service.import_records([CreatorRecord.model_validate(creator_row("glow.sby"))])
    try:
        yield service, server
    finally:
        service.close()
        server.remove()


def test_a_restarting_database_is_waited_for(
        outage_service: tuple[JodohService, PrivatePostgres]) -> None:
    service, server = outage_service
    actions = JodohBrandActions(service)
    ref = service.load_profiles(["instagram:glow.sby"])["instagram:glow.sby"].ref
    server.stop()
    restarter = threading.Timer(1.0, server.start)
    restarter.start()
    started = time.monotonic()
    assert actions.shortlist_add(5, ref) == "added"  # refused at first, done once it is back
    assert time.monotonic() - started >= 0.5
    restarter.join()
    assert [p.handle for p in actions.shortlist(5)] == ["glow.sby"]


def test_a_lasting_outage_raises_the_clear_error(
        outage_service: tuple[JodohService, PrivatePostgres]) -> None:
    service, server = outage_service
    actions = JodohBrandActions(service)
    ref = service.load_profiles(["instagram:glow.sby"])["instagram:glow.sby"].ref
    server.stop()
    with pytest.raises(DatabaseUnavailable):
        actions.shortlist_add(6, ref)
    server.start()
    assert actions.shortlist_add(6, ref) == "added"  # and everything works again afterwards
