"""Contact details in free text: found and removed before any text reaches a brand.

A creator's contact is released only when they accept a brand's request, so bios, community
descriptions and names shown on cards (and anything a language model writes) are scrubbed of
e-mails, links, phone numbers, messaging hints and other people's @handles.
"""

from __future__ import annotations

import re

# Characters that hide a contact from the patterns without changing how it reads.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_EMAIL = re.compile(
    r"[\w.+-]+\s?(?:@|＠|[(\[]at[)\]])\s?[\w-]+"
    r"(?:(?:\s?\.\s?|\s?[(\[]dot[)\]]\s?)[\w-]+)+",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?:https?://|www\.)\S+|"
    r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.id|my\.id|web\.id|id|co|io|"
    r"me|ly|ee|bio|link|app|xyz|info|biz|site|store|shop|gg|tv)\b(?:/\S*)?",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?:\+\s?62|(?<!\d)62|(?<!\d)0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{3,4}){2}\d{0,4}"  # ID mobiles
    r"|\+\d(?:[\s.-]?\d){7,14}"  # any international number
    r"|\b\d(?:[\s-]?\d){9,}\b",  # ten or more digits in a row: no Jodoh fact looks like that
)
_MESSAGING = re.compile(
    r"\bwa\s*[:.]?\s*\+?\d|"  # "WA 0812…", "wa: +62…"
    r"\b(?:whats\s?app|watsap|wasap|dm|d\.m|direct message|inbox|e-?mail|"
    r"surel|telegram|line\s?id|telp|telepon|phone number|call me|no\.?\s?hp|"
    r"nomor\s+(?:hp|wa|telepon|telp)|hubungi|kontaknya|kontak\s+(?:di|via|ke|lewat)|"
    r"contact\s+(?:me|them|her|him|via|at|details?|info|number))\b",
    re.IGNORECASE,
)
CONTACT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Messaging before phone: "WA 0812…" is named for the app, then its digits for the phone.
    ("email", _EMAIL), ("url", _URL), ("messaging", _MESSAGING), ("phone", _PHONE),
)
MENTION = re.compile(r"(?<![\w.@＠])[@＠]([A-Za-z0-9_.]{1,30})")



def normalize_handle(handle: str | None) -> str:
    """'@Nadia.Glow ' → 'nadia.glow'."""
    return (handle or "").strip().lstrip("@＠").lower()


def scrub_contacts(text: str, own_handle: str | None = None) -> str:
    """`text` without e-mails, links, phone numbers, messaging hints or other @handles."""
    own = normalize_handle(own_handle)
    text = _INVISIBLE.sub("", text)
    for _, pattern in CONTACT_PATTERNS:
        text = pattern.sub("[…]", text)

    def mention(match: re.Match[str]) -> str:
        return match.group(0) if own and match.group(1).rstrip(".").lower() == own else "@…"

    return MENTION.sub(mention, text)
