"""The evaluation harness (`bench.evaluate`): metrics, parser accuracy, every system, reports.

Runs on a tiny synthetic set with the hashing embedder; the metric functions are checked by hand
and against the shared `score.py` (skipped when `../shared` is absent).
"""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.evaluate import (
    FULL_SYSTEM,
    METRICS,
    PARSER_FIELDS,
    SYSTEMS,
    EvalSet,
    ParserAccuracy,
    Report,
    compare_markdown,
    grade2_recall_at_k,
    load_eval_set,
    ndcg_at_k,
    parser_checks,
    recall_at_k,
    reciprocal_rank,
    render,
    score_ranking,
    score_run,
    suspicious_at_k,
)
from bench.evaluate import evaluate as run_evaluation
from retrieval.brief_parser import BriefQuery, parse_brief
from retrieval.engine import SearchOptions
from storage.records import iter_jsonl
from tests.conftest import HashingEmbeddings, creator_row, write_jsonl

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "dev" / "score.py"
needs_shared = pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared is not present")


# ------------------------------------------------------------------------- synthetic eval set

CREATORS = [
    creator_row("skin.sby"),
    creator_row("skin.bdg", platform="tiktok", city="Bandung", avg_views=9000, avg_likes=900,
                avg_comments=40),
    creator_row("glow.fake", followers=40_000, avg_likes=60, avg_comments=2,
                follower_history=[39_000, 40_000]),
    creator_row("kopi.jkt", bio="Ngopi tiap hari: review kopi susu dan manual brew.",
                community="Penikmat kopi dan barista rumahan.", niches=["coffee"],
                city="Jakarta", rate_idr=400_000),
    creator_row("kopi.bali", bio="Coffee shop hopping in Bali, latte art and pour-over.",
                community="Coffee lovers and digital nomads in Bali.", niches=["coffee"],
                city="Denpasar", languages=["en", "id"]),
    creator_row("game.mdn", platform="youtube", bio="Let's play game mobile dan review HP gaming.",
                community="Gamer muda di Sumatra.", niches=["gaming"], city="Medan",
                avg_views=15_000),
    creator_row("game.jkt", platform="tiktok", bio="Clip lucu Mobile Legends tiap malam.",
                community="Pelajar yang main game.", niches=["gaming"], city="Jakarta",
                avg_views=20_000, avg_likes=1_500, avg_comments=60),
    creator_row("mama.sby", bio="Cerita jadi ibu baru, MPASI dan mainan edukatif.",
                community="Ibu muda di Surabaya.", niches=["parenting"]),
]
BRIEFS = [
    {"id": "t1", "lang": "id",
     "brief": "cari micro influencer skincare di Surabaya, budget 1 jt/post"},
    {"id": "t2", "lang": "en",
     "brief": "Looking for coffee creators in Bali on Instagram with at least 5k followers"},
    {"id": "t3", "lang": "id", "brief": "butuh kreator gaming di YouTube"},
]
CONSTRAINTS = [
    {"id": "t1", "niches": ["beauty_skincare"], "city": ["Surabaya"], "platform": None,
     "min_followers": 1000, "max_followers": 50000, "max_rate_idr": 1_000_000},
    {"id": "t2", "niches": ["coffee"], "city": ["Denpasar"], "platform": ["instagram"],
     "min_followers": 5000, "max_followers": None, "max_rate_idr": None},
    # A budget the brief never states: the parser cannot find it, so budget accuracy is 2/3.
    {"id": "t3", "niches": ["gaming"], "city": None, "platform": ["youtube"],
     "min_followers": None, "max_followers": None, "max_rate_idr": 500_000},
]
QRELS = [
    {"id": "t1", "relevant": {"skin.sby": 2, "skin.bdg": 1}},
    {"id": "t2", "relevant": {"kopi.bali": 2, "kopi.jkt": 1}},
    {"id": "t3", "relevant": {"game.mdn": 2, "game.jkt": 1}},
]


def write_set(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    write_jsonl(directory / "creators.jsonl", CREATORS)
    write_jsonl(directory / "briefs.jsonl", BRIEFS)
    write_jsonl(directory / "constraints.jsonl", CONSTRAINTS)
    write_jsonl(directory / "qrels.jsonl", QRELS)
    write_jsonl(directory / "labels.jsonl", [
        {"handle": c["handle"], "primary_niche": c["niches"][0],
         "suspicious": c["handle"] == "glow.fake",
         "suspicious_reason": "bought followers" if c["handle"] == "glow.fake" else None}
        for c in CREATORS
    ])
    return directory


@pytest.fixture(scope="module")
def eval_set(tmp_path_factory: pytest.TempPathFactory) -> EvalSet:
    return load_eval_set(write_set(tmp_path_factory.mktemp("evalset") / "tiny"))


@pytest.fixture(scope="module")
def report(eval_set: EvalSet, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Report]:
    yield run_evaluation(
        eval_set, embedding_model="hashing-test", workdir=tmp_path_factory.mktemp("work"),
        embeddings=HashingEmbeddings(), encode_sample=8,
    )


def score_py(qrels: Path, run: Path, labels: Path) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, str(SCORE_PY), str(qrels), str(run), "--labels", str(labels), "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )
    result: dict[str, float] = json.loads(completed.stdout)
    return result


# ------------------------------------------------------------------------------------ metrics


def test_metrics_on_a_hand_made_example() -> None:
    relevant = {"a": 2, "b": 1, "c": 2}
    ranking = ["x", "a", "b", "y"]
    dcg = 2 / math.log2(3) + 1 / math.log2(4)
    idcg = 2 / math.log2(2) + 2 / math.log2(3) + 1 / math.log2(4)
    assert ndcg_at_k(ranking, relevant) == pytest.approx(dcg / idcg)
    assert recall_at_k(ranking, relevant) == pytest.approx(2 / 3)
    assert grade2_recall_at_k(ranking, relevant) == pytest.approx(1 / 2)
    assert reciprocal_rank(ranking, relevant) == pytest.approx(1 / 2)
    # Divided by the cutoff, not by the ranking's length.
    assert suspicious_at_k(ranking, {"y", "z"}) == pytest.approx(1 / 10)
    assert score_ranking(["a", "c", "b"], relevant, set()) == pytest.approx(
        {"nDCG@10": 1.0, "Recall@10": 1.0, "R2@10": 1.0, "MRR": 1.0, "suspicious@10": 0.0})


def test_metric_edge_cases() -> None:
    assert ndcg_at_k(["a"], {}) == 0.0
    assert recall_at_k(["a"], {}) == 0.0
    assert grade2_recall_at_k(["a"], {"a": 1}) == 0.0
    assert reciprocal_rank([], {"a": 2}) == 0.0
    # Beyond the cutoff counts for MRR only.
    ranking = [f"n{i}" for i in range(12)] + ["a"]
    assert ndcg_at_k(ranking, {"a": 2}) == 0.0
    assert reciprocal_rank(ranking, {"a": 2}) == pytest.approx(1 / 13)
    # A brief missing from the run scores as an empty ranking.
    overall, per = score_run({"q1": {"a": 2}, "q2": {"b": 1}}, {"q1": ["a"]}, set())
    assert per["q2"]["nDCG@10"] == 0.0
    assert overall["nDCG@10"] == pytest.approx(0.5)


def test_parser_checks_compare_fields_as_sets() -> None:
    query = BriefQuery(text="", language="id", semantic_text="", niches=["coffee", "travel"],
                       cities=["Jakarta", "Bogor"], platforms=[], min_followers=1000,
                       max_followers=50000, max_rate_idr=None)
    truth = {"niches": ["travel", "coffee"], "city": ["Bogor", "Jakarta"], "platform": None,
             "min_followers": 1000, "max_followers": 50000, "max_rate_idr": None}
    assert parser_checks(query, truth) == dict.fromkeys(PARSER_FIELDS, True)
    wrong = {**truth, "max_followers": None, "city": ["Jakarta"], "max_rate_idr": 1}
    checks = parser_checks(query, wrong)
    assert not checks["followers"] and not checks["city"] and not checks["budget"]
    assert checks["niches"] and checks["platform"]


# ------------------------------------------------------------------------------- evaluation


def test_systems_are_the_named_ablations() -> None:
    structured = ("authenticity", "engagement", "constraints", "niche", "diversity")
    bm25, dense, hybrid = (SYSTEMS[n] for n in
                           ("keyword only (BM25)", "dense only", "hybrid (dense+BM25)"))
    assert (bm25.dense, bm25.keyword, dense.dense, dense.keyword) == (False, True, True, False)
    assert hybrid.dense and hybrid.keyword
    for options in (bm25, dense, hybrid):
        assert not any(getattr(options, name) for name in structured)
    assert SYSTEMS[FULL_SYSTEM] == SearchOptions()
    for name in structured:
        ablated = SYSTEMS[f"full − {name}"]
        assert not getattr(ablated, name)
        assert dataclasses.replace(ablated, **{name: True}) == SearchOptions()


def test_load_eval_set(eval_set: EvalSet) -> None:
    assert [b.id for b in eval_set.briefs] == ["t1", "t2", "t3"]
    assert eval_set.languages == ["id", "en"]
    assert eval_set.suspicious == {"glow.fake"}
    assert eval_set.qrels["t2"] == {"kopi.bali": 2, "kopi.jkt": 1}
    assert eval_set.constraints["t3"]["platform"] == ["youtube"]


def test_every_system_runs_with_metrics_in_range(report: Report) -> None:
    assert [s.name for s in report.systems] == list(SYSTEMS)
    for system in report.systems:
        assert system.degraded == 0
        assert set(system.rankings) == {"t1", "t2", "t3"}
        assert all(0 < len(r) <= 10 for r in system.rankings.values())
        assert set(system.by_lang) == {"id", "en"}
        for metrics in (system.metrics, *system.by_lang.values(), *system.per_brief.values()):
            assert set(metrics) == set(METRICS)
            assert all(0.0 <= value <= 1.0 for value in metrics.values())
    # Per-language means are the means of that language's briefs.
    full = report.system(FULL_SYSTEM)
    assert full.by_lang["en"]["nDCG@10"] == pytest.approx(full.per_brief["t2"]["nDCG@10"])
    assert report.briefs_by_lang == {"id": 2, "en": 1}


def test_parser_accuracy_and_timings(report: Report) -> None:
    parser = report.parser
    assert parser.briefs == 3
    assert set(parser.accuracy) == {*PARSER_FIELDS, "all"}
    assert all(0.0 <= value <= 1.0 for value in parser.accuracy.values())
    assert parser.accuracy["budget"] <= 2 / 3
    assert "t3" in [m["id"] for m in parser.mismatches["budget"]]
    timings = report.timings
    assert timings.creators == 8 and timings.rejected == 0
    assert timings.encode_texts == 8 and timings.encode_texts_per_s > 0
    assert timings.import_seconds > 0 and timings.query_ms_p95 >= timings.query_ms_p50 >= 0
    assert timings.search_briefs == 3
    assert timings.search_ms_p50 is not None and timings.search_ms_p50 > 0


def test_report_outputs(report: Report) -> None:
    markdown = report.to_markdown()
    for name in SYSTEMS:
        assert name in markdown
    assert "nDCG@10 id" in markdown and "nDCG@10 en" in markdown
    assert "all five fields" in markdown and "texts/s" in markdown
    data: dict[str, Any] = json.loads(report.to_json())
    assert data["model"] == "hashing-test" and len(data["systems"]) == len(SYSTEMS)
    assert data["timings"]["encode_texts_per_s"] > 0
    other = dataclasses.replace(report, model="other-model")
    table = compare_markdown([report, other])
    assert "hashing-test" in table and "other-model" in table and "encode texts/s" in table
    assert "Brief parser" in render([report, other], ["hashing-test", "other-model"], "full")


# ------------------------------------------------------------------- agreement with score.py


@needs_shared
def test_metrics_equal_score_py_on_the_harness_run(report: Report, eval_set: EvalSet,
                                                   tmp_path: Path) -> None:
    for name in (FULL_SYSTEM, "keyword only (BM25)"):
        run = report.write_run(name, tmp_path / "run.jsonl")
        expected = score_py(eval_set.path / "qrels.jsonl", run, eval_set.path / "labels.jsonl")
        assert report.system(name).metrics == pytest.approx(expected, abs=1e-4)


@needs_shared
def test_metrics_equal_score_py_on_a_synthetic_run(eval_set: EvalSet, tmp_path: Path) -> None:
    run = {
        "t1": ["glow.fake", "skin.bdg", "mama.sby", "skin.sby"],
        "t2": [f"filler{i}" for i in range(11)] + ["kopi.jkt"],  # relevant only past the cutoff
        # t3 is missing from the run on purpose.
    }
    run_path = write_jsonl(tmp_path / "run.jsonl",
                           [{"id": k, "ranking": v} for k, v in run.items()])
    overall, _ = score_run(eval_set.qrels, run, eval_set.suspicious)
    expected = score_py(eval_set.path / "qrels.jsonl", run_path, eval_set.path / "labels.jsonl")
    assert overall == pytest.approx(expected, abs=1e-4)
    assert overall["suspicious@10"] > 0 and 0 < overall["MRR"] < 1


@needs_shared
def test_metrics_equal_score_py_on_the_dev_bm25_run() -> None:
    dev = SCORE_PY.parent
    if not (dev / "run_bm25.jsonl").is_file():
        pytest.skip("no run_bm25.jsonl in the shared dev set")
    dev_set = load_eval_set(dev)
    run = {row["id"]: row["ranking"] for row in iter_jsonl(dev / "run_bm25.jsonl")}
    overall, _ = score_run(dev_set.qrels, run, dev_set.suspicious)
    expected = score_py(dev / "qrels.jsonl", dev / "run_bm25.jsonl", dev / "labels.jsonl")
    assert overall == pytest.approx(expected, abs=1e-4)


def test_an_invented_constraint_is_counted_apart_from_a_wrong_one() -> None:
    """A price read as a follower range where the brief states none is invented; a stated
    range read wrongly is wrong."""
    truth = {"city": None, "platform": None, "min_followers": 5_000, "max_followers": 30_000,
             "max_rate_idr": None, "niches": ["pets"]}
    parser = ParserAccuracy(briefs=2, accuracy={}, mismatches={
        "followers": [{"id": "a", "expected": [5_000, 30_000], "parsed": [5_000, None]}],
        "budget": [{"id": "b", "expected": None, "parsed": 120_000}],
        "niches": [{"id": "a", "expected": ["pets"], "parsed": []}],
    })
    assert parser.invented("budget") == ["b"] and parser.wrong("budget") == []
    assert parser.invented("followers") == [] and parser.wrong("followers") == ["a"]
    assert parser.invented("niches") == []  # a topic is not a constraint
    assert parser.briefs_with_invented == ["b"]
    query = parse_brief("cari kreator kucing, followers 5rb-30rb, jangan yg TikTok")
    checks = parser_checks(query, {**truth, "platform": ["instagram", "youtube"]})
    assert checks["platform"] and checks["followers"]
