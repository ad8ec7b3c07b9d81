"""Which of many literal strings occur in a text, without testing each one.

The brief parser looks for ~1,200 niche terms and ~1,000 place names in every brief; a
substring test of each cost ≈ 1 ms a brief. Bucketing the literals by their first three
characters and testing only the buckets whose three characters occur in the text leaves a
few dozen tests.
"""

from __future__ import annotations

from collections.abc import Sequence

GRAM = 3


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
        """The indices of the literals that occur in `text`, in ascending order."""
        grams = {text[i : i + GRAM] for i in range(len(text) - GRAM + 1)}
        candidates = [*self._short, *(index for gram in grams & self._buckets.keys()
                                      for index in self._buckets[gram])]
        return sorted(index for index in candidates if self._literals[index] in text)
