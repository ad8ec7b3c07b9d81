"""Keyword retrieval with BM25 (bm25s), tokenised for Indonesian and English."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import numpy as np

# Function words of both languages; they carry no topic.
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


class KeywordIndex:
    """An in-memory BM25 index over creator texts, rebuilt from the database when stale."""

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._retriever: object | None = None
        self._lock = threading.Lock()

    def build(self, keys: Sequence[str], texts: Sequence[str]) -> None:
        """Replace the index contents."""
        import bm25s

        corpus = [tokenize(text) or ["_"] for text in texts]
        retriever = bm25s.BM25()
        if corpus:
            vocab: dict[str, int] = {}
            ids = [[vocab.setdefault(token, len(vocab)) for token in doc] for doc in corpus]
            retriever.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab),
                            show_progress=False)
        with self._lock:
            self._keys = list(keys)
            self._retriever = retriever if corpus else None

    def __len__(self) -> int:
        return len(self._keys)

    def search(self, text: str, *, limit: int) -> list[tuple[str, float]]:
        """Best keys for a query as (key, BM25 score), best first; empty when nothing matches."""
        with self._lock:
            retriever, keys = self._retriever, self._keys
        if retriever is None or not keys:
            return []
        vocab = retriever.vocab_dict  # type: ignore[attr-defined]
        query = [token for token in tokenize(text) if token in vocab]
        if not query:
            return []
        scores = np.asarray(retriever.get_scores(query))  # type: ignore[attr-defined]
        limit = min(limit, len(keys))
        top = np.argpartition(-scores, limit - 1)[:limit]
        ordered = top[np.argsort(-scores[top])]
        return [(keys[i], float(scores[i])) for i in ordered if scores[i] > 0]
