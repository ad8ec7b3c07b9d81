#!/usr/bin/env python3
"""Rebuild the `voices` evaluation set from the hand-written sources (stdlib only, deterministic, no network).

    python3 build_set.py      # writes creators/labels/briefs/constraints.jsonl, then qrels.jsonl

Texts, written cities, platforms, follower counts, audiences and authenticity labels are hand-written in
src_creators_{a,b,c}.py; briefs and their structured truth in src_briefs.py. This script derives the
engagement numbers, the follower history and (unless given) the rate from a seed per handle.
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src_briefs import BRIEFS  # noqa: E402
from src_common import COUNTRY_OF, SUBTOPICS, canon_city  # noqa: E402
from src_creators_a import CREATORS_A  # noqa: E402
from src_creators_b import CREATORS_B  # noqa: E402
from src_creators_c import CREATORS_C  # noqa: E402

CREATORS = CREATORS_A + CREATORS_B + CREATORS_C

# Authentic creators whose numbers are unusual on purpose (must NOT be mistaken for inauthentic):
#   high_er = nano Instagram account with ~9-11% ER; viral = TikTok with views ~3x followers and
#   few comments; growth = one legitimate +28-38% month, engagement matches the new size.
EDGES = {"kura.kediri": "high_er", "bu.lilis.kebaya": "high_er", "sayur.lorong.cimahi": "high_er",
         "summit.sore": "viral", "switch.santai": "viral", "cowokrawat": "viral",
         "kodingmalam.mlg": "growth", "ayah.siaga": "growth", "nomad.in.canggu": "growth"}
NO_CONTACT = {"ojisan.kicks", "dokter.desa", "latihan.di.rumah"}
NO_COUNTRY = {"pak.hendro.cars"}          # incomplete record: neither city nor country


def seeded(handle, salt="v"):
    return random.Random(int(hashlib.sha1((salt + handle).encode()).hexdigest()[:14], 16))


def make_history(r, F, kind):
    """Six monthly counts, oldest first, ending at F. Returns (history, size of the real audience)."""
    h = [F] * 6
    if kind in ("jump", "growth"):
        at = r.choice([2, 3, 4, 5])                        # month whose growth is the jump
        step = r.uniform(0.8, 1.6) if kind == "jump" else r.uniform(0.28, 0.38)
        for i in range(5, at, -1):
            h[i - 1] = round(h[i] / (1 + r.uniform(0.0, 0.015)))
        h[at - 1] = round(h[at] / (1 + step))
        for i in range(at - 1, 0, -1):
            h[i - 1] = round(h[i] / (1 + r.uniform(0.004, 0.03)))
        return h, (h[at - 1] if kind == "jump" else F)
    up = 0.05 if F < 10000 else 0.035
    for i in range(5, 0, -1):
        h[i - 1] = max(1, round(h[i] / (1 + r.uniform(-0.01, up))))
    return h, F


def ig_rate_of_engagement(r, F):
    for limit, lo, hi in ((5000, 0.045, 0.075), (15000, 0.03, 0.055), (50000, 0.022, 0.042), (10 ** 9, 0.015, 0.028)):
        if limit > F:
            return r.uniform(lo, hi)


def make_engagement(r, c, real):
    F, plat, susp, edge = c["followers"], c["platform"], c["susp"], EDGES.get(c["handle"])
    views = None
    if susp == "bought_followers":                    # ER far below 0.5% at 10k+
        if plat == "instagram":
            likes = F * r.uniform(0.0014, 0.0032)
        else:
            views = F * r.uniform(0.02, 0.05)
            likes = views * r.uniform(0.05, 0.07)
        comments = likes * r.uniform(0.02, 0.05)
    elif susp == "pod":                               # ER > 15 %, comments/likes > 30 %
        likes = F * r.uniform(0.125, 0.17)
        comments = likes * r.uniform(0.4, 0.6)
        if plat != "instagram":
            views = F * r.uniform(0.7, 1.2)
    elif susp == "bought_views":                      # views many times followers, almost no likes
        views = F * r.uniform(14, 32)
        likes = views * r.uniform(0.0010, 0.0024)
        comments = likes * r.uniform(0.01, 0.04)
    else:                                             # authentic, or follower_jump on its real audience
        if plat == "instagram":
            er = r.uniform(0.09, 0.11) if edge == "high_er" else ig_rate_of_engagement(r, real)
            likes = real * er
            comments = likes * r.uniform(0.02, 0.08)
        elif plat == "tiktok":
            if edge == "viral":
                views = F * r.uniform(2.5, 3.3)
                likes = views * r.uniform(0.06, 0.075)
                comments = likes * r.uniform(0.012, 0.025)
            else:
                views = real * (r.uniform(0.6, 1.7) if real < 10000 else r.uniform(0.35, 1.3))
                likes = min(views * r.uniform(0.05, 0.1), real * 0.13)
                comments = likes * r.uniform(0.01, 0.05)
        else:
            views = real * r.uniform(0.2, 0.5)
            likes = views * r.uniform(0.035, 0.06)
            comments = likes * r.uniform(0.04, 0.11)
    return round(likes), round(comments), (None if views is None else round(views))


def auto_rate(r, F, plat):
    per = {"instagram": 32, "tiktok": 28, "youtube": 60}[plat]
    v = min(max(F * per * r.uniform(0.85, 1.15), 100000), 5000000)
    step = 25000 if v < 1000000 else 50000
    return int(round(v / step) * step)


def reason(c, rec):
    F, L, Cm, V, H = rec["followers"], rec["avg_likes"], rec["avg_comments"], rec["avg_views"], rec["follower_history"]
    s = c["susp"]
    if s == "bought_followers":
        return f"bought followers: ER {100 * (L + Cm) / F:.2f}% at {F:,} followers"
    if s == "pod":
        return f"engagement pod: ER {100 * (L + Cm) / F:.1f}% with comments at {100 * Cm / L:.0f}% of likes"
    if s == "follower_jump":
        j = max(H[i] / H[i - 1] - 1 for i in range(1, 6))
        return f"bought followers: +{100 * j:.0f}% followers in one month while likes stayed at the old level"
    if s == "bought_views":
        return f"bought views: views {V / F:.0f}x followers with {100 * L / V:.2f} likes per 100 views"
    return None


def build_creator(c):
    r = seeded(c["handle"])
    kind = "jump" if c["susp"] == "follower_jump" else ("growth" if EDGES.get(c["handle"]) == "growth" else "flat")
    hist, real = make_history(r, c["followers"], kind)
    likes, comments, views = make_engagement(r, c, real)
    plat = c["platform"]
    ppw = round(r.uniform(1.5, 5.5) if plat == "instagram" else r.uniform(3, 10) if plat == "tiktok" else r.uniform(0.5, 2.5), 1)
    rate = auto_rate(r, c["followers"], plat) if c["rate"] == "auto" else c["rate"]
    rec = {"handle": c["handle"], "platform": plat, "display_name": c["name"], "bio": c["bio"],
           "community": c["community"], "niches": c["niches"]}
    if c["city"]:
        rec["city"] = c["city"]
    if c["handle"] not in NO_COUNTRY:
        rec["country"] = COUNTRY_OF.get(canon_city(c["city"]), "ID")
    rec["languages"] = c["lang"]
    rec.update({"followers": c["followers"], "avg_likes": likes, "avg_comments": comments, "avg_views": views,
                "posts_per_week": ppw, "follower_history": hist})
    if rate is not None:
        rec["rate_idr"] = rate
    if c["handle"] not in NO_CONTACT:
        if c["contact"] == "email":
            rec["contact"] = c["handle"].replace(".", "").replace("_", "") + "@example.com"
        else:
            rec["contact"] = "@" + c["handle"]
    label = {"handle": c["handle"], "primary_niche": SUBTOPICS[c["sub"]][0], "subtopics": c["subs"],
             "audience": c["audience"], "suspicious": c["susp"] is not None, "suspicious_reason": reason(c, rec)}
    return rec, label


def constraint_row(b):
    niches = b["niches"]
    if niches is None and b["subtopics"]:
        niches = sorted({SUBTOPICS[s][0] for s in b["subtopics"]})
    return {"id": b["id"], "voice": b["voice"], "kind": b["kind"], "niches": niches, "subtopics": b["subtopics"],
            "adjacent_subtopics": b["adjacent"], "audience": b["audience"],
            "audience_required": b["audience_required"], "city": b["city"], "city_fallback": b["city_fallback"],
            "platform": b["platform"], "min_followers": b["min_followers"], "max_followers": b["max_followers"],
            "max_rate_idr": b["max_rate_idr"], "market": b["market"], "not_constraints": b["not_constraints"],
            "traps": [{"kind": k, "note": n} for k, n in b["traps"]]}


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    creators, labels = [], []
    for c in sorted(CREATORS, key=lambda c: hashlib.sha1(("pool:" + c["handle"]).encode()).hexdigest()):
        rec, lab = build_creator(c)
        creators.append(rec)
        labels.append(lab)
    write_jsonl("creators.jsonl", creators)
    write_jsonl("labels.jsonl", labels)
    write_jsonl("briefs.jsonl", [{"id": b["id"], "brief": b["brief"], "lang": b["lang"]} for b in BRIEFS])
    write_jsonl("constraints.jsonl", [constraint_row(b) for b in BRIEFS])
    import make_qrels
    make_qrels.main([HERE])
    print(f"built {len(creators)} creators, {len(BRIEFS)} briefs")


if __name__ == "__main__":
    main()
