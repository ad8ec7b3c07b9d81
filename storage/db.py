"""Engine creation and schema migrations: SQLite (write-ahead logging) by default,
PostgreSQL (psycopg 3) or any SQLAlchemy URL through `DATABASE_URL`."""

from __future__ import annotations

import fcntl
import functools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import orjson
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel, create_engine

from storage import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.errors import DatabaseUnavailable

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The revision that matches the schema databases had before migrations existed.
BASELINE_REVISION = "0001"
# Any constant works; it only has to be the same for every Jodoh process on one server.
_PG_MIGRATION_LOCK = 0x4A6F646F68


def _enable_sqlite_wal(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def normalize_url(url: str) -> str:
    """`postgresql://` and `postgres://` mean psycopg 3 here (SQLAlchemy defaults to psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _load_json(value: Any) -> Any:
    """A JSON column's value; SQLite hands back a bare number already converted."""
    return value if isinstance(value, int | float) else orjson.loads(value)


def make_engine(url: str, *, migrate: bool = True) -> Engine:
    """Create an engine and bring the schema up to date.

    Args:
        url: SQLAlchemy URL; `sqlite:///path` creates the parent directory.
        migrate: run the Alembic migrations (a new database gets the current schema).
    """
    url = normalize_url(url)
    connect_args: dict[str, Any] = {}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"check_same_thread": False, "timeout": 30}
    # A server's connections can die under the pool (restarts, idle timeouts): check them
    # on checkout. A SQLite file cannot, and the check cost 3 % of the bot's CPU under load.
    # Every search reads a few hundred creators' JSON columns: orjson parses them in a
    # quarter of the standard library's time (≈ 3 ms a brief at 100k creators).
    engine = create_engine(url, connect_args=connect_args,
                           pool_pre_ping=not url.startswith("sqlite"),
                           json_deserializer=_load_json)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _enable_sqlite_wal)
    if migrate:
        migrate_schema(engine)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration for the project's migrations, optionally bound to a connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration in the code."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty or pre-migration database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _migration_lock(engine: Engine, connection: Connection) -> Iterator[None]:
    """One migrating process at a time, so two bot instances starting together don't race."""
    if engine.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                               {"key": _PG_MIGRATION_LOCK})
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def migrate_schema(engine: Engine, *, revision: str = "head") -> None:
    """Upgrade the database to `revision`.

    An empty database gets the whole current schema at once and is stamped at head (Alembic's
    recommended way; replaying history is for existing databases). A database created before
    migrations existed is stamped at the baseline first, then upgraded.
    """
    with engine.connect() as connection, _migration_lock(engine, connection):
        connection.commit()  # the lock query opened a transaction; migrations manage their own
        config = alembic_config(connection)
        tables = set(inspect(connection).get_table_names())
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and "creator" not in tables and revision == "head":
            SQLModel.metadata.create_all(connection)
            command.stamp(config, "head")
            connection.commit()
            return
        if current is None and "creator" in tables:
            log.info("Database predates migrations; marking it as revision %s",
                     BASELINE_REVISION)
            command.stamp(config, BASELINE_REVISION)
        target = (ScriptDirectory.from_config(config).get_current_head() if revision == "head"
                  else revision)
        if current == target:
            return  # the usual start: nothing to do, and nothing for Alembic to log
        command.upgrade(config, revision)
        connection.commit()
        log.info("Database schema upgraded from revision %s to %s", current, target)


P = ParamSpec("P")
R = TypeVar("R")
# Pauses between attempts when the database is locked (SQLite, after its own 5 s busy wait) or
# unreachable (a PostgreSQL restart or failover). Module-level so tests can shorten them.
DB_RETRY_DELAYS: tuple[float, ...] = (0.5, 1.5)
_retrying = threading.local()


def retry_on_db_errors(function: Callable[P, R]) -> Callable[P, R]:
    """Run a whole unit of database work again when the database is locked or unreachable.

    Safe because each unit commits at most once at its end: a failed attempt was rolled back.
    Raises `DatabaseUnavailable` when every attempt failed, so callers can tell the user.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(_retrying, "active", False):
            return function(*args, **kwargs)  # the outermost unit retries, not each inner one
        for delay in (*DB_RETRY_DELAYS, None):
            _retrying.active = True
            try:
                return function(*args, **kwargs)
            except OperationalError as error:
                if delay is None:
                    raise DatabaseUnavailable(str(error.orig or error)) from error
                log.warning("Database busy or unreachable (%s); retrying in %.1f s",
                            type(error.orig or error).__name__, delay)
                time.sleep(delay)
            finally:
                _retrying.active = False
        raise AssertionError("unreachable")

    return wrapper


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
