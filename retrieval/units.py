"""The shorthand people (and chat models) write after a number: "12,5rb", "1,2 jt", "50k", "2M".

One table for every reader in retrieval: the brief parser turns "10-50rb" into followers and
"2 jt" into rupiah with it, and the chat model's grounding check (`chatmodel.grounding`) reads
the same words in a model's explanation, so a unit the parser understands in a brief is also
understood when a model repeats it. `storage/numbers.py` keeps its own copy for the import files
and the bot's registration (storage may not import retrieval); a test keeps the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Lower-case; look words up with `.lower()` ("K", "M", "Jt" are the same units).
UNIT_MULTIPLIERS: dict[str, int] = {
    "rb": 1_000, "ribu": 1_000, "rbu": 1_000, "rebu": 1_000, "ribuan": 1_000,
    "ewu": 1_000, "k": 1_000,
    "thousand": 1_000, "jutaan": 1_000_000,
    "jt": 1_000_000, "juta": 1_000_000, "jeti": 1_000_000, "m": 1_000_000, "mio": 1_000_000,
    "mil": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000,
}


def unit_alternation(units: Iterable[str] = UNIT_MULTIPLIERS) -> str:
    """A regex alternation (no group) of `units`, longest first so "millions" is not read as "m".

    Args:
        units: The words to match; every unit of `UNIT_MULTIPLIERS` by default.
    """
    return "|".join(re.escape(word) for word in sorted(units, key=lambda w: (-len(w), w)))


def multiplier(unit: str | None) -> int:
    """What `unit` multiplies by (case-insensitive); 1 for no unit or an unknown word."""
    return UNIT_MULTIPLIERS.get((unit or "").lower(), 1)
