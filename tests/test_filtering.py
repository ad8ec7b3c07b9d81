"""The in-memory constraint filter must select exactly what Chroma's `where` filter selects."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.generate import generate
from jodoh.service import profile_from
from retrieval.brief_parser import parse_brief
from retrieval.engine import build_where
from retrieval.filtering import MetadataTable
from retrieval.index import make_chroma_client
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
    profiles = [profile_from(r, creator_id=i + 1) for i, r in enumerate(records)]
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
    profiles = [profile_from(r, creator_id=i + 1) for i, r in enumerate(records)]
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
