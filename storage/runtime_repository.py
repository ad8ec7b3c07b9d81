"""The running bot's own rows: the embedding cache, conversation state, rate-limit slots and per-
user leases. Plain CRUD functions; every one takes the session as a keyword-only argument."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import delete, update
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from storage.models import (
    BotState,
    EmbeddingCacheEntry,
    RateLimitEvent,
    UserLease,
    utcnow,
)


def cached_vectors(
    model: str, text_hashes: Sequence[str], *, session: Session
) -> dict[str, np.ndarray]:
    """Vectors already computed for these texts with this model."""
    found: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(text_hashes))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        rows = session.exec(
            select(EmbeddingCacheEntry.text_hash, EmbeddingCacheEntry.vector).where(
                EmbeddingCacheEntry.model == model, col(EmbeddingCacheEntry.text_hash).in_(chunk)
            )
        )
        for digest, blob in rows:
            found[digest] = np.frombuffer(blob, dtype=np.float32)
    return found


def store_vectors(model: str, vectors: dict[str, np.ndarray], *, session: Session) -> None:
    """Remember computed vectors (float32). Already known (model, hash) pairs are skipped.

    One query finds the known keys and one bulk insert adds the rest: a per-row merge would
    cost a SELECT per vector, which dominated import time.
    """
    if not vectors:
        return
    known: set[str] = set()
    digests = list(vectors)
    for start in range(0, len(digests), 500):
        chunk = digests[start : start + 500]
        known.update(session.exec(
            select(EmbeddingCacheEntry.text_hash).where(
                EmbeddingCacheEntry.model == model, col(EmbeddingCacheEntry.text_hash).in_(chunk))
        ))
    session.add_all([
        EmbeddingCacheEntry(model=model, text_hash=digest,
                            vector=np.asarray(vector, dtype=np.float32).tobytes())
        for digest, vector in vectors.items() if digest not in known
    ])


# --- shared bot state and rate limits (several bot instances, one database) ---------------


def load_states(namespace: str, *, session: Session) -> dict[str, Any]:
    """Every stored value of one namespace, by key."""
    rows = session.exec(select(BotState).where(col(BotState.namespace) == namespace))
    return {row.key: row.value for row in rows}


def get_state(namespace: str, key: str, *, session: Session) -> Any:
    """One stored value, or None."""
    # A plain column read: the bot does one before every update, and an ORM load (identity
    # map, object state) costs it twice the time.
    return session.execute(sa_select(col(BotState.value)).where(
        col(BotState.namespace) == namespace, col(BotState.key) == key)).scalar_one_or_none()


def put_state(namespace: str, key: str, value: Any, *, session: Session) -> None:
    """Store (insert or replace) one value, in one statement on SQLite and PostgreSQL."""
    row = {"namespace": namespace, "key": key, "value": value, "updated_at": utcnow()}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
        statement = insert(BotState).values(**row)
        session.execute(statement.on_conflict_do_update(
            index_elements=["namespace", "key"],
            set_={"value": statement.excluded.value,
                  "updated_at": statement.excluded.updated_at}))
        return
    stored = session.get(BotState, (namespace, key))
    if stored is None:
        session.add(BotState(**row))
    else:
        stored.value, stored.updated_at = value, row["updated_at"]
        session.add(stored)
    session.flush()


def delete_state(namespace: str, key: str, *, session: Session) -> None:
    """Forget one value (no error when absent)."""
    session.execute(delete(BotState).where(col(BotState.namespace) == namespace,
                                           col(BotState.key) == key))


def take_rate_slot(bucket: str, subject: int, *, limit: int, window_seconds: float,
                   session: Session, now: datetime | None = None) -> float:
    """Count one action against a sliding-window limit shared by every bot instance.

    Returns:
        0.0 when the action is allowed (and recorded); otherwise the seconds until the oldest
        counted action leaves the window.
    """
    now = now or utcnow()
    since = now - timedelta(seconds=window_seconds)
    session.execute(delete(RateLimitEvent).where(
        col(RateLimitEvent.bucket) == bucket, col(RateLimitEvent.subject) == subject,
        col(RateLimitEvent.at) < since))
    recent = list(session.exec(
        select(RateLimitEvent.at).where(
            col(RateLimitEvent.bucket) == bucket, col(RateLimitEvent.subject) == subject,
            col(RateLimitEvent.at) >= since,
        ).order_by(col(RateLimitEvent.at))
    ))
    if len(recent) >= limit:
        oldest = recent[0] if recent[0].tzinfo else recent[0].replace(tzinfo=now.tzinfo)
        return max(0.001, (oldest - since).total_seconds())
    session.add(RateLimitEvent(bucket=bucket, subject=subject, at=now))
    session.flush()
    return 0.0


def take_lease(subject: int, owner: str, *, seconds: float, session: Session) -> bool:
    """Take the user's lease if it is free or expired (an instance that died holding it)."""
    now = utcnow()
    expires = now + timedelta(seconds=seconds)
    taken = session.execute(
        update(UserLease).where(col(UserLease.subject) == subject,
                                col(UserLease.expires_at) < now)
        .values(owner=owner, expires_at=expires))
    if getattr(taken, "rowcount", 0) == 1:
        return True
    if session.get(UserLease, subject) is not None:
        return False
    session.add(UserLease(subject=subject, owner=owner, expires_at=expires))
    session.flush()  # raises IntegrityError if another instance inserted it first
    return True


def release_lease(subject: int, owner: str, *, session: Session) -> None:
    """Give the lease back (only the owner can)."""
    session.execute(delete(UserLease).where(col(UserLease.subject) == subject,
                                            col(UserLease.owner) == owner))
