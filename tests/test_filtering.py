"""The in-memory constraint filter must select exactly what Chroma's `where` filter selects."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.generate import generate
from retrieval.brief_parser import BriefQuery, parse_brief
from retrieval.engine import build_where
from retrieval.filtering import MetadataTable
from retrieval.index import make_chroma_client
from retrieval.profile import CreatorProfile
from storage.records import CreatorRecord

BRIEFS = [
    "skincare di Surabaya",
    "creator TikTok 10-50rb followers di Bandung",
    "kuliner Medan budget 500rb",
    "fitness creators on Instagram under 20k followers",
    "zero waste Bali, bukan TikTok",
    "micro-influencer parenting di Jawa Timur, minimal 5rb followers, budget 2 jt",
    "gaming YouTube Indonesia",
    "kopi",
    "cari kreator apa saja",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[MetadataTable, object]:
    records = [CreatorRecord.model_validate(row) for row in generate(400, seed=5)]
    profiles = [CreatorProfile.from_fields(r, creator_id=i + 1) for i, r in enumerate(records)]
    client = make_chroma_client(path=Path(tmp_path_factory.mktemp("filtering")))
    collection = client.create_collection("filter_check", embedding_function=None,
                                          metadata={"hnsw:space": "cosine"})
    rng = np.random.default_rng(0)
    collection.add(ids=[p.key for p in profiles],
                   embeddings=[rng.normal(size=8).astype(np.float32) for _ in profiles],
                   metadatas=[p.index_metadata() for p in profiles])  # type: ignore[misc]
    table = MetadataTable()
    table.build([p.key for p in profiles], [p.index_metadata() for p in profiles])
    return table, collection


@pytest.mark.parametrize("brief", BRIEFS)
@pytest.mark.parametrize("with_niches", [True, False])
def test_same_creators_as_chroma_where(store: tuple[MetadataTable, object], brief: str,
                                       with_niches: bool) -> None:
    table, collection = store
    query = parse_brief(brief)
    where = build_where(query, with_niches=with_niches)
    allowed = table.allowed(query, with_niches=with_niches)
    if where is None:
        assert allowed is None
        return
    expected = set(collection.get(where=where, include=[])["ids"])  # type: ignore[attr-defined]
    assert allowed is not None and set(allowed) == expected


def test_nearest_is_exact_within_the_constraints() -> None:
    records = [CreatorRecord.model_validate(row) for row in generate(300, seed=9)]
    profiles = [CreatorProfile.from_fields(r, creator_id=i + 1) for i, r in enumerate(records)]
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(len(profiles), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    table = MetadataTable()
    table.build([p.key for p in profiles], [p.index_metadata() for p in profiles],
                list(vectors))
    query = parse_brief("creator Instagram 5-50rb followers")
    probe = vectors[0]
    found = table.nearest(probe, query, with_niches=False, limit=10)
    allowed = set(table.allowed(query, with_niches=False) or [])
    expected = sorted(((float(v @ probe), p.key) for p, v in zip(profiles, vectors, strict=True)
                       if p.key in allowed), reverse=True)[:10]
    assert found is not None
    assert [key for key, _ in found] == [key for _, key in expected]
    assert [score for _, score in found] == pytest.approx([s for s, _ in expected], abs=1e-2)
    # A passing creator without a known vector: no exact answer, the index is asked instead.
    partial = list(vectors)
    partial[next(i for i, p in enumerate(profiles) if p.key in allowed)] = None
    table.build([p.key for p in profiles], [p.index_metadata() for p in profiles], partial)
    assert table.nearest(probe, query, with_niches=False, limit=10) is None


@pytest.mark.parametrize("expected_rows", [0, 5, 40, 100])
def test_batches_build_the_same_table_whatever_the_size_guess(expected_rows: int) -> None:
    from retrieval.filtering import MetadataTableBuilder

    rng = np.random.default_rng(expected_rows)
    keys = [f"instagram:c{n}" for n in range(40)]
    metadatas = [{"platform": "instagram", "city": "Bandung" if n % 2 else "Surabaya",
                  "country": "ID", "followers": 1000 * n, "rate_idr": -1,
                  "niche_beauty": n % 3 == 0} for n in range(40)]
    # The first batch has no vectors at all, later ones some.
    vectors = [None if n < 8 or n % 5 == 0 else rng.normal(size=4).astype(np.float32)
               for n in range(40)]
    builder = MetadataTableBuilder(expected_rows)
    for start in (0, 8, 13, 30):
        end = {0: 8, 8: 13, 13: 30, 30: 40}[start]
        builder.add(keys[start:end], metadatas[start:end], vectors[start:end])
    table = MetadataTable()
    table.install(builder)
    found = table.vectors(keys)
    assert set(found) == {k for k, v in zip(keys, vectors, strict=True) if v is not None}
    for key, vector in zip(keys, vectors, strict=True):
        if vector is not None:
            assert np.allclose(found[key], vector, atol=1e-2)
    query = BriefQuery(text="", language="id", semantic_text="", cities=["Bandung"],
                       niches=["beauty"])
    assert table.allowed(query, with_niches=True) == [
        k for n, k in enumerate(keys) if n % 2 and n % 3 == 0]
