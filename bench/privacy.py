"""How well the contact scrubber works: `python -m bench.privacy`.

Catch rate per kind on the hand-written obfuscations (tests/data/contact_obfuscations.jsonl),
false positives on hand-written tricky ordinary bios (tests/data/ordinary_bios.jsonl) and on
the bios and community texts of the shared evaluation creators (../shared/eval/{dev,natural}),
with the misses and false positives listed so a regression can be read, not just counted.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from retrieval.contact_fold import fold
from retrieval.privacy import MARKER, find_contacts, scrub_contacts

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
# The creator's own handle in the obfuscation corpus: every contact there is someone else's.
OTHER_HANDLE = "kreator"


def shared_dir() -> Path | None:
    """The shared evaluation set: beside the main checkout, or one level up from a worktree."""
    for candidate in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        if (candidate / "eval").is_dir():
            return candidate
    return None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def leaked(scrubbed: str) -> bool:
    """Whether a scrubbed corpus line still gives its contact away: every contact in the
    corpus spells the name "ayu" or holds at least three digits (spelled or written)."""
    rest = fold(scrubbed.replace(MARKER, " ")).text
    return "ayu" in rest.lower() or len(re.findall(r"\d", rest)) > 2


def catch_rates(rows: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str], list[str]]:
    """(caught per kind, total per kind, missed texts)."""
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[str] = []
    for row in rows:
        total[row["kind"]] += 1
        if leaked(scrub_contacts(row["text"], OTHER_HANDLE)):
            missed.append(row["text"])
        else:
            caught[row["kind"]] += 1
    return caught, total, missed


def false_positives(texts: list[tuple[str, str | None]]) -> list[str]:
    """The texts (with their creator's handle) in which anything would be scrubbed."""
    found = []
    for text, handle in texts:
        spans = find_contacts(text, handle)
        if spans:
            found.append(" | ".join(text[s.start:s.end] for s in spans) + f"  ← {text[:100]}")
    return found


def shared_texts(shared: Path) -> list[tuple[str, str | None]]:
    return [(row[field], row.get("handle"))
            for split in ("dev", "natural")
            for row in read_jsonl(shared / "eval" / split / "creators.jsonl")
            for field in ("bio", "community") if row.get(field)]


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def main() -> int:
    rows = read_jsonl(DATA / "contact_obfuscations.jsonl")
    caught, total, missed = catch_rates(rows)
    print(f"Catch rate on {len(rows)} hand-written obfuscations "
          f"({Counter(r['language'] for r in rows)['id']} id, "
          f"{Counter(r['language'] for r in rows)['en']} en):")
    for kind in sorted(total):
        print(f"  {kind:<15} {_rate(caught[kind], total[kind])}")
    print(f"  {'all':<15} {_rate(sum(caught.values()), len(rows))}")
    for text in missed:
        print(f"    missed: {text}")
    ordinary = read_jsonl(DATA / "ordinary_bios.jsonl")
    found = false_positives([(r["text"], r["handle"]) for r in ordinary])
    print(f"False positives, hand-written ordinary bios: {_rate(len(found), len(ordinary))}")
    for line in found:
        print(f"    {line}")
    shared = shared_dir()
    if shared is None:
        print("False positives, shared bios: skipped (../shared/eval not found)")
        return 0
    texts = shared_texts(shared)
    found = false_positives(texts)
    print(f"False positives, shared bios + community texts (dev + natural): "
          f"{_rate(len(found), len(texts))}")
    for line in found:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
