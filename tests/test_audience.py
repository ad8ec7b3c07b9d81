"""A brief that says who the creator's audience should be: the phrase is searched together
with the brief (one model call for both), and only the brief's own text says what it is
about (the neighbours' niches)."""

from __future__ import annotations

from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import parse_brief
from retrieval.embedding import CachedEmbeddings, QueryBatcher, embed_queries
from retrieval.profile import CreatorProfile
from retrieval.ranking import niches_of_neighbours, score_candidates
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row


class BatchingEmbeddings(HashingEmbeddings):
    """Records every batch of queries it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.query_batches: list[list[str]] = []

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        self.query_batches.append(list(texts))
        return [self._vector(text) for text in texts]


class MemoryCache:
    def get_many(self, model: str, hashes: object) -> dict[str, object]:
        return {}

    def put_many(self, model: str, vectors: object) -> None:
        pass


def test_a_brief_and_its_audience_are_encoded_in_one_call() -> None:
    calls: list[list[str]] = []

    def encode(texts: list[str]) -> list[list[float]]:
        calls.append(list(texts))
        return [[float(len(text))] for text in texts]

    batcher = QueryBatcher(encode)
    assert batcher.embed_many(["rice cooker mini", "mahasiswa"]) == [[16.0], [9.0]]
    assert calls == [["rice cooker mini", "mahasiswa"]] and batcher.batches == 1
    inner = BatchingEmbeddings()
    cached = CachedEmbeddings(inner, model_name="m", cache=MemoryCache())  # type: ignore[arg-type]
    cached.embed_query("rice cooker mini")
    cached.embed_queries(["rice cooker mini", "mahasiswa"])  # the brief is remembered
    assert inner.query_batches == [["rice cooker mini"], ["mahasiswa"]]
    # An embedder without a batch method is asked one query at a time.
    plain = HashingEmbeddings()
    assert embed_queries(plain, ["a", "b"]) == [plain.embed_query("a"), plain.embed_query("b")]


def test_the_search_weighs_the_audience_and_encodes_once(settings: Settings) -> None:
    embeddings = BatchingEmbeddings()
    service = JodohService(settings, embeddings=embeddings)
    try:
        service.import_records([CreatorRecord.model_validate(creator_row(
            handle, bio=bio, community=community, niches=[niche])) for
            handle, bio, community, niche in (
            ("kos.masak", "Masak hemat pakai alat seadanya.", "anak kos dan mahasiswa",
             "food_culinary"),
            ("gadget.ulas", "Ulasan gadget terbaru.", "penggemar teknologi",
             "tech_gadgets"))])
        result = service.search("jual rice cooker mini. Cari kreator yang followersnya "
                                 "anak kos", top=2, log_brief=False)
        assert embeddings.query_batches[-1][1] == "followersnya anak kos"
        assert result.matches[0].profile.handle == "kos.masak"
    finally:
        service.close()


def profile(handle: str, niche: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, niches=[niche]))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_only_the_brief_itself_says_what_it_is_about() -> None:
    """An audience of students sits near pet creators whose followers are students; the
    rice cooker brief is still about cooking."""
    pets = [profile(f"kucing.{i}", "pets") for i in range(3)]
    food = [profile(f"masak.{i}", "food_culinary") for i in range(3)]
    searched = {**{p.key: 0.90 for p in pets}, **{p.key: 0.85 for p in food}}
    topic = {**{p.key: 0.80 for p in pets}, **{p.key: 0.88 for p in food}}
    assert niches_of_neighbours(pets + food, searched)["pets"] == 1.0  # the audience's pull
    query = parse_brief("jual rice cooker mini, kreator yang followersnya anak kos")
    ranked = score_candidates(query, pets + food, searched, {}, topic_semantic=topic)
    niche_of = {m.profile.handle: m.niche for m in ranked}
    assert niche_of["masak.0"] > niche_of["kucing.0"]
    without = score_candidates(query, pets + food, searched, {})
    assert {m.profile.handle: m.niche for m in without}["kucing.0"] > niche_of["kucing.0"]
