"""The one reader of typed and imported counts: every notation means one number, or none."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.units import UNIT_MULTIPLIERS
from storage.numbers import (
    UNITS,
    NumberError,
    read_count,
    read_decimal,
    read_posts_per_week,
)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@FAST
@given(st.integers(0, 10**12))
def test_whole_numbers_in_every_grouping(n: int) -> None:
    for separator in (",", ".", " ", "\u00a0", "\u202f"):
        assert read_count(grouped(n, separator)) == n
    assert read_count(str(n)) == n
    assert read_count(f"Rp {grouped(n, '.')}") == n
    assert read_count(f"{grouped(n, ',')} followers") == n
    if n >= 1_000:
        # Cents printed by a spreadsheet do not change a whole amount; the two different
        # separators say which one groups thousands ("10.00" alone would not).
        assert read_count(f"{grouped(n, '.')},00") == n
        assert read_count(f"{grouped(n, ',')}.00") == n


@FAST
@given(st.integers(0, 99_999), st.integers(0, 99), st.sampled_from([",", "."]),
       st.sampled_from(sorted(UNITS)), st.sampled_from(["", " "]))
def test_shorthand_with_units(whole: int, hundredths: int, point: str, unit: str,
                              space: str) -> None:
    text = f"{whole}{point}{hundredths:02d}{space}{unit}"
    assert read_count(text) == Decimal(f"{whole}.{hundredths:02d}") * UNITS[unit]
    assert read_count(f"{whole}{space}{unit.upper()}") == whole * UNITS[unit]


@FAST
@given(st.integers(1_000, 10**9), st.integers(1, 99), st.sampled_from([(".", ","), (",", ".")]))
def test_a_decimal_part_is_refused_not_dropped(n: int, fraction: int,
                                               separators: tuple[str, str]) -> None:
    group, point = separators
    with pytest.raises(NumberError) as refused:
        read_count(f"{grouped(n, group)}{point}{fraction}")
    assert refused.value.code == "fraction"


@FAST
@given(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from([".", ","]))
def test_a_separator_not_followed_by_three_digits_is_ambiguous(whole: int, digits: int,
                                                                point: str) -> None:
    # "1.5", "12.34", "10.00": a decimal count, or a thousands group typed short?
    for tail in (str(digits), f"{digits:02d}"):
        with pytest.raises(NumberError) as refused:
            read_count(f"{whole}{point}{tail}")
        assert refused.value.code == "ambiguous"


@pytest.mark.parametrize("text", ["1.00.000", "10.000.00", "1,000.000.0", "10.000,500",
                                  "1.250k", "10."])
def test_wrong_groupings_are_ambiguous(text: str) -> None:
    with pytest.raises(NumberError) as refused:
        read_count(text)
    assert refused.value.code == "ambiguous"


@FAST
@given(st.text(max_size=30))
def test_any_text_is_a_count_or_a_number_error(text: str) -> None:
    try:
        value = read_count(text)
    except NumberError as error:
        assert str(error) and error.code
    else:
        assert isinstance(value, int) and value >= 0


@pytest.mark.parametrize(("text", "expected"), [("2,5", 2.5), ("2.5", 2.5), ("3", 3.0),
                                                ("0.125", 0.125), ("2.333", 2.333)])
def test_posts_per_week_take_either_decimal_point(text: str, expected: float) -> None:
    assert read_decimal(text, 1000) == expected


@pytest.mark.parametrize(("text", "code"), [("1.000", "ambiguous"), ("1,000", "ambiguous"),
                                            ("-2", "negative"), ("sering", "not_a_number")])
def test_posts_per_week_refusals(text: str, code: str) -> None:
    with pytest.raises(NumberError) as refused:
        read_decimal(text, 1000)
    assert refused.value.code == code


@pytest.mark.parametrize(("text", "expected"), [
    ("3", 3.0), ("2,5", 2.5), ("2-3x seminggu", 2.5), ("3 kali per minggu", 3.0),
    ("2 atau 3 kali seminggu", 2.5), ("1-2 video/minggu", 1.5), ("seminggu sekali", 1.0),
    ("tiap hari", 7.0), ("2x sehari", 14.0), ("4x sebulan", 0.92), ("twice a week", 2.0),
    ("3 posts per week", 3.0), ("2 to 3 a week", 2.5), ("daily", 7.0), ("5/week", 5.0),
])
def test_posts_per_week_as_creators_say_them(text: str, expected: float) -> None:
    assert read_posts_per_week(text, 1000) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("1.000", "ambiguous"), ("-2", "negative"), ("sering", "not_a_number"),
    ("kadang2", "not_a_number"), ("2-3-4x seminggu", "not_a_number"),
    ("x seminggu", "not_a_number"),
])
def test_posts_per_week_without_a_number_to_read(text: str, code: str) -> None:
    with pytest.raises(NumberError) as refused:
        read_posts_per_week(text, 1000)
    assert refused.value.code == code


def test_imports_and_briefs_read_the_same_units() -> None:
    # storage may not import retrieval, so it keeps its own copy of retrieval/units.py's table.
    assert UNITS == UNIT_MULTIPLIERS


@pytest.mark.parametrize(("text", "value"), [
    # What creators type at the registration's number steps: an average, "about", per post.
    ("rata2 400an", 400), ("400an", 400), ("12rb-an", 12_000), ("sekitar 1,2jt", 1_200_000),
    ("rata-rata 350 likes per post", 350), ("avg 1.2k", 1_200), ("on average 800 likes", 800),
])
def test_an_average_or_an_about_is_its_number(text: str, value: int) -> None:
    assert read_count(text) == value


@pytest.mark.parametrize("text", ["rata2", "sekitaran", "400 an orang"])
def test_words_around_no_number_are_no_number(text: str) -> None:
    with pytest.raises(NumberError):
        read_count(text)
