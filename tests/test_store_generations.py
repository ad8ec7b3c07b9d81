"""An embedded store is rebuilt into a directory of its own and swapped in: the live store is
untouched until the swap, a failed or killed rebuild leaves nothing behind, the old store is
removed once no search reads it, and a restart opens the rebuilt one."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from chromadb.api.models.Collection import Collection
from chromadb.api.shared_system_client import SharedSystemClient

from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval import store_generations as generations
from tests.conftest import HashingEmbeddings, import_coffee_and_skincare

CREATORS = 30


def populate(settings: Settings) -> JodohService:
    return import_coffee_and_skincare(settings, CREATORS)


def store_entries(root: Path) -> set[str]:
    return {entry.name for entry in root.iterdir()}


def test_layout_functions(tmp_path: Path) -> None:
    root = tmp_path / "chroma"
    assert generations.live_store(root) == root  # nothing there yet: the root itself
    root.mkdir()
    (root / "chroma.sqlite3").write_bytes(b"old store")
    (root / "0b2f5c1e-1111-4222-8333-944455556666").mkdir()
    (root / "notes.txt").write_text("not Chroma's")
    building = generations.Generation(root)
    first = building.path
    assert generations.live_store(root) == root  # not live before it is published
    assert generations.remove_stale(root, root) == []  # being built: kept
    generations.publish(root, first)
    building.done()
    assert generations.live_store(root) == first
    second = generations.Generation(root)
    removed = generations.remove_stale(root, first)
    assert {path.name for path in removed} == {  # the root's own store, replaced
        "chroma.sqlite3", "0b2f5c1e-1111-4222-8333-944455556666"}
    assert second.path.exists()  # still being built
    second.done()
    removed = generations.remove_stale(root, generations.live_store(root))
    assert [path.name for path in removed] == [second.path.name]
    assert store_entries(root) == {"CURRENT", first.name, "notes.txt"}
    with pytest.raises(ValueError):
        generations.publish(root, tmp_path / "elsewhere")
    (root / "CURRENT").write_text("../../etc")
    assert generations.live_store(root) == root  # a CURRENT naming no generation is ignored


def test_reindex_swaps_in_a_new_store_and_a_restart_opens_it(settings: Settings) -> None:
    service = populate(settings)
    root = settings.resolved_chroma_path
    assert (root / "chroma.sqlite3").exists()  # never rebuilt: the store is the root itself
    assert service.reindex() == CREATORS
    live = generations.live_store(root)
    assert live.name.startswith(generations.GENERATION_PREFIX)
    assert store_entries(root) == {"CURRENT", live.name}  # the old store is gone
    assert service.search("kopi specialty Bandung").matches[0].profile.handle.startswith("kopi.")
    assert service.reindex() == CREATORS
    assert store_entries(root) == {"CURRENT", generations.live_store(root).name}
    service.close()

    SharedSystemClient.clear_system_cache()
    restarted = JodohService(settings, embeddings=HashingEmbeddings())
    assert restarted.check_index() == "ok"
    stats = restarted.stats()
    assert (stats["creators"], stats["indexed"], stats["stale"]) == (CREATORS, CREATORS, 0)
    restarted.close()


def test_a_failed_reindex_leaves_the_live_store_and_nothing_else(settings: Settings) -> None:
    service = populate(settings)
    root = settings.resolved_chroma_path
    before = store_entries(root)

    def fail_midway(done: int, total: int) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        service.reindex(progress=fail_midway)
    assert store_entries(root) == before
    assert service.search("kopi specialty Bandung").degraded is None
    assert service.stats()["indexed"] == CREATORS
    service.close()


def test_a_rebuild_left_by_a_killed_process_is_removed_at_start(settings: Settings) -> None:
    populate(settings).close()
    root = settings.resolved_chroma_path
    before = store_entries(root)
    # What a killed rebuild leaves: its directory, and its lock file no process holds.
    leftover = root / f"{generations.GENERATION_PREFIX}20261205T000000000000"
    leftover.mkdir()
    (leftover / "chroma.sqlite3").write_bytes(b"half written")
    leftover.with_name(f"{leftover.name}.building").touch()
    SharedSystemClient.clear_system_cache()
    service = JodohService(settings, embeddings=HashingEmbeddings())
    assert service.check_index() == "ok"
    assert store_entries(root) == before
    assert service.stats()["indexed"] == CREATORS
    service.close()


def test_the_swap_waits_for_a_search_reading_the_old_store(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    service = populate(settings)
    service.search("warm up")
    inside, release = threading.Event(), threading.Event()
    original = Collection.query
    held: dict[str, Any] = {}

    def slow_query(self: Collection, *args: Any, **kwargs: Any) -> Any:
        if not held:
            held["collection"] = self
            inside.set()
            release.wait(10)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "query", slow_query)
    searching = threading.Thread(target=lambda: held.setdefault(
        "result", service.search("kopi specialty Bandung")))
    searching.start()
    assert inside.wait(10)
    reindexing = threading.Thread(target=service.reindex)
    reindexing.start()
    reindexing.join(3)
    assert reindexing.is_alive()  # built and published, waiting for the search to finish
    old_store = settings.resolved_chroma_path / "chroma.sqlite3"
    assert old_store.exists()
    release.set()
    searching.join(10)
    reindexing.join(30)
    assert not reindexing.is_alive()
    assert held["result"].degraded is None
    assert held["result"].matches[0].profile.handle.startswith("kopi.")
    assert not old_store.exists()
    service.close()
