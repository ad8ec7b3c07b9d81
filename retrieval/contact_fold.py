"""Folding free text into the one shape the contact detectors look for.

People hide contacts by writing them in ways a pattern does not expect but a reader still
understands: fullwidth "＠．", zero-width characters inside a number, lookalike letters,
digits spelled out ("nol delapan satu dua …", "zero eight one …"). Folding undoes those
tricks once, so detection needs one pattern per kind of contact instead of one per trick.

Every folded character remembers where it came from, so a contact found in the folded text
is removed from the original text exactly, leaving its neighbours untouched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Lookalikes NFKC leaves alone (Cyrillic and Greek letters, dot-like punctuation).
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
    "ѕ": "s", "ј": "j", "ԁ": "d", "ո": "n", "ɡ": "g", "ο": "o", "α": "a", "ν": "v",
    "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "М": "M", "Т": "T",
    "。": ".", "｡": ".", "․": ".", "·": ".", "•": ".", "∙": ".", "⋅": ".",
    "﹫": "@", "ⓐ": "@", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
})
_DIGIT_WORDS = {
    # Indonesian
    "nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4",
    "lima": "5", "enam": "6", "tujuh": "7", "delapan": "8", "lapan": "8", "sembilan": "9",
    # English
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
# A run of at least four spelled or written digits: "dua anak" or "one of two" stay words.
_SPELLED_RUN = re.compile(
    rf"\b(?:{_WORD}|\d{{1,4}})(?:[\s,.\-_/]+(?:{_WORD}|\d{{1,4}})){{3,}}\b", re.IGNORECASE)
_SPELLED_TOKEN = re.compile(rf"\b(?:{_WORD})\b", re.IGNORECASE)
_SPELLED_PAUSE = re.compile(rf"{_SPELLED_TOKEN.pattern}|,", re.IGNORECASE)
# Letter O for zero and I/l for one, only inside a run of digits ("O812 3456 789O").
_LETTER_DIGIT = re.compile(r"(?<=\d)[Oo](?=[\d\s.\-])|(?<![\w])[Oo](?=\d{2})|(?<=\d)[Il](?=\d)")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text; `starts[i]`/`ends[i]` bound the original characters behind text[i]."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span behind folded text[start:end]."""
        return self.starts[start], self.ends[end - 1]


def _invisible(char: str) -> bool:
    # Format characters (zero-width space/joiner, bidi marks, soft hyphen, BOM) and
    # variation selectors change nothing a reader sees.
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f"


def _fold_char(char: str) -> str:
    if char.isdigit() and not char.isascii():
        # Arabic-Indic, Devanagari, circled and other digits read as their ASCII value.
        value = unicodedata.digit(char, None)
        if value is not None:
            return str(value)
    folded = unicodedata.normalize("NFKC", char).translate(_CONFUSABLES)
    # NFKC turns some symbols into several letters ("℡" → "TEL"); keep those as they were.
    return folded if len(folded) == 1 else char.translate(_CONFUSABLES)


def _replace(folded: Folded, pattern: re.Pattern[str], value: Callable[[str], str]) -> Folded:
    """Each match of `pattern` becomes `value(match)`, keeping where it came from."""
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in pattern.finditer(folded.text):
        text.append(folded.text[position:match.start()])
        starts.extend(folded.starts[position:match.start()])
        ends.extend(folded.ends[position:match.start()])
        new = value(match.group(0))
        text.append(new)
        origin = folded.original_span(match.start(), match.end())
        starts.extend([origin[0]] * len(new))
        ends.extend([origin[1]] * len(new))
        position = match.end()
    text.append(folded.text[position:])
    starts.extend(folded.starts[position:])
    ends.extend(folded.ends[position:])
    return Folded("".join(text), tuple(starts), tuple(ends))


def fold(text: str) -> Folded:
    """`text` with invisible characters dropped, lookalikes and spelled digits folded."""
    chars: list[str] = []
    starts: list[int] = []
    for index, char in enumerate(text):
        if _invisible(char):
            continue
        chars.append(_fold_char(char))
        starts.append(index)
    folded = Folded("".join(chars), tuple(starts), tuple(s + 1 for s in starts))
    if _SPELLED_RUN.search(folded.text):
        pieces: list[Folded] = []
        position = 0
        for run in _SPELLED_RUN.finditer(folded.text):
            if len(_SPELLED_TOKEN.findall(run.group(0))) < 2:
                continue  # written digits only ("1-1, 1990-1990"): nothing to fold
            pieces.append(_slice(folded, position, run.start()))
            # Commas between spelled groups ("nol delapan satu, dua tiga …") are pauses.
            pieces.append(_replace(_slice(folded, run.start(), run.end()), _SPELLED_PAUSE,
                                   lambda word: _DIGIT_WORDS.get(word.lower(), " ")))
            position = run.end()
        pieces.append(_slice(folded, position, len(folded.text)))
        folded = Folded("".join(p.text for p in pieces),
                        tuple(s for p in pieces for s in p.starts),
                        tuple(e for p in pieces for e in p.ends))
    if _LETTER_DIGIT.search(folded.text):
        folded = _replace(folded, _LETTER_DIGIT, lambda c: "0" if c in "Oo" else "1")
    return folded


def _slice(folded: Folded, start: int, end: int) -> Folded:
    return Folded(folded.text[start:end], folded.starts[start:end], folded.ends[start:end])
