"""Counts and rates written by people: "10.000", "10,000", "10 000", "12,5rb", "1.2M", "2,5".

One reader for every door (import files and the bot's registration), so the same text never
means two different numbers. Indonesians group thousands with "." and write decimals with
","; English writers do the opposite. A count (followers, likes, rupiah) is whole, so a
separator followed by groups of exactly three digits can only be a thousands separator,
whichever character it is. Anything that could be read two ways ("1.5", "12.34", "10.00",
"1.00.000") is refused with a reason rather than guessed: a silent factor of 1,000 on a
follower count or a rate is worse than a rejected row.
"""

from __future__ import annotations

import re
from decimal import Decimal

# The shorthand people type for counts: retrieval/units.py's table (the brief parser's and the
# chat model's grounding check's); storage may not import retrieval, a test keeps them equal.
UNITS: dict[str, int] = {
    "rb": 1_000, "ribu": 1_000, "rbu": 1_000, "rebu": 1_000, "ribuan": 1_000,
    "ewu": 1_000, "k": 1_000,
    "thousand": 1_000, "jutaan": 1_000_000,
    "jt": 1_000_000, "juta": 1_000_000, "jeti": 1_000_000, "m": 1_000_000, "mio": 1_000_000,
    "mil": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000,
}
# More digits than this is a pasted mistake, not a count (and keeps int() far from its limit).
MAX_DIGITS = 18
# Space-like thousands separators: space, no-break space, narrow no-break space, thin space.
_SPACES = " \u00a0\u202f\u2009"
# What people type around a number: a currency, "about", "on average", or what is counted
# ("45 komentar", "800 likes", "rata2 400an per post"); the number is what is read.
_LABELS = re.compile(
    r"^(?:(?:rata[- ]?rata|rata2|rerata|average|avg\.?|on\s+average|biasanya|usually|"
    r"kira[- ]?kira|kira2|kisaran|sekitar|kurang\s+lebih|kurleb|about|around|approx\.?|±|~)"
    r"\s*)*(?:rp\.?|idr)?\s*"
    r"|\s*(?:followers?|pengikut|subscribers?|subs|likes?|suka|komentar|komen|comments?|"
    r"views?|tayangan|penonton|ditonton)?\s*(?:(?:per|/|tiap|each)\s*(?:post|posting|"
    r"video|konten))?$")
# "400an", "12rb-an": about that many.
_ABOUT_SUFFIX = re.compile(r"(?:(?<=[0-9])|(?<=rb)|(?<=k)|(?<=jt))-?an$")
_SHAPE = re.compile(rf"(?P<sign>-)?\s*(?P<num>[0-9][0-9.,{_SPACES}]*?)\s*(?:(?P<unit>[a-z]+)\.?)?")
_PLAIN = re.compile(r"[0-9]+")
_GROUPED = re.compile(rf"[0-9]{{1,3}}(?P<sep>[.,{_SPACES}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*")
_GROUPED_FRACTION = re.compile(
    rf"(?P<int>[0-9]{{1,3}}(?P<sep>[.,{_SPACES}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*)"
    r"(?P<point>[.,])(?P<frac>[0-9]{1,2})"
)
_DECIMAL = re.compile(r"[0-9]+(?:[.,][0-9]{1,2})?")
# A thousands group as people write it (no leading zero): "1.000", "12,500".
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")
# What Python prints for a float ("2.5", "1e-05"), or the same with a decimal comma.
_FLOAT = re.compile(r"[0-9]+(?:[.,][0-9]+)?(?:e[-+]?[0-9]+)?", re.IGNORECASE)


class NumberError(ValueError):
    """Text that is not a number we can read without guessing.

    `code` tells callers which message to show: "not_a_number", "negative", "fraction"
    (a count with a decimal part), "ambiguous" (separators that could mean two things) or
    "too_long".
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _quoted(text: str) -> str:
    short = text if len(text) <= 24 else text[:23] + "…"
    return f"'{short}'"


def _whole_digits(num: str, original: str) -> str:
    """The digits of a unit-less count, or NumberError explaining why it cannot be read."""
    if _PLAIN.fullmatch(num):
        return num
    if _GROUPED.fullmatch(num):
        return re.sub(r"[^0-9]", "", num)
    # Thousands grouped with one separator, then a decimal part after the other one:
    # "10.000,5" (Indonesian), "10,000.5" (English), "10 000,5": unambiguous, but not whole.
    # Three or more digits after the second separator ("10.000,500") may be a mixed-up
    # thousands group, so that shape stays ambiguous.
    match = _GROUPED_FRACTION.fullmatch(num)
    if match and match.group("sep") != match.group("point"):
        if set(match.group("frac")) == {"0"}:
            # "750.000,00": spreadsheets print rupiah with cents; still a whole amount.
            return re.sub(r"[^0-9]", "", match.group("int"))
        raise NumberError("fraction", f"{_quoted(original)} has a decimal part; a count is a "
                          "whole number")
    raise NumberError(
        "ambiguous",
        f"{_quoted(original)} is ambiguous: write a whole number, grouping thousands in "
        "threes (10.000 or 10,000), or use a unit (1,5rb or 1.5k)",
    )


def read_count(text: str) -> int:
    """A whole count from text: "10.000" / "10,000" / "10 000" → 10000, "12,5rb" → 12500.

    Also reads "Rp 750.000", "1,2 jt", "1.2M", "15000 followers". With a unit, "." or ","
    followed by one or two digits is a decimal point. Raises NumberError (with a reason a
    person can act on) for text that is not a number or could mean two different numbers.
    """
    cleaned = _ABOUT_SUFFIX.sub("", _LABELS.sub("", text.strip().lower()).strip()).strip()
    shape = _SHAPE.fullmatch(cleaned)
    if shape is None:
        raise NumberError("not_a_number", f"{_quoted(text)} is not a number")
    num, unit = shape.group("num").strip(_SPACES), shape.group("unit")
    if unit is None:
        digits = _whole_digits(num, text)
        value = Decimal(digits)
    else:
        if unit not in UNITS:
            raise NumberError("not_a_number", f"{_quoted(text)} is not a number")
        if not _DECIMAL.fullmatch(num):
            # "1.250k" is 1,250 or 1,250,000 depending on who wrote it.
            raise NumberError(
                "ambiguous",
                f"{_quoted(text)} is ambiguous: with a unit, write at most two decimals "
                "(1,25jt or 1.25M)",
            )
        digits = re.sub(r"[^0-9]", "", num)
        value = Decimal(num.replace(",", ".")) * UNITS[unit]
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise NumberError("too_long", f"{_quoted(text)} has too many digits")
    if shape.group("sign"):
        raise NumberError("negative", f"{_quoted(text)} is negative; a count is 0 or more")
    return int(value)


def read_decimal(text: str, maximum: float) -> float:
    """A small decimal such as posts per week: "2,5" and "2.5" → 2.5, "3" → 3.0.

    "," and "." are both decimal points here, unless the text could also be a thousands
    group within `maximum`: "1.000" posts per week is 1 to one writer and 1000 to another, so
    it is refused; "2.333" can only be 2.333 (2333 is over the limit).
    """
    cleaned = text.strip()
    if cleaned.startswith("-") and _FLOAT.fullmatch(cleaned[1:].strip()):
        raise NumberError("negative", f"{_quoted(text)} is negative")
    if not _FLOAT.fullmatch(cleaned):
        raise NumberError("not_a_number", f"{_quoted(text)} is not a number")
    thousands = _THOUSANDS.fullmatch(cleaned)
    if thousands and int(re.sub(r"[.,]", "", cleaned)) <= maximum:
        raise NumberError("ambiguous", f"{_quoted(text)} is ambiguous: write the number "
                          "without a thousands separator, or with at most two decimals "
                          "(2,5 or 2.5)")
    return float(cleaned.replace(",", "."))


# How often people say they post, beside the number: "2-3x seminggu", "3 kali per minggu",
# "tiap hari", "twice a week", "4x sebulan". Each period is (its phrases, posts a week per
# post in it).
_PERIODS = (
    (re.compile(r"(?:\b(?:se|per|tiap|setiap)\s*hari|\bsehari|\bdaily|\bevery\s*day|"
                r"\b(?:a|per|each)\s+day|/\s*(?:hari|day))\b"), 7.0),
    (re.compile(r"(?:\b(?:se|per|tiap|setiap)\s*bulan|\bsebulan|\bmonthly|"
                r"\b(?:a|per|each|every)\s+month|/\s*(?:bulan|bln|month))\b"), 12 / 52),
    (re.compile(r"(?:\b(?:se|per|tiap|setiap)\s*minggu|\bseminggu|\bweekly|\bpw|"
                r"\b(?:a|per|each|every)\s+week|/\s*(?:minggu|mgg|week|wk))\b"), 1.0),
)
_ONCE = {"sekali": "1", "once": "1", "twice": "2", "thrice": "3"}
_TIMES = re.compile(r"(?<=[0-9])\s*x\b|\b(?:x|kali|times|posts?|postingan|posting|konten|"
                    r"videos?|uploads?|upload|aja|saja|kak|ya)\b")
_COUNTED = re.compile(r"\bx\b|\bkali\b|\btimes\b")
_RANGE = re.compile(r"\s*(?:-|–|sampai|sampe|s/d|to|or|atau)\s*")


def read_posts_per_week(text: str, maximum: float) -> float:
    """Posts a week from what a creator types: a number as `read_decimal` reads it, or a
    rhythm: "2-3x seminggu" → 2.5 (a range is its middle), "tiap hari" → 7, "2x sehari" → 14,
    "4x sebulan" → 0.92, "twice a week" → 2. NumberError when there is no such number."""
    try:
        return read_decimal(text, maximum)
    except NumberError as error:
        if error.code != "not_a_number":
            raise  # a number after all, but negative or ambiguous: say why
    lowered = " ".join(text.strip().lower().split())
    factor, found = 1.0, False
    for phrase, per_week in _PERIODS:
        lowered, count = phrase.subn(" ", lowered)
        if count:
            factor, found = per_week, True
            break
    for word, digit in _ONCE.items():
        lowered = re.sub(rf"\b{word}\b", digit, lowered)
    stripped = " ".join(_TIMES.sub(" ", lowered).split())
    if not stripped and found and not _COUNTED.search(lowered):
        stripped = "1"  # "tiap hari": once a day; "x seminggu" says no number
    lowered = stripped
    parts = _RANGE.split(lowered)
    if len(parts) > 2 or not all(parts):
        raise NumberError("not_a_number", f"{_quoted(text)} is not a number")
    values = [read_decimal(part, maximum) for part in parts]
    return round(sum(values) / len(values) * factor, 2)
