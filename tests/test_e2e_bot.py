"""End to end: the real `jodoh bot` process against a local Telegram Bot API emulator.

Real HTTP on 127.0.0.1, real PTB, the real embedding model; a scripted user plays each role
through the emulator's client endpoints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr

from jodoh.settings import Settings
from tests.bot_helpers import rank_of
from tests.conftest import ROOT, creator_row, free_port, write_jsonl
from tests.standins.instagram import APP_ID as INSTAGRAM_APP_ID
from tests.standins.instagram import APP_SECRET as INSTAGRAM_APP_SECRET
from tests.standins.instagram import InstagramStandIn
from tests.standins.instagram import serve as serve_instagram
from tests.standins.tiktok import CLIENT_KEY as TIKTOK_CLIENT_KEY
from tests.standins.tiktok import CLIENT_SECRET as TIKTOK_CLIENT_SECRET
from tests.standins.tiktok import TikTokStandIn
from tests.standins.tiktok import serve as serve_tiktok
from tests.standins.youtube import Channel, YouTubeStandIn, serve

pytestmark = pytest.mark.slow
E2E_DIR = ROOT / "tests" / "e2e"
TOKEN = "123456:e2e-test-token"
ADMIN_ID, BRAND_ID, CREATOR_ID, STRANGER_ID = 9001, 9002, 9003, 9004
YOUTUBER_ID, INSTAGRAMER_ID, TIKTOKER_ID = 9005, 9006, 9007
YOUTUBE_CHANNEL = "UC" + "e" * 22


class Emulator:
    """The scripted user's side of telegram-test-api."""

    youtube: YouTubeStandIn

    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port + 1}"
        self.proxy_url = f"http://127.0.0.1:{port}"
        self.message_ids = iter(range(1, 10**6))

    def photos(self) -> list[dict[str, Any]]:
        """The photos the bot sent (telegram-test-api has none; the proxy logs them)."""
        with urllib.request.urlopen(self.proxy_url + "/__photos", timeout=10) as response:
            photos: list[dict[str, Any]] = json.loads(response.read())["photos"]
            return photos

    def settings_calls(self) -> list[dict[str, Any]]:
        """The setMyCommands / setMyDescription / … calls the bot made (the proxy logs them)."""
        with urllib.request.urlopen(self.proxy_url + "/__settings", timeout=10) as response:
            calls: list[dict[str, Any]] = json.loads(response.read())["calls"]
            return calls

    def _post(self, path: str, payload: dict[str, Any]) -> Any:
        request = urllib.request.Request(
            self.url + path, data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    @staticmethod
    def _user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}",
                "language_code": "id"}

    def send(self, user_id: int, text: str) -> None:
        message: dict[str, Any] = {
            "botToken": TOKEN, "from": self._user(user_id), "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
            self._post("/sendCommand", message)
        else:
            self._post("/sendMessage", message)

    def press(self, user_id: int, data: str, message_id: int) -> None:
        self._post("/sendCallback", {
            "botToken": TOKEN, "from": self._user(user_id), "date": int(time.time()),
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": user_id, "type": "private"}, "text": "…"},
        })

    def replies(self, chat_id: int, until: Callable[[list[dict[str, Any]]], bool],
                timeout: float = 60.0) -> list[dict[str, Any]]:
        """Bot messages to a chat, polled until `until(messages)` holds."""
        collected: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = self._post("/getUpdates", {"token": TOKEN, "chatId": chat_id})["result"]
            collected += [{"id": item["messageId"], **item["message"]} for item in result]
            if until(collected):
                return collected
            time.sleep(0.1)
        raise AssertionError(f"timed out; got {[m.get('text', '')[:80] for m in collected]}")

    def history(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._post("/getUpdatesHistory", {"token": TOKEN})[
            "result"]
        return result


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {}
    if isinstance(markup, str):  # an edited message keeps the form-encoded JSON string
        markup = json.loads(markup)
    return [(b["text"], b.get("callback_data") or b.get("url", ""))
            for row in markup.get("inline_keyboard", []) for b in row]


def has_text(fragment: str) -> Callable[[list[dict[str, Any]]], bool]:
    return lambda messages: any(fragment in m.get("text", "") for m in messages)


def start_emulator() -> tuple[subprocess.Popen[str], int]:
    """telegram-test-api behind `tests/e2e/emulator.js` on free ports: (process, proxy port;
    the emulator itself listens on the next one).

    A free port can be taken before the emulator binds it (CI once lost a run to a client's
    ephemeral port landing on port + 1): the launch is retried on other ports.
    """
    if not (E2E_DIR / "node_modules" / "telegram-test-api").exists():
        pytest.fail("telegram-test-api is not installed: run `npm ci --prefix tests/e2e` "
                    "(./run.sh test does it)")
    for _ in range(5):
        port = free_port()
        emulator = subprocess.Popen(["node", str(E2E_DIR / "emulator.js"), str(port)],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    text=True)
        assert emulator.stdout is not None
        if emulator.stdout.readline().startswith("ready"):
            return emulator, port
        emulator.kill()
        emulator.wait(timeout=10)
    raise AssertionError("the Bot API emulator did not start on five different ports")


def post_update(port: int, update: dict[str, Any], secret: str | None) -> int:
    """POST an update to a webhook-mode bot on `port` as Telegram does; the HTTP status
    (0 when nothing answers)."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(f"http://127.0.0.1:{port}/telegram",
                                     data=json.dumps(update).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
    except OSError:
        return 0


def bot_env(data_dir: Path, port: int, models_dir: Path, **settings: str) -> dict[str, str]:
    """The environment of a `jodoh bot` process talking to the emulator on `port`; any setting
    not given here keeps its default, as a fresh clone runs it."""
    env = {**os.environ, "JODOH_DATA_DIR": str(data_dir), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}/bot",
           "TELEGRAM_POLL_INTERVAL": "0.05", "MODELS_DIR": str(models_dir),
           "LOG_LEVEL": "INFO"}
    for name in ("DATABASE_URL", "CHROMA_HOST", "EMBEDDING_MODEL", "ADMIN_USER_IDS",
                 "WEBHOOK_URL", "WEBHOOK_SECRET", "LLM_MODEL"):
        env.pop(name, None)
    return {**env, **settings}


@pytest.fixture(scope="module")
def live_bot(tmp_path_factory: pytest.TempPathFactory,
             shared_models_dir: Path) -> Iterator[Emulator]:
    emulator, port = start_emulator()
    data_dir = tmp_path_factory.mktemp("e2e")
    # The YouTube Data API, as a local stand-in the bot process reaches over HTTP.
    youtube = YouTubeStandIn(channels={YOUTUBE_CHANNEL: Channel(
        31_000, [(20_000, 900, 80), (16_000, 700, 60)], description="Review gadget jujur.")})
    youtube_server = serve(youtube)
    youtube_server.__enter__()
    # Instagram's login and API, as a stand-in; the bot serves the OAuth callback itself.
    instagram = InstagramStandIn(username="gita.glow")
    instagram_server = serve_instagram(instagram)
    instagram_server.__enter__()
    tiktok = TikTokStandIn(username="dapur.dinda")
    tiktok_server = serve_tiktok(tiktok)
    tiktok_server.__enter__()
    oauth_port = free_port()
    env = bot_env(data_dir, port, shared_models_dir, ADMIN_USER_IDS=str(ADMIN_ID),
                  YOUTUBE_API_KEY=youtube.key, YOUTUBE_API_URL=youtube.url,
                  INSTAGRAM_APP_ID=INSTAGRAM_APP_ID, INSTAGRAM_APP_SECRET=INSTAGRAM_APP_SECRET,
                  INSTAGRAM_OAUTH_URL=f"{instagram.url}/oauth/authorize",
                  INSTAGRAM_TOKEN_URL=f"{instagram.url}/oauth/access_token",
                  INSTAGRAM_GRAPH_URL=instagram.url,
                  TIKTOK_CLIENT_KEY=TIKTOK_CLIENT_KEY, TIKTOK_CLIENT_SECRET=TIKTOK_CLIENT_SECRET,
                  TIKTOK_OAUTH_URL=f"{tiktok.url}/v2/auth/authorize/", TIKTOK_API_URL=tiktok.url,
                  PUBLIC_URL=f"http://127.0.0.1:{oauth_port}", OAUTH_PORT=str(oauth_port),
                  OAUTH_LISTEN="127.0.0.1",
                  TOKEN_ENCRYPTION_KEY=Fernet.generate_key().decode())
    creators = write_jsonl(data_dir / "creators.jsonl", [
        creator_row("kopi.bandung", bio="Review kopi specialty dan manual brew di Bandung.",
                    community="Penikmat kopi dan barista rumahan.", niches=["coffee"],
                    city="Bandung"),
        *[creator_row(f"glow.{i}", city=city) for i, city in
          enumerate(["Surabaya", "Jakarta", "Bandung", "Medan", "Malang", "Bogor", "Solo"])],
    ])
    subprocess.run([sys.executable, "-m", "jodoh.cli", "import", str(creators)], env=env,
                   check=True, capture_output=True)
    log_file = (data_dir / "bot.log").open("w")
    bot = subprocess.Popen([sys.executable, "-m", "jodoh.cli", "bot"], env=env,
                           stdout=log_file, stderr=subprocess.STDOUT)
    client = Emulator(port)
    try:
        client.send(STRANGER_ID, "/start")
        client.replies(STRANGER_ID, has_text("Jodoh"), timeout=120)
        client.youtube = youtube
        yield client
    finally:
        youtube_server.__exit__(None, None, None)
        instagram_server.__exit__(None, None, None)
        tiktok_server.__exit__(None, None, None)
        bot.terminate()
        bot.wait(timeout=30)
        emulator.terminate()
        emulator.wait(timeout=10)
        log_file.close()
        log = (data_dir / "bot.log").read_text()
        assert TOKEN not in log and TOKEN.split(":")[1] not in log
        # Contacts are released to one brand by message, never written to the log.
        assert "sari@example.org" not in log


def test_creator_registers_with_a_reask_then_brand_gets_contact_on_accept(
        live_bot: Emulator) -> None:
    c = live_bot
    c.send(CREATOR_ID, "/register")
    ask = c.replies(CREATOR_ID, has_text("platform"))
    c.press(CREATOR_ID, "rg:pick:instagram", ask[-1]["id"])
    c.replies(CREATOR_ID, has_text("Username"))
    c.send(CREATOR_ID, "Not A Handle!")
    c.replies(CREATOR_ID, has_text("huruf kecil"))  # re-asked with the reason
    steps = [("sari.sunscreen", "Nama"),
             ("Sari", "Ceritakan"),
             ("Review sunscreen dan skincare lokal untuk kulit berminyak.", "audiensmu"),
             ("Mahasiswi Surabaya yang peduli kulit sehat.", "niche")]
    for answer, next_question in steps:
        c.send(CREATOR_ID, answer)
        c.replies(CREATOR_ID, has_text(next_question))
    for data in ("rg:tog:beauty_skincare", "rg:done"):
        c.press(CREATOR_ID, data, 1)
    c.replies(CREATOR_ID, has_text("Kota"))
    c.send(CREATOR_ID, "sby")  # stored as Surabaya: the brief below names Surabaya
    said = c.replies(CREATOR_ID, has_text("Bahasa"))  # Surabaya's country is not asked
    assert any("Kusimpan sebagai <b>Surabaya</b>" in m.get("text", "") for m in said)
    c.press(CREATOR_ID, "rg:tog:id", 1)
    c.press(CREATOR_ID, "rg:done", 1)
    c.replies(CREATOR_ID, has_text("followers"))
    for answer, next_question in (("12,5rb", "like"), ("600", "komentar"),
                                  ("25", "post per minggu"), ("3", "Rate"),
                                  ("750rb", "Kontak")):
        c.send(CREATOR_ID, answer)
        c.replies(CREATOR_ID, has_text(next_question))
    c.send(CREATOR_ID, "sari@example.org")
    preview = c.replies(CREATOR_ID, has_text("Pratinjau"))
    c.press(CREATOR_ID, "rg:save", preview[-1]["id"])
    c.replies(CREATOR_ID, has_text("tersimpan"))

    c.send(BRAND_ID, "cari KOL sunscreen kulit berminyak di Surabaya")
    cards = c.replies(BRAND_ID, has_text("sari.sunscreen"))
    card = next(m for m in cards if "sari.sunscreen" in m.get("text", ""))
    assert "sari@example.org" not in json.dumps(cards)
    rank = rank_of(card["text"], "sari.sunscreen")
    contact = next(data for label, data in buttons(card)
                   if data.startswith("ct:") and label.endswith(f" {rank}"))
    c.press(BRAND_ID, contact, card["id"])
    c.replies(BRAND_ID, has_text("Permintaan kontak dikirim"))
    request = c.replies(CREATOR_ID, has_text("ingin bekerja sama"))[-1]
    assert "sunscreen kulit berminyak" in request["text"]
    accept = next(data for _, data in buttons(request) if data.endswith(":1"))
    c.press(STRANGER_ID, accept, request["id"])  # a forged press from someone else
    c.press(CREATOR_ID, accept, request["id"])
    got = c.replies(BRAND_ID, has_text("sari@example.org"))
    assert sum("sari@example.org" in m.get("text", "") for m in got) == 1

    c.send(CREATOR_ID, "/myprofile")
    c.replies(CREATOR_ID, has_text("12.500 followers"))
    deadline = time.monotonic() + 20
    while not [p for p in c.photos() if p["chatId"] == str(CREATOR_ID)]:
        assert time.monotonic() < deadline, "no chart for /myprofile"
        time.sleep(0.2)
    chart = [p for p in c.photos() if p["chatId"] == str(CREATOR_ID)][-1]
    assert "@sari.sunscreen" in chart["caption"] and chart["bytes"] > 1000
    c.send(CREATOR_ID, "/edit")
    c.replies(CREATOR_ID, has_text("Bagian mana"))
    c.press(CREATOR_ID, "rg:field:city", 1)
    c.replies(CREATOR_ID, has_text("Kota"))
    c.send(CREATOR_ID, "Malang")
    c.replies(CREATOR_ID, has_text("Pratinjau"))
    c.press(CREATOR_ID, "rg:save", 1)
    c.replies(CREATOR_ID, has_text("tersimpan"))
    c.send(CREATOR_ID, "/delete")
    confirm = c.replies(CREATOR_ID, has_text("Hapus profil"))[-1]
    c.press(CREATOR_ID, next(d for _, d in buttons(confirm) if d.startswith("del:yes")),
            confirm["id"])
    c.replies(CREATOR_ID, has_text("Profil dihapus"))


def test_brand_brief_one_answer_more_and_shortlist(live_bot: Emulator) -> None:
    c = live_bot
    c.send(BRAND_ID + 10, "cari KOL skincare kulit berminyak, budget 1 jt per post")
    messages = c.replies(BRAND_ID + 10, lambda ms: any(
        d.startswith("more:") for m in ms for _, d in buttons(m)))
    answer = messages[-1]
    assert len(messages) == 1 and answer["text"].startswith("Yang kutangkap")
    assert [d.split(":")[0] for _, d in buttons(answer)] == (
        ["why", "sl", "ct", "like", "https"] * 5 + ["more", "drop", "chg"])
    c.press(BRAND_ID + 10, buttons(answer)[-3][1], answer["id"])
    c.replies(BRAND_ID + 10, has_text("<b>6. "))
    c.press(BRAND_ID + 10, buttons(answer)[1][1], answer["id"])
    time.sleep(1)
    c.send(BRAND_ID + 10, "/shortlist")
    c.replies(BRAND_ID + 10, has_text("Shortlist kamu"))


def test_nobody_fits_everything_is_said_first_and_constraints_can_be_dropped_or_relaxed(
        live_bot: Emulator) -> None:
    c = live_bot
    brand = BRAND_ID + 20
    c.send(brand, "cari KOL skincare di Makassar, followers 10-20rb")
    answer = c.replies(brand, lambda ms: any(
        d.startswith("drop:") for m in ms for _, d in buttons(m)))[-1]
    # Nobody lives in Makassar: said before the cards, and each card says what it misses.
    assert answer["text"].index("Belum ada kreator yang memenuhi semua kriteria") < (
        answer["text"].index("<b>1. "))
    assert "bukan Makassar" in answer["text"]
    drops = {label: data for label, data in buttons(answer) if data.startswith("drop:")}
    assert set(drops) == {"✖ lokasi", "✖ followers"}
    c.press(brand, drops["✖ lokasi"], answer["id"])
    relaxed = c.replies(brand, has_text("<b>1. "))[-1]
    assert "Makassar" not in relaxed["text"].split("\n")[0]
    assert "followers 10.000–20.000" in relaxed["text"].split("\n")[0]
    assert "Belum ada kreator" not in relaxed["text"]
    changes = {label: data for label, data in buttons(relaxed) if data.startswith("chg:")}
    c.press(brand, changes["✏️ followers"], relaxed["id"])
    c.replies(brand, has_text("Berapa followers-nya?"))
    c.send(brand, "5rb-50rb")
    changed = c.replies(brand, has_text("followers 5.000–50.000"))[-1]
    assert "<b>1. " in changed["text"] and "Makassar" not in changed["text"].split("\n")[0]
    c.send(brand, "followers ga masalah")
    again = c.replies(brand, has_text("<b>1. "))[-1]
    assert "followers" not in again["text"].split("\n")[0]


def test_lookalikes_by_name_and_by_the_card_button(live_bot: Emulator) -> None:
    c = live_bot
    brand = BRAND_ID + 30
    c.send(brand, "cari yang mirip @glow.1 dong")
    named = c.replies(brand, has_text("Kreator yang mirip @glow.1"))[-1]
    assert "(@glow.1)" not in named["text"] and "(@glow." in named["text"]
    like = [data for label, data in buttons(named) if data.startswith("like:")]
    assert len(like) == len([1 for label, _ in buttons(named) if label.startswith("❓")])
    c.press(brand, like[0], named["id"])
    again = c.replies(brand, has_text("Kreator yang mirip @"))[-1]
    first = again["text"].split("\n")[0]
    source = first.split("@", 1)[1].split(" ", 1)[0]
    assert source != "glow.1" and f"(@{source})" not in again["text"]


def test_a_shared_card_link_opens_for_another_user_without_the_contact(
        live_bot: Emulator) -> None:
    c = live_bot
    brand, teammate = BRAND_ID + 40, BRAND_ID + 41
    c.send(brand, "cari kreator kopi di Bandung")
    answer = c.replies(brand, has_text("<b>1. "))[-1]
    share = next(url for label, url in buttons(answer) if label == "🔗 1")
    link = urllib.parse.parse_qs(urllib.parse.urlsplit(share).query)["url"][0]
    payload = link.split("?start=", 1)[1]
    assert payload.startswith("c_")
    c.send(teammate, f"/start {payload}")
    card = c.replies(teammate, has_text("Dibagikan lewat Jodoh"))[-1]
    assert "(@kopi.bandung)" in card["text"] and "@example.com" not in card["text"]
    # ❓ sends the chart (a photo) before the details.
    why = next(data for label, data in buttons(answer) if label == "❓ 1")
    c.press(brand, why, answer["id"])
    c.replies(brand, has_text("Kenapa @kopi.bandung?"))
    charts = [p for p in c.photos() if p["chatId"] == str(brand)]
    assert charts and "@kopi.bandung" in charts[-1]["caption"] and charts[-1]["bytes"] > 1000


def register(c: Emulator, user: int, platform: str, handle: str, niche: str,
             counts: tuple[tuple[str, str], ...]) -> None:
    """A creator's whole /register conversation, answered as a person would."""
    c.send(user, "/register")
    c.press(user, f"rg:pick:{platform}", c.replies(user, has_text("platform"))[-1]["id"])
    answers = [("Username", handle), ("Nama", "/skip"),
               ("Ceritakan", "Review jujur tiap minggu, dari pengalaman sendiri."),
               ("audiensmu", "Mahasiswa dan pekerja muda di kota besar.")]
    for question, answer in answers:
        c.replies(user, has_text(question))
        c.send(user, answer)
    c.replies(user, has_text("niche"))
    for data in (f"rg:tog:{niche}", "rg:done"):
        c.press(user, data, 1)
    c.replies(user, has_text("Kota"))
    c.send(user, "Jakarta")
    c.replies(user, has_text("Bahasa"))
    c.press(user, "rg:tog:id", 1)
    c.press(user, "rg:done", 1)
    for question, answer in counts:
        c.replies(user, has_text(question))
        c.send(user, answer)
    c.press(user, "rg:save", c.replies(user, has_text("Pratinjau"))[-1]["id"])
    c.replies(user, has_text("tersimpan"))


def test_a_youtube_creator_verifies_by_a_code_in_the_channel_description(
        live_bot: Emulator) -> None:
    c = live_bot
    register(c, YOUTUBER_ID, "youtube", "gadget.jujur", "tech_gadgets", (
        ("followers", "30rb"), ("like", "800"), ("komentar", "70"), ("views", "17rb"),
        ("post per minggu", "2"), ("Rate", "1jt"), ("Kontak", "dimas@example.org")))

    c.send(YOUTUBER_ID, f"/verify {YOUTUBE_CHANNEL}")
    given = c.replies(YOUTUBER_ID, has_text("JODOH-"))[-1]
    code = given["text"].split("JODOH-", 1)[1][:6]
    c.youtube.channels[YOUTUBE_CHANNEL].description += f" JODOH-{code}"
    c.press(YOUTUBER_ID, "vf:check", given["id"])
    c.replies(YOUTUBER_ID, has_text("Channel terverifikasi: 31.000 subscribers"))
    c.send(BRAND_ID + 50, "cari reviewer gadget di youtube")
    answer = c.replies(BRAND_ID + 50, has_text("gadget.jujur"))[-1]
    line = next(x for x in answer["text"].split("\n") if "(@gadget.jujur)" in x)
    assert "✓ terverifikasi · sinkron hari ini" in line


@pytest.mark.parametrize(("user", "platform", "handle", "niche", "counts", "told", "brief"), [
    (INSTAGRAMER_ID, "instagram", "gita.glow", "beauty_skincare", (
        ("followers", "12rb"), ("like", "420"), ("komentar", "18"), ("post per minggu", "3"),
        ("Rate", "750rb"), ("Kontak", "gita@example.org")),
     "✓ Instagram @gita.glow terhubung: 12.800 followers", "cari kreator skincare di Jakarta"),
    (TIKTOKER_ID, "tiktok", "dapur.dinda", "food_culinary", (
        ("followers", "22rb"), ("like", "1.800"), ("komentar", "80"), ("views", "28rb"),
        ("post per minggu", "4"), ("Rate", "900rb"), ("Kontak", "dinda@example.org")),
     "✓ TikTok @dapur.dinda terhubung: 23.400 followers", "cari kreator resep masakan di tiktok"),
])
def test_a_creator_connects_by_logging_in_and_brands_see_the_badge(
        live_bot: Emulator, user: int, platform: str, handle: str, niche: str,
        counts: tuple[tuple[str, str], ...], told: str, brief: str) -> None:
    c = live_bot
    register(c, user, platform, handle, niche, counts)
    c.send(user, "/connect")
    offer = c.replies(user, has_text("Masuk ke akunmu"))[-1]
    [(label, link)] = buttons(offer)
    assert label.endswith(told.split()[1])  # "🔐 Masuk dengan Instagram" / "… TikTok"
    # The creator's browser: the provider's login (the stand-in), then Jodoh's callback.
    with urllib.request.urlopen(link, timeout=30) as page:
        assert "Beres!" in page.read().decode()
    c.replies(user, has_text(told))
    brand = BRAND_ID + 60 + user % 10
    c.send(brand, brief)
    answer = c.replies(brand, has_text(handle))[-1]
    line = next(x for x in answer["text"].split("\n") if f"(@{handle})" in x)
    assert "✓ terverifikasi · sinkron hari ini" in line


def test_start_up_sets_menus_per_role_and_language(live_bot: Emulator) -> None:
    menus = {}
    for call in live_bot.settings_calls():
        if call["method"] == "setMyCommands":
            params = call["params"]
            scope = json.loads(params.get("scope") or '{"type": "default"}')
            menus[(scope["type"], scope.get("chat_id"), params.get("language_code"))] = [
                c["command"] for c in json.loads(params["commands"])]
    assert menus[("default", None, "id")] == ["start", "shortlist", "language", "help"]
    assert menus[("default", None, "en")] == menus[("default", None, None)] == (
        menus[("default", None, "id")])
    assert "reindex" in menus[("chat", ADMIN_ID, "en")]
    described = {(c["method"], c["params"].get("language_code"))
                 for c in live_bot.settings_calls()}
    assert {("setMyDescription", "en"), ("setMyShortDescription", "id")} <= described


def test_admin_reindex_shows_progress_and_others_are_refused(live_bot: Emulator) -> None:
    c = live_bot
    c.send(STRANGER_ID, "/reindex")
    c.replies(STRANGER_ID, has_text("khusus admin"))
    c.send(ADMIN_ID, "/reindex")
    status = c.replies(ADMIN_ID, has_text("ndeks"))[0]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        edited = [h for h in c.history() if h.get("messageId") == status["id"]]
        if edited and "selesai" in edited[0]["message"].get("text", ""):
            break
        time.sleep(0.2)
    else:
        raise AssertionError("the status message was never edited to the final state")
    c.send(STRANGER_ID, "/start")  # still responsive after the reindex
    c.replies(STRANGER_ID, has_text("Jodoh"))


@pytest.mark.parametrize("configured", ["s3cret-webhook-token", None])
def test_webhook_mode_accepts_only_the_secret_token(tmp_path: Path, shared_models_dir: Path,
                                                    configured: str | None) -> None:
    """WEBHOOK_URL runs the bot with webhooks; updates without the right secret are refused,
    also when WEBHOOK_SECRET is not set (the bot then derives one from its token)."""
    emulator, port = start_emulator()
    hook_port = free_port()
    derived = Settings(telegram_bot_token=SecretStr(TOKEN)).resolved_webhook_secret
    assert derived is not None
    secret = configured or derived.get_secret_value()
    extra = {"WEBHOOK_SECRET": configured} if configured else {}
    env = bot_env(tmp_path, port, shared_models_dir,
                  WEBHOOK_URL=f"http://127.0.0.1:{hook_port}/telegram", **extra,
                  WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(hook_port))
    log_path = tmp_path / "bot.log"
    with log_path.open("w") as log_file:
        bot = subprocess.Popen([sys.executable, "-m", "jodoh.cli", "bot"], env=env,
                               stdout=log_file, stderr=subprocess.STDOUT)
    client = Emulator(port)

    def post(update_id: int, header: str | None) -> int:
        update = {"update_id": update_id, "message": {
            "message_id": update_id, "date": int(time.time()), "text": "/start",
            "chat": {"id": STRANGER_ID + update_id, "type": "private"},
            "from": {"id": STRANGER_ID + update_id, "is_bot": False, "first_name": "W",
                     "language_code": "en"},
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
        return post_update(hook_port, update, header)

    try:
        deadline = time.monotonic() + 120
        while post(1, secret) != 200:
            assert time.monotonic() < deadline, log_path.read_text()[-2000:]
            time.sleep(0.5)
        client.replies(STRANGER_ID + 1, has_text("Jodoh"))
        assert post(2, None) == 403
        assert post(3, "wrong") == 403
        time.sleep(1)
        for chat in (STRANGER_ID + 2, STRANGER_ID + 3):
            assert client.replies(chat, lambda ms: True, timeout=0.5) == []
    finally:
        bot.terminate()
        bot.wait(timeout=30)
        emulator.terminate()
        emulator.wait(timeout=10)
    assert secret not in log_path.read_text() and TOKEN not in log_path.read_text()


def test_the_emulator_refuses_texts_telegram_would_refuse() -> None:
    """telegram-test-api accepts any length; the proxy refuses what Telegram refuses."""
    emulator, port = start_emulator()

    def send(text: str, parse_mode: str | None = None) -> int:
        payload = {"chat_id": STRANGER_ID, "text": text}
        if parse_mode:
            payload["parse_mode"] = parse_mode
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage", data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            assert b"message is too long" in error.read()
            return int(error.code)

    try:
        assert send("x" * 4097) == 400
        assert send("😀" * 2049) == 400  # two UTF-16 units each
        assert send("<b>" + "x" * 4096 + "</b>", "HTML") == 200  # markup does not count
    finally:
        emulator.terminate()
        emulator.wait(timeout=10)
