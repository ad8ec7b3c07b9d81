"""What a brief is about, read from the creators nearest to it, and who it wants as followers:
the signals ranking weighs beside the embedding and keyword scores (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from retrieval.brief_parser import BriefQuery
from retrieval.lexicon import RELATED_NICHES
from retrieval.profile import CreatorProfile
from retrieval.scoring import niche_match

# How many of the creators nearest to a brief vote on its niches, and how sharply the nearer
# ones count (a softmax over cosines, which e5 compresses into a narrow band).
NEIGHBOURS = 12
# The lexicon's reading of the brief weighs more when two or more of its terms name the main
# niche; a single term ("helm") is easily another topic's word.
STRONG_TERMS = 2
LEXICAL_SHARE_STRONG = 0.7
LEXICAL_SHARE_WEAK = 0.4
NEIGHBOUR_TEMPERATURE = 0.01


def niches_of_neighbours(profiles: Sequence[CreatorProfile],
                         semantic: dict[str, float]) -> dict[str, float]:
    """Which niches the creators nearest to the brief declare, as shares of the strongest.

    The brief's own words name a niche only when the lexicon knows them; the creators whose
    texts the embedding model finds closest say what the brief is about whatever its words
    ("hobi sepedaan" sits near cycling creators, whatever "helm" suggests).
    """
    nearest = sorted((p for p in profiles if p.key in semantic),
                     key=lambda p: -semantic[p.key])[:NEIGHBOURS]
    if not nearest:
        return {}
    best = semantic[nearest[0].key]
    votes: dict[str, float] = {}
    for profile in nearest:
        weight = float(np.exp((semantic[profile.key] - best) / NEIGHBOUR_TEMPERATURE))
        for rank, niche in enumerate(profile.niches):
            votes[niche] = votes.get(niche, 0.0) + weight * (1.0 if rank == 0 else 0.5)
    top = max(votes.values())
    return {niche: vote / top for niche, vote in votes.items()}


def topic_niche_score(creator_niches: list[str], brief_niches: list[str],
                      neighbour_niches: dict[str, float], strong_lexicon: bool = False) -> float:
    """The creator's niche fit: the lexicon's reading of the brief and the neighbours'
    niches, each half; either alone when the other says nothing."""
    lexical = niche_match(creator_niches, brief_niches, RELATED_NICHES)
    if not neighbour_niches:
        return lexical
    neighbours = max((neighbour_niches.get(n, 0.0) * (1.0 if i == 0 else 0.8)
                      for i, n in enumerate(creator_niches)), default=0.0)
    if not brief_niches:
        return neighbours
    share = LEXICAL_SHARE_STRONG if strong_lexicon else LEXICAL_SHARE_WEAK
    return share * lexical + (1 - share) * neighbours


def settle_refusals(query: BriefQuery, neighbour_niches: dict[str, float]) -> set[str]:
    """The niches whose creators the brief rules out: those it refuses by name or by their
    creators, and those it refuses kinds of ("bukan yang nge-gym") unless the creators
    nearest to it are mostly of that niche: then it narrows its own topic (pull-ups in the
    park) instead of leaving one."""
    return set(query.excluded_niches) | {
        niche for niche in query.refused_kinds if neighbour_niches.get(niche, 0.0) < 1.0}


def audience_shares(words: dict[str, float], meaning: dict[str, float],
                    segments: dict[str, float] | None = None) -> dict[str, float]:
    """How well each candidate's followers match the audience a brief asks for, 0..1 (÷ the
    best): the mean of the match of their community text by words and its cosine to the
    audience phrase. By words is the BM25 match (÷ the best) or, when higher, the share of the
    brief's named segments the community names too (`retrieval.audiences`). e5 cosines are
    compressed (unrelated texts still score ≈ 0.8), so the candidates' median counts as no
    match and the best as a full one; a creator without a community text scores by words
    alone, with nothing from meaning."""
    best_words = max(words.values(), default=0.0)
    by_words = {key: value / best_words for key, value in words.items()} if best_words > 0 \
        else {}
    for key, share in (segments or {}).items():
        by_words[key] = max(share, by_words.get(key, 0.0))
    by_meaning: dict[str, float] = {}
    if meaning:
        median, best = float(np.median(list(meaning.values()))), max(meaning.values())
        if best > median:
            by_meaning = {key: max(0.0, (value - median) / (best - median))
                          for key, value in meaning.items()}
    if not by_meaning:
        return by_words
    combined = {key: 0.5 * by_words.get(key, 0.0) + 0.5 * by_meaning.get(key, 0.0)
                for key in by_words.keys() | by_meaning.keys()}
    top = max(combined.values(), default=0.0)
    return {key: value / top for key, value in combined.items()} if top > 0 else {}
