"""What a brief says its creators should post ("kreator yang rajin review sepatu lari") weighs as
much as the whole brief in the topic it is searched with; refusing kinds inside a niche
("not gym bodybuilders") narrows the brief's own topic when that niche is what it is about."""

from __future__ import annotations

from pathlib import Path

import pytest

import retrieval.engine as engine
from bot.render import query_summary
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import merge_refinement, parse_brief
from retrieval.profile import CreatorProfile
from retrieval.ranking import score_candidates
from retrieval.topic_signals import settle_refusals
from storage.records import CreatorRecord
from tests.conftest import creator_row
from tests.test_audience import RecordingEmbeddings, real_model_service


@pytest.mark.parametrize(("brief", "topic"), [
    ("Jual sepatu lari. Cari kreator yang rajin review sepatu lari, budget max 1jt.",
     "rajin review sepatu lari"),
    ("Wall lamp for homestays. We want creators who ride mountain bikes on dirt trails. "
     "Size 5k-30k.", "ride mountain bikes on dirt trails"),
    ("Looking for someone whose videos teach kids to code with Scratch",
     "teach kids to code with Scratch"),
    ("kreator sing seneng nggawe konten kebun sayur, min 5rb followers",
     "seneng nggawe konten kebun sayur"),
    # Who follows them is the audience, not what they post.
    ("cari kreator yang suka masak, audiensnya ibu muda Surabaya, min 5rb followers",
     "suka masak"),
    ("Looking for creators who cook at home and whose followers are young mums", "cook at home"),
    ("jual rice cooker mini. Cari kreator yang followersnya anak kos", None),
    # Too few words to say anything of a topic; content said to be free.
    ("cari influencer yang cocok", None),
    # Their size, place and manner are no topic (and cost no second embedding).
    ("Jual kopi. Cari kreator yang punya minimal 10rb followers dan tinggal di Bandung.", None),
    ("We need creators who have at least 10k followers and live in Bali.", None),
    ("looking for creators who are authentic and reply to comments", None),
    ("cari influencer yang engagementnya bagus dan jujur", None),
    ("Jual kopi sachet. Influencer yang kontennya bebas, yg penting followersnya ojol", None),
    ("jual pasir kucing gumpal 10 liter", None),
    # Where the clause goes on to state a constraint, what follows is no topic either.
    ("Cari kreator yang kontennya review jajanan pasar, TikTok only, ya",
     "kontennya review jajanan pasar"),
    ("We want creators who restore old bikes - Platform: NOT Instagram - city: any",
     "restore old bikes"),
    ("cari kreator yg followersnya pecinta kopi, tp domisili harus Bandung biar gampang "
     "ketemuan", None),
    ("cari kreator yang bahas rumah dan interior, di Instagram saja karena pelanggan kami "
     "lihat foto", "bahas rumah dan interior"),
    ("kreator yg kontennya ngerawat ikan hias, bebas kota & platform",
     "kontennya ngerawat ikan hias"),
])
def test_the_creators_asked_for_are_read_from_the_brief(brief: str, topic: str | None) -> None:
    assert parse_brief(brief).creator_topic == topic


def test_the_creators_asked_for_are_searched_with_the_brief(settings: Settings) -> None:
    embeddings = RecordingEmbeddings()
    service = JodohService(settings, embeddings=embeddings)
    try:
        service.import_records([CreatorRecord.model_validate(creator_row(
            "lari.pagi", bio="Latihan lari 10K dan review sepatu lari.",
            niches=["fitness_health"]))])
        service.search("Jual kaos kaki. Cari kreator yang rajin lari pagi dan review sepatu.",
                       top=1, log_brief=False)
    finally:
        service.close()
    assert "rajin lari pagi dan review sepatu" in embeddings.queries


class BatchingEmbeddings(RecordingEmbeddings):
    """A model that computes several queries in one call, recording each batch it is
    given."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        return [self._vector(text) for text in texts]


@pytest.mark.parametrize("batching", [False, True])
def test_a_briefs_texts_share_one_model_call_where_the_model_batches(
        settings: Settings, batching: bool) -> None:
    embeddings = BatchingEmbeddings() if batching else RecordingEmbeddings()
    service = JodohService(settings, embeddings=embeddings)
    brief = ("Jual kaos kaki. Cari kreator yang rajin lari pagi dan review sepatu, "
             "audiensnya pekerja kantoran.")
    try:
        service.import_records([CreatorRecord.model_validate(creator_row(
            "lari.pagi", bio="Latihan lari 10K dan review sepatu lari.",
            community="pekerja kantoran", niches=["fitness_health"]))])
        result = service.search(brief, top=1, log_brief=False)
    finally:
        service.close()
    assert result.query.creator_topic == "rajin lari pagi dan review sepatu"
    asked = [result.query.semantic_text, result.query.creator_topic, result.query.audience]
    if batching:
        assert isinstance(embeddings, BatchingEmbeddings)
        assert [text for batch in embeddings.batches for text in batch][:3] == asked
        assert not set(asked) & set(embeddings.queries)  # none embedded a second time
    else:
        assert set(asked) <= set(embeddings.queries)


@pytest.mark.parametrize(("brief", "ruled_out", "kinds"), [
    # Kinds of a niche the brief names nothing else of: which way they go is settled later.
    ("Kapur magnesium. Creators who train pull-ups in the park, not gym bros, not runners.",
     [], {"fitness_health": ["gym", "runners"]}),
    ("Senar pancing. Cari kreator yang hobi mancing laut, bukan yang masak", [],
     {"food_culinary": ["masak"]}),
    # The niche by its own name, or its creators, is ruled out at once.
    ("Senar pancing buat pemancing, bukan food ya", ["food_culinary"], {}),
    ("energy bars for hikers, not food reviewers", ["food_culinary"], {}),
])
def test_refusing_kinds_is_told_apart_from_refusing_a_niche(
        brief: str, ruled_out: list[str], kinds: dict[str, list[str]]) -> None:
    query = parse_brief(brief)
    assert query.excluded_niches == ruled_out
    assert query.refused_kinds == kinds


# Training with one's own weight, which the lexicon knows no word of: the only word of
# fitness the brief says is the one it refuses.
CHALK = ("Jual kapur magnesium & tape jari. Cari kreator yang rajin latihan pull-up di taman, "
           "bukan yang nge-gym.")


def test_refused_kinds_rule_their_niche_out_unless_the_brief_is_about_it() -> None:
    query = parse_brief(CHALK)
    assert query.refused_kinds == {"fitness_health": ["nge-gym"]}
    assert settle_refusals(query, {"fitness_health": 1.0, "pets": 0.3}) == set()
    assert settle_refusals(query, {"fitness_health": 0.6, "pets": 1.0}) == {"fitness_health"}
    assert settle_refusals(query, {}) == {"fitness_health"}
    assert "bukan nge-gym" in query_summary(query, "id")


def profile(handle: str, niche: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, niches=[niche]))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_a_refused_kind_of_the_briefs_own_niche_keeps_its_creators_on_topic() -> None:
    players = [profile(f"pullup.{i}", "fitness_health") for i in range(3)]
    others = [profile(f"masak.{i}", "food_culinary") for i in range(3)]
    query = parse_brief(CHALK)
    near_players = {**{p.key: 0.90 for p in players}, **{p.key: 0.80 for p in others}}
    ranked = score_candidates(query, players + others, near_players, {})
    assert all(m.on_topic for m in ranked[:3])
    assert {m.profile.handle for m in ranked[:3]} == {p.handle for p in players}
    # Nearer the cooks, the refusal leaves fitness: its creators come after every other.
    near_cooks = {**{p.key: 0.80 for p in players}, **{p.key: 0.90 for p in others}}
    ranked = score_candidates(query, players + others, near_cooks, {})
    assert not any(m.on_topic for m in ranked if m.profile.handle.startswith("pullup"))
    assert ranked[-1].profile.handle.startswith("pullup")


def test_a_follow_up_refusing_a_kind_of_the_briefs_niche_only_narrows_it() -> None:
    first = parse_brief("sepatu lari trail, cari kreator lari dan pendaki")
    narrowed = merge_refinement(first, parse_brief("bukan yang gym ya"))
    assert "fitness_health" in narrowed.niches and narrowed.refused_kinds == {}
    other = merge_refinement(first, parse_brief("bukan yang masak ya"))
    assert other.refused_kinds == {"food_culinary": ["masak"]}


# Creators who train with their own body weight, and coffee creators a coffee sachet's words
# point to.
BODYWEIGHT_BASE = [
    ("taman.kalistenik", "Latihan pull-up, dips dan muscle-up di taman kota tiap pagi.",
     "Anak muda yang latihan tanpa alat.", "fitness_health"),
    ("handstand.harian", "Progres handstand dan planche dari nol, latihan di rumah.",
     "Pemula yang mau kuat pakai berat badan sendiri.", "fitness_health"),
    ("push.up.kampung", "Tantangan push-up 30 hari dan latihan beban tubuh tanpa gym.",
     "Bapak-bapak dan mahasiswa yang olahraga murah.", "fitness_health"),
    ("kopi.susu.rumah", "Resep kopi susu gula aren dan review kopi sachet kekinian.",
     "Pecinta kopi yang ngopi di rumah.", "coffee"),
    ("seduh.manual", "Seduh V60 dan review biji kopi lokal.", "Penggemar kopi manual brew.",
     "coffee"),
    ("kopi.kantor", "Kopi instan rendah gula buat begadang kerja.", "Pekerja kantoran.",
     "coffee"),
    ("resep.ibu", "Masak bekal anak sekolah.", "Ibu muda dengan balita.", "parenting"),
    ("kucing.oren", "Keseharian kucing oren di rumah.", "Pecinta kucing.", "pets"),
]


@pytest.mark.slow
def test_with_the_real_model_the_creators_asked_for_move_up(
        tmp_path: Path, shared_models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A coffee sachet's words point at coffee creators; the creators the brief asks for
    train with their own body weight, and what they post must move them up the list."""
    brief = ("Kopi sachet rendah gula buat yang aktif. Cari kreator yang latihan pakai berat "
             "badan sendiri: pull-up, push-up, handstand di taman tiap pagi.")
    wanted = {"taman.kalistenik", "handstand.harian", "push.up.kampung"}
    service = real_model_service(tmp_path, shared_models_dir, BODYWEIGHT_BASE)
    try:

        def ranks() -> int:
            order = [m.profile.handle for m in service.search(
                brief, top=len(BODYWEIGHT_BASE), log_brief=False).matches]
            return sum(order.index(handle) for handle in wanted)

        with_topic = ranks()
        monkeypatch.setattr(engine, "CREATOR_TOPIC_WEIGHT", 0.0)
        assert with_topic < ranks()
    finally:
        service.close()
