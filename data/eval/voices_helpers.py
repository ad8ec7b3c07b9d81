"""Helpers shared by the hand-written evaluation sets voices4 ... voices8.

Each set's ``src_common.py`` holds that set's vocabularies (NICHES, SUBTOPICS, AUDIENCES, REGIONS,
JAVA, ALL_CITIES, COUNTRY_OF, CITY_ALIASES, _CANON). The helpers that read them (canon_city,
known_city, region, C, T, make_brief) used to be copied word for word into every set; they live here
once instead. A set's ``src_common.py`` ends with ``bind(globals())``, which puts the helpers into
its namespace, so ``from src_common import C`` and friends work as before. Like the copies did, the
helpers look the vocabularies up in that namespace when they are called.

Stdlib only, like the sets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def bind(ns: dict[str, Any]) -> None:
    """Install the helpers into ``ns``, a set's ``src_common`` globals, reading its vocabularies."""

    def canon_city(written: str | None) -> str | None:
        """Canonical city of a written place.

        None stays None; unknown spellings stay as written.
        """
        if written is None:
            return None
        k = written.strip().lower()
        city: str = ns["CITY_ALIASES"].get(k) or ns["_CANON"].get(k) or written
        return city

    def known_city(written: str | None) -> bool:
        return canon_city(written) in ns["ALL_CITIES"]

    def region(*names: str) -> list[str]:
        """Expand region names and/or city names to a sorted list of canonical cities."""
        regions = ns["REGIONS"]
        out: set[Any] = set()
        for n in names:
            if n in regions:
                out.update(regions[n])
            elif n == "JAVA":
                out.update(ns["JAVA"])
            else:
                out.add(canon_city(n))
        return sorted(out)

    def C(sub: str, handle: str, platform: str, city: str | None, followers: int,
          audience: Iterable[str], name: str, bio: str, community: str,
          niches: list[str] | None = None, lang: list[str] | None = None, rate: Any = "auto",
          susp: str | None = None, edge: str | None = None, subs: Iterable[str] | None = None,
          contact: str = "handle", country: str | None = "auto") -> dict[str, Any]:
        """One hand-written creator.

        city: as the creator writes it (alias allowed) or None (unknown).
        susp: None | bought_followers | follower_jump | pod | bought_views.
        edge: None | viral | growth | high_er."""
        subtopics, audiences = ns["SUBTOPICS"], ns["AUDIENCES"]
        assert sub in subtopics, sub
        for a in audience:
            assert a in audiences, a
        return {"sub": sub, "subs": [sub, *list(subs or [])], "handle": handle,
                "platform": platform, "city": city, "followers": followers,
                "audience": list(audience), "name": name, "bio": bio, "community": community,
                "niches": niches or [subtopics[sub][0]], "lang": lang or ["id"], "rate": rate,
                "susp": susp, "edge": edge, "contact": contact, "country": country}

    def T(kind: str, note: str) -> dict[str, str]:
        """One trap of a brief: its kind and what it is."""
        return {"kind": kind, "note": note}

    def make_brief(prefix: str, n: int, lang: str, text: str, kind: str = "topic",
                   subtopics: list[str] | None = None, adjacent: Iterable[str] = (),
                   audience: Any = None, audience_required: bool = False, niches: Any = "auto",
                   city: Any = None, city_fallback: Any = None, platform: Any = None,
                   min_f: int | None = None, max_f: int | None = None, max_rate: int | None = None,
                   market: Iterable[str] | None = ("ID",), nots: Iterable[str] = (),
                   traps: Iterable[dict[str, str]] = ()) -> tuple[dict[str, Any], dict[str, Any]]:
        """(briefs.jsonl row, constraints.jsonl row) of brief `{prefix}-b{n:02d}`."""
        if niches == "auto":
            niches = sorted({ns["SUBTOPICS"][s][0] for s in subtopics}) if subtopics else None
        bid = f"{prefix}-b{n:02d}"
        brief = {"id": bid, "brief": text, "lang": lang}
        truth = {"id": bid, "voice": (n - 1) % 4 + 1, "kind": kind, "niches": niches,
                 "subtopics": subtopics, "adjacent_subtopics": list(adjacent), "audience": audience,
                 "audience_required": audience_required, "city": city,
                 "city_fallback": city_fallback, "platform": platform, "min_followers": min_f,
                 "max_followers": max_f, "max_rate_idr": max_rate,
                 "market": list(market) if market else None, "not_constraints": list(nots),
                 "traps": list(traps)}
        return brief, truth

    ns.update(canon_city=canon_city, known_city=known_city, region=region, C=C, T=T,
              make_brief=make_brief)
