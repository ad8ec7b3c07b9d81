#!/usr/bin/env python3
"""voices4: grade every (brief, creator) pair from labels + constraints + creators (stdlib only).
Copied from voices/make_qrels.py (same rules R1-R5); it uses this folder's src_common.canon_city.

    python3 make_qrels.py [DIR]                # writes DIR/qrels.jsonl
    python3 make_qrels.py [DIR] --explain ID   # why each creator got its grade for one brief

Rules (see README.md, "Grading"):
 R1  Suspicious (inauthentic) creators are never relevant (grade 0).
 R2  Fit. Topic brief: the creator covers one of the brief's subtopics. Audience brief: the creator's
     audience includes one of the brief's audiences AND its content is one of the brief's subtopics
     (subtopics null = any content). Adjacent: covers an `adjacent_subtopics` entry instead
     (audience briefs: right audience, adjacent content).
 R3  Hard constraints, each counted once:
       city      - the creator's city, normalised through src_common.CITY_ALIASES, is in the effective
                   city list (R4). An unknown city does NOT meet it.
       platform  - creator platform in the list.
       followers - min and/or max (inclusive) together are ONE constraint.
       rate      - rate_idr <= max_rate_idr. An unknown rate does NOT violate it.
       market    - creator country in `market` (implied by the brief; a missing country counts as ID).
       audience  - only for topic briefs with audience_required.
 R4  City fallback. If a brief gives `city_fallback` (its own words: "kalau tidak ada, Jawa Barat juga
     boleh") and no authentic creator that fits (R2) lives in `city`, the effective city list is
     `city_fallback`; otherwise it is `city`. Without a fallback the stated city is strict: a fitting
     creator elsewhere misses the city constraint.
 R5  Grade 2 = fit and no constraint missed.
     Grade 1 = fit and exactly one constraint missed, or adjacent and no constraint missed.
     Everything else is 0 (not listed).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from src_common import canon_city  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def fit_kind(lab, k):
    """'fit', 'adjacent' or None (R2)."""
    subs = set(lab["subtopics"])
    if k["kind"] == "audience":
        if not set(lab["audience"]) & set(k["audience"]):
            return None
        if k["subtopics"] is None or subs & set(k["subtopics"]):
            return "fit"
    elif subs & set(k["subtopics"]):
        return "fit"
    if subs & set(k.get("adjacent_subtopics") or []):
        return "adjacent"
    return None


def effective_cities(k, creators, labels):
    """R4: the city list a creator must live in for this brief (None = no city constraint)."""
    if k.get("city") is None:
        return None
    if not k.get("city_fallback"):
        return k["city"]
    stated = set(k["city"])
    for h, c in creators.items():
        lab = labels[h]
        if not lab["suspicious"] and fit_kind(lab, k) == "fit" and canon_city(c.get("city")) in stated:
            return k["city"]
    return k["city_fallback"]


def misses(c, lab, k, cities):
    out = []
    if cities is not None and canon_city(c.get("city")) not in cities:
        out.append("city")
    if k.get("platform") is not None and c["platform"] not in k["platform"]:
        out.append("platform")
    lo, hi = k.get("min_followers"), k.get("max_followers")
    if (lo is not None and c["followers"] < lo) or (hi is not None and c["followers"] > hi):
        out.append("followers")
    if k.get("max_rate_idr") is not None and c.get("rate_idr") is not None and c["rate_idr"] > k["max_rate_idr"]:
        out.append("rate")
    if k.get("market") is not None and c.get("country", "ID") not in k["market"]:
        out.append("market")
    if k["kind"] == "topic" and k.get("audience_required") and not set(lab["audience"]) & set(k["audience"] or []):
        out.append("audience")
    return out


def grade(c, lab, k, cities):
    if lab["suspicious"]:
        return 0, "suspicious"
    f = fit_kind(lab, k)
    if f is None:
        return 0, "no fit"
    miss = misses(c, lab, k, cities)
    if f == "fit" and not miss:
        return 2, "fit"
    if f == "fit" and len(miss) == 1:
        return 1, "fit, misses " + miss[0]
    if f == "adjacent" and not miss:
        return 1, "adjacent"
    return 0, f + ", misses " + "+".join(miss)


def compute(d):
    creators = {c["handle"]: c for c in load(os.path.join(d, "creators.jsonl"))}
    labels = {l["handle"]: l for l in load(os.path.join(d, "labels.jsonl"))}
    rows = []
    for k in load(os.path.join(d, "constraints.jsonl")):
        cities = effective_cities(k, creators, labels)
        rel = {}
        for h, c in creators.items():
            g, _ = grade(c, labels[h], k, cities)
            if g:
                rel[h] = g
        rows.append({"id": k["id"], "relevant": dict(sorted(rel.items(), key=lambda kv: (-kv[1], kv[0])))})
    return rows, creators, labels


def explain(d, bid):
    creators = {c["handle"]: c for c in load(os.path.join(d, "creators.jsonl"))}
    labels = {l["handle"]: l for l in load(os.path.join(d, "labels.jsonl"))}
    k = next(k for k in load(os.path.join(d, "constraints.jsonl")) if k["id"] == bid)
    cities = effective_cities(k, creators, labels)
    print(json.dumps({x: k[x] for x in k if x != "traps"}, ensure_ascii=False))
    if k.get("city_fallback"):
        print("effective cities:", "FALLBACK" if cities == k["city_fallback"] else "stated", cities)
    out = []
    for h, c in creators.items():
        lab = labels[h]
        g, why = grade(c, lab, k, cities)
        if why == "suspicious":
            g0, why0 = grade(c, dict(lab, suspicious=False), k, cities)
            if why0 == "no fit":
                continue
            why = f"suspicious (else {g0}: {why0})"
        if why == "no fit":
            continue
        out.append((-g, h, why, c["platform"], c.get("city"), c["followers"], c.get("rate_idr"), lab["subtopics"],
                    lab["audience"]))
    for row in sorted(out):
        print(-row[0], *row[1:])


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    d = args[0] if args and os.path.isdir(args[0]) else HERE
    if "--explain" in argv:
        explain(d, argv[argv.index("--explain") + 1])
        return 0
    rows, _, _ = compute(d)
    with open(os.path.join(d, "qrels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
