"""Keyword retrieval with BM25, tokenised for Indonesian and English."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Function words of both languages, and the abbreviations chat briefs write them in ("yg",
# "utk"); they carry no topic. Not "dr" (dokter) or "lg" (the brand).
STOPWORDS = frozenset(
    """
    yang dan di ke dari untuk dengan atau ini itu ada adalah pada juga kami kita saya aku
    kamu kak ya aja saja sama lagi mau bisa buat bikin banget nih dong sih deh kok jadi
    karena oleh para per kalau tapi tidak nggak gak ga udah sudah akan pun lebih paling cari
    mencari butuh perlu tolong rekomendasi syarat kriteria khusus harus minimal maksimal the
    a an and or of to in on for with from by at as is are be we our you your they their this
    that these those it its any some need looking please pls thanks who what which followers
    follower budget rate post per kol kols influencer influencers creator creators kreator
    konten content make makes brand halo hai hi hello
    yg dgn utk untk sm tp jg krn kl klo kalo gk ngga engga enggak udh sdh bgt aj sy ato atw
    whose them me my us plz
    """.split()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SUFFIXES = ("nya", "lah", "kah", "ing", "es", "s")


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens without stopwords, lightly stemmed (plural -s, Indonesian -nya)."""
    tokens = []
    for token in _TOKEN.findall(text.lower()):
        if token in STOPWORDS or len(token) < 2 or token.isdigit():
            continue
        for suffix in _SUFFIXES:
            if len(token) > len(suffix) + 3 and token.endswith(suffix):
                token = token[: -len(suffix)]
                break
        tokens.append(token)
    return tokens


# BM25 parameters (Lucene's variant, as bm25s computes it by default).
K1 = 1.5
B = 0.75


@dataclass(frozen=True, slots=True)
class _Postings:
    """One build: for each term, the documents holding it and their BM25 weights."""

    keys: list[str]
    vocabulary: dict[str, int]
    starts: np.ndarray  # term id → first entry; starts[t + 1] is one past its last
    documents: np.ndarray  # int32 row of the document, per entry
    weights: np.ndarray  # float32 BM25 weight of the term in that document, per entry


class KeywordIndexBuilder:
    """Collects creator texts batch by batch; only token ids and counts are kept meanwhile.

    Scores equal bm25s's "lucene" method to the last bit (tests/test_keyword.py): idf =
    ln(1 + (N − df + 0.5) / (df + 0.5)), weight = idf · tf / (tf + k1 · (1 − b + b · |d| /
    avgdl)). Building it here, from numpy columns, holds ~1/4 of the memory bm25s's Python
    lists did at 100k creators, which set the bot's peak RSS.
    """

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._vocabulary: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        self._terms: list[np.ndarray] = []
        self._counts: list[np.ndarray] = []
        self._lengths: list[int] = []

    def add(self, keys: Sequence[str], texts: Sequence[str]) -> None:
        """Add one batch of documents."""
        rows: list[int] = []
        terms: list[int] = []
        counts: list[int] = []
        vocabulary = self._vocabulary
        for offset, text in enumerate(texts):
            tokens = tokenize(text) or ["_"]
            row = len(self._keys) + offset
            for term, count in Counter(
                    vocabulary.setdefault(token, len(vocabulary)) for token in tokens).items():
                rows.append(row)
                terms.append(term)
                counts.append(count)
            self._lengths.append(len(tokens))
        self._keys.extend(keys)
        self._rows.append(np.asarray(rows, dtype=np.int32))
        self._terms.append(np.asarray(terms, dtype=np.int32))
        self._counts.append(np.asarray(counts, dtype=np.float32))

    def finish(self) -> _Postings:
        """The postings of every document added."""
        rows = np.concatenate(self._rows) if self._rows else np.zeros(0, np.int32)
        terms = np.concatenate(self._terms) if self._terms else np.zeros(0, np.int32)
        counts = np.concatenate(self._counts) if self._counts else np.zeros(0, np.float32)
        self._rows, self._terms, self._counts = [], [], []
        documents = len(self._keys)
        lengths = np.asarray(self._lengths, dtype=np.int64)
        average = lengths.mean() if documents else np.float64(1.0)
        frequencies = np.bincount(terms, minlength=len(self._vocabulary))
        # math.log per term, not np.log: the same rounding as bm25s.
        idf = np.asarray([math.log(1 + (documents - df + 0.5) / (df + 0.5))
                          for df in frequencies.tolist()], dtype=np.float32)
        saturation = K1 * ((1 - B) + B * lengths[rows] / average)
        weights = (idf[terms] * (counts / (saturation + counts))).astype(np.float32)
        order = np.argsort(terms, kind="stable")
        starts = np.zeros(len(self._vocabulary) + 1, dtype=np.int64)
        np.cumsum(frequencies, out=starts[1:])
        return _Postings(keys=self._keys, vocabulary=self._vocabulary, starts=starts,
                         documents=rows[order], weights=weights[order])


class KeywordIndex:
    """An in-memory BM25 index over creator texts, rebuilt from the database when stale."""

    def __init__(self) -> None:
        self._postings: _Postings | None = None

    def build(self, keys: Sequence[str], texts: Sequence[str]) -> None:
        """Replace the index contents."""
        builder = KeywordIndexBuilder()
        builder.add(keys, texts)
        self.install(builder)

    def install(self, builder: KeywordIndexBuilder) -> None:
        """Replace the index contents with what `builder` collected."""
        self._postings = builder.finish()

    def __len__(self) -> int:
        return len(self._postings.keys) if self._postings is not None else 0

    def search(self, text: str, *, limit: int,
               weighted: Sequence[tuple[str, float]] = ()) -> list[tuple[str, float]]:
        """Best keys for a query as (key, BM25 score), best first; empty when nothing matches.

        `weighted` holds further (text, weight) pairs whose terms each count `weight` times a
        term of `text` (a weight of 1 is the same as appending the text).
        """
        postings = self._postings  # one build throughout, even if another is installed
        if postings is None or not postings.keys:
            return []
        query = [(postings.vocabulary[token], weight)
                 for part, weight in ((text, 1.0), *weighted) if weight > 0
                 for token in tokenize(part) if token in postings.vocabulary]
        if not query:
            return []
        keys = postings.keys
        scores = np.zeros(len(keys), dtype=np.float32)
        for term, weight in query:  # a repeated query term counts again, as in bm25s
            start, end = postings.starts[term], postings.starts[term + 1]
            weights = np.float32(weight) * postings.weights[start:end]
            scores[postings.documents[start:end]] += weights
        limit = min(limit, len(keys))
        top = np.argpartition(-scores, limit - 1)[:limit]
        ordered = top[np.argsort(-scores[top])]
        return [(keys[i], float(scores[i])) for i in ordered if scores[i] > 0]
