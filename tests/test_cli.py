"""The `jodoh` command line, as the contract defines it, with the real packaged model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jodoh.briefs import ANSWER_CHUNK
from jodoh.cli import app
from retrieval.brief_parser import parse_brief
from storage.db import head_revision
from storage.records import iter_jsonl
from tests.conftest import ROOT, SHARED_DEV, creator_row, write_jsonl

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_models_dir: Path) -> Path:
    monkeypatch.setenv("JODOH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MODELS_DIR", str(shared_models_dir))
    for name in ("DATABASE_URL", "CHROMA_HOST", "EMBEDDING_MODEL"):
        monkeypatch.delenv(name, raising=False)  # the defaults, as a fresh clone runs them
    return tmp_path


def test_import_reports_bad_rows_and_keeps_good_ones(env: Path) -> None:
    path = write_jsonl(env / "creators.jsonl", [
        creator_row("kopi.sby", bio="Ngopi tiap pagi, review kopi susu literan.",
                    niches=["coffee"]),
        creator_row("neg", followers=-1),
        "not json",
        creator_row("glow.sby"),
    ])
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 1
    assert "line 2 (neg)" in result.output and "line 3" in result.output
    assert "created 2" in result.output
    stats = runner.invoke(app, ["stats", "--json"])
    counts = json.loads(stats.stdout)
    assert (counts["creators"], counts["indexed"]) == (2, 2)

    again = runner.invoke(app, ["import", str(path)])
    assert "unchanged 2" in again.output

    search = runner.invoke(app, ["search", "cari KOL kopi susu di Surabaya", "--json",
                                 "--top", "2"])
    assert search.exit_code == 0, search.output
    rows = json.loads(search.stdout)
    assert rows[0]["handle"] == "kopi.sby"
    assert set(rows[0]) == {"handle", "platform", "score", "scores", "explanation", "followers",
                            "misses", "verified", "verified_at"}
    assert rows[0]["misses"] == [] and rows[0]["verified"] is False

    table = runner.invoke(app, ["search", "skincare Surabaya"])
    assert table.exit_code == 0 and "glow.sby" in table.output
    # A row's numbers are written as its explanation writes them: Indonesian here.
    indonesian = runner.invoke(app, ["search", "cari KOL kopi susu di Surabaya dong", "--top",
                                     "1"])
    assert "12.000" in indonesian.output and "12,000" not in indonesian.output


def test_import_rejects_wrong_file_type(env: Path) -> None:
    path = env / "creators.xlsx"
    path.write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 2
    assert ".jsonl and .csv" in result.output


def test_search_needs_a_brief_or_a_batch(env: Path) -> None:
    assert runner.invoke(app, ["search"]).exit_code == 2


def test_a_search_of_an_empty_base_says_how_to_fill_it(env: Path) -> None:
    table = runner.invoke(app, ["search", "review pasir kucing di sby"])
    assert table.exit_code == 0, table.output
    assert "no creators in the database yet" in table.output
    assert "jodoh import FILE" in table.output and "jodoh demo" in table.output
    assert "No creator matches this brief." in table.output
    as_json = runner.invoke(app, ["search", "review pasir kucing di sby", "--json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.stdout) == []  # the note went to stderr


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="shared dev set not present")
def test_dev_set_batch_beats_keyword_baseline(env: Path) -> None:
    """The contract's evaluation path: import the dev set, search all briefs, score them."""
    imported = runner.invoke(app, ["import", str(SHARED_DEV / "creators.jsonl")])
    assert imported.exit_code == 0, imported.output
    reindexed = runner.invoke(app, ["reindex"])
    assert "(0 texts embedded" in reindexed.output
    batch = runner.invoke(app, ["search", "--batch", str(SHARED_DEV / "briefs.jsonl"),
                                "--top", "10", "--json"])
    assert batch.exit_code == 0
    run_file = env / "run.jsonl"
    run_file.write_text(batch.stdout, encoding="utf-8")
    lines = [json.loads(line) for line in batch.stdout.splitlines() if line.strip()]
    assert len(lines) == 40 and all(len(line["results"]) == 10 for line in lines)
    scored = subprocess.run(
        [sys.executable, str(SHARED_DEV / "score.py"), str(SHARED_DEV / "qrels.jsonl"),
         str(run_file), "--json"], capture_output=True, text=True, check=True,
    )
    metrics = json.loads(scored.stdout)
    assert metrics["nDCG@10"] > 0.323 + 0.2  # the BM25 baseline in ../shared/README.md
    assert metrics["suspicious@10"] < 0.093


def test_db_commands_on_sqlite_and_postgresql(env: Path, database_url: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    behind = runner.invoke(app, ["db", "current"])
    assert behind.exit_code == 1 and "database empty" in behind.output
    upgraded = runner.invoke(app, ["db", "upgrade"])
    assert upgraded.exit_code == 0, upgraded.output
    current = runner.invoke(app, ["db", "current"])
    head = head_revision()
    assert current.exit_code == 0 and f"database {head}, code {head}" in current.output


def test_a_malformed_batch_line_is_reported_and_the_others_answered(env: Path) -> None:
    """One malformed line killed `search --batch`; an empty brief returned arbitrary creators."""
    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row("kopi.bdg", bio="Review kopi specialty", niches=["coffee"],
                    city="Bandung")]))]).exit_code == 0
    batch = env / "briefs.jsonl"
    # The bad lines straddle the first chunk of briefs embedded together.
    first = [json.dumps({"id": f"k{n}", "brief": f"kopi {word} Bandung"})
             for n, word in enumerate(["susu", "gula aren", "tubruk", "hitam", "dingin",
                                       "literan", "botolan", "sachet", "saring", "arabika",
                                       "robusta", "luwak", "tetes"])]
    assert len(first) == ANSWER_CHUNK - 3
    batch.write_text("\n".join([
        *first,
        json.dumps({"id": "a", "brief": "kopi specialty Bandung"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "brief": "halo kak 🙏"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "brief": "review kopi"}),
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["search", "--batch", str(batch), "--json"])
    assert result.exit_code == 1
    answered = [json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()]
    assert answered == [f"k{n}" for n in range(len(first))] + ["a", "d"]
    for line in (15, 16, 17, 18):
        assert f"line {line}:" in result.stderr
    empty = runner.invoke(app, ["search", "cari KOL dong"])
    assert empty.exit_code == 2 and "nothing to search" in empty.stderr


def test_batch_lines_say_what_was_understood_and_what_each_result_misses(env: Path) -> None:
    """The contract: `understood` per line with the constraints' keys; `followers`, `misses`
    and `verified` per result."""
    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row("kopi.bdg", bio="Review kopi specialty", niches=["coffee"], city="Bandung",
                    followers=8_000, follower_history=[7_600, 8_000], avg_likes=300),
        creator_row("kopi.sby", bio="Review kopi specialty tiap minggu", niches=["coffee"],
                    city="Surabaya", followers=60_000, follower_history=[58_000, 60_000],
                    avg_likes=1_500)]))]).exit_code == 0
    batch = write_jsonl(env / "briefs.jsonl", [
        {"id": "x", "brief": "cari kreator kopi di Bandung, followers 5rb-20rb, jangan yg TikTok"}])
    result = runner.invoke(app, ["search", "--batch", str(batch), "--json"])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.strip())
    assert line["understood"] == {
        "niches": ["coffee"], "city": ["Bandung"], "platform": ["instagram", "youtube"],
        "min_followers": 5_000, "max_followers": 20_000, "max_rate_idr": None}
    by_handle = {row["handle"]: row for row in line["results"]}
    assert by_handle["kopi.bdg"]["misses"] == [] and by_handle["kopi.bdg"]["followers"] == 8_000
    assert by_handle["kopi.sby"]["misses"] == ["city", "followers"]
    assert all(row["verified"] is False and row["verified_at"] is None
               for row in line["results"])


def test_every_realistic_brief_asks_for_something() -> None:
    """The empty-brief check never refuses a real brief (every evaluation set's briefs)."""
    files = [*ROOT.glob("data/eval/*/briefs.jsonl"),
             *SHARED_DEV.parent.glob("*/briefs.jsonl")]
    assert files
    for path in files:
        for row in iter_jsonl(path):
            assert parse_brief(row["brief"]).asks_for_something, (path.name, row["brief"])
    # Also what people type that is about the search, not a topic: a role, a button's label.
    for empty in ("", "  ", "?", "halo", "cari KOL dong kak", "🙏🙏", "hi, looking for creators",
                  "🛍 I'm a brand", "✖ city", "✏️ platform", "ubah lokasi",
                  # an amount alone states no constraint, so it is no topic either
                  "500rb", "Rp 500.000", "harga 25rb", "500rb-an ya kak",
                  # what a chat answers to anything
                  "ok", "oke makasih kak", "thanks!", "sip 👍", "wkwk"):
        assert not parse_brief(empty).asks_for_something, empty
    assert parse_brief("city pop vinyl creators").asks_for_something
    assert parse_brief("ok, skincare di Bandung ya").asks_for_something


BRIEF = "cari KOL kopi specialty di Bandung"


def test_the_cli_and_the_bot_answer_a_brief_through_one_pipeline(
        env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`jodoh search` and the bot both answer through `BriefPipeline`, with the same result."""
    import asyncio

    from bot.app import build_application
    from bot.local import LocalBotAPI, LocalUser
    from jodoh.briefs import BriefPipeline
    from jodoh.service import JodohService
    from jodoh.settings import load_settings
    from tests.bot_helpers import Harness, handles_in

    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row(f"kopi.{i}", bio=f"Review kopi specialty nomor {i}", niches=["coffee"],
                    city="Bandung" if i % 2 else "Jakarta") for i in range(8)]))]).exit_code == 0
    pages: list[str] = []
    real_page = BriefPipeline.page

    async def spy(self: BriefPipeline, query: Any, **options: Any) -> Any:
        pages.append(query.text)
        return await real_page(self, query, **options)

    monkeypatch.setattr(BriefPipeline, "page", spy)
    cli = runner.invoke(app, ["search", BRIEF, "--json", "--top", "5"])
    assert cli.exit_code == 0, cli.output
    cli_handles = [row["handle"] for row in json.loads(cli.stdout)]

    async def ask_the_bot() -> list[str]:
        service = JodohService(load_settings())
        api = LocalBotAPI()
        bot = build_application(load_settings(), service=service, request=api)
        async with bot:
            await bot.post_init(bot)  # type: ignore[misc]
            sent = await Harness(bot, api).send(LocalUser(1), BRIEF)
        service.close()
        return handles_in(sent[-1])

    assert asyncio.run(ask_the_bot()) == cli_handles
    assert pages == [BRIEF, BRIEF]


def test_with_a_chat_model_configured_the_cli_prints_its_explanations(
        env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    written = "Kontennya sesuai dengan brief dan komunitasnya aktif."
    model = FakeListChatModel(responses=["{}", *[written] * 5])
    monkeypatch.setenv("LLM_MODEL", "fake:list")
    monkeypatch.setattr("jodoh.briefs.load_chat_model",
                        lambda spec: model if spec == "fake:list" else None)
    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row(f"kopi.{i}", bio="Review kopi specialty", niches=["coffee"])
        for i in range(3)]))]).exit_code == 0
    result = runner.invoke(app, ["search", BRIEF, "--json", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert [row["explanation"] for row in json.loads(result.stdout)] == [written] * 3


def test_like_finds_creators_like_one_never_itself_nor_a_suspicious_one(env: Path) -> None:
    coffee = {"bio": "Review kopi susu dan manual brew dari kedai lokal.", "niches": ["coffee"],
              "community": "Pekerja muda pecinta kopi."}
    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row("kopi.a", **coffee),
        creator_row("kopi.b", **coffee, city="Bandung"),
        creator_row("kopi.c", **{**coffee, "bio": "Cafe hopping dan ngopi tiap pagi."}),
        # Bought followers: ER far under the norm, a jump in one month.
        creator_row("kopi.fake", **coffee, followers=48_000, avg_likes=40, avg_comments=1,
                    follower_history=[9_000, 48_000]),
        creator_row("glow.a"), creator_row("glow.b", city="Bandung"),
        creator_row("dua", **coffee), creator_row("dua", **coffee, platform="tiktok",
                                                  avg_views=5_000),
    ]))]).exit_code == 0
    result = runner.invoke(app, ["search", "--like", "@kopi.a", "--json", "--top", "5"])
    assert result.exit_code == 0, result.output
    handles = [row["handle"] for row in json.loads(result.stdout)]
    assert "kopi.a" not in handles and "kopi.fake" not in handles
    assert set(handles[:3]) == {"kopi.b", "kopi.c", "dua"}
    ambiguous = runner.invoke(app, ["search", "--like", "dua"])
    assert ambiguous.exit_code == 2 and "add --platform" in ambiguous.output
    one = runner.invoke(app, ["search", "--like", "dua", "--platform", "tiktok", "--json"])
    rows = json.loads(one.stdout)
    assert one.exit_code == 0 and ("dua", "tiktok") not in {
        (row["handle"], row["platform"]) for row in rows}
    assert runner.invoke(app, ["search", "--like", "nobody"]).exit_code == 2
    assert runner.invoke(app, ["search", "kopi", "--platform", "tiktok"]).exit_code == 2
    assert runner.invoke(app, ["search", "kopi", "--like", "kopi.a"]).exit_code == 2


def test_refresh_verifies_youtube_creators_and_a_wrong_key_changes_nothing(
        env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.standins.youtube import Channel, YouTubeStandIn, serve

    channel = "UC" + "x" * 22
    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row("hp.review", platform="youtube", bio="Review HP murah tiap minggu.",
                    niches=["tech_gadgets"], followers=20_000, avg_likes=500, avg_comments=40,
                    avg_views=9_000, follower_history=[19_000, 20_000],
                    youtube_channel_id=channel)]))]).exit_code == 0
    monkeypatch.delenv("YOUTUBE_API_KEY", raising=False)
    missing = runner.invoke(app, ["refresh"])
    assert missing.exit_code == 2 and "YOUTUBE_API_KEY is not set" in missing.output
    unset = runner.invoke(app, ["refresh", "--platform", "instagram"])
    assert unset.exit_code == 2 and "Instagram login is not configured" in unset.output
    stand_in = YouTubeStandIn(channels={channel: Channel(21_300, [(9_500, 480, 35)])})
    with serve(stand_in):
        monkeypatch.setenv("YOUTUBE_API_URL", stand_in.url)
        monkeypatch.setenv("YOUTUBE_API_KEY", "wrong")
        wrong = runner.invoke(app, ["refresh"])
        assert wrong.exit_code == 1 and "Nothing was changed" in wrong.output
        assert "wrong" not in wrong.output
        before = json.loads(runner.invoke(app, ["search", "review HP murah", "--json"]).stdout)
        assert before[0]["verified"] is False and before[0]["followers"] == 20_000
        monkeypatch.setenv("YOUTUBE_API_KEY", "good-key")
        done = runner.invoke(app, ["refresh", "--platform", "youtube"])
        assert done.exit_code == 0, done.output
        assert "verified 1" in done.output
    after = json.loads(runner.invoke(app, ["search", "review HP murah", "--json"]).stdout)
    assert after[0]["verified"] is True and after[0]["verified_at"]
    assert after[0]["followers"] == 21_300


def test_refresh_reads_instagram_accounts_through_business_discovery(
        env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.standins.instagram import (
        DISCOVERY_TOKEN,
        DISCOVERY_USER_ID,
        InstagramStandIn,
        PublicAccount,
        serve,
    )

    assert runner.invoke(app, ["import", str(write_jsonl(env / "c.jsonl", [
        creator_row("sari.sunscreen")]))]).exit_code == 0
    stand_in = InstagramStandIn(public={"sari.sunscreen": PublicAccount(12_900, [(520, 31)])})
    with serve(stand_in):
        monkeypatch.setenv("INSTAGRAM_DISCOVERY_USER_ID", DISCOVERY_USER_ID)
        monkeypatch.setenv("INSTAGRAM_DISCOVERY_URL", stand_in.discovery_url)
        monkeypatch.setenv("INSTAGRAM_DISCOVERY_TOKEN", "wrong-token")
        wrong = runner.invoke(app, ["refresh", "--platform", "instagram"])
        said = " ".join(wrong.output.split())
        assert wrong.exit_code == 1 and "check INSTAGRAM_DISCOVERY_TOKEN" in said
        assert "Nothing was changed" in said and "wrong-token" not in said
        monkeypatch.setenv("INSTAGRAM_DISCOVERY_TOKEN", DISCOVERY_TOKEN)
        done = runner.invoke(app, ["refresh", "--platform", "instagram"])
        assert done.exit_code == 0 and "instagram: verified 1" in done.output, done.output
    rows = json.loads(runner.invoke(app, ["search", "skincare surabaya", "--json"]).stdout)
    assert rows[0]["verified"] is True and rows[0]["followers"] == 12_900
