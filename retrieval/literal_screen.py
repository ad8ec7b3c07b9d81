"""Which of many literal strings occur in a text at a word's start, without testing each one.

The brief parser looks for ~2,500 niche terms and ~1,000 place names in every brief, each a
pattern that starts where no word character comes before it. A test of each cost ≈ 1 ms a
brief. Bucketing the literals by their first three characters and testing only the buckets of
the three characters that open a word (or a symbol) in the text leaves a few dozen tests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

GRAM = 3
# Where a literal can start: no word character right before, and not a space. The lookahead
# captures the three characters there (overlapping matches, all in one C call).
_STARTS = re.compile(rf"(?<!\w)(?=(\S.{{{GRAM - 1}}}))", re.DOTALL)


class LiteralScreen:
    """Args:
    literals: the strings to look for (as they would appear in the searched text).
    """

    def __init__(self, literals: Sequence[str]) -> None:
        self._literals = list(literals)
        self._short = [index for index, literal in enumerate(self._literals)
                       if len(literal) < GRAM]
        self._buckets: dict[str, list[int]] = {}
        for index, literal in enumerate(self._literals):
            if len(literal) >= GRAM:
                self._buckets.setdefault(literal[:GRAM], []).append(index)

    def present(self, text: str) -> list[int]:
        """The indices, ascending, of the literals that occur in `text` where no word
        character comes right before them, and perhaps of a few that occur in `text` only
        elsewhere too: a screen for patterns that start so, which test each exactly."""
        opening = set(_STARTS.findall(text))
        candidates = [*self._short, *(index for gram in opening & self._buckets.keys()
                                      for index in self._buckets[gram])]
        return sorted(index for index in candidates if self._literals[index] in text)
