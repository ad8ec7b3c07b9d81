"""The creator facts retrieval needs, independent of how they are stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from retrieval.lexicon import NICHE_LABELS, canonical_city


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
