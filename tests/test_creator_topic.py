"""What a brief says its creators should post ("influencer yang rajin review raket") weighs as
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
from retrieval.ranking import score_candidates, settle_refusals
from storage.records import CreatorRecord
from tests.conftest import creator_row
from tests.test_audience import RecordingEmbeddings, real_model_service


@pytest.mark.parametrize(("brief", "topic"), [
    ("Jual raket & shuttlecock. Cari content creator yang rajin kasih tips smash dan review "
     "raket, budget max 1jt.", "rajin kasih tips smash dan review raket"),
    ("Sunscreen stick for people who train outdoors. I want creators who do bodyweight "
     "training in parks: pull-ups, handstands. Size 5k-30k.",
     "do bodyweight training in parks: pull-ups, handstands"),
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
    ("Jual kopi sachet. Influencer yang kontennya bebas, yg penting followersnya ojol", None),
    ("jual pasir kucing gumpal 10 liter", None),
])
def test_the_creators_asked_for_are_read_from_the_brief(brief: str, topic: str | None) -> None:
    assert parse_brief(brief).creator_topic == topic


def test_the_creators_asked_for_are_searched_with_the_brief(settings: Settings) -> None:
    embeddings = RecordingEmbeddings()
    service = JodohService(settings, embeddings=embeddings)
    try:
        service.import_records([CreatorRecord.model_validate(creator_row(
            "bulu.tangkis", bio="Tips smash dan footwork, review raket.",
            niches=["fitness_health"]))])
        service.search("Jual raket. Cari kreator yang rajin review raket dan kasih tips smash.",
                       top=1, log_brief=False)
    finally:
        service.close()
    assert "rajin review raket dan kasih tips smash" in embeddings.queries


@pytest.mark.parametrize(("brief", "ruled_out", "kinds"), [
    # Kinds of a niche the brief names nothing else of: which way they go is settled later.
    ("Sunscreen stick. Creators who do bodyweight training, not gym bodybuilders, not runners.",
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


# Badminton by its gear alone: the brief names no word of fitness but the one it refuses.
RACKETS = "Jual raket & shuttlecock. Cari kreator yang rajin main, bukan tenis meja ya."


def test_refused_kinds_rule_their_niche_out_unless_the_brief_is_about_it() -> None:
    query = parse_brief(RACKETS)
    assert query.refused_kinds == {"fitness_health": ["tenis"]}
    assert settle_refusals(query, {"fitness_health": 1.0, "pets": 0.3}) == set()
    assert settle_refusals(query, {"fitness_health": 0.6, "pets": 1.0}) == {"fitness_health"}
    assert settle_refusals(query, {}) == {"fitness_health"}
    assert "bukan tenis" in query_summary(query, "id")


def profile(handle: str, niche: str) -> CreatorProfile:
    record = CreatorRecord.model_validate(creator_row(handle, niches=[niche]))
    return CreatorProfile.from_fields(record, creator_id=1)


def test_a_refused_kind_of_the_briefs_own_niche_keeps_its_creators_on_topic() -> None:
    players = [profile(f"badminton.{i}", "fitness_health") for i in range(3)]
    others = [profile(f"masak.{i}", "food_culinary") for i in range(3)]
    query = parse_brief(RACKETS)
    near_players = {**{p.key: 0.90 for p in players}, **{p.key: 0.80 for p in others}}
    ranked = score_candidates(query, players + others, near_players, {})
    assert all(m.on_topic for m in ranked[:3])
    assert {m.profile.handle for m in ranked[:3]} == {p.handle for p in players}
    # Nearer the cooks, the refusal leaves fitness: its creators come after every other.
    near_cooks = {**{p.key: 0.80 for p in players}, **{p.key: 0.90 for p in others}}
    ranked = score_candidates(query, players + others, near_cooks, {})
    assert not any(m.on_topic for m in ranked if m.profile.handle.startswith("badminton"))
    assert ranked[-1].profile.handle.startswith("badminton")


def test_a_follow_up_refusing_a_kind_of_the_briefs_niche_only_narrows_it() -> None:
    first = parse_brief("sepatu lari trail, cari kreator lari dan pendaki")
    narrowed = merge_refinement(first, parse_brief("bukan yang gym ya"))
    assert "fitness_health" in narrowed.niches and narrowed.refused_kinds == {}
    other = merge_refinement(first, parse_brief("bukan yang masak ya"))
    assert other.refused_kinds == {"food_culinary": ["masak"]}


# Creators who train with their own body weight, and skincare creators a sunscreen's words
# point to.
BODYWEIGHT_BASE = [
    ("taman.kalistenik", "Latihan pull-up, dips dan muscle-up di taman kota tiap pagi.",
     "Anak muda yang latihan tanpa alat.", "fitness_health"),
    ("handstand.harian", "Progres handstand dan planche dari nol, latihan di rumah.",
     "Pemula yang mau kuat pakai berat badan sendiri.", "fitness_health"),
    ("push.up.kampung", "Tantangan push-up 30 hari dan latihan beban tubuh tanpa gym.",
     "Bapak-bapak dan mahasiswa yang olahraga murah.", "fitness_health"),
    ("kulit.glowing", "Review serum, toner dan sunscreen untuk kulit berminyak.",
     "Cewek 18-30 yang rajin skincare.", "beauty_skincare"),
    ("sunscreen.review", "Uji sunscreen: white cast, tahan keringat, SPF beneran?",
     "Pecinta skincare lokal.", "beauty_skincare"),
    ("makeup.kondangan", "Makeup tahan lama buat kondangan dan wisuda.",
     "Perempuan muda yang suka dandan.", "beauty_skincare"),
    ("kopi.pagi", "Resep kopi susu rumahan.", "Pekerja kantoran.", "coffee"),
    ("kucing.oren", "Keseharian kucing oren di rumah.", "Pecinta kucing.", "pets"),
]


@pytest.mark.slow
def test_with_the_real_model_the_creators_asked_for_move_up(
        tmp_path: Path, shared_models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sunscreen's words point at skincare creators; the creators the brief asks for train
    with their own body weight, and what they post must move them up the list."""
    brief = ("Sunscreen stick anti keringat SPF 50 dari brand skincare kami. Cari kreator yang "
             "latihan pakai berat badan sendiri: pull-up, push-up, handstand di taman.")
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
