"""Topic first, with the real embedding model: when the stated city has no creator of the
brief's topic, the answer shows creators of the topic from elsewhere (each saying what it
misses), not whoever happens to live in that city, and it says first that nobody fits all."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.render import fit_notice
from jodoh.briefs import build_pipeline
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.conftest import creator_row

pytestmark = pytest.mark.slow

# topic → creators of it (none in Surabaya) and a brief that asks for Surabaya.
TOPICS: dict[str, tuple[list[tuple[str, str, str, str]], str]] = {
    "cats": ([
        ("meong.bandung", "Tiap hari ngurus 4 kucing rescue, review pasir, makanan basah dan "
         "grooming di rumah.", "pets", "Bandung"),
        ("anabul.diary", "Cat mom of three. Litter box tips, vet visits, kitten care.",
         "pets", "Medan"),
        ("catlover.jkt", "Konten kucing persia & domestik, tips pasir gumpal yang ga bau.",
         "pets", "Jakarta"),
        ("kucingkampung.mlg", "Cerita sehari-hari kucing kampung adopsi, vaksin & steril.",
         "pets", "Malang"),
        ("purrfect.bali", "Cats, cat furniture and litter reviews from a small flat.",
         "pets", "Denpasar"),
    ], "jual pasir kucing tofu, cari kreator di Surabaya, followers 5-30rb"),
    "baking": ([
        ("dapur.roti.sari", "Baking roti sourdough dan kue kering di oven rumahan, resep "
         "step by step.", "food_culinary", "Bandung"),
        ("bakewithnia", "Home baker: cookies, bolu, and bread experiments every weekend.",
         "food_culinary", "Yogyakarta"),
        ("kuebunda.mdn", "Resep nastar, kastengel dan brownies panggang untuk jualan "
         "lebaran.", "food_culinary", "Medan"),
        ("oven.kecil", "Bikin roti sobek dan cinnamon roll pakai oven listrik kecil.",
         "food_culinary", "Malang"),
        ("sweetcrumbs.id", "Cake decorating and cupcake tutorials for beginner bakers.",
         "food_culinary", "Jakarta"),
    ], "we sell butter and flour for home bakers, need creators based in Surabaya"),
    "running": ([
        ("lari.pagi.andi", "Pelari maraton amatir, review sepatu lari dan program latihan "
         "5K-21K.", "fitness_health", "Jakarta"),
        ("runwithmaya", "Weekly long runs, race recaps, running shoe reviews.",
         "fitness_health", "Bandung"),
        ("joggingbareng", "Komunitas lari pemula, tips napas & pace buat yang baru mulai.",
         "fitness_health", "Semarang"),
        ("trailrunner.bdg", "Trail running di Lembang, review jam GPS dan sepatu trail.",
         "fitness_health", "Bandung"),
        ("ultra.mila", "Ultra marathon training diary, nutrition on long runs.",
         "fitness_health", "Denpasar"),
    ], "brand kaos lari dry-fit buat yang rutin lari pagi atau ikut marathon, cari KOL "
                 "domisili Surabaya ya kak"),
    "phones": ([
        ("gadget.murah.id", "Review HP sejutaan: kamera, baterai, game test.", "tech_gadgets",
         "Jakarta"),
        ("techwithraka", "Budget smartphone reviews and unboxings in Bahasa.", "tech_gadgets",
         "Bandung"),
        ("hpkentang", "Bandingin HP entry level buat pelajar dan ojol.", "tech_gadgets",
         "Medan"),
        ("unboxing.rian", "Unboxing HP baru tiap minggu, fokus harga di bawah 2 juta.",
         "tech_gadgets", "Semarang"),
        ("phonecheck.bali", "Camera and battery tests of cheap Android phones.",
         "tech_gadgets", "Denpasar"),
    ], "cari reviewer HP murah di Surabaya buat launching hp 1,5jt-an"),
}
# Creators in Surabaya, none of them about any topic above.
ELSEWHERE_TOPICS = [
    ("hijab.sby", "OOTD hijab harian dan tutorial pashmina.", "modest_fashion"),
    ("otomotif.sby", "Modifikasi motor matic dan review knalpot.", "automotive"),
    ("ngopi.sby", "Review kedai kopi susu di Surabaya.", "coffee"),
    ("game.sby", "Main Mobile Legends tiap malam, tips rank.", "gaming"),
    ("skincare.sby", "Review skincare untuk kulit berminyak.", "beauty_skincare"),
    ("travel.sby", "Jalan-jalan murah keliling Jawa Timur.", "travel"),
    ("duit.sby", "Atur gaji UMR dan investasi reksadana.", "personal_finance"),
    ("musik.sby", "Cover lagu dangdut koplo dan akustik.", "music"),
    ("tanaman.sby", "Merawat tanaman hias di rumah kecil.", "home_diy"),
    ("mancing.sby", "Mancing di muara dan laut Jatim.", "outdoor_adventure"),
]


def _records() -> list[CreatorRecord]:
    rows = [creator_row(handle, bio=bio, niches=[niche], city=city, community="")
            for creators, _ in TOPICS.values() for handle, bio, niche, city in creators]
    rows += [creator_row(handle, bio=bio, niches=[niche], city="Surabaya", community="")
             for handle, bio, niche in ELSEWHERE_TOPICS]
    return [CreatorRecord.model_validate(row) for row in rows]


def test_creators_of_the_topic_come_first_when_the_city_has_none(
        tmp_path: Path, shared_models_dir: Path) -> None:
    settings = Settings(jodoh_data_dir=tmp_path / "data", models_dir=shared_models_dir,
                        _env_file=None)  # type: ignore[call-arg]
    service = JodohService(settings)
    try:
        service.import_records(_records())
        pipeline = build_pipeline(service, settings)
        on_topic = 0
        for creators, brief in TOPICS.values():
            page = asyncio.run(pipeline.answer(brief, top=5, log_brief=False))
            assert page is not None
            topical = {handle for handle, *_ in creators}
            top_five = [match.profile.handle for match in page.matches]
            on_topic += sum(handle in topical for handle in top_five)
            # Nobody on topic lives in Surabaya: the answer says so before the cards.
            assert page.fitting == 0, (brief, top_five)
            assert fit_notice(page.fitting, len(page.matches), page.query.language)
            for match, why in zip(page.matches, page.explanations, strict=True):
                if match.profile.handle in topical:
                    assert "Surabaya" in why  # "di Bandung, bukan Surabaya"
        assert on_topic / (5 * len(TOPICS)) >= 0.9, on_topic
    finally:
        service.close()
