"""The service end to end with real SQLite and real Chroma (hashing embedder for speed)."""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.explain import allowed_numbers
from storage import brand_repository as brand_repo
from storage import repository as repo
from storage.db import session_scope
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Every service test runs on SQLite and on PostgreSQL (real Chroma either way)."""
    return Settings(jodoh_data_dir=tmp_path / "data", database_url=database_url,
                    _env_file=None)  # type: ignore[call-arg]


def records() -> list[CreatorRecord]:
    rows = [
        creator_row("glow.sby"),
        creator_row("kopi.jkt", bio="Ngopi manual brew dan review biji kopi specialty.",
                    community="Penikmat kopi dan barista rumahan.", niches=["coffee"],
                    city="Jakarta", rate_idr=400_000),
        creator_row("bought.glow", followers=45_000, avg_likes=90, avg_comments=3,
                    follower_history=[44_000, 45_000]),
        creator_row("tiktok.glow", platform="tiktok", avg_views=9000, avg_likes=900,
                    avg_comments=40, city="Bandung"),
        creator_row("pod.glow", followers=9_000, avg_likes=2_500, avg_comments=900,
                    follower_history=[8_800, 9_000]),
    ]
    return [CreatorRecord.model_validate(r) for r in rows]


def test_import_search_and_explanations(service: JodohService) -> None:
    report = service.import_records(records())
    assert (report.created, report.indexed) == (5, 5)
    assert service.stats()["indexed"] == 5
    result = service.search("cari KOL skincare kulit berminyak di Surabaya, budget 1 jt per post")
    handles = [m.profile.handle for m in result.matches]
    assert handles[0] == "glow.sby"
    assert handles.index("bought.glow") > handles.index("tiktok.glow")
    assert handles.index("pod.glow") > handles.index("tiktok.glow")
    bought = result.matches[handles.index("bought.glow")]
    assert bought.authenticity.verdict == "suspicious"
    assert "⛔" in result.explanations[handles.index("bought.glow")]
    for match, why in zip(result.matches, result.explanations, strict=True):
        allowed = allowed_numbers(match, result.query, result.query.language)
        own_text = " ".join(filter(None, [match.profile.community, match.profile.bio]))
        for number in re.findall(r"\d[\d.,]*%?", why):
            number = number.rstrip(".,")
            assert any(number in a for a in allowed) or number in own_text, (number, why)
        assert "@example.com" not in why


def test_reimport_is_idempotent_and_does_not_reembed(service: JodohService) -> None:
    embedder = service.embeddings.inner
    assert isinstance(embedder, HashingEmbeddings)
    service.import_records(records())
    calls = embedder.calls
    report = service.import_records(records())
    assert (report.created, report.updated, report.unchanged) == (0, 0, 5)
    assert embedder.calls == calls
    assert service.stats()["last_reindex"] is None
    assert service.reindex() == 5
    assert embedder.calls == calls  # the rebuild came from the embedding cache
    stats = service.stats()
    assert (stats["indexed"], stats["stale"]) == (5, 0)
    assert stats["last_reindex"] is not None


def test_update_and_delete_keep_index_in_step(service: JodohService) -> None:
    service.import_records(records())
    changed = creator_row("kopi.jkt", city="Surabaya", niches=["coffee"])
    service.import_records([CreatorRecord.model_validate(changed)])
    assert service.index.hashes()["instagram:kopi.jkt"] == \
        CreatorRecord.model_validate(changed).content_hash()
    with session_scope(service.engine) as session:
        creator = repo.get_creator_by_handle("instagram", "kopi.jkt", session=session)
        assert creator is not None
        creator_id = creator.id or 0
    assert service.delete_creator(creator_id)
    assert "instagram:kopi.jkt" not in service.index.hashes()
    result = service.search("kopi specialty")
    assert all(m.profile.handle != "kopi.jkt" for m in result.matches)


def test_reconcile_repairs_an_interrupted_import(service: JodohService) -> None:
    # Simulate a crash after the database commit but before indexing.
    with session_scope(service.engine) as session:
        repo.upsert_creators(records(), session=session)
    service.index.upsert(["instagram:ghost"], [[0.1] * 256], [{"content_hash": "x"}])
    assert service.index.count() == 1
    report = service.reconcile()
    assert (report.upserted, report.deleted) == (5, 1)
    assert set(service.index.hashes()) == {f"{r.platform}:{r.handle}" for r in records()}


def test_model_change_rebuilds_the_index(service: JodohService, settings) -> None:  # type: ignore[no-untyped-def]
    service.import_records(records())
    other = JodohService(settings.model_copy(update={"embedding_model": "other"}),
                         embeddings=HashingEmbeddings())
    report = other.reconcile()
    assert report.rebuilt and report.upserted == 5
    assert other.index.stored_model == "other"
    other.close()


def test_search_falls_back_to_keywords_when_the_index_breaks(service: JodohService) -> None:
    service.import_records(records())

    def broken(*args: object, **kwargs: object) -> list[tuple[str, float]]:
        raise RuntimeError("chroma directory gone")

    service.index.query = broken  # type: ignore[method-assign]
    result = service.search("review biji kopi specialty")
    assert result.degraded
    assert result.matches[0].profile.handle == "kopi.jkt"


def test_search_log_has_no_contact_details(service: JodohService) -> None:
    service.import_records(records())
    service.search("skincare Surabaya", telegram_id=42)
    with session_scope(service.engine) as session:
        from sqlmodel import select

        from storage.models import BriefLog

        logs = list(session.exec(select(BriefLog)))
    assert logs and logs[0].telegram_id == 42
    assert "@example.com" not in str(logs[0].model_dump())


def test_empty_database_search_returns_nothing(service: JodohService) -> None:
    result = service.search("apa saja")
    assert result.matches == []


def test_read_ahead_yields_everything_in_order_and_passes_errors_on() -> None:
    from jodoh.index_keeper import read_ahead

    assert list(read_ahead(iter(range(50)), depth=2)) == list(range(50))

    def failing() -> Iterator[int]:
        yield 1
        raise RuntimeError("database gone")

    seen = []
    with pytest.raises(RuntimeError, match="database gone"):
        for item in read_ahead(failing()):
            seen.append(item)
    assert seen == [1]
    closed = []

    def endless() -> Iterator[int]:
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.append(True)

    for item in read_ahead(endless()):
        if item == 3:
            break
    deadline = time.monotonic() + 5
    while not closed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert closed  # the consumer stopped early: the producer's generator was closed


def test_warm_up_searches_once_and_leaves_what_it_loaded_out_of_full_collections(
        tmp_path: Path) -> None:
    settings = Settings(jodoh_data_dir=tmp_path / "data", _env_file=None)  # type: ignore[call-arg]
    embeddings = HashingEmbeddings()
    service = JodohService(settings, embeddings=embeddings)
    service.import_records([CreatorRecord.model_validate(creator_row("kopi.sby"))])
    gc.unfreeze()
    try:
        service.warm_up()
        assert gc.get_freeze_count() > 0
        with session_scope(service.engine) as session:
            logged = brand_repo.count_briefs_since(datetime(2000, 1, 1, tzinfo=UTC),
                                                   session=session)
        assert logged == 0  # the warm-up is no brief
    finally:
        gc.unfreeze()
        service.close()
