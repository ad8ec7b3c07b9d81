"""The scaled-out deployment of `deploy/compose.yaml`, as processes: two real `jodoh bot`
instances in webhook mode behind a round-robin "load balancer" (this test), one PostgreSQL
server, one Chroma server, the Bot API emulator for everything the bots send.

Every step of a brand's brief and of a creator's registration goes to the other instance than
the step before, so each step only works if conversations, user data and the index are
really shared.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import creator_row, free_port, write_jsonl
from tests.test_e2e_bot import (
    Emulator,
    bot_env,
    buttons,
    has_text,
    post_update,
    start_emulator,
)

pytestmark = pytest.mark.slow
SECRET = "deploy-webhook-secret"
BRAND, CREATOR = 7001, 7002


class LoadBalancer:
    """Posts each update to the next instance in turn, as Telegram → LB → bots would."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.turn = itertools.cycle(ports)
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1)

    @staticmethod
    def _post(port: int, update: dict[str, Any]) -> int:
        return post_update(port, update, SECRET)

    def wait_ready(self, deadline: float, logs: list[Path]) -> None:
        """Until every instance accepts updates (it has loaded the model and the index)."""
        for port in self.ports:
            while self._post(port, {"update_id": 0}) != 200:
                assert time.monotonic() < deadline, "\n".join(
                    log.read_text()[-1500:] for log in logs)
                time.sleep(0.5)

    @staticmethod
    def _user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"U{user_id}",
                "language_code": "id"}

    def send(self, user_id: int, text: str) -> int:
        message: dict[str, Any] = {
            "message_id": next(self.message_ids), "date": int(time.time()), "text": text,
            "chat": {"id": user_id, "type": "private"}, "from": self._user(user_id)}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
        port = next(self.turn)
        assert self._post(port, {"update_id": next(self.update_ids), "message": message}) == 200
        return port

    def press(self, user_id: int, data: str, message_id: int = 1) -> int:
        query = {"id": str(next(self.update_ids)), "from": self._user(user_id),
                 "chat_instance": "deploy", "data": data,
                 "message": {"message_id": message_id, "date": int(time.time()), "text": "…",
                             "chat": {"id": user_id, "type": "private"}}}
        port = next(self.turn)
        assert self._post(port, {"update_id": next(self.update_ids),
                                 "callback_query": query}) == 200
        return port


def answer(emulator: Emulator, chat: int) -> dict[str, Any]:
    """The bot's results message to a brief (after its edit, if it showed a status first)."""
    first = emulator.replies(chat, has_text("Yang kutangkap"))[-1]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for item in emulator.history():
            message = item.get("message", {})
            if item.get("messageId") == first["id"] and any(
                    data.startswith("why:") for _, data in buttons(message)):
                return {"id": item["messageId"], **message}
        time.sleep(0.2)
    raise AssertionError(f"no results: {first.get('text', '')[:200]}")


@pytest.fixture
def deployment(tmp_path: Path, database_url: str, chroma_server: int,
               shared_models_dir: Path) -> Iterator[tuple[LoadBalancer, Emulator, list[int]]]:
    if not database_url.startswith("postgresql"):
        pytest.skip("several instances share PostgreSQL (SQLite is one machine, one process)")
    emulator_process, port = start_emulator()
    hooks = [free_port(), free_port()]
    shared = {"DATABASE_URL": database_url, "CHROMA_HOST": "127.0.0.1",
              "CHROMA_PORT": str(chroma_server),
              "CHROMA_COLLECTION": f"deploy_{abs(hash(database_url)) % 10**8}",
              "WEBHOOK_SECRET": SECRET, "WEBHOOK_LISTEN": "127.0.0.1"}
    creators = write_jsonl(tmp_path / "creators.jsonl", [
        creator_row(f"glow.{city.lower()}", city=city)
        for city in ("Surabaya", "Jakarta", "Bandung", "Medan", "Malang", "Bogor", "Solo")])
    importing = bot_env(tmp_path / "cli", port, shared_models_dir, **shared)
    subprocess.run([sys.executable, "-m", "jodoh.cli", "import", str(creators)],
                   env=importing, check=True, capture_output=True)
    bots, logs = [], []
    for number, hook in enumerate(hooks):
        # Each instance has its own local data dir: all they share is the two servers.
        env = bot_env(tmp_path / f"bot{number}", port, shared_models_dir, **shared,
                      WEBHOOK_URL=f"http://127.0.0.1:{hook}/telegram",
                      WEBHOOK_PORT=str(hook))
        logs.append(tmp_path / f"bot{number}.log")
        with logs[-1].open("w") as log_file:
            bots.append(subprocess.Popen([sys.executable, "-m", "jodoh.cli", "bot"], env=env,
                                         stdout=log_file, stderr=subprocess.STDOUT))
    balancer = LoadBalancer(hooks)
    try:
        balancer.wait_ready(time.monotonic() + 180, logs)
        yield balancer, Emulator(port), hooks
    finally:
        for bot in bots:
            bot.terminate()
        for bot in bots:
            bot.wait(timeout=30)
        emulator_process.terminate()
        emulator_process.wait(timeout=10)
    for log in logs:
        text = log.read_text()
        assert "Traceback" not in text, text[-3000:]
        assert SECRET not in text


def test_two_instances_behind_a_balancer_share_briefs_registrations_and_the_index(
        deployment: tuple[LoadBalancer, Emulator, list[int]]) -> None:
    lb, c, hooks = deployment
    used: set[int] = set()

    def step(action: Callable[[], int]) -> None:
        used.add(action())

    # A brief on one instance; its ❓ button pressed on the other (the brief lives in the
    # shared user data).
    step(lambda: lb.send(BRAND, "cari KOL skincare kulit berminyak di Surabaya"))
    results = answer(c, BRAND)
    assert "glow.surabaya" in results["text"]
    why = next(data for label, data in buttons(results) if data.startswith("why:"))
    step(lambda: lb.press(BRAND, why, results["id"]))
    c.replies(BRAND, has_text("Kenapa @"))

    # A registration whose every step goes to the other instance than the step before.
    step(lambda: lb.send(CREATOR, "/register"))
    c.replies(CREATOR, has_text("platform"))
    step(lambda: lb.press(CREATOR, "rg:pick:instagram"))
    c.replies(CREATOR, has_text("Username"))
    for text, next_question in (("rina.refill", "Nama"), ("Rina", "Ceritakan"),
                                ("Sabun dan skincare refill tanpa plastik, review jujur.",
                                 "audiensmu"),
                                ("Ibu muda Surabaya yang mengurangi sampah.", "niche")):
        step(lambda text=text: lb.send(CREATOR, text))  # type: ignore[misc]
        c.replies(CREATOR, has_text(next_question))
    for data in ("rg:tog:beauty_skincare", "rg:tog:sustainable_living", "rg:done"):
        step(lambda data=data: lb.press(CREATOR, data))  # type: ignore[misc]
    c.replies(CREATOR, has_text("Kota"))
    step(lambda: lb.send(CREATOR, "Surabaya"))
    c.replies(CREATOR, has_text("Bahasa"))  # a known city's country is not asked
    step(lambda: lb.press(CREATOR, "rg:tog:id"))
    step(lambda: lb.press(CREATOR, "rg:done"))
    c.replies(CREATOR, has_text("followers"))
    for text, next_question in (("8rb", "like"), ("700", "komentar"), ("40", "post per minggu"),
                                ("4", "Rate"), ("500rb", "Kontak")):
        step(lambda text=text: lb.send(CREATOR, text))  # type: ignore[misc]
        c.replies(CREATOR, has_text(next_question))
    step(lambda: lb.send(CREATOR, "rina@example.org"))
    c.replies(CREATOR, has_text("Pratinjau"))
    step(lambda: lb.press(CREATOR, "rg:save"))
    c.replies(CREATOR, has_text("tersimpan"))
    assert used == set(hooks)

    # The new profile is in the shared database and index: both instances find it (each
    # notices another instance's writes within a few seconds).
    for _ in hooks:
        deadline = time.monotonic() + 30
        while True:
            step(lambda: lb.send(BRAND, "skincare refill ramah lingkungan di Surabaya"))
            if "rina.refill" in answer(c, BRAND)["text"]:
                break
            assert time.monotonic() < deadline, "the new creator was never found"
            time.sleep(2)
