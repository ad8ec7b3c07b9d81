"""Each language writes its numbers its own way (prompts/numbers.py)."""

from __future__ import annotations

import pytest

from prompts.numbers import format_count, format_decimal, format_percent, format_rupiah


@pytest.mark.parametrize(("language", "count", "decimal", "percent", "rupiah"), [
    ("id", "12.345", "1.234,5", "3,5%", "Rp 2.000.000"),
    ("en", "12,345", "1,234.5", "3.5%", "Rp 2,000,000"),
])
def test_numbers_follow_the_language(language: str, count: str, decimal: str, percent: str,
                                     rupiah: str) -> None:
    assert format_count(12345, language) == count
    assert format_decimal(1234.46, language) == decimal
    assert format_percent(0.0345, language) == percent
    assert format_rupiah(2_000_000, language) == rupiah
