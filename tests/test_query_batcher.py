"""Queries arriving together are encoded together, each caller gets its own vector."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from retrieval.embedding import QueryBatcher


def test_concurrent_queries_share_model_calls_and_get_their_own_vectors() -> None:
    first_call_started = threading.Event()
    release_first_call = threading.Event()
    batches: list[list[str]] = []

    def encode(texts: list[str]) -> list[list[float]]:
        batches.append(list(texts))
        if len(batches) == 1:
            first_call_started.set()
            release_first_call.wait(5)
        return [[float(len(text)), float(text.count("a"))] for text in texts]

    batcher = QueryBatcher(encode, max_batch=4)
    texts = ["a", "bb", "aaa", "bbbb", "aaaaa", "b" * 6, "a" * 7]
    with ThreadPoolExecutor(len(texts)) as pool:
        first = pool.submit(batcher.embed, texts[0])
        assert first_call_started.wait(5)
        others = [pool.submit(batcher.embed, text) for text in texts[1:]]
        # Everyone else queues behind the running call, then goes in batches of ≤ 4.
        deadline = time.monotonic() + 5
        while len(batcher._pending) < len(others) and time.monotonic() < deadline:
            time.sleep(0.01)
        release_first_call.set()
        results = [first.result(5)] + [future.result(5) for future in others]
    assert results == [[float(len(t)), float(t.count("a"))] for t in texts]
    assert batches[0] == ["a"]
    assert [len(batch) for batch in batches[1:]] == [4, 2]
    assert batcher.batches == 3


def test_a_failing_call_fails_every_query_in_it_and_the_next_call_works() -> None:
    calls = 0

    def encode(texts: list[str]) -> list[list[float]]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("model exploded")
        return [[1.0] for _ in texts]

    batcher = QueryBatcher(encode)
    with pytest.raises(RuntimeError, match="exploded"):
        batcher.embed("x")
    assert batcher.embed("y") == [1.0]
