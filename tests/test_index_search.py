"""The vector index explores enough of its graph that the nearest creators it returns are the
true nearest in a small store, also in a store an older Jodoh left on disk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import FakeEmbeddings

from retrieval.index import SEARCH_EF, CreatorIndex, make_chroma_client

ROOT = Path(__file__).resolve().parent.parent
DIM = 384
ASKED = 120  # what a search asks for (`retrieval.engine.DENSE_CANDIDATES`)
ROWS = 300


def unit_rows(rows: int, seed: int) -> np.ndarray:
    """Vectors as a sentence model gives them: all near one direction, in a few groups, so
    that many are almost equally near a query (where an approximate search slips)."""
    rng = np.random.default_rng(seed)
    common = np.random.default_rng(0).standard_normal(DIM)
    groups = np.random.default_rng(1).standard_normal((12, DIM)) * 0.04
    vectors = (common / np.linalg.norm(common) + groups[rng.integers(0, 12, rows)]
               + 0.03 * rng.standard_normal((rows, DIM))).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _open(path: Path) -> CreatorIndex:
    return CreatorIndex(make_chroma_client(path=path), "creators", FakeEmbeddings(size=DIM), "m")


def _assert_exact(index: CreatorIndex, vectors: np.ndarray, ids: list[str]) -> None:
    for query in unit_rows(40, seed=2):
        found = {key for key, _ in index.query(query, limit=ASKED)}
        assert found == {ids[i] for i in np.argsort(-(vectors @ query))[:ASKED]}


def test_a_new_index_finds_the_true_nearest(tmp_path: Path) -> None:
    index = _open(tmp_path)
    assert index.search_ef == SEARCH_EF
    assert index.staging().search_ef == SEARCH_EF  # a rebuild's store too
    vectors = unit_rows(ROWS, seed=1)
    ids = [f"instagram:c{i}" for i in range(ROWS)]
    index.upsert(ids, vectors, [{"platform": "instagram"}] * ROWS)
    _assert_exact(index, vectors, ids)


def test_a_store_made_before_the_setting_gets_it_in_place(tmp_path: Path) -> None:
    # Written by another process, as an older Jodoh left it: Chroma's default search.
    older = f"""
import sys; sys.path[:0] = [{str(ROOT)!r}]
from pathlib import Path
from retrieval.index import make_chroma_client
from tests.test_index_search import ROWS, unit_rows
collection = make_chroma_client(path=Path({str(tmp_path)!r})).create_collection(
    "creators", metadata={{"hnsw:space": "cosine", "embedding_model": "m"}},
    embedding_function=None)
collection.add(ids=[f"instagram:c{{i}}" for i in range(ROWS)], embeddings=unit_rows(ROWS, 1))
assert collection.configuration_json["hnsw"]["ef_search"] < {SEARCH_EF}
"""
    subprocess.run([sys.executable, "-c", older], check=True, cwd=ROOT)
    index = _open(tmp_path)
    assert index.search_ef == SEARCH_EF
    assert index.count() == ROWS and index.stored_model == "m"
    _assert_exact(index, unit_rows(ROWS, seed=1), [f"instagram:c{i}" for i in range(ROWS)])


def test_a_store_that_cannot_be_widened_still_opens(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    make_chroma_client(path=tmp_path).create_collection(
        "creators", metadata={"hnsw:space": "cosine", "embedding_model": "m"},
        embedding_function=None)

    def refuse(self: object, **_: object) -> None:
        raise RuntimeError("this server cannot change a collection")

    monkeypatch.setattr("chromadb.api.models.Collection.Collection.modify", refuse)
    index = _open(tmp_path)
    assert index.search_ef < SEARCH_EF  # Chroma's default, and the index works
    assert index.count() == 0 and index.query(unit_rows(1, seed=3)[0], limit=5) == []
