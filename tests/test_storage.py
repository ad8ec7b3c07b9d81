"""Repository functions on a real SQLite file."""

from __future__ import annotations

import logging

import numpy as np
import pytest
from sqlalchemy import text

from storage import brand_repository as brand_repo
from storage import repository as repo
from storage import runtime_repository as runtime_repo
from storage.db import make_engine, session_scope
from storage.records import CreatorRecord
from tests.conftest import creator_row
from tests.storage_helpers import follower_snapshots, get_or_create_user


def record(handle: str, **overrides: object) -> CreatorRecord:
    return CreatorRecord.model_validate(creator_row(handle, **overrides))


@pytest.fixture
def engine(database_url: str):  # type: ignore[no-untyped-def]
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


def test_schema_is_created_with_wal(engine) -> None:  # type: ignore[no-untyped-def]
    if engine.dialect.name != "sqlite":
        pytest.skip("write-ahead logging is a SQLite setting")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_upsert_is_idempotent_and_tracks_history(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        first = repo.upsert_creators([record("a"), record("b")], session=session)
    assert [r.status for r in first] == ["created", "created"]
    with session_scope(engine) as session:
        again = repo.upsert_creators([record("a"), record("b")], session=session)
    assert [r.status for r in again] == ["unchanged", "unchanged"]
    with session_scope(engine) as session:
        changed = repo.upsert_creators(
            [record("a", followers=13_000, follower_history=[12_000, 13_000])], session=session
        )
        assert changed[0].status == "updated"
        creator = repo.get_creator_by_handle("instagram", "a", session=session)
        assert creator is not None and creator.followers == 13_000
        snaps = follower_snapshots(creator.id or 0, session=session)
        assert [s.followers for s in snaps] == [12_000, 13_000]
        assert repo.count_creators(session=session) == 2


def test_same_handle_on_two_platforms_are_two_creators(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        repo.upsert_creators([record("same"), record("same", platform="tiktok")], session=session)
        assert repo.count_creators(session=session) == 2


def test_owner_cannot_overwrite_someone_elses_profile(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        repo.upsert_creators([record("mine")], session=session, owner_telegram_id=1)
    with pytest.raises(repo.OwnershipError), session_scope(engine) as session:
        repo.upsert_creators([record("mine", bio="hijacked")], session=session,
                             owner_telegram_id=2)
    with session_scope(engine) as session:
        creator = repo.get_creator_by_handle("instagram", "mine", session=session)
        assert creator is not None and creator.bio != "hijacked"


def test_rollback_on_error_keeps_database_unchanged(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        repo.upsert_creators([record("ghost")], session=session)
        raise RuntimeError("crash mid-transaction")
    with session_scope(engine) as session:
        assert repo.count_creators(session=session) == 0


def test_shortlist_feedback_contact_and_delete(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        creator = repo.upsert_creators([record("c1")], session=session)[0].creator
        cid = creator.id or 0
        assert brand_repo.add_to_shortlist(10, cid, session=session)
        assert not brand_repo.add_to_shortlist(10, cid, session=session)
        brand_repo.add_feedback(10, cid, -3, session=session)
        request = brand_repo.create_contact_request(10, cid, "brief", session=session)
        assert brand_repo.create_contact_request(10, cid, "brief", session=session).id == request.id
        brand_repo.decide_contact_request(request, True, session=session)
        brand_repo.decide_contact_request(request, False, session=session)  # decided stays decided
        assert request.status == "accepted"
    with session_scope(engine) as session:
        assert [c.handle for c in brand_repo.shortlist(10, session=session)] == ["c1"]
        creator = repo.get_creator(cid, session=session)
        assert creator is not None
        repo.delete_creator(creator, session=session)
    with session_scope(engine) as session:
        assert brand_repo.shortlist(10, session=session) == []
        assert repo.count_creators(session=session) == 0


def test_embedding_cache_roundtrip(engine) -> None:  # type: ignore[no-untyped-def]
    vector = np.arange(4, dtype=np.float32)
    with session_scope(engine) as session:
        runtime_repo.store_vectors("m", {"h1": vector}, session=session)
    with session_scope(engine) as session:
        found = runtime_repo.cached_vectors("m", ["h1", "h2"], session=session)
        assert list(found) == ["h1"] and np.array_equal(found["h1"], vector)
        assert runtime_repo.cached_vectors("other-model", ["h1"], session=session) == {}


def _schema_differences(engine) -> list[object]:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, SQLModel.metadata))


def test_migrations_replayed_from_empty_match_the_models(database_url: str) -> None:
    from storage.db import current_revision, head_revision, migrate_schema

    eng = make_engine(database_url, migrate=False)
    migrate_schema(eng, revision="0001")  # history step by step, not the create_all shortcut
    assert current_revision(eng) == "0001"
    migrate_schema(eng)
    assert current_revision(eng) == head_revision() != "0001"
    assert _schema_differences(eng) == []
    assert_ids_are_never_reused(eng)
    eng.dispose()


def test_an_up_to_date_database_is_left_alone_and_an_upgrade_is_said_once(
        database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    from storage.db import head_revision, migrate_schema

    eng = make_engine(database_url, migrate=False)
    migrate_schema(eng, revision="0001")
    with caplog.at_level(logging.INFO):
        migrate_schema(eng)
    ours = [r.getMessage() for r in caplog.records if r.name == "storage.db"]
    assert ours == [f"Database schema upgraded from revision 0001 to {head_revision()}"]
    caplog.clear()
    with caplog.at_level(logging.INFO):
        migrate_schema(eng)  # every later start
    # (Alembic still names its dialect when asked for the revision: `jodoh` quiets it.)
    assert not [r for r in caplog.records
                if r.name == "storage.db" or "Running upgrade" in r.getMessage()]
    eng.dispose()


def assert_ids_are_never_reused(engine) -> None:  # type: ignore[no-untyped-def]
    """Old buttons in brands' chats must not act on whoever registers after a deletion."""
    with session_scope(engine) as session:
        first, last = (r.creator for r in repo.upsert_creators(
            [record("keep.me"), record("gone.soon")], session=session))
        request = brand_repo.create_contact_request(1, last.id or 0, "brief", session=session)
    gone_id, gone_ref, request_id = last.id, last.ref, request.id
    with session_scope(engine) as session:
        creator = repo.get_creator(gone_id or 0, session=session)
        assert creator is not None
        repo.delete_creator(creator, session=session)
    with session_scope(engine) as session:
        newcomer = repo.upsert_creators([record("new.comer")], session=session)[0].creator
        later = brand_repo.create_contact_request(1, newcomer.id or 0, "brief", session=session)
    assert newcomer.id is not None and gone_id is not None and newcomer.id > gone_id
    assert later.id is not None and request_id is not None and later.id > request_id
    assert newcomer.ref != gone_ref and first.ref != newcomer.ref


def test_deleted_ids_are_never_reused(engine) -> None:  # type: ignore[no-untyped-def]
    assert_ids_are_never_reused(engine)


def test_new_database_is_stamped_at_head_and_matches_models(engine) -> None:  # type: ignore[no-untyped-def]
    from storage.db import current_revision, head_revision

    assert current_revision(engine) == head_revision()
    assert _schema_differences(engine) == []


def test_database_from_before_migrations_is_upgraded_in_place(database_url: str) -> None:
    """A session-1 database (tables from create_all, no alembic_version) keeps its rows."""
    from sqlalchemy import MetaData, Table, insert

    from storage.db import current_revision, head_revision, migrate_schema
    from storage.models import Creator

    eng = make_engine(database_url, migrate=False)
    migrate_schema(eng, revision="0001")
    with eng.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
        # Written with the session-1 columns: today's model has columns that table lacks.
        legacy_table = Table("creator", MetaData(), autoload_with=connection)
        legacy = record("legacy")
        row = Creator(**legacy.model_dump(), content_hash=legacy.content_hash())
        connection.execute(insert(legacy_table).values(
            {column.name: getattr(row, column.name) for column in legacy_table.columns
             if column.name != "id"}))
    eng.dispose()

    upgraded = make_engine(database_url)
    assert current_revision(upgraded) == head_revision()
    with session_scope(upgraded) as session:
        creator = repo.get_creator_by_handle("instagram", "legacy", session=session)
        assert creator is not None and len(creator.ref) == 12
        assert creator.follower_history == [10500, 11000, 11600, 12000]
        assert creator.follower_history_dates == []  # undated: monthly points, as before
    assert _schema_differences(upgraded) == []
    upgraded.dispose()


def test_telegram_ids_beyond_32_bits_are_stored(engine) -> None:  # type: ignore[no-untyped-def]
    big_id = 7_123_456_789  # real Telegram ids exceed 2**31
    with session_scope(engine) as session:
        get_or_create_user(big_id, session=session)
        repo.upsert_creators([record("big")], session=session, owner_telegram_id=big_id)
    with session_scope(engine) as session:
        assert [c.handle for c in repo.creators_owned_by(big_id, session=session)] == ["big"]
