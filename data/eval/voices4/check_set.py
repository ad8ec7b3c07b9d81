#!/usr/bin/env python3
"""Validate a hand-written set with its own creator pool (stdlib only). Exit code 1 on any error.
Adapted from voices/check_set.py (own vocabularies, ids voN-bNN, independence checks); the set is the
folder this script is run from (voices4; voices5 and voices6 link here).

    python3 check_set.py [DIR]

Checks
- every creators.jsonl line against ../../../../shared/CONTRACT.md (field names and types, handle syntax,
  platform, 1-3 known niche ids, followers/likes/comments ints >= 0, avg_views int or null, history ends
  at followers, ISO codes, text lengths), plus this set's house rules (bio <= 300, community <= 250
  chars, cities spelled as in src_common.CITY_ALIASES or a canonical city (case-insensitive), rate 100rb-5jt);
- labels / constraints against the vocabularies; not_constraints occur verbatim in the brief;
- qrels equal what make_qrels.py computes; no suspicious creator graded; every brief has >= 2 grade-2;
- the authenticity labels agree with the numbers (each suspicious creator shows its pattern, no
  authentic creator shows any); every city-fallback brief really has no authentic fitting creator in
  its stated city (so the fallback rule is exercised); every suspicious creator fits (or is adjacent to)
  at least one brief, i.e. it would be graded if it were authentic;
- independence: no handle, bio or community text shared with any other ../voices*/creators.jsonl of
  its own (not a link to voices') or any
  ../../../../shared/eval/*/creators.jsonl (only creator files are read, never other sets' briefs).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))  # the link's folder, not this file's
ID = re.compile(r"^vo" + os.path.basename(HERE).removeprefix("voices") + r"-b\d\d$")
sys.path.insert(0, HERE)
import make_qrels  # noqa: E402
import glob  # noqa: E402

from src_common import ALL_CITIES, AUDIENCES, CITY_ALIASES, NICHES, SUBTOPICS, canon_city, known_city  # noqa: E402

HANDLE = re.compile(r"^[a-z0-9._]{1,30}$")
PLATFORMS = {"instagram", "tiktok", "youtube"}
FIELDS = {"handle", "platform", "display_name", "bio", "community", "niches", "city", "country", "languages",
          "followers", "avg_likes", "avg_comments", "avg_views", "posts_per_week", "follower_history", "rate_idr",
          "contact", "youtube_channel_id"}
REQUIRED = ("handle", "platform", "bio", "niches", "followers", "avg_likes", "avg_comments")
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "eval"))


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def patterns(c):
    """Inauthenticity patterns visible in a record's numbers."""
    F, L, Cm, V = c["followers"], c["avg_likes"], c["avg_comments"], c.get("avg_views")
    er = (L + Cm) / F if F else 0.0
    out = set()
    if F >= 10000 and er < 0.005:
        out.add("bought_followers")
    if er > 0.15 and L and Cm / L > 0.30:
        out.add("pod")
    h = c.get("follower_history") or []
    if len(h) >= 2 and max(h[i] / h[i - 1] - 1 for i in range(1, len(h))) >= 0.6:
        out.add("follower_jump")
    if V and V >= 5 * F and L / V < 0.003:
        out.add("bought_views")
    return out


def check_creator(i, c, errs):
    w = f"creators.jsonl:{i} {c.get('handle')}"
    if set(c) - FIELDS:
        errs.append(f"{w}: unknown fields {set(c) - FIELDS}")
    for f in REQUIRED:
        if f not in c:
            errs.append(f"{w}: missing required {f}")
            return
    if not isinstance(c["handle"], str) or not HANDLE.match(c["handle"]):
        errs.append(f"{w}: bad handle")
    if c["platform"] not in PLATFORMS:
        errs.append(f"{w}: bad platform")
    if "display_name" in c and not isinstance(c["display_name"], str):
        errs.append(f"{w}: display_name not a string")
    if not isinstance(c["bio"], str) or not c["bio"].strip() or len(c["bio"]) > 300:
        errs.append(f"{w}: bio empty or longer than 300 chars")
    if "community" in c and (not isinstance(c["community"], str) or len(c["community"]) > 250):
        errs.append(f"{w}: community not a string or longer than 250 chars")
    n = c["niches"]
    if not isinstance(n, list) or not 1 <= len(n) <= 3 or len(set(n)) != len(n) or any(x not in NICHES for x in n):
        errs.append(f"{w}: bad niches {n}")
    if "city" in c and (not isinstance(c["city"], str) or not known_city(c["city"])):
        errs.append(f"{w}: city {c.get('city')!r} is neither canonical nor a known spelling")
    if "country" in c and (not isinstance(c["country"], str) or not re.match(r"^[A-Z]{2}$", c["country"])):
        errs.append(f"{w}: bad country")
    if "languages" in c and (not isinstance(c["languages"], list) or any(not isinstance(x, str) or not re.match(r"^[a-z]{2}$", x) for x in c["languages"])):
        errs.append(f"{w}: bad languages")
    for f in ("followers", "avg_likes", "avg_comments"):
        if not is_int(c[f]) or c[f] < 0:
            errs.append(f"{w}: {f} must be an int >= 0")
    v = c.get("avg_views")
    if v is not None and (not is_int(v) or v < 0):
        errs.append(f"{w}: avg_views must be an int >= 0 or null")
    if c["platform"] != "instagram" and v is None:
        errs.append(f"{w}: video platform without avg_views")
    if "posts_per_week" in c and (isinstance(c["posts_per_week"], bool) or not isinstance(c["posts_per_week"], (int, float))):
        errs.append(f"{w}: posts_per_week not a number")
    h = c.get("follower_history")
    if h is not None and (not isinstance(h, list) or not h or any(not is_int(x) or x < 0 for x in h) or h[-1] != c["followers"]):
        errs.append(f"{w}: follower_history must be ints ending at followers")
    if "rate_idr" in c and (not is_int(c["rate_idr"]) or not 100000 <= c["rate_idr"] <= 5000000):
        errs.append(f"{w}: rate_idr not an int in Rp 100rb-5jt")
    if "contact" in c and not isinstance(c["contact"], str):
        errs.append(f"{w}: contact not a string")


def main(argv):
    d = argv[0] if argv else HERE
    errs = []
    creators = load(os.path.join(d, "creators.jsonl"))
    labels = load(os.path.join(d, "labels.jsonl"))
    briefs = load(os.path.join(d, "briefs.jsonl"))
    cons = load(os.path.join(d, "constraints.jsonl"))
    qrels = load(os.path.join(d, "qrels.jsonl"))

    seen = Counter()
    for i, c in enumerate(creators, 1):
        check_creator(i, c, errs)
        seen[(c.get("platform"), c.get("handle"))] += 1
    errs += [f"duplicate creator {k}" for k, n in seen.items() if n > 1]
    by_handle = {c["handle"]: c for c in creators}
    if len(by_handle) != len(creators):
        errs.append("a handle is used on two platforms (labels are keyed by handle)")

    lab = {l["handle"]: l for l in labels}
    if set(lab) != set(by_handle):
        errs.append("labels.jsonl does not cover exactly the creators")
    sizes = Counter()
    for l in labels:
        h = l["handle"]
        if l["primary_niche"] not in NICHES or (h in by_handle and l["primary_niche"] not in by_handle[h]["niches"]):
            errs.append(f"label {h}: primary niche unknown or not declared by the creator")
        if not l["subtopics"] or any(s not in SUBTOPICS for s in l["subtopics"]):
            errs.append(f"label {h}: bad subtopics")
        if any(a not in AUDIENCES for a in l["audience"]):
            errs.append(f"label {h}: bad audience")
        if l["suspicious"] != bool(l["suspicious_reason"]):
            errs.append(f"label {h}: suspicious flag and reason disagree")
        sizes.update(l["subtopics"])
        if h in by_handle:
            p = patterns(by_handle[h])
            if l["suspicious"] and not p:
                errs.append(f"label {h}: suspicious but the numbers show no pattern")
            if not l["suspicious"] and p:
                errs.append(f"label {h}: authentic but the numbers show {sorted(p)}")
    for s in SUBTOPICS:
        if not 4 <= sizes[s] <= 10:
            errs.append(f"subtopic {s}: {sizes[s]} creators (want 4-10)")

    ids = [b["id"] for b in briefs]
    if ids != [k["id"] for k in cons] or ids != [q["id"] for q in qrels] or len(set(ids)) != len(ids):
        errs.append("brief ids differ between briefs / constraints / qrels, or repeat")
    text = {b["id"]: b["brief"] for b in briefs}
    for b in briefs:
        if b["lang"] not in ("id", "en", "mix") or not ID.match(b["id"]):
            errs.append(f"{b['id']}: bad id or lang")
    creators_map = {c["handle"]: c for c in creators}
    for k in cons:
        w = k["id"]
        if k["kind"] not in ("topic", "audience"):
            errs.append(f"{w}: bad kind")
        if k["kind"] == "topic" and not k["subtopics"]:
            errs.append(f"{w}: topic brief without subtopics")
        if k["kind"] == "audience" and not k["audience"]:
            errs.append(f"{w}: audience brief without audience")
        for s in (k["subtopics"] or []) + k["adjacent_subtopics"]:
            if s not in SUBTOPICS:
                errs.append(f"{w}: unknown subtopic {s}")
        for a in k["audience"] or []:
            if a not in AUDIENCES:
                errs.append(f"{w}: unknown audience {a}")
        for n in k["niches"] or []:
            if n not in NICHES:
                errs.append(f"{w}: unknown niche {n}")
        for c in (k["city"] or []) + (k["city_fallback"] or []):
            if c not in ALL_CITIES:
                errs.append(f"{w}: city {c} not canonical")
        if k["city_fallback"] and not k["city"]:
            errs.append(f"{w}: fallback without a stated city")
        if k["platform"] and any(p not in PLATFORMS for p in k["platform"]):
            errs.append(f"{w}: bad platform")
        for s in k["not_constraints"]:
            if s not in text.get(w, ""):
                errs.append(f"{w}: not_constraint {s!r} is not in the brief text")
        if k["city_fallback"]:
            stated = set(k["city"])
            inside = [h for h, c in creators_map.items() if canon_city(c.get("city")) in stated
                      and not lab[h]["suspicious"] and make_qrels.fit_kind(lab[h], k) == "fit"]
            if inside:
                errs.append(f"{w}: fallback brief but {inside} fit in the stated city (fallback never used)")

    expected, _, _ = make_qrels.compute(d)
    if expected != qrels:
        errs.append("qrels.jsonl differs from make_qrels.py (rerun build_set.py)")
    susp = {l["handle"] for l in labels if l["suspicious"]}
    g2, g1 = [], []
    for q in qrels:
        for h, g in q["relevant"].items():
            if h not in by_handle:
                errs.append(f"{q['id']}: unknown handle {h}")
            if h in susp:
                errs.append(f"{q['id']}: suspicious {h} is graded")
            if g not in (1, 2):
                errs.append(f"{q['id']}: bad grade {g}")
        g2.append(sum(1 for g in q["relevant"].values() if g == 2))
        g1.append(sum(1 for g in q["relevant"].values() if g == 1))
        if g2[-1] < 2:
            errs.append(f"{q['id']}: only {g2[-1]} grade-2 creators")

    # every suspicious creator would be graded for some brief if it were authentic
    for h in susp:
        if not any(make_qrels.fit_kind(lab[h], k) for k in cons):
            errs.append(f"suspicious {h} fits no brief (it tests nothing)")

    # independence from the other sets: handles, bios and community texts (creator files only)
    # Every other set's own pool (voices2 and voices3 link to voices').
    others = sorted(p for p in glob.glob(os.path.join(HERE, "..", "voices*", "creators.jsonl"))
                    if not os.path.islink(p))
    others += sorted(glob.glob(os.path.join(SHARED, "*", "creators.jsonl")))
    norm = lambda t: " ".join((t or "").lower().split())
    mine_b = {norm(c["bio"]): c["handle"] for c in creators}
    mine_c = {norm(c.get("community")): c["handle"] for c in creators if norm(c.get("community"))}
    checked = 0
    for path in others:
        if not os.path.exists(path) or os.path.dirname(os.path.abspath(path)) == os.path.abspath(d):
            continue
        checked += 1
        oc = load(path)
        both = sorted({c["handle"] for c in oc} & set(by_handle))
        if both:
            errs.append(f"handles shared with {path}: {both}")
        for c in oc:
            if norm(c.get("bio")) in mine_b:
                errs.append(f"bio of {mine_b[norm(c.get('bio'))]} also in {path}")
            if norm(c.get("community")) and norm(c.get("community")) in mine_c:
                errs.append(f"community of {mine_c[norm(c.get('community'))]} also in {path}")
    print(f"independence: compared with {checked} other creator files")

    med = lambda xs: sorted(xs)[len(xs) // 2]
    hard = sum(1 for k in cons if any(k[f] is not None for f in ("city", "platform", "min_followers", "max_followers", "max_rate_idr")))
    print(f"creators {len(creators)}: suspicious {len(susp)} ({100 * len(susp) / len(creators):.1f}%), "
          f"platforms {dict(Counter(c['platform'] for c in creators))}")
    print(f"subtopics {len(sizes)} in {len({SUBTOPICS[s][0] for s in sizes})} niches, sizes {min(sizes.values())}-{max(sizes.values())}")
    print(f"briefs {len(briefs)}: lang {dict(Counter(b['lang'] for b in briefs))}, voices {dict(Counter(k['voice'] for k in cons))}, "
          f"kinds {dict(Counter(k['kind'] for k in cons))}, with hard constraints {hard}, city fallback {sum(1 for k in cons if k['city_fallback'])}")
    print(f"grade-2 per brief min/median/max {min(g2)}/{med(g2)}/{max(g2)}; grade-1 {min(g1)}/{med(g1)}/{max(g1)}")
    print(f"incomplete: no city {sum(1 for c in creators if 'city' not in c)}, no rate {sum(1 for c in creators if 'rate_idr' not in c)}, "
          f"empty community {sum(1 for c in creators if not c.get('community'))}, no contact {sum(1 for c in creators if 'contact' not in c)}, "
          f"no country {sum(1 for c in creators if 'country' not in c)}; city written as an alias {sum(1 for c in creators if (c.get('city') or '').strip().lower() in CITY_ALIASES)}")
    print(f"traps {dict(Counter(t['kind'] for k in cons for t in k['traps']))}; not_constraints {sum(len(k['not_constraints']) for k in cons)}")
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
