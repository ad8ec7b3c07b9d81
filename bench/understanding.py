"""Brief understanding on briefs that carry their own truth, without creators or rankings.

usage: python -m bench.understanding [FILE.jsonl ...]   (default: data/eval/understanding/)

Each line: {"id", "brief", "city", "platform", "excluded_platforms", "min_followers",
"max_followers", "max_rate_idr"}; a null field means the brief states no such constraint. A
city entry may be a region ("Jawa Timur"): it stands for its cities. Per field, a constraint
the brief does not state (invented) is counted apart from one read wrongly or missed; the same
field comparison as `bench.evaluate` (`parser_checks`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.evaluate import CONSTRAINT_FIELDS, parser_checks
from jodoh.briefs import understood_constraints
from retrieval.brief_parser import parse_brief
from retrieval.lexicon import PLATFORM_TERMS
from retrieval.places import PLACES

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "eval" / "understanding"


def truth_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """A line's truth in `constraints.jsonl` terms: regions as their cities, an excluded
    platform as every other one."""
    cities: set[str] = set()
    for name in row.get("city") or ():
        place = PLACES.get(str(name).lower())
        cities |= set(place.cities) if place else {str(name)}
    platform = row.get("platform")
    if not platform and row.get("excluded_platforms"):
        platform = [p for p in PLATFORM_TERMS if p not in row["excluded_platforms"]]
    return {"city": sorted(cities) or None, "platform": platform or None,
            "min_followers": row.get("min_followers"),
            "max_followers": row.get("max_followers"),
            "max_rate_idr": row.get("max_rate_idr")}


def _names(constraints: Mapping[str, Any], name: str) -> bool:
    """Whether `constraints` (a truth, or what Jodoh understood) hold field `name`."""
    keys = {"followers": ("min_followers", "max_followers"), "budget": ("max_rate_idr",)}
    return any(constraints.get(key) for key in keys.get(name, (name,)))


@dataclass(slots=True)
class Report:
    """Counts per field, and the briefs behind them."""

    briefs: int = 0
    invented: dict[str, list[str]] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)

    def briefs_with_invented(self) -> list[str]:
        return sorted({brief for ids in self.invented.values() for brief in ids})


def check(rows: Iterable[Mapping[str, Any]]) -> Report:
    """Understand every brief and compare its constraints with the line's truth."""
    report = Report(invented={n: [] for n in CONSTRAINT_FIELDS},
                    wrong={n: [] for n in CONSTRAINT_FIELDS})
    for row in rows:
        report.briefs += 1
        query = parse_brief(str(row["brief"]))
        truth = truth_of(row)
        applied = understood_constraints(query)
        for name, ok in parser_checks(query, truth).items():
            if ok or name not in CONSTRAINT_FIELDS:
                continue
            invented = not _names(truth, name) and _names(applied, name)
            (report.invented if invented else report.wrong)[name].append(str(row["id"]))
    return report


def to_markdown(report: Report, sources: list[str]) -> str:
    lines = [f"Brief understanding on {report.briefs} briefs ({', '.join(sources)}):", "",
             "| field | accuracy | invented | wrong or missed | briefs |", "|---|---|---|---|---|"]
    for name in CONSTRAINT_FIELDS:
        invented, wrong = report.invented[name], report.wrong[name]
        accuracy = 1 - (len(invented) + len(wrong)) / max(1, report.briefs)
        lines.append(f"| {name} | {accuracy:.3f} | {len(invented)} | {len(wrong)} | "
                     f"{', '.join(invented + wrong)} |")
    lines += ["", f"Briefs with an invented constraint: {len(report.briefs_with_invented())} "
                  f"of {report.briefs}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_DIR.glob("*.jsonl"))
    rows = [json.loads(line) for path in files
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sys.stdout.write(to_markdown(check(rows), [path.name for path in files]) + "\n")


if __name__ == "__main__":
    main()
