"""The grounding check: a model's explanation may only state what the facts and the brief state.

Every number in the output must be one the facts or the brief hold (read in both the Indonesian
and the English convention, with the units of `retrieval.units`); every place must be one they
name (or a region containing the creator's city); the only @handle may be the creator's own; and
nothing may look like contact details or a data-block delimiter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from prompts.llm_prompts import DATA_TAGS
from retrieval.brief_parser import parse_brief
from retrieval.places import CITY_ALIASES, PLACES, WORD_PLACES, Place, canonical_city
from retrieval.privacy import MENTION, MESSAGING_HINT, find_contacts, normalize_handle
from retrieval.units import UNIT_MULTIPLIERS, unit_alternation

# Longer than any good 2–3 sentence card text; a model that rambles is not following the rules.
MAX_OUTPUT_CHARS = 600

_DATA_TAG = re.compile(rf"[<‹＜]\s*/?\s*(?:{'|'.join(DATA_TAGS)})", re.IGNORECASE)
# The units a number may carry in an explanation: the shorthand of counts and money (the brief
# parser's, so "10-50rb" in a brief and "50rb" in the output read alike), and percentages.
_PERCENT_UNITS = ("%", "persen", "percent")
_NUMBER_UNITS: dict[str, int] = dict.fromkeys(_PERCENT_UNITS, 1) | UNIT_MULTIPLIERS
_NUMBER_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)"
    rf"(?:\s?(?P<unit>{unit_alternation(_NUMBER_UNITS)})"
    r"(?![^\W\d_]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Reading:
    """One way to read a number token: its value and how far rounding may have moved it."""

    value: float
    tolerance: float


def _interpretations(number: str) -> list[tuple[float, int]]:
    """(value, decimals) for every plausible reading of "12.345", "3,5", "1,234.5"…

    Indonesian and English swap "." and ","; models mix both conventions in one answer, so
    every reading a writer could mean is tried. A number with no reading (e.g. "1.2.3", a date
    "12.05.2024") matches nothing and is reported.
    """
    separators = re.findall(r"[.,]", number)
    groups = re.split(r"[.,]", number)
    if not separators:
        return [(float(number), 0)]
    readings: list[tuple[float, int]] = []

    def grouped(parts: list[str]) -> bool:
        return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])

    if len(set(separators)) == 1 and grouped(groups):
        readings.append((float("".join(groups)), 0))
    head_separators, head, tail = separators[:-1], groups[:-1], groups[-1]
    if not head_separators or (
        len(set(head_separators)) == 1 and head_separators[0] != separators[-1] and grouped(head)
    ):
        readings.append((float("".join(head) + "." + tail), len(tail)))
    return readings


def _readings(number: str, unit: str | None) -> list[_Reading]:
    multiplier = _NUMBER_UNITS.get((unit or "").lower(), 1)
    # Abbreviations ("12 rb", "1,2 jt") are roundings by nature, so they match a fact within
    # half their last digit; a number written out in full must match exactly.
    return [
        _Reading(value * multiplier, multiplier * 10.0 ** -decimals / 2 if multiplier > 1 else 0.0)
        for value, decimals in _interpretations(number)
    ]


def _allowed_values(texts: Iterable[str], numbers: Iterable[float]) -> list[float]:
    values: set[float] = set(numbers)
    for text in texts:
        for token in _NUMBER_TOKEN.finditer(text):
            unit = token.group("unit")
            for reading in _readings(token.group("num"), unit):
                values.add(reading.value)
            if unit:
                # The bare digits of "2 jt" too: a brief's "10-50rb" gives its unit to both ends.
                values.update(value for value, _ in _interpretations(token.group("num")))
    return sorted(values)


def _matches(reading: _Reading, allowed: Sequence[float]) -> bool:
    return any(
        abs(reading.value - value) <= reading.tolerance + 1e-9 * max(1.0, abs(value))
        for value in allowed
    )


def _strings_and_numbers(data: Any) -> tuple[list[str], list[float]]:
    strings: list[str] = []
    numbers: list[float] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings.append(item)
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int | float):
            numbers.append(float(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return strings, numbers


def _place_aliases() -> list[tuple[str, Place, re.Pattern[str]]]:
    aliases: dict[str, Place] = {}
    for alias, place in PLACES.items():
        aliases[alias] = place
    for alias, city in CITY_ALIASES.items():
        aliases.setdefault(alias, PLACES.get(city.lower(), Place(city, (city,), "ID")))
    # Ambiguous aliases are ordinary words ("solo traveler", "batu" = stone): not checkable.
    return sorted(
        ((alias, place, re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", re.IGNORECASE))
         for alias, place in aliases.items() if alias not in WORD_PLACES),
        key=lambda item: -len(item[0]),
    )


_PLACE_ALIASES = _place_aliases()


def _places_in(text: str) -> list[tuple[str, Place]]:
    found: list[tuple[str, Place]] = []
    covered: list[tuple[int, int]] = []
    for alias, place, pattern in _PLACE_ALIASES:
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in covered):
                continue
            covered.append((match.start(), match.end()))
            found.append((alias, place))
    return found


def _number_problems(text: str, allowed: Sequence[float]) -> list[str]:
    problems: list[str] = []
    for token in _NUMBER_TOKEN.finditer(text):
        readings = _readings(token.group("num"), token.group("unit"))
        if not any(_matches(reading, allowed) for reading in readings):
            shown = token.group(0) if sum(c.isdigit() for c in token.group(0)) <= 6 else "[long]"
            problems.append(f"number:{shown}")
    return problems


def _place_problems(text: str, allowed_texts: Iterable[str], creator_city: str | None) -> list[str]:
    allowed_aliases: set[str] = set()
    allowed_names: set[str] = set()
    for source in allowed_texts:
        for alias, place in _places_in(source):
            allowed_aliases.add(alias)
            allowed_names.add(place.name.lower())
    home = canonical_city(creator_city)
    if home:
        allowed_names.add(home.lower())
    problems: list[str] = []
    for alias, place in _places_in(text):
        if alias in allowed_aliases or place.name.lower() in allowed_names:
            continue
        # A region or country containing the creator's city is a true statement about them.
        if home and len(place.cities) > 1 and home in place.cities:
            continue
        if home and place.country_level and home in place.cities:
            continue
        problems.append(f"place:{place.name}")
    return problems


def grounding_problems(
    text: str, facts: dict[str, Any], brief_text: str, language: str
) -> list[str]:
    """Why a model's explanation cannot be shown; an empty list means it is grounded.

    Strict by design: a false alarm costs a template explanation, a miss shows a brand an
    invented number or someone's phone number.

    Args:
        text: The model's output.
        facts: `facts_for_model` for the creator (the handle, every allowed number and place).
        brief_text: The brand's brief (its numbers and places may be repeated).
        language: The explanation's language. Numbers are read in both the Indonesian and the
            English convention regardless, because models mix them ("3.5%" in Indonesian).

    Returns:
        Problem codes, without the offending contact details: ``empty``, ``too_long``,
        ``contact:email|url|phone|handle|messaging``, ``handle``, ``number:<token>``,
        ``place:<name>``, ``markup``.
    """
    del language  # both conventions are always accepted; kept for a stable signature
    stripped = text.strip()
    if not stripped:
        return ["empty"]
    problems: list[str] = []
    if len(stripped) > MAX_OUTPUT_CHARS:
        problems.append("too_long")
    own = normalize_handle(str(facts.get("handle", "")))
    # The creator's own @handle may contain dots and digits that look like a domain.
    without_own = re.sub(rf"[@＠]{re.escape(own)}(?![\w])", " ", stripped,
                         flags=re.IGNORECASE) if own else stripped
    rest = without_own
    if MESSAGING_HINT.search(rest):
        problems.append("contact:messaging")
    # Reported once: the digits of a phone number are not also "invented numbers".
    for span in reversed(find_contacts(rest, own)):
        if span.kind != "mention":
            problems.append(f"contact:{span.kind}")
            rest = rest[:span.start] + " " + rest[span.end:]
    if any(m.group(1).rstrip(".").lower() != own for m in MENTION.finditer(rest)):
        problems.append("handle")
    if _DATA_TAG.search(stripped):
        problems.append("markup")
    strings, numbers = _strings_and_numbers(facts)
    parsed = parse_brief(brief_text)
    numbers += [float(v) for v in (parsed.min_followers, parsed.max_followers,
                                   parsed.max_rate_idr) if v is not None]
    problems += _number_problems(rest, _allowed_values([*strings, brief_text], numbers))
    city = facts.get("city")
    problems += _place_problems(stripped, [*strings, brief_text],
                                city if isinstance(city, str) else None)
    return list(dict.fromkeys(problems))


def redact_problems(problems: Iterable[str]) -> list[str]:
    """Problem codes safe to log: an "invented number" may be a fragment of a phone number."""
    return list(dict.fromkeys("number" if p.startswith("number:") else p for p in problems))

