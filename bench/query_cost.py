"""What one more brief costs in `jodoh search --batch`, against one bare float32
sentence-transformers query embedding of the same model, measured in one run.

usage: python -m bench.query_cost [--rounds 4] [--backend auto|torch|onnx] [--bf16 auto|on|off]
                                  [--out FILE.md]

The batch runs the CLI's own code (`jodoh.cli._search`, after `jodoh.cli.search`'s set-up) on
every brief of the evaluation sets beside the checkout, in rounds of distinct briefs, after
warm-up briefs that are not among them (so no query is answered from the cache): parse,
embed, retrieve, rank, explain, log and print, per brief; as the CLI does, a chunk of
briefs (`jodoh.briefs.ANSWER_CHUNK`) has its query texts embedded in one model call.
Process start and model load are left out; they are not a brief's cost. The bare embedding
is `SentenceTransformer(model directory)` in float32 encoding one brief at a time, in a
process of its own, on the same briefs right after each round.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
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


def _jodoh(args: list[str], env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "jodoh.cli", *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


WARM_UP = ["cari kreator skincare di Jakarta", "looking for a food vlogger in Bali",
           "butuh reviewer gadget budget 1jt", "parenting creators on TikTok"]


class BareEmbedding:
    """`SentenceTransformer(model directory)` in float32, one encode per brief, in a process
    of its own (its torch threads must not share this process with the measured pipeline)."""

    def __init__(self, model_dir: Path) -> None:
        self._worker = subprocess.Popen(
            [sys.executable, "-m", "bench.query_cost", "--bare-worker", str(model_dir)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self._ask([{"brief": text} for text in WARM_UP])

    def _ask(self, briefs: list[dict[str, str]]) -> list[float]:
        assert self._worker.stdin is not None and self._worker.stdout is not None
        self._worker.stdin.write(json.dumps([row["brief"] for row in briefs]) + "\n")
        self._worker.stdin.flush()
        return [float(value) for value in json.loads(self._worker.stdout.readline())]

    def seconds(self, briefs: list[dict[str, str]]) -> list[float]:
        """Seconds of each brief's encode, e5's query prefix included."""
        return self._ask(briefs)

    def close(self) -> None:
        if self._worker.stdin is not None:
            self._worker.stdin.close()
        self._worker.wait(timeout=30)


def bf16_choice() -> str:
    """`--bf16` when it is not given: EMBEDDING_BF16 as the bot and the CLI read it."""
    from pydantic import ValidationError

    from jodoh.settings import Settings

    try:
        bf16 = Settings(_env_file=None).embedding_bf16
    except ValidationError as error:
        raise SystemExit(f"EMBEDDING_BF16 is no boolean; unset it for auto ({error})") from None
    return {None: "auto", True: "on", False: "off"}[bf16]


def bare_worker(model_dir: Path) -> None:
    """Answers each stdin line (a JSON list of briefs) with their encode times."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu",
                                model_kwargs={"dtype": torch.float32})
    for line in sys.stdin:
        times = []
        for text in json.loads(line):
            started = time.perf_counter()
            model.encode(["query: " + text], normalize_embeddings=True,
                         show_progress_bar=False)
            times.append(time.perf_counter() - started)
        print(json.dumps(times), flush=True)


def measure(briefs: list[dict[str, str]], rounds: int, workdir: Path, model_dir: Path
            ) -> tuple[list[float], list[float], str]:
    """Per round, seconds per brief of `jodoh search --batch --json --top 10` and of the
    bare embedding of the same briefs, right after each other (this shared machine's speed
    drifts); and how the query encoder computed."""
    from jodoh import cli
    from jodoh.briefs import build_pipeline

    service = cli._service()
    service.check_index()
    pipeline = build_pipeline(service, service.settings)
    bare = BareEmbedding(model_dir)
    sink = io.StringIO()
    warm = workdir / "warm.jsonl"
    warm.write_text("".join(json.dumps({"id": f"w{i}", "brief": text}) + "\n"
                            for i, text in enumerate(WARM_UP)), "utf-8")
    per_round = max(1, len(briefs) // rounds)
    batch_times, bare_times = [], []
    with contextlib.redirect_stdout(sink):
        asyncio.run(cli._search(pipeline, None, warm, top=10, as_json=True))
        for number in range(rounds):
            chunk = briefs[number * per_round:(number + 1) * per_round]
            batch_file = workdir / f"round{number}.jsonl"
            batch_file.write_text("".join(json.dumps(row) + "\n" for row in chunk), "utf-8")
            started = time.perf_counter()
            asyncio.run(cli._search(pipeline, None, batch_file, top=10, as_json=True))
            batch_times.append((time.perf_counter() - started) / len(chunk))
            bare_times.append(statistics.fmean(bare.seconds(chunk)))
    encoder = service.embeddings.inner
    described = (f"{getattr(encoder, 'backend', type(encoder).__name__)}, bfloat16 queries "
                 f"{getattr(encoder, 'bf16', False)}")
    service.close()
    bare.close()
    return batch_times, bare_times, described


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.query_cost", description=__doc__)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--backend", default=os.environ.get("EMBEDDING_BACKEND", "auto"),
                        choices=("auto", "torch", "onnx"))
    parser.add_argument("--bf16", choices=("auto", "on", "off"),
                        default=bf16_choice(),
                        help="bfloat16 queries (auto: where the CPU has it natively); "
                             "defaults to EMBEDDING_BF16, as --backend to EMBEDDING_BACKEND")
    parser.add_argument("--out", type=Path, help="append the markdown here")
    parser.add_argument("--bare-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_worker:
        bare_worker(args.bare_worker)
        return 0

    from retrieval.e5_builder import build_model

    briefs = all_briefs()
    with tempfile.TemporaryDirectory(prefix="jodoh-query-cost-") as temp:
        workdir = Path(temp)
        models_dir = Path(os.environ.get("MODELS_DIR", workdir / "models"))
        os.environ.update({"JODOH_DATA_DIR": str(workdir / "data"),
                           "MODELS_DIR": str(models_dir), "HF_HUB_OFFLINE": "1",
                           "ANONYMIZED_TELEMETRY": "False", "EMBEDDING_BACKEND": args.backend,
                           "EMBEDDING_BF16": {"auto": "", "on": "true", "off": "false"}[
                               args.bf16], "LLM_MODEL": ""})
        model_dir = build_model(models_dir)
        _jodoh(["import", str(SAMPLE)], dict(os.environ))
        batch, bare, path = measure(briefs, args.rounds, workdir, model_dir)

    bare_mean = statistics.fmean(bare)
    batch_mean = statistics.fmean(batch)
    report: dict[str, Any] = {
        "briefs": len(briefs), "rounds": args.rounds,
        "batch_ms": [round(value * 1000, 1) for value in batch],
        "bare_ms": [round(value * 1000, 1) for value in bare],
        "ratio": round(batch_mean / bare_mean, 2),
        "ratio_per_round": [round(a / b, 2) for a, b in zip(batch, bare, strict=True)],
    }
    lines = [
        f"### Cost of a brief — `python -m bench.query_cost --backend {args.backend}"
        f" --bf16 {args.bf16}`",
        "",
        f"Machine: {machine(load_average=True)}. Query encoder: {path}.",
        "",
        "| | ms per brief |",
        "|---|---|",
        f"| a brief in `jodoh search --batch --json --top 10` (mean of {len(briefs)} in "
        f"{args.rounds} rounds) | {batch_mean * 1000:.1f} (rounds: "
        + ", ".join(f"{value * 1000:.1f}" for value in batch) + ") |",
        f"| one bare float32 sentence-transformers query embedding of the same briefs, "
        f"right after each round | {bare_mean * 1000:.1f} (rounds: "
        + ", ".join(f"{value * 1000:.1f}" for value in bare) + ") |",
        f"| **ratio** (target ≤ 1.0) | **{report['ratio']:.2f}** (rounds: "
        + ", ".join(f"{value:.2f}" for value in report["ratio_per_round"]) + ") |",
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
