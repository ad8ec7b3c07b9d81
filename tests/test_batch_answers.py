"""A batch of briefs (`jodoh search --batch`) embeds its query texts together, a chunk at a
time, and answers exactly as one brief at a time would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jodoh.briefs import ANSWER_CHUNK, BriefPipeline, Page
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.embedding import CachedEmbeddings
from retrieval.hubness import reference_briefs
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row


class BatchingEmbeddings(HashingEmbeddings):
    """Records each model call: lone queries, and batches of queries."""

    def __init__(self) -> None:
        super().__init__()
        self.lone: list[str] = []
        self.batches: list[list[str]] = []

    def embed_query(self, text: str) -> list[float]:
        self.lone.append(text)
        return super().embed_query(text)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        return [self._vector(text) for text in texts]


class NoCache:
    def get_many(self, model: str, hashes: object) -> dict[str, object]:
        return {}

    def put_many(self, model: str, vectors: object) -> None:
        pass


def test_queries_are_embedded_in_one_call_and_remembered() -> None:
    inner = BatchingEmbeddings()
    cached = CachedEmbeddings(inner, model_name="m", cache=NoCache())  # type: ignore[arg-type]
    cached.embed_query("kopi susu")
    vectors = cached.embed_queries(["kopi susu", "pasir kucing", "kopi susu", "helm sepeda"])
    assert inner.batches == [["pasir kucing", "helm sepeda"]]
    assert vectors[0] == vectors[2] == inner.embed_query("kopi susu")
    inner.lone.clear()
    assert cached.embed_query("helm sepeda") == vectors[3]
    assert inner.lone == []


def test_an_embedder_without_batches_embeds_one_query_at_a_time() -> None:
    inner = HashingEmbeddings()
    cached = CachedEmbeddings(inner, model_name="m", cache=NoCache())  # type: ignore[arg-type]
    assert cached.embed_queries(["a b", "c d"]) == [inner.embed_query("a b"),
                                                    inner.embed_query("c d")]


@pytest.fixture
def batching_service(settings: Settings) -> Iterator[tuple[JodohService, BatchingEmbeddings]]:
    embeddings = BatchingEmbeddings()
    service = JodohService(settings, embeddings=embeddings)
    service.import_records([CreatorRecord.model_validate(creator_row(
        handle, bio=bio, community=community, niches=[niche], city=city)) for
        handle, bio, community, niche, city in (
        ("kos.masak", "Masak hemat pakai alat seadanya.", "anak kos dan mahasiswa",
         "food_culinary", "Surabaya"),
        ("gadget.ulas", "Ulasan gadget terbaru.", "penggemar teknologi", "tech_gadgets",
         "Jakarta"),
        ("meong.sby", "Tips rawat kucing dan review pasir kucing.", "pemilik kucing",
         "pets", "Surabaya"),
        ("glow.bdg", "Review skincare lokal.", "mahasiswi", "beauty_skincare", "Bandung"))])
    yield service, embeddings
    service.close()


# More than one chunk, and no two alike.
BRIEFS = [brief.format(please) for please in ("dong", "kak", "ya", "gan") for brief in (
    "cari yg review pasir kucing di sby {}",
    "jual rice cooker mini {}. Cari kreator yang followersnya anak kos",
    "cari KOL {}",  # names nothing to search for
    "reviewer gadget Jakarta budget 1jt {}",
    "skincare buat kulit berminyak {}, audiensnya mahasiswi",
)]


def _handles(page: Page | None) -> list[str] | None:
    return None if page is None else [match.profile.handle for match in page.matches]


async def test_a_batch_answers_as_one_brief_at_a_time_would(
        batching_service: tuple[JodohService, BatchingEmbeddings]) -> None:
    service, embeddings = batching_service
    assert len(BRIEFS) > ANSWER_CHUNK
    pipeline = BriefPipeline(service)
    together = [_handles(page) async for page in pipeline.answer_many(BRIEFS, top=3)]

    # One model call per chunk of briefs, and the reference briefs' once (`retrieval.hubness`).
    briefs_calls = [batch for batch in embeddings.batches if batch != reference_briefs()]
    assert len(briefs_calls) == 2 and len(embeddings.batches) == 3
    assert embeddings.lone == []  # every search found its texts embedded
    assert "followersnya anak kos" in briefs_calls[0]
    assert together[2] is None and together[0] is not None
    assert together[0][0] == "meong.sby"

    alone = BriefPipeline(JodohService(service.settings, embeddings=HashingEmbeddings()))
    try:
        assert together == [_handles(await alone.answer(text, top=3)) for text in BRIEFS]
    finally:
        alone.service.close()
