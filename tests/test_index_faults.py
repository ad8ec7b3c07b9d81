"""The Chroma store deleted, corrupted or dropped under a running service: detected, rebuilt
from the database and the embedding cache (nothing re-embedded), and searches meanwhile fall
back to keyword ranking with a note instead of failing."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromadb.api.shared_system_client import SharedSystemClient

from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.index import make_chroma_client
from retrieval.store_generations import live_store
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row, import_coffee_and_skincare

CREATORS = 40


@pytest.fixture
def populated(settings: Settings) -> Iterator[Settings]:
    import_coffee_and_skincare(settings, CREATORS).close()
    yield settings


def restart(settings: Settings) -> tuple[JodohService, HashingEmbeddings]:
    """A new service as a restarted process would build it (Chroma's per-process cache of
    open stores dropped)."""
    SharedSystemClient.clear_system_cache()
    embeddings = HashingEmbeddings()
    return JodohService(settings, embeddings=embeddings), embeddings


def corrupt(chroma_dir: Path) -> None:
    (live_store(chroma_dir) / "chroma.sqlite3").write_bytes(b"this is not a database" * 500)


def assert_fully_indexed(service: JodohService) -> None:
    stats = service.stats()
    assert (stats["creators"], stats["indexed"], stats["stale"]) == (CREATORS, CREATORS, 0)


@pytest.mark.parametrize("fault", ["corrupted", "deleted"])
def test_broken_store_is_rebuilt_at_start_while_searches_use_keywords(
        populated: Settings, fault: str) -> None:
    chroma_dir = populated.resolved_chroma_path
    if fault == "corrupted":
        corrupt(chroma_dir)
    else:
        shutil.rmtree(chroma_dir)
    service, embeddings = restart(populated)
    # Hold the rebuild back, to look at searches made while it runs.
    with service.index_keeper.write_lock:
        assert service.check_index(background=True) == "repairing"
        assert not service.index_ready
        during = service.search("kopi specialty Bandung")
    assert during.degraded and "rebuilt" in during.degraded
    assert during.matches[0].profile.handle.startswith("kopi.")
    assert service.wait_for_index(timeout=60)
    after = service.search("kopi specialty Bandung")
    assert after.degraded is None
    assert after.matches[0].profile.handle.startswith("kopi.")
    assert_fully_indexed(service)
    assert embeddings.calls == 0  # every vector came from the embedding cache
    if fault == "corrupted":
        assert list(chroma_dir.parent.glob("chroma.broken-*")), "broken store kept aside"
    service.close()


def test_store_failing_under_a_live_service_is_repaired_in_the_background(
        populated: Settings) -> None:
    service, embeddings = restart(populated)
    assert service.check_index() == "ok"
    assert service.search("kopi specialty Bandung").degraded is None
    # Another process drops the collection while this one holds it open.
    make_chroma_client(path=live_store(populated.resolved_chroma_path)).delete_collection(
        populated.chroma_collection)
    failed = service.search("kopi specialty Bandung")
    assert failed.degraded  # answered from keywords, not an exception
    assert failed.matches and failed.matches[0].profile.handle.startswith("kopi.")
    assert service.wait_for_index(timeout=60)
    assert service.search("kopi specialty Bandung").degraded is None
    assert_fully_indexed(service)
    assert embeddings.calls == 0
    service.close()


def test_reindex_and_import_work_over_a_corrupted_store(populated: Settings) -> None:
    corrupt(populated.resolved_chroma_path)
    service, embeddings = restart(populated)
    assert service.reindex() == CREATORS
    assert_fully_indexed(service)
    corrupt(populated.resolved_chroma_path)
    service.close()
    service, embeddings = restart(populated)
    report = service.import_records([CreatorRecord.model_validate(creator_row(
        "baru.sby", bio="Kuliner pedas dan jajanan pasar Surabaya."))])
    assert report.created == 1
    stats = service.stats()
    assert (stats["creators"], stats["indexed"], stats["stale"]) == (
        CREATORS + 1, CREATORS + 1, 0)
    assert embeddings.calls == 1  # only the new creator was embedded
    service.close()


def test_closing_stops_a_background_repair_and_the_next_start_finishes_it(
        populated: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(populated.resolved_chroma_path)
    service, _ = restart(populated)
    monkeypatch.setattr("jodoh.index_keeper.BATCH_SIZE", 4)
    stack = service.index_keeper._stack
    written = threading.Event()
    index_profiles = stack.index_profiles

    def slow_batch(*args: object, **kwargs: object) -> object:
        written.set()
        time.sleep(0.2)  # a batch being embedded
        return index_profiles(*args, **kwargs)

    monkeypatch.setattr(stack, "index_profiles", slow_batch)
    assert service.check_index(background=True) == "repairing"
    assert written.wait(30)
    service.close()  # stops after the batch being written, and waits for it
    repairs = [t for t in threading.enumerate() if t.name == "index-repair"]
    assert not repairs, "no repair thread left writing to the index"
    assert service.index_keeper.ready
    assert 0 < service.index.count() < CREATORS  # stopped part-way, nothing lost: the database

    service, embeddings = restart(populated)
    assert service.check_index() == "ok"
    assert_fully_indexed(service)
    assert embeddings.calls == 0
    service.close()
