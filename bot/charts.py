"""A creator's numbers as one small PNG: followers month by month, ER against the norm of
their tier and platform, and each authenticity check passed or flagged. Every number drawn
comes from the record (the same formatting as the cards); nothing is estimated.

Pillow draws it (≈ 65 ms and 9 kB on the 2-core AVX2 machine of bench/RESULTS.md);
`chart_key` names the picture by everything drawn, so an unchanged profile reuses the file
Telegram already has (`send_chart`).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from telegram import InputFile
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from prompts.chart_texts import CHART_TEXTS
from prompts.explanations import PLATFORM_LABELS, TIER_LABELS
from prompts.numbers import format_count, format_percent
from retrieval.ranking import ScoredMatch

WIDTH, HEIGHT = 800, 520
HISTORY_POINTS = 12
BACKGROUND, INK, MUTED, GRID = "#ffffff", "#1f2933", "#6b7785", "#e4e7eb"
BAR, NORM = "#3d7fd9", "#b8c4d1"
SEVERITY_COLOURS = {"ok": "#2e9e5b", "mild": "#e0a526", "moderate": "#e0a526",
                    "strong": "#d64545"}
# Which checks a profile gets: views only where views are published.
CHECKS = ("low_engagement", "engagement_pod", "very_high_engagement", "follower_jump")
VIEW_CHECKS = ("few_views", "view_farming")
_MONTHS = {"id": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split(),
           "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()}
# Bump when the drawing changes: cached pictures are then drawn again.
CHART_VERSION = 1
# Remembered file_ids (per bot process; oldest forgotten first).
FILE_IDS = "chart_file_ids"
MAX_CACHED_CHARTS = 20_000


def _facts(match: ScoredMatch, language: str) -> dict[str, object]:
    """Everything the chart shows, as plain data (also its cache key)."""
    profile = match.profile
    history = list(profile.follower_history[-HISTORY_POINTS:])
    dates = list(profile.follower_history_dates)[-len(history):] if history else []
    labels: list[str] = []
    if history and len(dates) == len(history):
        labels = [f"{_MONTHS[language][d.month - 1]} {d.year % 100:02d}" for d in dates]
    elif history:
        now = CHART_TEXTS[language]["now"]
        labels = [now if i == len(history) - 1 else f"-{len(history) - 1 - i}"
                  for i in range(len(history))]
    flagged = {signal.code: signal.severity for signal in match.authenticity.signals}
    names = [*CHECKS, *(VIEW_CHECKS if profile.avg_views is not None else ()),
             *(name for name in flagged if name not in CHECKS + VIEW_CHECKS)]
    return {
        "version": CHART_VERSION, "language": language, "handle": profile.handle,
        "platform": profile.platform, "history": history, "labels": labels,
        "dated": bool(history) and len(dates) == len(history),
        "er": match.er, "norm": match.norm, "tier": match.tier,
        "checks": [(name, flagged.get(name, "ok")) for name in names],
    }


def chart_key(match: ScoredMatch, language: str) -> str:
    """A name for the picture that changes whenever anything drawn changes."""
    data = json.dumps(_facts(match, language), sort_keys=True, default=str)
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def chart_caption(match: ScoredMatch, language: str) -> str:
    return CHART_TEXTS[language]["caption"].format(handle=match.profile.handle)


def render_chart(match: ScoredMatch, language: str) -> bytes:
    """The PNG."""
    facts = _facts(match, language)
    texts = CHART_TEXTS[language]
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    title, body, small = _font(22), _font(16), _font(13)
    platform = PLATFORM_LABELS.get(match.profile.platform, match.profile.platform)
    draw.text((24, 16), f"@{match.profile.handle} · {platform}", font=title, fill=INK)

    history: list[int] = facts["history"]  # type: ignore[assignment]
    labels: list[str] = facts["labels"]  # type: ignore[assignment]
    heading = (texts["history"] if facts["dated"] else
               texts["history_undated"].format(count=len(history)))
    draw.text((24, 56), heading if history else texts["history_none"], font=body, fill=MUTED)
    top, bottom, left, right = 104, 260, 32, WIDTH - 32
    draw.line((left, bottom, right, bottom), fill=GRID, width=2)
    if history:
        highest = max(max(history), 1)
        slot = (right - left) / len(history)
        for i, (count, label) in enumerate(zip(history, labels, strict=True)):
            x0 = left + i * slot + slot * 0.18
            x1 = left + (i + 1) * slot - slot * 0.18
            y0 = bottom - (bottom - top) * count / highest
            draw.rectangle((x0, y0, x1, bottom), fill=BAR)
            _centred(draw, (x0 + x1) / 2, y0 - 18, format_count(count, language), small, INK)
            _centred(draw, (x0 + x1) / 2, bottom + 6, label, small, MUTED)

    draw.text((24, 290), texts["engagement"], font=body, fill=MUTED)
    er, norm = float(match.er), float(match.norm)
    scale = max(er, norm, 1e-9) * 1.15
    bar_left, bar_right = 250, WIDTH - 140
    rows = [(f"{texts['er']} {format_percent(er, language)}", er, BAR),
            (texts["norm"].format(tier=TIER_LABELS[language][match.tier], platform=platform)
             + f" {format_percent(norm, language)}", norm, NORM)]
    for row, (label, value, colour) in enumerate(rows):
        y = 322 + row * 34
        draw.text((24, y + 2), label, font=body, fill=INK)
        draw.rectangle((bar_left, y, bar_left + (bar_right - bar_left) * value / scale,
                        y + 22), fill=colour)

    draw.text((24, 400), texts["checks"], font=body, fill=MUTED)
    checks: list[tuple[str, str]] = facts["checks"]  # type: ignore[assignment]
    for i, (name, severity) in enumerate(checks):
        x, y = 24 + (i % 3) * 256, 430 + (i // 3) * 30
        colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["strong"])
        draw.ellipse((x, y + 3, x + 14, y + 17), fill=colour)
        draw.text((x + 22, y), texts.get(name, name), font=body, fill=INK)

    out = io.BytesIO()
    # 32 colours are plenty for flat bars and text: a third of the RGB file's size.
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=32).save(out, "PNG")
    return out.getvalue()


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font (no system font needed)."""
    return ImageFont.load_default(size=size)


async def send_chart(context: ContextTypes.DEFAULT_TYPE, chat_id: int, match: ScoredMatch,
                     language: str) -> None:
    """Send the chart: by the file_id Telegram gave the same picture before, else drawn now
    (off the event loop) and uploaded, its file_id remembered."""
    key = chart_key(match, language)
    cache: dict[str, str] = context.bot_data.setdefault(FILE_IDS, {})
    caption = chart_caption(match, language)
    known = cache.get(key)
    if known is not None:
        try:
            await context.bot.send_photo(chat_id, known, caption=caption)
            return
        except BadRequest:
            cache.pop(key, None)  # Telegram no longer has it: upload again
    png = await asyncio.to_thread(render_chart, match, language)
    sent = await context.bot.send_photo(
        chat_id, InputFile(io.BytesIO(png), filename=f"{match.profile.handle}.png"),
        caption=caption)
    if sent.photo:
        cache[key] = sent.photo[-1].file_id
        while len(cache) > MAX_CACHED_CHARTS:
            cache.pop(next(iter(cache)))


def _centred(draw: ImageDraw.ImageDraw, x: float, y: float, text: str,
             font: ImageFont.FreeTypeFont | ImageFont.ImageFont, fill: str) -> None:
    width = draw.textlength(text, font=font)
    draw.text((x - width / 2, y), text, font=font, fill=fill)
