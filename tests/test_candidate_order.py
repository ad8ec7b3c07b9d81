"""A brief gets one answer, whatever order its candidates come out of the profile cache (which
depends on what earlier searches loaded, and on the process's string hashing)."""

from __future__ import annotations

from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.conftest import HashingEmbeddings, creator_row


def test_the_answer_does_not_depend_on_what_the_cache_held(settings: Settings) -> None:
    # Twenty creators with one bio are equally near any brief; which of them count among the
    # nearest twelve (whose niches say what the brief is about) must not depend on order.
    service = JodohService(settings, embeddings=HashingEmbeddings())
    service.import_records([CreatorRecord.model_validate(creator_row(
        f"kreator.{i:02d}", bio="Konten harian: ngopi pagi, skincare malam, jalan-jalan.",
        niches=["coffee" if i % 3 else "beauty_skincare"])) for i in range(20)])
    try:
        brief = "cari kreator buat promo produk baru kami"

        def answer() -> list[tuple[str, float, bool]]:
            result = service.search(brief, top=20, log_brief=False)
            return [(m.profile.key, m.score, m.on_topic) for m in result.matches]

        first = answer()
        for chosen in (slice(None, None, -1), slice(1, None, 2), slice(None, None, 3)):
            # A fresh cache holding some candidates already: the loader returns those first.
            service.profile_cache.forget()
            service.load_profiles([key for key, _, _ in first][chosen])
            assert answer() == first
    finally:
        service.close()
