"""The contract's closed lists (`../shared/CONTRACT.md`): niche ids and platforms.

Their one home: the record validator (`storage.records`), the bot's registration choices and
the sample generator (`data/generate_sample.py`, which runs without the project's
dependencies, hence this module imports nothing) all read them from here. Retrieval and the
prompts, which cannot import storage, key their labels and vocabulary by these ids; a test
checks they cover exactly these lists.
"""

from __future__ import annotations

NICHES: tuple[str, ...] = (
    "beauty_skincare",
    "sustainable_living",
    "food_culinary",
    "parenting",
    "fitness_health",
    "travel",
    "modest_fashion",
    "streetwear_fashion",
    "tech_gadgets",
    "gaming",
    "personal_finance",
    "education_study",
    "pets",
    "home_diy",
    "automotive",
    "coffee",
    "music",
    "outdoor_adventure",
)
PLATFORMS: tuple[str, ...] = ("instagram", "tiktok", "youtube")
# Platforms whose posts are videos: the ones with an average view count.
VIDEO_PLATFORMS: tuple[str, ...] = ("tiktok", "youtube")
