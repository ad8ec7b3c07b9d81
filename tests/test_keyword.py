"""The keyword index: BM25 scores equal to bm25s's, built batch by batch."""

from __future__ import annotations

import random

import numpy as np
import pytest

from retrieval.keyword import KeywordIndex, KeywordIndexBuilder, tokenize
from tests.conftest import ROOT

WORDS = ("skincare kulit berminyak sunscreen kopi specialty hijab modest fashion gaming mobile "
         "legends parenting bayi resep masakan rumahan jakarta surabaya bandung review jujur "
         "eco ramah lingkungan thrift vintage sepatu lari marathon kucing anjing").split()


def bm25s_scores(texts: list[str], query: str) -> np.ndarray:
    """The reference: the bm25s package, indexed the way this project used it before."""
    bm25s = pytest.importorskip("bm25s")
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(token, len(vocab)) for token in tokenize(text) or ["_"]]
           for text in texts]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
    tokens = [token for token in tokenize(query) if token in vocab]
    if not tokens:
        return np.zeros(len(texts), dtype=np.float32)
    return np.asarray(retriever.get_scores(tokens), dtype=np.float32)


def our_scores(index: KeywordIndex, keys: list[str], query: str) -> np.ndarray:
    found = dict(index.search(query, limit=len(keys)))
    return np.asarray([found.get(key, 0.0) for key in keys], dtype=np.float32)


@pytest.mark.parametrize("seed", range(5))
def test_scores_equal_bm25s_bit_for_bit(seed: int) -> None:
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
             for _ in range(rng.randint(1, 300))]
    keys = [f"instagram:c{number}" for number in range(len(texts))]
    # Built in uneven batches, as the service feeds it from the database.
    builder = KeywordIndexBuilder()
    start = 0
    while start < len(texts):
        size = rng.randint(1, 60)
        builder.add(keys[start : start + size], texts[start : start + size])
        start += size
    index = KeywordIndex()
    index.install(builder)
    assert len(index) == len(texts)
    for _ in range(20):
        query = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
        assert np.array_equal(our_scores(index, keys, query), bm25s_scores(texts, query)), query


def test_sample_creators_rank_like_bm25s() -> None:
    import json

    rows = [json.loads(line) for line in
            (ROOT / "data" / "sample_creators.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [" ".join([row["bio"], row.get("community") or "", *row["niches"]]) for row in rows]
    keys = [f"{row['platform']}:{row['handle']}" for row in rows]
    index = KeywordIndex()
    index.build(keys, texts)
    for query in ("skincare kulit berminyak Surabaya", "kopi specialty", "hijab modest",
                  "parenting bayi", "gaming mobile legends", "xyz unknown"):
        assert np.array_equal(our_scores(index, keys, query), bm25s_scores(texts, query))


def test_empty_index_and_unknown_words_find_nothing() -> None:
    index = KeywordIndex()
    assert index.search("skincare", limit=5) == []
    index.build([], [])
    assert index.search("skincare", limit=5) == []
    index.build(["instagram:a"], ["kopi"])
    assert index.search("teh", limit=5) == []
    assert index.search("kopi", limit=5)[0][0] == "instagram:a"


def test_chat_abbreviations_of_function_words_are_not_matched() -> None:
    # "yg"/"utk" in a brief would otherwise match every community text written in chat style
    # ("ortu yg sibuk") as strongly as the words that say who the followers are.
    assert tokenize("kreator yg audiensnya pekerja kantoran, utk WFH dgn budget") == [
        "audiens", "pekerja", "kantoran", "wfh"]
    index = KeywordIndex()
    index.build(["a", "b"], ["ibu yg sibuk kerja", "pekerja kantoran jakarta"])
    assert [key for key, _ in index.search("yg kantoran", limit=2)] == ["b"]
    # Abbreviations that are also words of a topic stay: "dr kulit", the LG brand.
    assert tokenize("review dr kulit dan tv lg") == ["review", "dr", "kulit", "tv", "lg"]


def test_a_weighted_text_counts_its_weight_and_weight_one_is_appending() -> None:
    index = KeywordIndex()
    keys = ["a", "b", "c"]
    index.build(keys, ["kopi specialty jakarta", "sepatu lari marathon", "kopi lari"])
    appended = dict(index.search("kopi lari", limit=3))
    assert dict(index.search("kopi", limit=3, weighted=(("lari", 1.0),))) == appended
    halved = dict(index.search("kopi", limit=3, weighted=(("lari", 0.5),)))
    alone = dict(index.search("lari", limit=3))
    assert halved["b"] == pytest.approx(0.5 * alone["b"])
    assert halved["a"] == pytest.approx(appended["a"])
    assert dict(index.search("kopi", limit=3, weighted=(("lari", 0.0),))) == dict(
        index.search("kopi", limit=3))
