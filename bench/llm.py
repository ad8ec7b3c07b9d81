"""What the optional LLM layer costs: brief → five cards through the real bot (in-process Bot
API, real model, the bundled sample creators) with no `LLM_MODEL` and with an instant fake chat
model, plus the prompt size per brief (tokens ≈ characters / 4).

usage: python -m bench.llm [--briefs 30]

With no model the bot never enters the LLM code (no explainer, no extra parser), so the first
row is the bot as it was before the layer existed; the second shows the layer's own overhead
(prompting, grounding checks) with a model that answers instantly.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.app import build_application
from bot.local import LocalBotAPI, LocalUser
from chatmodel.explainer import LLMExplainer
from chatmodel.extraction import LLMBriefParser
from chatmodel.models import total_usage
from jodoh.briefs import BriefPipeline
from jodoh.service import JodohService
from jodoh.services import build_services
from jodoh.settings import Settings
from storage.records import read_creator_file

ROOT = Path(__file__).resolve().parent.parent
BRIEFS = [
    "cari micro-influencer skincare ramah lingkungan di Surabaya, budget 2 jt/post",
    "looking for fitness creators in Bandung on TikTok under 30k followers",
    "KOL kuliner pedas Medan, followers 10rb-50rb",
    "zero waste lifestyle creators in Bali, Instagram",
    "cari content creator parenting buat bu ibu muda di Jakarta",
    "coffee reviewers in Yogyakarta with a budget of 1 million",
]
GROUNDED = "Kontennya sesuai dengan brief dan komunitasnya aktif."


async def _run(settings: Settings, service: JodohService, briefs: int,
               model: Any | None) -> tuple[list[float], list[Any]]:
    api = LocalBotAPI()
    pipeline = (BriefPipeline(service, parser=LLMBriefParser(model),
                              explainer=LLMExplainer(model)) if model is not None else None)
    app = build_application(settings, request=api,
                            services=build_services(settings, service, pipeline=pipeline))
    usages: list[Any] = []
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        times: list[float] = []
        for i in range(briefs):
            user = LocalUser(1000 + i)
            started = time.perf_counter()
            await app.process_update(user.message(app.bot, BRIEFS[i % len(BRIEFS)]))
            times.append(time.perf_counter() - started)
        if model is not None:
            explainer = pipeline.explainer if pipeline is not None else None
            assert explainer is not None
            service_result = service.search(BRIEFS[0], top=5, log_brief=False)
            written = await explainer.explain_many(service_result.matches,
                                                   service_result.query, BRIEFS[0])
            usages = [item.usage for item in written]
    return times, usages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--briefs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(jodoh_data_dir=Path(tmp), _env_file=None)
        service = JodohService(settings)
        service.import_records([r for _, r in read_creator_file(
            ROOT / "data" / "sample_creators.jsonl").records])
        service.search("warm up", top=1, log_brief=False)
        rows = []
        for label, model in (("no LLM_MODEL", None),
                             ("instant fake chat model",
                              FakeListChatModel(responses=['{"niches": []}', GROUNDED]))):
            times, usages = asyncio.run(_run(settings, service, args.briefs, model))
            rows.append((label, statistics.median(times), sorted(times)[int(0.95 * len(times))],
                         usages))
        base = rows[0][1]
        print("| bot path | p50 ms | p95 ms | p50 vs no model |")
        print("|---|---|---|---|")
        for label, p50, p95, _ in rows:
            print(f"| {label} | {p50 * 1000:.0f} | {p95 * 1000:.0f} | {p50 / base:.2f} |")
        usage = total_usage(rows[1][3])
        print(f"\nPrompt + output tokens for 5 explanations (estimated: {usage.estimated}): "
              f"{usage.input_tokens} in, {usage.output_tokens} out")
        service.close()


if __name__ == "__main__":
    main()
