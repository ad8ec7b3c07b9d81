"""Contact details in free text: found and removed before any text reaches a brand.

A creator's contact is released only when they accept a brand's request, so every free-text
field a brand can see (name, city, bio, community, and anything a language model writes about
them) leaves through `scrub_contacts`, and profile fields through `brand_view`, the one
brand-visible view of a profile that cards, explanations, the LLM's facts and the CLI use.

Detection is a small classifier (`retrieval.contact_fold` folds disguises away,
`retrieval.contact_detect` scores candidates); `bench.privacy` measures it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from retrieval.contact_detect import THRESHOLD, Candidate, candidates
from retrieval.contact_fold import fold

MARKER = "[…]"
MENTION = re.compile(r"(?<![\w.@＠])[@＠]([A-Za-z0-9_.]{1,30})")
# Invitations to get in touch outside Jodoh. Not contact details, so free text keeps them;
# a language model's output must not contain them (chatmodel.grounding.grounding_problems).
MESSAGING_HINT = re.compile(
    r"\bwa\s*[:.]?\s*\+?\d|"
    r"\b(?:whats\s?app|watsap|wasap|dm|d\.m|direct message|inbox|e-?mail|"
    r"surel|telegram|line\s?id|telp|telepon|phone number|call me|no\.?\s?hp|"
    r"nomor\s+(?:hp|wa|telepon|telp)|hubungi|kontaknya|kontak\s+(?:di|via|ke|lewat)|"
    r"contact\s+(?:me|them|her|him|via|at|details?|info|number))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ContactSpan:
    """A contact detail found in the original text: `text[start:end]`."""

    kind: str  # email | url | phone | handle | mention
    start: int
    end: int
    score: float


def normalize_handle(handle: str | None) -> str:
    """'@Nadia.Glow ' → 'nadia.glow'."""
    return (handle or "").strip().lstrip("@＠").lower()


def find_contacts(text: str, own_handle: str | None = None) -> list[ContactSpan]:
    """Contact details in `text`, in order, without overlaps (the longest span wins)."""
    own = normalize_handle(own_handle)
    folded = fold(text)
    found: list[Candidate] = [c for c in candidates(folded.text, own) if c.score >= THRESHOLD]
    for match in MENTION.finditer(folded.text):
        if not own or match.group(1).rstrip(".").lower() != own:
            found.append(Candidate("mention", match.start(), match.end(), 1.0))
    spans: list[ContactSpan] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        start, end = folded.original_span(cand.start, cand.end)
        if spans and start < spans[-1].end:
            last = spans[-1]
            if end > last.end:
                spans[-1] = ContactSpan(last.kind, last.start, end, max(last.score, cand.score))
            continue
        spans.append(ContactSpan(cand.kind, start, end, cand.score))
    return spans


def scrub_contacts(text: str, own_handle: str | None = None) -> str:
    """`text` with e-mails, links, phone numbers, messaging handles and other people's
    @handles replaced by "[…]"; the creator's own @handle and everything else kept."""
    spans = find_contacts(text, own_handle)
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces.append(text[position:span.start])
        pieces.append(MARKER)
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


class _Profile(Protocol):
    @property
    def handle(self) -> str: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def bio(self) -> str: ...
    @property
    def community(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class BrandView:
    """A profile's free-text fields as a brand may see them (before Accept)."""

    handle: str
    name: str  # the display name, or the handle when there is none
    city: str | None
    bio: str
    community: str | None


def brand_view(profile: _Profile) -> BrandView:
    """The brand-visible free text of `profile`: every renderer reads fields from here."""
    return _brand_view(profile.handle, profile.display_name, profile.city, profile.bio,
                       profile.community)


# Remembered by value: one brief renders each match's card, explanation and ❓ (and the LLM's
# facts), and scrubbing a profile costs ≈ 0.85 ms, more than the rest of rendering together.
@lru_cache(maxsize=20_000)
def _brand_view(handle: str, display_name: str | None, city: str | None, bio: str,
                community: str | None) -> BrandView:
    def clean(text: str | None) -> str | None:
        scrubbed = scrub_contacts(text, handle) if text else None
        return scrubbed if scrubbed and scrubbed.strip() else None

    return BrandView(
        handle=normalize_handle(handle),
        name=clean(display_name) or handle,
        city=clean(city),
        bio=clean(bio) or "",
        community=clean(community),
    )
