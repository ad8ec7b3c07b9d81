"""Amounts written in words, in Indonesian and English: "lima ribu sampai tiga puluh ribu",
"fifteen thousand", "satu setengah juta", "two hundred and fifty thousand" — and in the
regional languages many brand owners type in: Javanese ("seket ewu"), Sundanese ("sapuluh
rebu") and Minang ("sapuluah ribu sampai limo puluah ribu").

`spell_out_digits` rewrites them as digits so one amount reader serves both spellings. Only
phrases holding a magnitude word (ratus/ribu/juta, hundred/thousand/million) are rewritten:
"satu" or "one" alone is far more often a word than an amount ("the Manado one").
"""

from __future__ import annotations

import re

_UNITS: dict[str, float] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "setengah": 0.5,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a": 1, "half": 0.5,
    # Javanese: one to ten, the teen "sewelas", and the irregular 25, 50 and 60.
    "siji": 1, "loro": 2, "telu": 3, "papat": 4, "limo": 5, "enem": 6, "pitu": 7, "wolu": 8,
    "songo": 9, "sanga": 9, "sewelas": 11, "selawe": 25, "seket": 50, "sewidak": 60,
    # ... and the forms they take before a magnitude ("rong ewu", "telung atus").
    "rong": 2, "telung": 3, "patang": 4, "limang": 5, "pitung": 7, "wolung": 8,
    "sangang": 9,
    # Sundanese ("salapan" is 9 here but 8 in Minang, so it is left out of both).
    "hiji": 1, "tilu": 3, "opat": 4, "genep": 6, "dalapan": 8, "sapuluh": 10, "sabelas": 11,
    # Minang.
    "ciek": 1, "duo": 2, "tigo": 3, "ampek": 4, "anam": 6, "tujuah": 7, "sambilan": 9,
    "sapuluah": 10, "sabaleh": 11,
}
# The words for "-teen" and "ten times" (Indonesian, Javanese, Minang).
_TEENS = ("belas", "welas", "baleh")
_TENS = ("puluh", "puluah")
_SCALES: dict[str, int] = {"ratus": 100, "hundred": 100, "atus": 100, "ratuih": 100}
_MAGNITUDES: dict[str, int] = {
    "ribu": 1_000, "rebu": 1_000, "ewu": 1_000, "thousand": 1_000, "juta": 1_000_000,
    "yuta": 1_000_000, "million": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000,
}
# One of a scale, written as one word: "seratus", Javanese "satus"/"sewu", Minang "saratuih".
_PREFIXED = {"seratus": "ratus", "seribu": "ribu", "sejuta": "juta", "satus": "atus",
             "sewu": "ewu", "sayuta": "yuta", "saratuih": "ratuih", "saribu": "ribu",
             "sajuta": "juta"}
_WORD = r"(?:" + "|".join(sorted(
    [*_UNITS, *_SCALES, *_MAGNITUDES, *_PREFIXED, *_TEENS, *_TENS, "and"],
    key=len, reverse=True)) + r")"
_MAGNITUDE_WORD = "(?:" + "|".join(_MAGNITUDES) + ")"
_PHRASE = re.compile(rf"\b{_WORD}(?:[\s-]+{_WORD})*\b", re.IGNORECASE)


def _value(words: list[str]) -> float | None:
    """The amount a run of number words says, or None when it has no magnitude word."""
    total, hundreds, small, seen_magnitude = 0.0, 0.0, 0.0, False
    for word in words:
        if word in _PREFIXED:  # "seratus" = one hundred
            word, small = _PREFIXED[word], small or 1
        if word == "and":
            continue
        if word == "a":
            small = small or 1
        elif word in _UNITS:
            small += _UNITS[word]
        elif word in _TEENS:
            small += 10
        elif word in _TENS:
            small *= 10
        elif word in _SCALES:
            hundreds += (small or 1) * _SCALES[word]
            small, seen_magnitude = 0.0, True
        elif word in _MAGNITUDES:
            total += ((hundreds + small) or 1) * _MAGNITUDES[word]
            hundreds, small, seen_magnitude = 0.0, 0.0, True
    return total + hundreds + small if seen_magnitude else None


_BARE = "(?:" + "|".join(w for w in sorted(_UNITS, key=len, reverse=True) if w not in (
    "a", "half", "setengah")) + ")"
_TEEN_OR_TEN = "|".join((*_TEENS, *_TENS))
_SCALE_WORD = "|".join(_SCALES)
# "between ten and thirty thousand", "lima sampai sepuluh ribu": the first end of a range
# takes the magnitude of the second.
_SHARED_MAGNITUDE = re.compile(
    rf"\b(?P<first>{_BARE}(?:[\s-]+(?:{_BARE}|{_TEEN_OR_TEN}))*)(?P<sep>\s+(?:and|to|sampai|"
    rf"sampe|hingga|atau|or|nganti|tekan|(?:dugi|nepi) ka)\s+|\s*[-–]\s*)"
    rf"(?P<second>{_BARE}(?:[\s-]+(?:{_BARE}|{_TEEN_OR_TEN}|{_SCALE_WORD}))*[\s-]+"
    rf"(?P<magnitude>{_MAGNITUDE_WORD}))\b", re.IGNORECASE)


def _share_magnitude(match: re.Match[str]) -> str:
    # "and" would add the ends up ("ten thousand and thirty thousand"): it says "to" here.
    sep = match.group("sep")
    sep = " to " if sep.strip().lower() == "and" else sep
    return f"{match.group('first')} {match.group('magnitude')}{sep}{match.group('second')}"


# "One" in each language, and a word right after a phrase (what it counts).
_ONE = ("satu", "one", "siji", "hiji", "ciek")
_NOUN_AFTER = re.compile(r"\s+[^\W\d_]", re.UNICODE)
# Every rewritten phrase holds one of these; most briefs hold none (their amounts are digits).
# Each is a substring test of the lowered text: ten times faster than one case-blind pattern.
_ANY_SCALE = tuple(dict.fromkeys([*_SCALES, *_MAGNITUDES, *_PREFIXED]))


# "belasan ribu" (ten-odd thousand), "puluhan ribu", "tens of thousands": a range of digits.
_VAGUE_COUNTS = {"belasan": (11, 19), "puluhan": (10, 99), "ratusan": (100, 999),
                 "tens of": (10, 99), "hundreds of": (100, 999)}
_VAGUE_AMOUNT = re.compile(
    r"\b(?P<vague>belasan|puluhan|ratusan|tens\s+of|hundreds\s+of)\s+"
    r"(?P<magnitude>ribu|rb|thousands?|juta|jt|millions?)\b", re.IGNORECASE)


def _vague_range(match: re.Match[str]) -> str:
    low, high = _VAGUE_COUNTS[" ".join(match.group("vague").lower().split())]
    magnitude = match.group("magnitude").lower().removesuffix("s")
    return f"{low}-{high} {magnitude}"


def spell_out_digits(text: str) -> str:
    """`text` with every spelled-out amount replaced by its digits (same text otherwise)."""
    lowered = text.lower()
    if not any(word in lowered for word in _ANY_SCALE):
        return text
    text = _VAGUE_AMOUNT.sub(_vague_range, text)
    text = _SHARED_MAGNITUDE.sub(_share_magnitude, text)

    def replace(match: re.Match[str]) -> str:
        digit_unit = re.match(rf"{_MAGNITUDE_WORD}(?=[\s-])", match.group(0), re.IGNORECASE)
        if digit_unit and re.search(r"\d\s*$", match.string[: match.start()]):
            # "250 ribu satu video": the digit's unit, then words of their own.
            rest = match.group(0)[digit_unit.end():]
            return digit_unit.group(0) + _PHRASE.sub(replace, rest)
        words = [w.lower() for w in re.split(r"[\s-]+", match.group(0)) if w]
        # Leading or trailing joiners ("dan", "and", "a") belong to the sentence.
        while words and words[0] == "and":
            words.pop(0)
        trailing: list[str] = []
        while words and words[-1] in ("and", "a"):
            trailing.insert(0, words.pop())
        # "lima ratus ribu satu postingan": the "one" starts what is counted (a round amount
        # and one post), not the last digit of 500,001.
        if (len(words) > 1 and words[-1] in _ONE and words[-2] in _MAGNITUDES
                and _NOUN_AFTER.match(match.string, match.end())):
            trailing.insert(0, words.pop())
        # "2 million", "500 ribu": a digit's unit, which the amount reader knows already.
        spelled = [w for w in words if w in _UNITS or w in _SCALES or w in _PREFIXED
                   or w in _TEENS or w in _TENS]
        value = _value(words) if spelled and spelled != ["a"] else None
        if value is None:
            return match.group(0)
        lead = re.match(r"(?:and\s+)*", match.group(0), re.IGNORECASE)
        prefix = match.group(0)[: lead.end()] if lead and lead.end() else ""
        suffix = (" " + " ".join(trailing)) if trailing else ""
        return f"{prefix}{round(value)}{suffix}"

    return _PHRASE.sub(replace, text)
