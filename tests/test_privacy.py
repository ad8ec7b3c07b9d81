"""Contact details hidden in creators' free text are removed before brands see it."""

from __future__ import annotations

import pytest

from retrieval.privacy import scrub_contacts


@pytest.mark.parametrize("text, secret", [
    ("WA 0812-3456-7890", "3456"),
    ("hp081234567890 ya", "081234567890"),  # digits glued to letters
    ("0812\u200b3456\u200b7890", "3456"),  # zero-width characters inside the number
    ("+62 812 3456 7890", "3456"),
    ("email: ayu@example.com", "ayu@example.com"),
    ("ayu @ example . com", "example"),  # spaced-out address
    ("ayu [at] example [dot] com", "example"),
    ("linktr.ee/ayu", "linktr.ee"),
    ("https://wa.me/6281234567890", "wa.me"),
    ("DM @ayu.collab for rates", "ayu.collab"),
])
def test_contacts_are_scrubbed(text: str, secret: str) -> None:
    assert secret not in scrub_contacts(text, "ayu.glow")


@pytest.mark.parametrize("text", [
    "12.500 followers, ER 3,5%, rate Rp 1.500.000",
    "Review skincare lokal untuk kulit berminyak di Surabaya.",
    "Ibu muda, 2 anak, suka masak",
])
def test_ordinary_text_and_numbers_are_kept(text: str) -> None:
    assert scrub_contacts(text, "ayu.glow") == text
