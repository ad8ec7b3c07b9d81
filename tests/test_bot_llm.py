"""The optional LLM layer inside the bot, with LangChain's fake chat models (no network)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser
from chatmodel.explainer import LLMExplainer
from chatmodel.extraction import LLMBriefParser
from jodoh.briefs import BriefPipeline
from jodoh.service import JodohService
from jodoh.services import build_services
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.bot_helpers import Harness, cards_in
from tests.conftest import creator_row

GOOD = "Kontennya jujur soal skincare untuk kulit berminyak, pas dengan brief ini."
INVENTED = "Followersnya 99.999 dan ER 12,3%, paling tinggi se-Surabaya."


async def _harness(service: JodohService, settings: Settings, model: object | None
                   ) -> AsyncIterator[Harness]:
    service.import_records([CreatorRecord.model_validate(creator_row(f"glow.{i}"))
                            for i in range(6)])
    api = LocalBotAPI()
    pipeline = BriefPipeline(
        service, parser=LLMBriefParser(model, timeout=2),  # type: ignore[arg-type]
        explainer=LLMExplainer(model, timeout=2)) if model is not None else None  # type: ignore[arg-type]
    app = build_application(settings, request=api,
                            services=build_services(settings, service, pipeline=pipeline))
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield Harness(app, api)


@pytest.fixture
async def plain(service: JodohService, settings: Settings) -> AsyncIterator[Harness]:
    async for harness in _harness(service, settings, None):
        yield harness


def test_no_llm_model_means_no_llm_layer(settings: Settings) -> None:
    assert settings.llm_model is None


async def test_without_a_model_cards_use_the_template(plain: Harness) -> None:
    assert plain.app.bot_data["services"].pipeline.explainer is None
    sent = await plain.send(LocalUser(1), "skincare kulit berminyak Surabaya")
    cards = cards_in(sent[-1])
    assert cards and all("ER" in card and "✅ autentik" in card for card in cards)
    # The reason line is the template's first sentence.
    assert all("Kontennya soal kecantikan" in card for card in cards)


async def test_grounded_model_output_is_used_and_invented_numbers_fall_back(
        service: JodohService, settings: Settings) -> None:
    # Every model call answers in turn: the extraction (not JSON → rules), then the cards.
    model = FakeListChatModel(responses=["bukan json", GOOD, INVENTED, GOOD, GOOD, GOOD])
    async for harness in _harness(service, settings, model):
        sent = await harness.send(LocalUser(2), "skincare kulit berminyak Surabaya")
        cards = cards_in(sent[-1])
        assert len(cards) == 5
        with_llm = [card for card in cards if GOOD in card]
        assert len(with_llm) == 4
        assert all("99.999" not in card for card in cards)  # the invented numbers never show
        # The template's reason where the model's explanation was refused.
        assert any("Kontennya soal" in card for card in cards if card not in with_llm)
