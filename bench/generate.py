"""Generate large, realistic creator bases in the contract format (1k, 10k, 100k, ...).

Deterministic for a seed; about 10 % of creators carry one inauthentic pattern (bought
followers, engagement pod, follower jump, view farming). Texts are assembled from the
project's bilingual niche vocabulary, so keyword and dense retrieval have real work to do.

usage: python -m bench.generate N OUT.jsonl [--seed S]
"""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path
from typing import Any

from retrieval.lexicon import CURATED_NICHE_TERMS, NICHE_LABELS
from storage.contract_ids import NICHES

CITIES = (("Jakarta", 18), ("Surabaya", 9), ("Bandung", 8), ("Yogyakarta", 6), ("Medan", 6),
          ("Semarang", 5), ("Makassar", 4), ("Denpasar", 5), ("Malang", 4), ("Palembang", 3),
          ("Bogor", 3), ("Balikpapan", 2), ("Manado", 2), ("Pontianak", 2), ("Solo", 3),
          ("Kuala Lumpur", 2), ("Singapore", 1))
COUNTRY = {"Kuala Lumpur": "MY", "Singapore": "SG"}
PLATFORMS = (("instagram", 50), ("tiktok", 33), ("youtube", 17))
NORMS = {"instagram": 0.035, "tiktok": 0.07, "youtube": 0.02}
OPENERS_ID = ("Hai! Aku", "Halo, aku", "Konten harian soal", "Berbagi cerita tentang",
              "Review jujur seputar", "Tiap minggu bahas")
OPENERS_EN = ("I share", "Weekly videos about", "Honest reviews of", "Real-life tips on",
              "Documenting my journey with", "Everyday content about")
AUDIENCE_ID = ("mahasiswa dan anak kos", "ibu muda", "pekerja kantoran", "keluarga muda",
               "remaja", "pemula yang baru mulai")
AUDIENCE_EN = ("young professionals", "students", "new parents", "busy families",
               "beginners", "hobbyists")


def _terms(niche: str, rng: random.Random, k: int) -> list[str]:
    strong = [t for t in CURATED_NICHE_TERMS[niche] if not t.endswith("~")]
    return rng.sample(strong, min(k, len(strong)))


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def make_creator(index: int, rng: random.Random) -> dict[str, Any]:
    """One creator record; roughly 1 in 10 is inauthentic."""
    niches = [rng.choice(NICHES)]
    while rng.random() < 0.35 and len(niches) < 3:
        extra = rng.choice(NICHES)
        if extra not in niches:
            niches.append(extra)
    platform = _weighted(rng, PLATFORMS)
    city = _weighted(rng, CITIES)
    indonesian = rng.random() < 0.6
    terms = _terms(niches[0], rng, 3) + (_terms(niches[1], rng, 1) if len(niches) > 1 else [])
    label = NICHE_LABELS[niches[0]]["id" if indonesian else "en"]
    if indonesian:
        bio = (f"{rng.choice(OPENERS_ID)} {label}: {', '.join(terms)}. Domisili {city}.")
        community = (f"Kebanyakan {rng.choice(AUDIENCE_ID)} di {city} yang peduli "
                     f"{rng.choice(terms)}.")
    else:
        bio = f"{rng.choice(OPENERS_EN)} {label} — {', '.join(terms)}. Based in {city}."
        community = f"Mostly {rng.choice(AUDIENCE_EN)} around {city} who care about {terms[0]}."
    followers = int(math.exp(rng.uniform(math.log(800), math.log(150_000))))
    tier_factor = 1.0 if followers < 10_000 else 0.75 if followers < 50_000 else 0.55
    er = NORMS[platform] * tier_factor * rng.uniform(0.6, 1.8)
    likes = max(1, int(followers * er * 0.95))
    comments = max(0, int(likes * rng.uniform(0.02, 0.08)))
    growth = rng.uniform(1.01, 1.06)
    history = [int(followers / growth ** (5 - i)) for i in range(6)]
    history[-1] = followers
    views = int(followers * rng.uniform(0.2, 1.5)) if platform != "instagram" else None
    pattern = rng.random()
    if pattern < 0.03 and followers >= 10_000:          # bought followers
        likes, comments = int(followers * 0.002), int(followers * 0.0001)
    elif pattern < 0.055:                                # engagement pod
        likes = int(followers * 0.25)
        comments = int(likes * 0.45)
    elif pattern < 0.08:                                 # follower jump, flat likes
        history = [int(followers / 2.1)] * 3 + [int(followers / 2.0), followers, followers]
        likes = int(followers / 2.0 * er * 0.9)
    elif pattern < 0.10 and views is not None:           # view farming
        views = followers * rng.randint(5, 9)
        likes = int(views * 0.004)
    handle = f"{niches[0].split('_')[0][:8]}{index}.{city.split()[0].lower()[:3]}"
    return {
        "handle": handle, "platform": platform, "display_name": f"Creator {index}",
        "bio": bio, "community": community, "niches": niches, "city": city,
        "country": COUNTRY.get(city, "ID"), "languages": ["id", "en"] if indonesian else ["en"],
        "followers": followers, "avg_likes": likes, "avg_comments": comments,
        "avg_views": views, "posts_per_week": round(rng.uniform(0.5, 7), 1),
        "follower_history": history,
        "rate_idr": int(round(followers * rng.uniform(30, 120), -4)) or 50_000,
        "contact": f"{handle}@example.com",
    }


def generate(count: int, *, seed: int = 7) -> list[dict[str, Any]]:
    """`count` creators, unique per (platform, handle)."""
    rng = random.Random(seed)
    return [make_creator(i, rng) for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as handle:
        for row in generate(args.count, seed=args.seed):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
