"""Creators: imports (upsert with follower snapshots), lookups, profile rows, iteration and
counts. Plain CRUD functions; every one takes the session as a keyword-only argument; brands',
claims' and the running bot's rows are in brand_, claim_ and runtime_repository."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import delete, func, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage.models import (
    ContactRequest,
    Creator,
    FollowerSnapshot,
    MatchFeedback,
    ShortlistItem,
    utcnow,
)
from storage.records import CreatorFields, CreatorRecord

# "kept": an import met a profile its creator maintains through the bot, and left it alone.
UpsertStatus = Literal["created", "updated", "unchanged", "kept"]
_COUNT_FIELDS = ("followers", "avg_likes", "avg_comments", "avg_views")


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What happened to one record."""

    creator: Creator
    status: UpsertStatus


class OwnershipError(PermissionError):
    """A profile with that platform and handle belongs to someone else."""


class ClaimNeeded(PermissionError):
    """The handle is an imported profile nobody owns: taking it over needs an approved claim."""


def _snapshot(creator: Creator) -> FollowerSnapshot:
    assert creator.id is not None
    return FollowerSnapshot(
        creator_id=creator.id,
        followers=creator.followers,
        avg_likes=creator.avg_likes,
        avg_comments=creator.avg_comments,
        avg_views=creator.avg_views,
    )


def upsert_creators(
    records: Sequence[CreatorRecord], *, session: Session, owner_telegram_id: int | None = None,
    take_over_imported: bool = False,
) -> list[UpsertResult]:
    """Insert new creators and update changed ones (same platform + handle = same creator).

    Args:
        records: validated records; later duplicates in the batch win.
        session: open session; the caller commits.
        owner_telegram_id: set when a creator registers through the bot. A profile owned by
            another Telegram user is never overwritten through the bot.
        take_over_imported: an admin approved this owner's claim of an imported profile;
            without it, such a profile is not overwritten (ClaimNeeded).

    Returns:
        One result per distinct (platform, handle), in input order.
    """
    latest: dict[tuple[str, str], CreatorRecord] = {}
    for record in records:
        latest[(record.platform, record.handle)] = record
    if not latest:
        return []
    existing = {
        (creator.platform, creator.handle): creator
        for creator in session.exec(
            select(Creator).where(
                tuple_(col(Creator.platform), col(Creator.handle)).in_(list(latest))
            )
        )
    }
    results: list[UpsertResult] = []
    new_creators: list[Creator] = []
    for key, record in latest.items():
        digest = record.content_hash()
        creator = existing.get(key)
        if creator is None:
            creator = Creator(
                **record.model_dump(), content_hash=digest, owner_telegram_id=owner_telegram_id
            )
            session.add(creator)
            new_creators.append(creator)
            results.append(UpsertResult(creator, "created"))
            continue
        if owner_telegram_id is not None and creator.owner_telegram_id not in (
            None,
            owner_telegram_id,
        ):
            raise OwnershipError(f"{creator.platform}:{creator.handle} belongs to another user")
        if owner_telegram_id is not None and creator.owner_telegram_id is None and \
                not take_over_imported:
            raise ClaimNeeded(f"{creator.platform}:{creator.handle} was imported")
        if owner_telegram_id is None and creator.owner_telegram_id is not None:
            # An import never overwrites what a creator maintains through the bot.
            results.append(UpsertResult(creator, "kept"))
            continue
        if creator.content_hash == digest:
            if owner_telegram_id is not None and creator.owner_telegram_id is None:
                creator.owner_telegram_id = owner_telegram_id  # an approved claim
                session.add(creator)
            results.append(UpsertResult(creator, "unchanged"))
            continue
        counts_changed = any(
            getattr(creator, name) != getattr(record, name) for name in _COUNT_FIELDS
        )
        for name, value in record.model_dump().items():
            setattr(creator, name, value)
        creator.content_hash = digest
        creator.updated_at = utcnow()
        if owner_telegram_id is not None:
            creator.owner_telegram_id = owner_telegram_id
        session.add(creator)
        if counts_changed:
            # Typed or imported counts are self-reported again until the next refresh.
            creator.verified_at = None
            session.flush()
            session.add(_snapshot(creator))
        results.append(UpsertResult(creator, "updated"))
    session.flush()
    for creator in new_creators:
        session.add(_snapshot(creator))
    return results


def verifiable_creators(platform: str, *, session: Session) -> list[Creator]:
    """Creators whose counts a platform's API can fetch without their login: youtube with a
    channel id; instagram by handle (Business Discovery)."""
    if platform == "youtube":
        return list(session.exec(select(Creator).where(
            Creator.platform == "youtube", col(Creator.youtube_channel_id).is_not(None))
            .order_by(col(Creator.id))).all())
    if platform == "instagram":
        return list(session.exec(select(Creator).where(Creator.platform == "instagram")
                                 .order_by(col(Creator.id))).all())
    return []


def store_verified_counts(creator: Creator, record: CreatorRecord, *, at: datetime,
                          session: Session) -> None:
    """Counts fetched from the platform: stored with their time and a follower snapshot."""
    for name in (*_COUNT_FIELDS, "follower_history", "follower_history_dates",
                 "youtube_channel_id"):
        setattr(creator, name, getattr(record, name))
    creator.content_hash = record.content_hash()
    creator.updated_at = at
    creator.verified_at = at
    session.add(creator)
    session.flush()
    session.add(_snapshot(creator))


def get_creator(creator_id: int, *, session: Session) -> Creator | None:
    """One creator by database id."""
    return session.get(Creator, creator_id)


def get_creator_by_ref(ref: str, *, session: Session) -> Creator | None:
    """One creator by the public reference its buttons carry."""
    return session.exec(select(Creator).where(Creator.ref == ref)).first()


def get_creator_by_handle(platform: str, handle: str, *, session: Session) -> Creator | None:
    """One creator by platform and handle."""
    return session.exec(
        select(Creator).where(Creator.platform == platform, Creator.handle == handle)
    ).first()


def creators_by_handle(handle: str, *, session: Session) -> list[Creator]:
    """Every creator with this handle (one per platform at most)."""
    return list(session.exec(
        select(Creator).where(Creator.handle == handle).order_by(Creator.platform)).all())


def _handles_by_platform(keys: Iterable[str]) -> dict[str, list[str]]:
    by_platform: dict[str, list[str]] = {}
    for key in keys:
        platform, _, handle = key.partition(":")
        if handle:
            by_platform.setdefault(platform, []).append(handle)
    return by_platform


# What ranking and cards read: every contract field but the contact details, and the ids
# and hash; the owner and timestamps stay in the database.
PROFILE_COLUMNS = (
    "id", "ref", *(name for name in CreatorFields.model_fields if name != "contact"),
    "content_hash", "verified_at",
)


def _profile_columns() -> tuple[Any, list[Any]]:
    """The creators table and its `PROFILE_COLUMNS`, for plain-row reads."""
    table = Creator.__table__  # type: ignore[attr-defined]
    return table, [table.c[name] for name in PROFILE_COLUMNS]


def get_profile_rows_by_keys(keys: Iterable[str], *, session: Session) -> dict[str, Any]:
    """The `PROFILE_COLUMNS` of creators by index key, as read-only rows (attribute access).

    The search path reads a few hundred creators per brief; plain rows skip the ORM's
    identity map and object construction, which cost ~4× more (bench/RESULTS.md, `db`).
    One IN list per platform uses the (platform, handle) unique index; a row-value IN makes
    SQLite scan the whole table (60 ms at 100k creators).
    """
    table, columns = _profile_columns()
    found: dict[str, Any] = {}
    for platform, handles in _handles_by_platform(keys).items():
        for start in range(0, len(handles), 500):
            statement = sa_select(*columns).where(
                table.c.platform == platform, table.c.handle.in_(handles[start : start + 500]))
            for row in session.connection().execute(statement):
                found[f"{row.platform}:{row.handle}"] = row
    return found


def creators_owned_by(telegram_id: int, *, session: Session) -> list[Creator]:
    """Profiles registered by one Telegram user (at most one per platform)."""
    return list(
        session.exec(
            select(Creator)
            .where(Creator.owner_telegram_id == telegram_id)
            .order_by(col(Creator.platform))
        )
    )


def iter_profile_rows(*, session: Session, batch_size: int = 500) -> Iterator[list[Any]]:
    """The `PROFILE_COLUMNS` of every creator, in id order, in batches of read-only rows
    (keyset pagination keeps memory flat).

    What rebuilds read (the index, the in-memory indexes): at 100k creators the ORM's objects
    cost the reindex more CPU than its vectors do.
    """
    table, columns = _profile_columns()
    last_id = 0
    while True:
        statement = (sa_select(*columns).where(table.c.id > last_id)
                     .order_by(table.c.id).limit(batch_size))
        batch = list(session.connection().execute(statement))
        if not batch:
            return
        yield batch
        last_id = batch[-1].id


def creator_hashes(*, session: Session) -> dict[str, str]:
    """Index key → content hash for every creator (what the index should contain)."""
    rows = session.exec(select(Creator.platform, Creator.handle, Creator.content_hash))
    return {f"{platform}:{handle}": digest for platform, handle, digest in rows}


def delete_creator(creator: Creator, *, session: Session) -> None:
    """Remove a creator and everything that references it."""
    for model in (FollowerSnapshot, ShortlistItem, MatchFeedback, ContactRequest):
        session.execute(delete(model).where(col(model.creator_id) == creator.id))
    session.delete(creator)


def creators_signature(*, session: Session) -> tuple[int, str]:
    """(count, latest update): changes whenever any creator is added, edited or deleted."""
    count, latest = session.exec(
        select(func.count(), func.max(Creator.updated_at)).select_from(Creator)).one()
    return int(count), str(latest)


def count_creators(*, session: Session) -> int:
    """How many creators the database holds."""
    return int(session.exec(select(func.count()).select_from(Creator)).one())


# How `creator_breakdown` counts creators who gave no city.
NO_CITY = "-"


def creator_breakdown(*, session: Session) -> dict[str, Counter[str]]:
    """Creators by platform, niche (primary) and city."""
    platforms: Counter[str] = Counter()
    niches: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    for platform, niche_list, city in session.exec(
        select(Creator.platform, Creator.niches, Creator.city)
    ):
        platforms[platform] += 1
        if niche_list:
            niches[niche_list[0]] += 1
        cities[city or NO_CITY] += 1
    return {"platform": platforms, "niche": niches, "city": cities}


# --- briefs, shortlists, feedback, contact requests --------------------------------------
