"""Who the followers are, by name: the audience segments a text names (`AUDIENCE_GROUPS`).

A brief names the followers it wants ("perantau", "retirees", "bapak2") and a creator's
community text names the followers they have ("Anak kost & perantau dari Flores …",
"pensiunan guru"). BM25 over those texts rewards repeating words, so a community that names
the same segment once scores a fraction of one that names it twice; and the cosine of two
short texts in different languages is compressed. A segment named on both sides is the plain
fact the brand asked for, the way a declared niche is for a topic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from retrieval.lexicon import AUDIENCE_GROUPS

_PATTERNS = tuple(
    re.compile(r"(?<!\w)(?:" + "|".join(
        map(re.escape, sorted(group, key=len, reverse=True))) + r")(?!\w)", re.IGNORECASE)
    for group in AUDIENCE_GROUPS
)


def audience_query(phrase: str) -> str:
    """The followers a brief asks for, plus every other way of naming each segment it names,
    for the keyword search over community texts."""
    return " ".join([phrase, *(" ".join(AUDIENCE_GROUPS[index])
                               for index in sorted(audience_segments(phrase)))])


@lru_cache(maxsize=20_000)
def audience_segments(text: str | None) -> frozenset[int]:
    """The segments (indices into `AUDIENCE_GROUPS`) the text names; remembered by text, as
    every search reads the same community texts again."""
    if not text:
        return frozenset()
    return frozenset(index for index, pattern in enumerate(_PATTERNS) if pattern.search(text))


def segment_shares(wanted: str, communities: Mapping[str, str | None]) -> dict[str, float]:
    """For each creator, the share of the segments `wanted` names that their community text
    names too (absent when none); empty when `wanted` names no known segment."""
    asked = audience_segments(wanted)
    if not asked:
        return {}
    shares = {key: len(asked & audience_segments(text)) / len(asked)
              for key, text in communities.items()}
    return {key: share for key, share in shares.items() if share > 0}
