"""How each language writes numbers: one message, one language, that language's number format.

Every number a user reads (cards, explanations, the creator's profile, the model's facts) goes
through these, so an Indonesian message never mixes "12,345" with "12.345".
"""

from __future__ import annotations


def format_count(value: int, language: str) -> str:
    """12345 → "12.345" (id) / "12,345" (en)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "id" else text


def format_decimal(value: float, language: str, *, places: int = 1) -> str:
    """2.46 → "2,5" (id) / "2.5" (en), with thousands grouped like `format_count`."""
    text = f"{value:,.{places}f}"
    if language != "id":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_percent(fraction: float, language: str) -> str:
    """0.0345 → "3,5%" (id) / "3.5%" (en); two decimals below 1%."""
    percent = fraction * 100
    text = f"{percent:.2f}" if 0 < percent < 1 else f"{percent:.1f}"
    return (text.replace(".", ",") if language == "id" else text) + "%"


def format_rupiah(value: int, language: str) -> str:
    """2000000 → "Rp 2.000.000" (id) / "Rp 2,000,000" (en)."""
    return f"Rp {format_count(value, language)}"
