#!/usr/bin/env python3
"""Reference rankings for context (stdlib only): a coarse oracle that knows each brief's stated constraints
(with the city fallback resolved) and the coarse niche ids only, ordered by BM25 from the dev scorer.

    python3 reference_runs.py       # writes run_oracle.jsonl and run_oracle_auth.jsonl, prints metrics
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "dev"))
sys.path.insert(0, HERE)
sys.path.insert(0, DEV)
import make_qrels  # noqa: E402
import score  # noqa: E402  (the dev scorer: BM25 + metrics)
from check_set import patterns  # noqa: E402


def main():
    creators = make_qrels.load(os.path.join(HERE, "creators.jsonl"))
    labels = {l["handle"]: l for l in make_qrels.load(os.path.join(HERE, "labels.jsonl"))}
    cons = {k["id"]: k for k in make_qrels.load(os.path.join(HERE, "constraints.jsonl"))}
    briefs = make_qrels.load(os.path.join(HERE, "briefs.jsonl"))
    qrels = make_qrels.load(os.path.join(HERE, "qrels.jsonl"))
    cmap = {c["handle"]: c for c in creators}
    bm = score.BM25([score.tokenize(c["bio"] + " " + c["community"] + " " + " ".join(c["niches"])) for c in creators])
    susp = {h for h, l in labels.items() if l["suspicious"]}
    for name, drop_pattern in (("run_oracle.jsonl", False), ("run_oracle_auth.jsonl", True)):
        run = []
        for b in briefs:
            k = cons[b["id"]]
            cities = make_qrels.effective_cities(k, cmap, labels)
            sc = bm.score(score.tokenize(b["brief"]))
            ok = []
            for i, c in enumerate(creators):
                if k["niches"] and not set(c["niches"]) & set(k["niches"]):
                    continue
                if make_qrels.misses(c, {"audience": []}, dict(k, kind="audience", market=None), cities):
                    continue
                if drop_pattern and patterns(c):
                    continue
                ok.append(i)
            ok.sort(key=lambda i: (-sc[i], creators[i]["handle"]))
            run.append({"id": b["id"], "ranking": [creators[i]["handle"] for i in ok]})
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in run:
                fh.write(json.dumps(r) + "\n")
        m, _ = score.evaluate(qrels, run, susp)
        score.print_metrics(name, m)


if __name__ == "__main__":
    main()
