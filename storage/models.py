"""SQLModel tables. The database is the source of truth; the Chroma index is derived from it."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.records import CreatorFields


def utcnow() -> datetime:
    """Timezone-aware now, for timestamps."""
    return datetime.now(UTC)


def new_ref() -> str:
    """A creator's public reference: what buttons carry instead of the row id, so a button
    can neither be guessed from another nor land on a different creator after a deletion."""
    return secrets.token_hex(6)


# Ids that reach users (creators and contact requests, in buttons) are never reused: SQLite
# reuses the largest deleted rowid without AUTOINCREMENT; PostgreSQL sequences never do.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class Creator(CreatorFields, table=True):
    """A creator profile: every contract field (`CreatorFields`) plus bookkeeping."""

    __table_args__ = (UniqueConstraint("platform", "handle", name="uq_creator_platform_handle"),
                      NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(default_factory=new_ref, max_length=16, unique=True)
    owner_telegram_id: int | None = Field(default=None, index=True, sa_type=BigInteger)
    content_hash: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # When the counts were last fetched from the platform's API (None: self-reported or
    # imported). A change of counts from anywhere else clears it.
    verified_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))

    @property
    def key(self) -> str:
        """The id used in the search index: stable across database rebuilds."""
        return f"{self.platform}:{self.handle}"


class FollowerSnapshot(SQLModel, table=True):
    """A creator's counts at one moment; a new row whenever counts change."""

    id: int | None = Field(default=None, primary_key=True)
    creator_id: int = Field(foreign_key="creator.id", index=True, ondelete="CASCADE")
    followers: int
    avg_likes: int
    avg_comments: int
    avg_views: int | None = None
    recorded_at: datetime = Field(default_factory=utcnow)


class BotUser(SQLModel, table=True):
    """A Telegram user (brand owner, creator or admin). Their language is bot state
    (`user_data["lang"]`, shared through `BotState`), not a column (dropped in 0006)."""

    # Telegram ids need up to 52 bits: BIGINT on PostgreSQL.
    telegram_id: int = Field(primary_key=True, sa_type=BigInteger)
    role: str | None = Field(default=None, max_length=10)
    created_at: datetime = Field(default_factory=utcnow)


class BriefLog(SQLModel, table=True):
    """One search: the brief, what the parser understood and what was shown."""

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int | None = Field(default=None, index=True, sa_type=BigInteger)
    brief: str
    parsed: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    result_keys: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, index=True)


class ShortlistItem(SQLModel, table=True):
    """A creator a brand saved."""

    __table_args__ = (UniqueConstraint("telegram_id", "creator_id", name="uq_shortlist"),)

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(index=True, sa_type=BigInteger)
    creator_id: int = Field(foreign_key="creator.id", ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)


class MatchFeedback(SQLModel, table=True):
    """A brand's thumbs up (+1) or down (-1) on one match for one brief."""

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(index=True, sa_type=BigInteger)
    creator_id: int = Field(foreign_key="creator.id", ondelete="CASCADE")
    brief_id: int | None = Field(default=None, foreign_key="brieflog.id")
    value: int
    created_at: datetime = Field(default_factory=utcnow)


class ContactRequest(SQLModel, table=True):
    """A brand asking a creator for their contact; only `accepted` reveals it."""

    __table_args__ = (NEVER_REUSE_IDS,)

    id: int | None = Field(default=None, primary_key=True)
    brand_telegram_id: int = Field(index=True, sa_type=BigInteger)
    creator_id: int = Field(foreign_key="creator.id", ondelete="CASCADE")
    brief: str
    status: str = Field(default="pending", max_length=10)
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None
    # When the creator was shown the request (None: not yet, e.g. not on Telegram then).
    notified_at: datetime | None = None


class CreatorClaim(SQLModel, table=True):
    """Someone registering an imported creator's handle: waits for an admin, who checks the
    one-time code in the account's bio; the imported record stays as it is until then."""

    __table_args__ = (NEVER_REUSE_IDS,)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    handle: str = Field(max_length=30)
    claimer_telegram_id: int = Field(index=True, sa_type=BigInteger)
    # The profile as the claimer entered it: applied only on approval.
    record: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    code: str = Field(max_length=20)
    status: str = Field(default="pending", max_length=10, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None


class EmbeddingCacheEntry(SQLModel, table=True):
    """A computed embedding, keyed by model and text hash, so rebuilds never re-embed."""

    model: str = Field(primary_key=True, max_length=200)
    text_hash: str = Field(primary_key=True, max_length=64)
    vector: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class BotState(SQLModel, table=True):
    """Conversation state and per-user bot data, shared by every bot instance.

    `namespace` is "user_data", "chat_data" or "conversation:<name>"; `key` identifies the
    user, chat or conversation key within it.
    """

    namespace: str = Field(primary_key=True, max_length=100)
    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    updated_at: datetime = Field(default_factory=utcnow)


class RateLimitEvent(SQLModel, table=True):
    """One rate-limited action (a brief, a registration), counted across bot instances."""

    id: int | None = Field(default=None, primary_key=True)
    bucket: str = Field(max_length=30)
    subject: int = Field(sa_type=BigInteger)
    at: datetime = Field(default_factory=utcnow, index=True)

    __table_args__ = (Index("ix_ratelimit_bucket_subject_at", "bucket", "subject", "at"),)


class UserLease(SQLModel, table=True):
    """Which bot instance is handling a user's update right now (several instances behind a
    load balancer must not handle two updates of one user at the same time)."""

    subject: int = Field(primary_key=True, sa_type=BigInteger)
    owner: str = Field(max_length=80)
    expires_at: datetime
