"""Faults injected for real against the real `jodoh bot` process and the Bot API emulator:
flood control (429), 5xx and dropped connections on the way out, and SIGKILL in the middle of
a registration."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import creator_row, write_jsonl
from tests.test_e2e_bot import Emulator, bot_env, has_text, start_emulator

pytestmark = pytest.mark.slow
USER_ID, CREATOR_ID = 9101, 9102


@dataclass
class LiveBot:
    client: Emulator
    port: int
    env: dict[str, str]
    data_dir: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.data_dir / "bot.log").open("a")
        self.process = subprocess.Popen([sys.executable, "-m", "jodoh.cli", "bot"],
                                        env=self.env, stdout=log, stderr=subprocess.STDOUT)
        log.close()

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def inject(self, method: str, faults: list[str]) -> dict[str, Any]:
        return self._faults({"method": method, "faults": faults})

    def faults_served(self) -> int:
        served: int = self._faults(None)["served"]
        return served

    def _faults(self, payload: dict[str, Any] | None) -> dict[str, Any]:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/__faults", method="POST" if payload else "GET",
            data=json.dumps(payload).encode() if payload else None,
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            result: dict[str, Any] = json.loads(response.read())
            return result

    def log(self) -> str:
        return (self.data_dir / "bot.log").read_text()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, shared_models_dir: Path) -> Iterator[LiveBot]:
    emulator, port = start_emulator()
    data_dir = tmp_path_factory.mktemp("e2e-faults")
    env = bot_env(data_dir, port, shared_models_dir)
    creators = write_jsonl(data_dir / "creators.jsonl", [creator_row("glow.sby")])
    subprocess.run([sys.executable, "-m", "jodoh.cli", "import", str(creators)], env=env,
                   check=True, capture_output=True)
    bot = LiveBot(Emulator(port), port, env, data_dir)
    bot.start()
    try:
        bot.client.send(USER_ID, "/start")
        bot.client.replies(USER_ID, has_text("Jodoh"), timeout=120)
        yield bot
    finally:
        if bot.process is not None and bot.process.poll() is None:
            bot.process.terminate()
            bot.process.wait(timeout=30)
        emulator.terminate()
        emulator.wait(timeout=10)


def test_replies_survive_flood_control_server_errors_and_dropped_connections(
        live: LiveBot) -> None:
    before = live.faults_served()
    live.inject("sendMessage", ["429", "500", "drop"])
    live.client.send(USER_ID, "/help")
    replies = live.client.replies(USER_ID, has_text("Ceritakan kebutuhanmu"), timeout=60)
    assert live.faults_served() - before == 3  # every fault was really served to the bot
    assert len(replies) == 1  # delivered once, not lost
    log = live.log()
    assert "retrying in" in log  # 5xx and the dropped connection were retried with backoff
    assert "Rate limit hit" in log  # the 429 was waited out


def test_registration_continues_after_the_bot_is_killed(live: LiveBot) -> None:
    c = live.client
    c.send(CREATOR_ID, "/register")
    ask = c.replies(CREATOR_ID, has_text("platform"))
    c.press(CREATOR_ID, "rg:pick:instagram", ask[-1]["id"])
    c.replies(CREATOR_ID, has_text("Username"))
    c.send(CREATOR_ID, "kill.test")
    c.replies(CREATOR_ID, has_text("Nama"))
    c.send(CREATOR_ID, "Kill Test")
    c.replies(CREATOR_ID, has_text("Ceritakan"))

    live.kill()  # SIGKILL: no shutdown hooks, no flush
    live.start()

    c.send(CREATOR_ID, "Review sunscreen lokal untuk kulit berminyak.")
    c.replies(CREATOR_ID, has_text("audiensmu"), timeout=120)  # the same step, not a restart
    c.send(CREATOR_ID, "/skip")
    c.replies(CREATOR_ID, has_text("niche"))
    for data in ("rg:tog:beauty_skincare", "rg:done"):
        c.press(CREATOR_ID, data, 1)
    c.replies(CREATOR_ID, has_text("Kota"))
    c.send(CREATOR_ID, "/skip")
    c.replies(CREATOR_ID, has_text("Negara"))
    c.press(CREATOR_ID, "rg:pick:ID", 1)
    c.replies(CREATOR_ID, has_text("Bahasa"))
    c.press(CREATOR_ID, "rg:tog:id", 1)
    c.press(CREATOR_ID, "rg:done", 1)
    for answer, next_question in (("8000", "like"), ("400", "komentar"), ("20", "post per"),
                                  ("/skip", "Rate"), ("/skip", "Kontak")):
        c.send(CREATOR_ID, answer)
        c.replies(CREATOR_ID, has_text(next_question))
    c.send(CREATOR_ID, "kill@example.org")
    preview = c.replies(CREATOR_ID, has_text("Pratinjau"))
    c.press(CREATOR_ID, "rg:save", preview[-1]["id"])
    c.replies(CREATOR_ID, has_text("tersimpan"))
    stats = json.loads(subprocess.run(
        [sys.executable, "-m", "jodoh.cli", "stats", "--json"], env=live.env, check=True,
        capture_output=True, text=True).stdout)
    assert (stats["creators"], stats["indexed"], stats["stale"]) == (2, 2, 0)
