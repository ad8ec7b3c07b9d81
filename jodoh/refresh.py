"""`jodoh refresh`: current statistics from the platforms' APIs, stored as verified.

For each creator a connector can read (youtube creators with a `youtube_channel_id`; with
Business Discovery, instagram creators by handle),
the API's follower count replaces the stored one (unless the platform hides it), the recent
videos' averages replace the stored averages, a follower snapshot is recorded, and the
creator is reindexed. What cannot be fetched keeps its stored numbers: a private or deleted
channel, a hidden subscriber count (the averages are still verified only if the count is),
or numbers the record's own rules refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from jodoh.platforms.base import FetchedStats, PlatformConnector, QuotaExceeded
from jodoh.service import JodohService
from storage.records import MAX_HISTORY_POINTS, CreatorRecord, stored_record

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class RefreshReport:
    """What one refresh did, per outcome (handles)."""

    platform: str
    verified: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # subscriber count hidden: not verified
    missing: list[str] = field(default_factory=list)  # private, deleted or wrong id
    refused: list[str] = field(default_factory=list)  # the record's rules refused the numbers
    not_reached: list[str] = field(default_factory=list)  # the quota ran out first
    units: int = 0


def updated_record(stored: CreatorRecord, stats: FetchedStats,
                   at: datetime | None = None) -> CreatorRecord:
    """The stored record with the platform's numbers (raises ValidationError when the
    record's rules refuse them).

    Each polled count joins the follower history with the time it was read, so the
    authenticity checks judge growth over the real time between polls (a jump between two
    polls a week apart is a jump in a week, not in a month).
    """
    assert stats.followers is not None
    history = list(stored.follower_history)
    dates = list(stored.follower_history_dates)
    if not history or history[-1] != stats.followers:
        history.append(stats.followers)
        dates.append((at or datetime.now(UTC)).isoformat(timespec="seconds"))
    keep = min(len(history), MAX_HISTORY_POINTS)
    changes = {
        "followers": stats.followers,
        "avg_views": stats.avg_views if stats.avg_views is not None else stored.avg_views,
        "avg_likes": stats.avg_likes if stats.avg_likes is not None else stored.avg_likes,
        "avg_comments": (stats.avg_comments if stats.avg_comments is not None
                         else stored.avg_comments),
        "follower_history": history[-keep:],
        # Dates pair with the last len(dates) counts: the polled ones, and any saved before.
        "follower_history_dates": dates[-keep:],
    }
    return CreatorRecord.model_validate({**stored.model_dump(), **changes})


def refresh(service: JodohService, connector: PlatformConnector, *,
            now: datetime | None = None, progress: Progress | None = None,
            skip: Collection[int] = ()) -> RefreshReport:
    """Fetch and store every verifiable creator of the connector's platform (but those in
    `skip`: e.g. accounts already refreshed with their own login).

    Raises:
        InvalidCredentials: before anything is stored (the first call fails).
    """
    moment = now or datetime.now(UTC)
    report = RefreshReport(connector.platform)
    creators = [c for c in service.verifiable_creators(connector.platform) if c[0] not in skip]
    batch_size = connector.batch_size
    for start in range(0, len(creators), batch_size):
        batch = creators[start : start + batch_size]
        try:
            fetched = connector.fetch([channel for _, _, channel in batch])
        except QuotaExceeded:
            report.not_reached.extend(handle for _, handle, _ in creators[start:])
            break
        updates: list[tuple[int, CreatorRecord]] = []
        for creator_id, handle, channel in batch:
            stats = fetched.get(channel)
            if stats is None:
                report.missing.append(handle)
                continue
            if stats.followers is None:
                report.hidden.append(handle)
                continue
            stored = stored_record(service.creator_fields(creator_id))
            try:
                updates.append((creator_id, updated_record(stored, stats, moment)))
            except ValidationError:
                report.refused.append(handle)
                continue
            report.verified.append(handle)
        service.store_verified(updates, at=moment)
        if progress is not None:
            progress(min(start + batch_size, len(creators)), len(creators))
    report.units = getattr(connector, "units", 0)
    return report


@dataclass(frozen=True, slots=True)
class ChannelCheck:
    """The outcome of a creator's code-in-description check: "verified", "not_found" (no such
    channel, or private), "code_missing", "hidden" (the channel is theirs, but its subscriber
    count is hidden: nothing to verify) or "refused" (the record's rules refuse the numbers)."""

    status: str
    stats: FetchedStats | None = None


def verify_channel(service: JodohService, connector: PlatformConnector, creator_id: int,
                   channel: str, code: str, *, now: datetime | None = None) -> ChannelCheck:
    """Proof of ownership without OAuth: the one-time `code` must be in the account's public
    text (a YouTube channel's description, an Instagram bio read by Business Discovery).
    Then the account is the creator's, and its numbers are stored as verified.

    Raises:
        InvalidCredentials, QuotaExceeded, TemporarilyUnavailable: from the connector.
    """
    stats = connector.fetch([channel]).get(channel)
    if stats is None:
        return ChannelCheck("not_found")
    if code not in stats.description:
        return ChannelCheck("code_missing", stats)
    if stats.followers is None:
        return ChannelCheck("hidden", stats)
    fields = service.creator_fields(creator_id)
    if connector.platform == "youtube":
        fields = {**fields, "youtube_channel_id": channel}
    if not store_fetched(service, creator_id, fields, stats, now or datetime.now(UTC)):
        return ChannelCheck("refused", stats)
    return ChannelCheck("verified", stats)


def store_fetched(service: JodohService, creator_id: int, fields: dict[str, Any],
                  stats: FetchedStats, at: datetime) -> bool:
    """One creator's fetched numbers stored as verified at `at`; False (nothing stored)
    when the record's rules refuse them."""
    try:
        record = updated_record(stored_record(fields), stats, at)
    except ValidationError:
        return False
    service.store_verified([(creator_id, record)], at=at)
    return True
