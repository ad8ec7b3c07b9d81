"""Plain CRUD functions. Every function takes the session as a keyword-only argument."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import numpy as np
from sqlalchemy import delete, func, tuple_, update
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from storage.models import (
    BotState,
    BriefLog,
    ContactRequest,
    Creator,
    CreatorClaim,
    EmbeddingCacheEntry,
    FollowerSnapshot,
    MatchFeedback,
    RateLimitEvent,
    ShortlistItem,
    UserLease,
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
            session.flush()
            session.add(_snapshot(creator))
        results.append(UpsertResult(creator, "updated"))
    session.flush()
    for creator in new_creators:
        session.add(_snapshot(creator))
    return results


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
    "content_hash",
)


def get_profile_rows_by_keys(keys: Iterable[str], *, session: Session) -> dict[str, Any]:
    """The `PROFILE_COLUMNS` of creators by index key, as read-only rows (attribute access).

    The search path reads a few hundred creators per brief; plain rows skip the ORM's
    identity map and object construction, which cost ~4× more (bench/RESULTS.md, `db`).
    One IN list per platform uses the (platform, handle) unique index; a row-value IN makes
    SQLite scan the whole table (60 ms at 100k creators).
    """
    table = Creator.__table__  # type: ignore[attr-defined]
    columns = [table.c[name] for name in PROFILE_COLUMNS]
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


def iter_creators(*, session: Session, batch_size: int = 500) -> Iterator[list[Creator]]:
    """Every creator, in id order, in batches (keyset pagination keeps memory flat)."""
    last_id = 0
    while True:
        batch = list(
            session.exec(
                select(Creator)
                .where(col(Creator.id) > last_id)
                .order_by(col(Creator.id))
                .limit(batch_size)
            )
        )
        if not batch:
            return
        yield batch
        last_id = batch[-1].id or last_id


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
        cities[city or "-"] += 1
    return {"platform": platforms, "niche": niches, "city": cities}


# --- briefs, shortlists, feedback, contact requests --------------------------------------


def log_brief(
    brief: str,
    parsed: dict[str, Any],
    result_keys: list[str],
    *,
    session: Session,
    telegram_id: int | None = None,
) -> BriefLog:
    """Record one search (never with contact details: results are keys only)."""
    entry = BriefLog(telegram_id=telegram_id, brief=brief, parsed=parsed, result_keys=result_keys)
    session.add(entry)
    session.flush()
    return entry


def count_briefs_since(since: datetime, *, session: Session) -> int:
    """Searches logged since a moment (e.g. today)."""
    return int(
        session.exec(
            select(func.count()).select_from(BriefLog).where(col(BriefLog.created_at) >= since)
        ).one()
    )


def in_shortlist(telegram_id: int, creator_id: int, *, session: Session) -> bool:
    """Whether a brand already saved this creator."""
    return session.exec(
        select(ShortlistItem.id).where(
            ShortlistItem.telegram_id == telegram_id, ShortlistItem.creator_id == creator_id
        )
    ).first() is not None


def shortlist_size(telegram_id: int, *, session: Session) -> int:
    """How many creators a brand has saved."""
    return session.exec(
        select(func.count()).select_from(ShortlistItem)
        .where(ShortlistItem.telegram_id == telegram_id)
    ).one()


def add_to_shortlist(telegram_id: int, creator_id: int, *, session: Session) -> bool:
    """Save a creator; False when it was already saved."""
    if in_shortlist(telegram_id, creator_id, session=session):
        return False
    session.add(ShortlistItem(telegram_id=telegram_id, creator_id=creator_id))
    return True


def shortlist(telegram_id: int, *, session: Session) -> list[Creator]:
    """A brand's saved creators, oldest first."""
    return list(
        session.exec(
            select(Creator)
            .join(ShortlistItem, col(ShortlistItem.creator_id) == col(Creator.id))
            .where(ShortlistItem.telegram_id == telegram_id)
            .order_by(col(ShortlistItem.created_at), col(ShortlistItem.id))
        )
    )


def clear_shortlist(telegram_id: int, *, session: Session) -> int:
    """Remove every saved creator of a brand; returns how many were removed."""
    result = session.execute(
        delete(ShortlistItem).where(col(ShortlistItem.telegram_id) == telegram_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def add_feedback(
    telegram_id: int, creator_id: int, value: int, *, session: Session, brief_id: int | None = None
) -> MatchFeedback:
    """Store a 👍 (+1) or 👎 (-1)."""
    entry = MatchFeedback(
        telegram_id=telegram_id, creator_id=creator_id, value=1 if value > 0 else -1,
        brief_id=brief_id,
    )
    session.add(entry)
    return entry


def create_contact_request(
    brand_telegram_id: int, creator_id: int, brief: str, *, session: Session,
    notified: bool = True,
) -> ContactRequest:
    """A pending request (an existing pending one for the same pair is reused).

    `notified`: the creator is shown it now (False: they are not on Telegram yet)."""
    existing = session.exec(
        select(ContactRequest).where(
            ContactRequest.brand_telegram_id == brand_telegram_id,
            ContactRequest.creator_id == creator_id,
            ContactRequest.status == "pending",
        )
    ).first()
    if existing:
        return existing
    request = ContactRequest(
        brand_telegram_id=brand_telegram_id, creator_id=creator_id, brief=brief,
        notified_at=utcnow() if notified else None,
    )
    session.add(request)
    session.flush()
    return request


def take_unnotified_requests(creator_id: int, *, session: Session) -> list[ContactRequest]:
    """Pending requests this creator was never shown (made before they registered), oldest
    first; they are marked shown, so a later profile save does not send them again."""
    requests = list(session.exec(
        select(ContactRequest)
        .where(ContactRequest.creator_id == creator_id, ContactRequest.status == "pending",
               col(ContactRequest.notified_at).is_(None))
        .order_by(col(ContactRequest.created_at), col(ContactRequest.id))
    ))
    for request in requests:
        request.notified_at = utcnow()
        session.add(request)
    return requests


def latest_contact_request(brand_telegram_id: int, creator_id: int, *,
                           session: Session) -> ContactRequest | None:
    """The brand's most recent request to this creator."""
    return session.exec(
        select(ContactRequest)
        .where(ContactRequest.brand_telegram_id == brand_telegram_id,
               ContactRequest.creator_id == creator_id)
        .order_by(col(ContactRequest.created_at).desc(), col(ContactRequest.id).desc())
    ).first()


def count_contact_requests_since(brand_telegram_id: int, since: datetime, *,
                                 session: Session) -> int:
    """How many requests a brand made since `since`."""
    return session.exec(
        select(func.count()).select_from(ContactRequest)
        .where(ContactRequest.brand_telegram_id == brand_telegram_id,
               col(ContactRequest.created_at) >= since)
    ).one()


def get_contact_request(request_id: int, *, session: Session) -> ContactRequest | None:
    """One contact request."""
    return session.get(ContactRequest, request_id)


def decide_contact_request(
    request: ContactRequest, accept: bool, *, session: Session
) -> ContactRequest:
    """Accept or decline a pending request (a decided one stays as it is)."""
    if request.status == "pending":
        request.status = "accepted" if accept else "declined"
        request.decided_at = utcnow()
        session.add(request)
    return request


# --- claims of imported creators -------------------------------------------------------------


def save_claim(platform: str, handle: str, claimer_telegram_id: int, record: dict[str, Any],
               code: str, *, session: Session) -> CreatorClaim:
    """A pending claim; the claimer's own pending claim of the same handle is updated (and
    keeps its code, which may already be in their bio)."""
    claim = session.exec(
        select(CreatorClaim).where(
            CreatorClaim.platform == platform, CreatorClaim.handle == handle,
            CreatorClaim.claimer_telegram_id == claimer_telegram_id,
            CreatorClaim.status == "pending")
    ).first()
    if claim is None:
        claim = CreatorClaim(platform=platform, handle=handle,
                             claimer_telegram_id=claimer_telegram_id, record=record, code=code)
    else:
        claim.record = record
    session.add(claim)
    session.flush()
    return claim


def pending_claims(*, session: Session, limit: int = 10) -> list[CreatorClaim]:
    """Claims waiting for an admin, oldest first."""
    return list(session.exec(
        select(CreatorClaim).where(CreatorClaim.status == "pending")
        .order_by(col(CreatorClaim.created_at), col(CreatorClaim.id)).limit(limit)))


def claim_for(claimer_telegram_id: int, *, session: Session) -> CreatorClaim | None:
    """The user's most recent pending claim."""
    return session.exec(
        select(CreatorClaim).where(CreatorClaim.claimer_telegram_id == claimer_telegram_id,
                                   CreatorClaim.status == "pending")
        .order_by(col(CreatorClaim.created_at).desc())).first()


def get_claim(claim_id: int, *, session: Session) -> CreatorClaim | None:
    """One claim."""
    return session.get(CreatorClaim, claim_id)


def decide_claim(claim: CreatorClaim, status: str, *, session: Session) -> list[CreatorClaim]:
    """Approve or reject a claim; approving rejects every other pending claim of the same
    handle. Returns the claims decided (the given one first)."""
    decided = [claim]
    if status == "approved":
        decided += [other for other in session.exec(
            select(CreatorClaim).where(
                CreatorClaim.platform == claim.platform, CreatorClaim.handle == claim.handle,
                CreatorClaim.status == "pending", CreatorClaim.id != claim.id))]
    for item in decided:
        item.status = status if item is claim else "rejected"
        item.decided_at = utcnow()
        session.add(item)
    return decided


# --- embedding cache ------------------------------------------------------------------------


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
