"""The creator facts retrieval needs, independent of how they are stored."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from retrieval.lexicon import NICHE_LABELS
from retrieval.places import canonical_city


def document_text(bio: str, community: str | None, niches: tuple[str, ...] | list[str]) -> str:
    """Bio, community and niche labels in both languages, one text for the embedder."""
    labels = ", ".join(
        f"{NICHE_LABELS[n]['id']} / {NICHE_LABELS[n]['en']}" for n in niches if n in NICHE_LABELS
    )
    parts = [bio]
    if community:
        parts.append(f"Komunitas / community: {community}")
    if labels:
        parts.append(f"Niche: {labels}.")
    return "\n".join(parts)


class ProfileFields(Protocol):
    """The contract fields a profile is made of, however they are held: a validated record
    (`storage.records.CreatorRecord`), a stored row (`storage.models.Creator`) or a plain
    database row of those columns all have them."""

    @property
    def handle(self) -> str: ...
    @property
    def platform(self) -> str: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def bio(self) -> str: ...
    @property
    def community(self) -> str | None: ...
    @property
    def niches(self) -> Sequence[str]: ...
    @property
    def city(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def languages(self) -> Sequence[str]: ...
    @property
    def followers(self) -> int: ...
    @property
    def avg_likes(self) -> int: ...
    @property
    def avg_comments(self) -> int: ...
    @property
    def avg_views(self) -> int | None: ...
    @property
    def posts_per_week(self) -> float | None: ...
    @property
    def follower_history(self) -> Sequence[int]: ...
    @property
    def follower_history_dates(self) -> Sequence[str]: ...
    @property
    def rate_idr(self) -> int | None: ...


def _utc(moment: datetime) -> datetime:
    """A moment in UTC; a naive one is UTC already (SQLite hands datetimes back naive)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _history_moments(values: Sequence[str]) -> tuple[datetime, ...]:
    """`follower_history_dates` (ISO 8601) as aware datetimes; a date without a zone is UTC
    (read as `storage.records.history_datetimes` reads them)."""
    return tuple(_utc(datetime.fromisoformat(value)) for value in values)


@dataclass(frozen=True, slots=True)
class CreatorProfile:
    """A creator as seen by retrieval, ranking and explanations (no contact details)."""

    key: str
    creator_id: int
    handle: str
    platform: str
    bio: str
    niches: tuple[str, ...]
    followers: int
    avg_likes: int
    avg_comments: int
    display_name: str | None = None
    community: str | None = None
    city: str | None = None
    country: str | None = None
    languages: tuple[str, ...] = ()
    avg_views: int | None = None
    posts_per_week: float | None = None
    follower_history: tuple[int, ...] = field(default_factory=tuple)
    # When the last len(follower_history_dates) counts were saved (through the bot); earlier
    # counts are the contract's undated monthly points.
    follower_history_dates: tuple[datetime, ...] = field(default_factory=tuple)
    rate_idr: int | None = None
    content_hash: str = ""
    # The public reference buttons carry (never the row id); "" for a profile not yet stored.
    ref: str = ""
    # When the counts were fetched from the platform's API; None = self-reported/imported.
    verified_at: datetime | None = None

    @classmethod
    def from_fields(cls, source: ProfileFields, *, creator_id: int, content_hash: str = "",
                    ref: str = "") -> CreatorProfile:
        """The retrieval view of a creator's contract fields (contact details stay behind)."""
        return cls(
            key=f"{source.platform}:{source.handle}", creator_id=creator_id,
            handle=source.handle, platform=source.platform, bio=source.bio,
            niches=tuple(source.niches), followers=source.followers,
            avg_likes=source.avg_likes, avg_comments=source.avg_comments,
            display_name=source.display_name, community=source.community, city=source.city,
            country=source.country, languages=tuple(source.languages),
            avg_views=source.avg_views, posts_per_week=source.posts_per_week,
            follower_history=tuple(source.follower_history),
            follower_history_dates=_history_moments(source.follower_history_dates or ()),
            rate_idr=source.rate_idr, content_hash=content_hash, ref=ref,
            verified_at=_utc(verified) if (verified := getattr(source, "verified_at", None))
            else None,
        )

    @classmethod
    def from_row(cls, row: Any) -> CreatorProfile:
        """The retrieval view of a creator read as a plain row of its profile columns
        (`storage.repository.PROFILE_COLUMNS`)."""
        return cls.from_fields(row, creator_id=row.id, content_hash=row.content_hash,
                               ref=row.ref)

    @property
    def match_city(self) -> str | None:
        """City used for location constraints (towns fold into their city)."""
        return canonical_city(self.city)

    def document(self) -> str:
        """The text embedded for dense retrieval: who they are, what they post, who follows."""
        return document_text(self.bio, self.community, self.niches)

    def keyword_text(self) -> str:
        """The text indexed for keyword search."""
        labels = " ".join(
            f"{NICHE_LABELS[n]['id']} {NICHE_LABELS[n]['en']}" for n in self.niches
            if n in NICHE_LABELS
        )
        return " ".join(
            part for part in (self.display_name, self.bio, self.community, labels) if part
        )

    def index_metadata(self) -> dict[str, str | int | float | bool]:
        """Filterable metadata stored beside the vector (Chroma metadata cannot hold lists)."""
        metadata: dict[str, str | int | float | bool] = {
            "creator_id": self.creator_id,
            "platform": self.platform,
            "followers": self.followers,
            "city": self.match_city or "",
            "country": self.country or "",
            "rate_idr": self.rate_idr if self.rate_idr is not None else -1,
            "primary_niche": self.niches[0] if self.niches else "",
            "content_hash": self.content_hash,
        }
        for niche in self.niches:
            metadata[f"niche_{niche}"] = True
        return metadata
