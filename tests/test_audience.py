"""A brief that says who the creator's audience should be: the phrase is searched together
with the brief, and only the brief's own text says what it is about (the neighbours'
niches)."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pytest

import retrieval.ranking as ranking
from bot.render import query_summary
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.audiences import audience_segments, segment_shares
from retrieval.brief_parser import parse_brief
from retrieval.community import CommunityVectors, CommunityVectorsBuilder, community_document
from retrieval.engine import audience_query
from retrieval.keyword import KeywordIndex
from retrieval.profile import CreatorProfile
from retrieval.ranking import score_candidates
from retrieval.topic_signals import audience_shares, niches_of_neighbours
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row


class RecordingEmbeddings(HashingEmbeddings):
    """Records every query it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.queries: list[str] = []

    def embed_query(self, text: str) -> list[float]:
        self.queries.append(text)
        return super().embed_query(text)


def test_the_search_weighs_the_audience(settings: Settings) -> None:
    embeddings = RecordingEmbeddings()
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
        assert "followersnya anak kos" in embeddings.queries
        assert result.matches[0].profile.handle == "kos.masak"
    finally:
        service.close()


def profile(handle: str, niche: str, community: str | None = None) -> CreatorProfile:
    extra = {} if community is None else {"community": community}
    record = CreatorRecord.model_validate(creator_row(handle, niches=[niche], **extra))
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


# Creators of many niches, three of them followed by office workers, three by teenagers.
AUDIENCE_BASE = [
    ("duit.karyawan", "Atur gaji bulanan, dana darurat dan investasi reksadana.",
     "Karyawan kantoran 25-35 tahun di Jakarta yang gajinya habis sebelum tanggal tua.",
     "personal_finance"),
    ("kopi.kantor", "Resep kopi susu rumahan sebelum berangkat kerja.",
     "Pekerja kantoran dan yang WFH, ngopi di meja kerja tiap pagi.", "coffee"),
    ("lari.sore", "Latihan lari 5K sepulang kerja, review sepatu.",
     "Pegawai kantor yang lari buat lepas stres setelah seharian duduk.", "fitness_health"),
    ("mabar.smp", "Main Mobile Legends bareng tiap malam, tips naik rank.",
     "Anak SMP dan SMA yang main bareng teman sekolah.", "gaming"),
    ("ootd.remaja", "Outfit murah buat ke sekolah dan nongkrong.",
     "Remaja 13-18 tahun yang jajan dari uang saku.", "streetwear_fashion"),
    ("belajar.bareng", "Tips belajar buat ujian dan masuk PTN.",
     "Pelajar SMA kelas 12 yang lagi persiapan UTBK.", "education_study"),
    ("resep.ibu", "Masak MPASI dan bekal anak sekolah.", "Ibu muda dengan balita.",
     "parenting"),
    ("kucing.rumah", "Merawat kucing rescue di rumah kecil.", "Pecinta kucing.", "pets"),
]


def test_followers_described_by_the_brief_are_found_in_community_texts(
        settings: Settings) -> None:
    """The creator's audience, not the product, decides; the brand's own market does not."""
    service = JodohService(settings, embeddings=HashingEmbeddings())
    try:
        service.import_records([CreatorRecord.model_validate(creator_row(
            handle, bio=bio, community=community, niches=[niche]))
            for handle, bio, community, niche in AUDIENCE_BASE])
        product = "Kami jual kursi gaming yang enak buat kerja seharian."
        audience = service.search(f"{product} Cari kreator yang audiensnya orang kantoran.",
                                  top=3, log_brief=False)
        market = service.search(f"{product} Target pasar kami orang kantoran.", top=3,
                                log_brief=False)
    finally:
        service.close()
    assert audience.query.creator_audience == "orang kantoran"
    assert {m.profile.handle for m in audience.matches[:2]} == {"duit.karyawan",
                                                                 "kopi.kantor"}
    assert all(m.on_topic for m in audience.matches[:2])
    assert market.query.creator_audience is None
    # The brand's market is only searched with the brief: the product's topic keeps a place.
    assert "mabar.smp" in {m.profile.handle for m in market.matches[:2]}


@pytest.mark.parametrize(("brief", "words"), [
    ("Pengen kreator yang penontonnya banyak bapak-bapak, YouTube aja", "bapak-bapak"),
    ("creators whose followers are hijabi mums", "hijabi mums"),
    ("need creators w/ a teen audience, TikTok", "teen"),
    ("Target pasar kami ibu-ibu", None),
    ("Our customers are mostly students", None),
    ("Any topic is fine, but their followers should be mostly retirees.", "retirees"),
    ("kontennya apa saja, yg penting yg nonton ortu muda", "ortu muda"),
    ("kontennya otomotif, dan followers-nya karyawan / office workers.",
     "karyawan / office workers"),
])
def test_only_the_creators_followers_are_searched_in_communities(
        brief: str, words: str | None) -> None:
    assert parse_brief(brief).creator_audience == words


def real_model_service(tmp_path: Path, models_dir: Path,
                       base: list[tuple[str, str, str, str]]) -> JodohService:
    """A service with the default model holding `base` (handle, bio, community, niche)."""
    settings = Settings(jodoh_data_dir=tmp_path / "data", models_dir=models_dir,
                        _env_file=None)  # type: ignore[call-arg]
    service = JodohService(settings)
    service.import_records([CreatorRecord.model_validate(creator_row(
        handle, bio=bio, community=community, niches=[niche]))
        for handle, bio, community, niche in base])
    return service


@pytest.mark.slow
@pytest.mark.parametrize(("brief", "audience"), [
    ("We make a budgeting app with savings goals and salary tracking. Looking for creators "
     "whose followers are school kids and teenagers.",
     {"mabar.smp", "ootd.remaja", "belajar.bareng"}),
])
def test_with_the_real_model_the_stated_audience_moves_its_creators_up(
        tmp_path: Path, shared_models_dir: Path, monkeypatch: pytest.MonkeyPatch, brief: str,
        audience: set[str]) -> None:
    """The product's words point elsewhere (a salary app); the audience the brief asks for
    must still move the creators it follows up the list — through the search vector alone here
    (the segments both sides name would find them by words: held back)."""
    import retrieval.engine as engine

    monkeypatch.setattr(ranking, "segment_shares", lambda wanted, communities: {})

    service = real_model_service(tmp_path, shared_models_dir, AUDIENCE_BASE)
    try:

        def ranks() -> int:
            order = [m.profile.handle for m in service.search(
                brief, top=len(AUDIENCE_BASE), log_brief=False).matches]
            return sum(order.index(handle) for handle in audience)

        with_audience = ranks()
        monkeypatch.setattr(engine, "AUDIENCE_WEIGHT", 0.0)
        assert with_audience < ranks()
    finally:
        service.close()


def test_when_content_may_be_anything_no_niche_decides() -> None:
    """"kontennya bebas": the product's niche neither orders creators nor keeps them off
    topic; what they post is weighed only by meaning and words."""
    pets = [profile(f"kucing.{i}", "pets") for i in range(3)]
    food = [profile(f"masak.{i}", "food_culinary") for i in range(3)]
    semantic = {p.key: 0.85 for p in pets + food}
    keyword = {**{p.key: 1.0 for p in pets}, **{p.key: 0.5 for p in food}}
    product = ("jual rice cooker mini buat masak nasi dan resep masakan rumahan, kreator yang "
               "followersnya anak kos")
    topical = score_candidates(parse_brief(product), pets + food, semantic, keyword)
    assert topical[0].profile.handle.startswith("masak")
    free = score_candidates(parse_brief(f"{product}, kontennya bebas"), pets + food,
                            semantic, keyword)
    assert free[0].profile.handle.startswith("kucing")
    assert all(m.niche == 0.0 and m.on_topic for m in free)


def test_audience_shares_average_words_and_meaning() -> None:
    words = {"a": 4.0, "b": 2.0}
    # Cosines: the median (0.80) counts as no match, the best (0.90) as a full one.
    meaning = {"a": 0.80, "b": 0.90, "c": 0.85, "d": 0.70, "e": 0.80}
    shares = audience_shares(words, meaning)
    assert shares["b"] == pytest.approx(1.0)  # 0.5 · 0.5 + 0.5 · 1.0, the best
    assert shares["a"] == pytest.approx(0.5 / 0.75)
    assert shares["c"] == pytest.approx(0.25 / 0.75)
    assert shares["d"] == 0.0 and shares["e"] == 0.0
    assert audience_shares(words, {}) == {"a": 1.0, "b": 0.5}
    assert audience_shares({}, {}) == {}
    # Every cosine equal: meaning tells nothing apart, words alone decide.
    assert audience_shares(words, {"a": 0.8, "b": 0.8}) == {"a": 1.0, "b": 0.5}
    # A segment both name counts as a full match by words, whatever BM25 says.
    assert audience_shares(words, {}, {"b": 1.0, "c": 0.5}) == {"a": 1.0, "b": 1.0, "c": 0.5}


def test_a_segment_named_on_both_sides_is_a_match_by_words() -> None:
    asked = audience_segments("Muslim families / hijabi mums")
    assert asked and asked <= audience_segments("Ibu-ibu muslimah muda di Kalimantan")
    assert audience_segments("pecinta kopi") == frozenset() == audience_segments(None)
    communities = {"a": "Ibu-ibu muslimah, suka resep kue", "b": "Mahasiswa Bandung",
                   "c": "Muslimah berhijab & mahasiswi", "d": None}
    assert segment_shares("muslimah atau mahasiswa", communities) == {
        "a": 0.5, "b": 0.5, "c": 1.0}
    assert segment_shares("pecinta kopi", communities) == {}


def test_followers_named_once_are_as_much_on_topic_as_followers_named_twice() -> None:
    """BM25 over community texts rewards repeating the audience's words; naming the segment
    the brief asks for once is the same fact."""
    twice = profile("umroh.keluarga", "travel", "Keluarga muslim & muslimah yang mau umroh")
    once = profile("kue.lebaran", "food_culinary", "Ibu-ibu muslimah, cari resep kue")
    other = profile("mabar.smp", "gaming", "Anak SMP yang main tiap pulang sekolah")
    query = parse_brief("Looking for creators whose followers are Muslim families, any niche")
    words = {twice.key: 6.0, once.key: 1.0}
    ranked = score_candidates(query, [twice, once, other], {}, {}, audience=words)
    on_topic = {m.profile.handle for m in ranked if m.on_topic}
    assert on_topic == {"umroh.keluarga", "kue.lebaran"}


def test_community_vectors_answer_only_for_creators_with_a_community() -> None:
    assert community_document("  ") is None and community_document(None) is None
    assert community_document(" Pelajar SMA ") == "Pelajar SMA"
    vectors = CommunityVectors()
    assert vectors.similarity(["a"], np.ones(3, dtype=np.float32)) == {}
    builder = CommunityVectorsBuilder()
    builder.add(["a", "b"], [np.asarray([1.0, 0.0, 0.0]), None])
    builder.add(["c"], [np.asarray([0.0, 0.6, 0.8])])
    vectors.install(builder)
    found = vectors.similarity(["a", "b", "c", "unknown"], np.asarray([0.0, 0.0, 1.0]))
    assert set(found) == {"a", "c"} and len(vectors) == 2
    assert found["a"] == pytest.approx(0.0, abs=0.01)
    assert found["c"] == pytest.approx(0.8, abs=0.01)
    vectors.install(CommunityVectorsBuilder())
    assert len(vectors) == 0


@pytest.mark.parametrize("expected_rows", [0, 2, 3, 10])
def test_community_rows_stay_with_their_creators_however_many_were_expected(
        expected_rows: int) -> None:
    """Rows go into one preallocated matrix, and those beyond it into extra blocks."""
    builder = CommunityVectorsBuilder(expected_rows)
    axes = np.eye(4, dtype=np.float32)
    builder.add(["a", "b"], [axes[0], axes[1]])
    builder.add(["c", "d", "e"], [axes[2], None, axes[3]])
    vectors = CommunityVectors()
    vectors.install(builder)
    assert len(vectors) == 4
    for key, axis in (("a", 0), ("b", 1), ("c", 2), ("e", 3)):
        found = vectors.similarity([key, "d"], axes[axis])
        assert set(found) == {key} and found[key] == pytest.approx(1.0, abs=0.01)


# Office workers' creators whose community texts share no word with "orang kantoran" or
# "office workers", among gamers (the product is a chair) and others.
OFFICE_WORDS_APART = [
    ("duit.karyawan", "Atur gaji bulanan, dana darurat dan reksadana.",
     "Karyawan muda Jabodetabek yang gajinya habis sebelum tanggal 25.", "personal_finance"),
    ("lari.pagi", "Latihan lari 5K dan review sepatu.",
     "Profesional muda yang lari sebelum masuk kerja.", "fitness_health"),
    ("kopi.meja", "Resep kopi susu rumahan.", "Pegawai yang ngopi di meja kerja tiap pagi.",
     "coffee"),
    ("mabar.smp", "Main Mobile Legends bareng tiap malam, tips naik rank.",
     "Anak SMP dan SMA yang main bareng teman sekolah.", "gaming"),
    ("pc.rakit", "Rakit PC gaming dan review kursi gaming.",
     "Gamer PC yang suka utak-atik setup.", "gaming"),
    ("ootd.remaja", "Outfit murah buat ke sekolah dan nongkrong.",
     "Remaja 13-18 tahun yang jajan dari uang saku.", "streetwear_fashion"),
    ("resep.ibu", "Masak MPASI dan bekal anak sekolah.", "Ibu muda dengan balita.",
     "parenting"),
    ("kucing.rumah", "Merawat kucing rescue di rumah kecil.", "Pecinta kucing.", "pets"),
]


@pytest.mark.slow
def test_with_the_real_model_followers_told_in_other_words_are_found(
        tmp_path: Path, shared_models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The audience phrase is compared with each creator's community text by meaning: the
    office workers' creators rise, though no word of theirs is in the brief (the audience
    vocabulary, which would find them by words, is held back here)."""
    import retrieval.engine as engine

    monkeypatch.setattr(engine, "audience_query", lambda phrase: phrase)
    monkeypatch.setattr(ranking, "segment_shares", lambda wanted, communities: {})
    office = {"duit.karyawan", "lari.pagi", "kopi.meja"}
    service = real_model_service(tmp_path, shared_models_dir, OFFICE_WORDS_APART)
    try:
        for brief in ("Kami jual kursi ergonomis buat kerja seharian. Cari kreator yang "
                      "audiensnya orang kantoran.",
                      "We sell an ergonomic office chair. Looking for creators whose "
                      "followers are office workers."):
            def places(search: JodohService = service, text: str = brief) -> list[int]:
                order = [m.profile.handle for m in search.search(
                    text, top=len(OFFICE_WORDS_APART), log_brief=False).matches]
                return [order.index(handle) for handle in office]

            by_meaning = places()
            with monkeypatch.context() as patch:
                patch.setattr(engine.MatchEngine, "_audience_meaning",
                              lambda self, query, keys: None)
                by_words_only = places()
            assert max(by_meaning) <= 4, brief
            assert sum(by_meaning) < sum(by_words_only), brief
        assert len(service.in_memory.community_vectors) == len(OFFICE_WORDS_APART)
    finally:
        service.close()


def test_an_audience_named_in_other_words_is_found_by_its_vocabulary() -> None:
    communities = {
        "lari.pagi": "Karyawan muda Jakarta yang mulai lari.",
        "runs.jkt": "Jakarta office workers in their late 20s.",
        "mabar.smp": "Anak SMP dan SMA yang main tiap pulang sekolah.",
        "masak.bunda": "Ibu-ibu muda yang baru belajar masak.",
    }
    index = KeywordIndex()
    index.build(list(communities), list(communities.values()))
    # The brief's words alone match none of the office workers' communities.
    assert index.search("orang kantoran", limit=4) == []
    found = [key for key, _ in index.search(audience_query("orang kantoran"), limit=4)]
    assert set(found[:2]) == {"lari.pagi", "runs.jkt"}


def test_audience_query_adds_each_named_audience_once() -> None:
    expanded = audience_query("orang kantoran & anak SMA")
    assert "karyawan" in expanded and "office workers" in expanded and "remaja" in expanded
    assert "mahasiswa" not in expanded
    assert audience_query("pecinta kopi") == "pecinta kopi"  # no known audience: as written


@pytest.mark.parametrize(("brief", "words", "low", "high"), [
    # Voice typing without punctuation: the next audience phrase and what the content may
    # be each end the clause, so the count in the last one stays a count.
    ("cari yang penontonnya tukang kebun dan petani sayur kontennya apa saja boleh masak "
     "jalan2 tapi pengikutnya minimal sepuluh ribu ya",
     "tukang kebun dan petani sayur", 10_000, None),
    ("cari kreator yg followersnya ibu2 rumah tangga tapi followersnya minimal 5rb",
     "ibu2 rumah tangga", 5_000, None),
])
def test_an_audience_clause_ends_where_the_next_one_begins(
        brief: str, words: str, low: int | None, high: int | None) -> None:
    query = parse_brief(brief)
    assert query.creator_audience == words
    assert (query.min_followers, query.max_followers) == (low, high)
    assert query.any_content is ("kontennya" in brief)


@pytest.mark.parametrize("brief", [
    "kontene apa bae oleh, sing penting penontone pensiunan",
    "Konten e bebas, sing penting followers e wong kantor",
    "kontennya opo wae oleh",
])
def test_regional_ways_of_saying_the_content_is_free(brief: str) -> None:
    assert parse_brief(brief).any_content


def test_when_the_content_is_free_who_follows_weighs_half() -> None:
    """The audience's share of relevance: 0.3 beside a product's topic, 0.5 when the brief
    says the content may be anything (its product words are then no criterion)."""
    near = profile("dekat.produk", "food_culinary", "Pecinta kuliner")
    followed = profile("ibu.ibu", "travel", "Ibu-ibu pengajian")
    semantic = {near.key: 0.9, followed.key: 0.8}
    brief = "jual mukena travel, cari kreator yang followersnya ibu-ibu"
    for text, weight in ((brief, 0.3), (f"{brief}, kontennya bebas", 0.5)):
        ranked = {m.profile.handle: m for m in score_candidates(
            parse_brief(text), [near, followed], semantic, {}, audience={followed.key: 2.0})}
        assert ranked["ibu.ibu"].relevance == pytest.approx(weight, abs=1e-3)
    free = score_candidates(parse_brief(f"{brief}, kontennya bebas"), [near, followed],
                            semantic, {}, audience={followed.key: 2.0})
    assert free[0].profile.handle == "ibu.ibu"


@pytest.mark.parametrize(("language", "said"), [
    ("id", "konten apa saja; pengikutnya «ibu-ibu»"),
    ("en", "any content; followed by «ibu-ibu»"),
])
def test_the_understood_line_says_who_should_follow(language: str, said: str) -> None:
    query = parse_brief("jual mukena, cari kreator yang followersnya ibu-ibu, kontennya bebas")
    assert query_summary(query, language).startswith(said)
    long = parse_brief("creators whose followers are " + "very " * 30 + "busy mums")
    shown = query_summary(long, "en")
    assert "followed by «very" in shown and len(shown) < 100


def test_a_brief_naming_its_topic_firmly_wants_both_topic_and_followers() -> None:
    """"Kontennya skincare & serum, followers-nya office workers": a tech creator followed by
    office workers, near the brief only through the audience phrase, is not on topic; when
    the content is free, who follows is enough."""
    beauty = profile("serum.harian", "beauty_skincare", "Mahasiswi di Bandung")
    tech = profile("meja.kerja", "tech_gadgets", "Office workers yang WFH")
    other = profile("resep.murah", "food_culinary", "Anak kos")
    # The search vector blends product and audience; the topic vector is the product alone.
    searched = {beauty.key: 0.85, tech.key: 0.95, other.key: 0.60}
    topic = {beauty.key: 0.90, tech.key: 0.70, other.key: 0.60}
    brief = "jual kemeja kerja. kontennya skincare & serum, followers-nya office workers"
    query = parse_brief(brief)
    assert query.creator_audience == "office workers" and not query.any_content
    ranked = {m.profile.handle: m for m in score_candidates(
        query, [beauty, tech, other], searched, {}, topic_semantic=topic,
        audience={tech.key: 3.0})}
    assert ranked["serum.harian"].on_topic and not ranked["meja.kerja"].on_topic
    free = score_candidates(parse_brief("jual kemeja kerja. konten bebas, followers-nya office "
                                        "workers"), [beauty, tech, other], searched, {},
                            topic_semantic=topic, audience={tech.key: 3.0})
    assert {m.profile.handle for m in free if m.on_topic} >= {"meja.kerja"}


@pytest.mark.parametrize(("brief", "language", "said"), [
    ("cari kreator kuliner, followers minimal 10rb", "id", "followers ≥ 10.000"),
    ("food creators under 30k followers", "en", "followers ≤ 30,000"),
    ("food creators with 5k-30k followers", "en", "followers 5,000–30,000"),
])
def test_one_follower_bound_reads_as_the_budget_does(brief: str, language: str,
                                                     said: str) -> None:
    assert said in html.unescape(query_summary(parse_brief(brief), language))


@pytest.mark.parametrize(("brief", "audience"), [
    # A cue that names no one is no audience: here the followers are a count.
    ("cari kreator futsal, ga usah gede followersnya, yang penting aktif", None),
    ("Our target. Skate creators in Bandung please", None),
    # Nor is a size, even with a thousands comma before its follower word.
    ("surf creators with an active audience of 12,000 to 45,000 followers", None),
    # A cue with whom it names stays.
    ("skate shoes, creators w/ a college-age audience", "w/ a college-age audience"),
])
def test_an_audience_cue_alone_names_no_audience(brief: str, audience: str | None) -> None:
    assert parse_brief(brief).audience == audience
