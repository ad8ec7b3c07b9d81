"""Text crossing the model's boundary: user text going into a prompt, model text coming out.

User text (briefs, bios, community descriptions) only ever reaches the model inside a delimited
data block of the human message, clipped and with angle brackets replaced (`neutralize`), so it
cannot close the block or pose as an instruction. Model text is cleaned to one paragraph before
the grounding check (`chatmodel.grounding`), and only contact-free previews of it are logged.
"""

from __future__ import annotations

import re

from retrieval.privacy import scrub_contacts

# Bound on the brief placed in a prompt: it caps the cost per brief (the bot already refuses
# briefs over 1500 characters).
MAX_PROMPT_BRIEF_CHARS = 1500
LOG_PREVIEW_CHARS = 80

# Angle brackets (ASCII and look-alikes) are what a forged </creator_facts> needs.
_OPENERS = str.maketrans({"<": "‹", "＜": "‹", "﹤": "‹", ">": "›", "＞": "›", "﹥": "›"})
_INVISIBLE = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
_LONG_DIGITS = re.compile(r"\d(?:[\s.,-]?\d){6,}")


def neutralize(text: str) -> str:
    """User text made safe to sit inside a prompt's data block.

    Invisible and control characters go (they can hide text from reviewers but not from the
    model), and angle brackets become ‹ › so no delimiter can be opened or closed.
    """
    return _INVISIBLE.sub("", text).translate(_OPENERS)


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` characters (with "…")."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def log_preview(text: str, own_handle: str | None = None) -> str:
    """A short, contact-free excerpt of model output for logs."""
    cleaned = _LONG_DIGITS.sub("[…]", scrub_contacts(text, own_handle))
    return clip(cleaned, LOG_PREVIEW_CHARS)


def clean_output(text: str) -> str:
    """Model output as one plain paragraph (no surrounding quotes or code fences)."""
    text = text.strip().strip("`").strip()
    if len(text) >= 2 and text[0] in "\"“'" and text[-1] in "\"”'":
        text = text[1:-1]
    return " ".join(text.split())
