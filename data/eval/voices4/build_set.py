#!/usr/bin/env python3
"""Rebuild every .jsonl file of a hand-written set with its own creator pool (stdlib only,
deterministic): the set of the folder this script is run from (voices4; voices5 and voices6 link here).

    python3 build_set.py && python3 check_set.py

Texts, cities, platforms, follower counts, audiences and authenticity come from the hand-written
src_creators_*.py and src_briefs.py. Engagement, views, follower history, posting rhythm and missing
rates are drawn from a per-handle seed, following typical platform ranges:
  instagram ER ~6.5% for nano falling to ~2.2% at 50k; tiktok views 0.35-1.7x followers, likes 5-9% of
  views; youtube views 0.25-0.5x subscribers, likes 4-6% of views; rate ~Rp 32 / 28 / 60 per follower
  (IG / TikTok / YouTube) +-15%, rounded to 25rb, clamped to 100rb-5jt.
Inauthentic patterns: bought_followers (ER 0.2-0.4%), follower_jump (+85-150% in one month, likes at the
old level), pod (ER > 15%, comments 35-50% of likes), bought_views (views 12-28x followers, likes
0.15-0.28 per 100 views).
"""
import hashlib
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # the link's folder, not this file's
SET = os.path.basename(HERE)
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402
import src_briefs  # noqa: E402
import src_creators_a  # noqa: E402
import src_creators_b  # noqa: E402
from src_common import COUNTRY_OF, canon_city  # noqa: E402

PER_FOLLOWER = {"instagram": 32, "tiktok": 28, "youtube": 60}


def rng_for(handle):
    return random.Random(int(hashlib.sha256((SET + ":" + handle).encode()).hexdigest()[:16], 16))


def ig_er(F, r):
    x = (math.log10(max(F, 1000)) - 3.5) / (4.7 - 3.5)
    base = max(0.022, min(0.07, 0.065 - x * 0.043))
    return base * r.uniform(0.85, 1.15)


def authentic_engagement(p, F, r, edge):
    if p == "instagram":
        if edge == "high_er":
            er, cr = r.uniform(0.10, 0.12), r.uniform(0.05, 0.09)
        else:
            er, cr = ig_er(F, r), r.uniform(0.02, 0.06)
        likes = F * er / (1 + cr)
        return int(likes), int(likes * cr), None
    if p == "tiktok":
        views = F * (r.uniform(2.6, 3.2) if edge == "viral" else r.uniform(0.35, 1.7))
        likes = views * r.uniform(0.05, 0.09)
        cr = r.uniform(0.008, 0.015) if edge == "viral" else r.uniform(0.015, 0.04)
        return int(likes), int(likes * cr), int(views)
    views = F * r.uniform(0.25, 0.5)
    likes = views * r.uniform(0.04, 0.06)
    return int(likes), int(likes * r.uniform(0.05, 0.1)), int(views)


def history(F, r, jump=None, growth=None):
    h = [F]
    for i in range(5):
        if i == 0 and jump:
            prev = F / jump
        elif i == 0 and growth:
            prev = F / (1 + growth)
        else:
            g = r.uniform(0.005, 0.03) if not jump else r.uniform(0.003, 0.012)
            prev = h[-1] / (1 + g) * r.uniform(0.995, 1.005)
        h.append(int(round(prev)))
    h.reverse()
    h[-1] = F
    return h


def numbers(c):
    r = rng_for(c["handle"])
    p, F, s, edge = c["platform"], c["followers"], c["susp"], c["edge"]
    hist = None
    if s is None:
        likes, comments, views = authentic_engagement(p, F, r, edge)
        hist = history(F, r, growth=r.uniform(0.30, 0.38) if edge == "growth" else None)
    elif s == "bought_followers":
        er = r.uniform(0.002, 0.004)
        likes = int(F * er / 1.04)
        comments = int(likes * 0.04)
        views = None if p == "instagram" else int(F * r.uniform(0.01, 0.03))
        hist = history(F, r)
    elif s == "follower_jump":
        jump = r.uniform(1.85, 2.5)
        likes, comments, views = authentic_engagement(p, int(F / jump), r, None)
        hist = history(F, r, jump=jump)
    elif s == "pod":
        likes = int(F * r.uniform(0.14, 0.2))
        comments = int(likes * r.uniform(0.35, 0.5))
        views = None if p == "instagram" else int(F * r.uniform(0.8, 1.5))
        hist = history(F, r)
    elif s == "bought_views":
        views = int(F * r.uniform(12, 28))
        likes = int(views * r.uniform(0.0015, 0.0028))
        comments = int(likes * r.uniform(0.03, 0.06))
        hist = history(F, r)
    else:
        raise ValueError(s)
    if c["rate"] == "auto":
        rate = PER_FOLLOWER[p] * F * r.uniform(0.85, 1.15)
        rate = int(min(5_000_000, max(100_000, round(rate / 25_000) * 25_000)))
    else:
        rate = c["rate"]
    ppw = round(r.uniform(3, 10) if p == "tiktok" else r.uniform(1.2, 3) if p == "youtube" else r.uniform(1.5, 7), 1)
    return likes, comments, views, hist, rate, ppw


def record(c):
    likes, comments, views, hist, rate, ppw = numbers(c)
    out = {"handle": c["handle"], "platform": c["platform"], "display_name": c["name"], "bio": c["bio"],
           "community": c["community"], "niches": c["niches"]}
    if c["city"] is not None:
        out["city"] = c["city"]
    if c["country"] == "auto":
        out["country"] = COUNTRY_OF.get(canon_city(c["city"]), "ID")
    elif c["country"] is not None:
        out["country"] = c["country"]
    out.update({"languages": c["lang"], "followers": c["followers"], "avg_likes": likes, "avg_comments": comments,
                "avg_views": views, "posts_per_week": ppw, "follower_history": hist})
    if rate is not None:
        out["rate_idr"] = rate
    if c["contact"] == "handle":
        out["contact"] = (f"{c['handle'].replace('.', '')}@example.com" if c["platform"] == "youtube"
                          else f"@{c['handle']} (DM)")
    elif c["contact"] is not None:
        out["contact"] = c["contact"]
    return out


def label(c):
    return {"handle": c["handle"], "primary_niche": c["niches"][0], "subtopics": c["subs"], "audience": c["audience"],
            "suspicious": c["susp"] is not None, "suspicious_reason": c["susp"]}


def dump(path, rows):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    creators = src_creators_a.CREATORS + src_creators_b.CREATORS
    dump("creators.jsonl", [record(c) for c in creators])
    dump("labels.jsonl", [label(c) for c in creators])
    briefs = src_briefs.BRIEFS
    for b, t in briefs:
        for s in t["not_constraints"]:
            assert s in b["brief"], (b["id"], s)
    dump("briefs.jsonl", [b for b, _ in briefs])
    dump("constraints.jsonl", [t for _, t in briefs])
    rows, _, _ = make_qrels.compute(HERE)
    dump("qrels.jsonl", rows)
    for r in rows:
        v = list(r["relevant"].values())
        print(r["id"], "g2", v.count(2), "g1", v.count(1))


if __name__ == "__main__":
    main()
