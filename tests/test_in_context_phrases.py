"""A brief's audience phrase is read in the brief: its vector is pooled from the brief's own
token states (no tokens of its own), the brief keeps the vector it gets alone, and a phrase
the brief does not hold is embedded alone in the same call."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.brief_parser import parse_brief
from retrieval.e5_builder import SPECIAL_IDS, build_model
from retrieval.embedding import CachedEmbeddings, SentenceTransformerEmbeddings
from retrieval.engine import topic_text
from tests.conftest import HashingEmbeddings
from tests.test_batch_answers import BatchingEmbeddings, NoCache

BRIEF = ("Jual kursi ergonomis buat kerja di rumah, lumbar support. Cari kreator yang "
         "audiensnya orang kantoran & yang WFH, budget 2jt")
PHRASE = "audiensnya orang kantoran & yang WFH"
ABSENT = "ibu hamil trimester pertama"
CLAUSE = "kreator yang kerja kantoran"
SAME_VECTOR = 0.9999


class InContextEmbeddings(HashingEmbeddings):
    """Reads a phrase in its text as the phrase's words plus the text's (a stand-in whose
    in-context vectors differ from the lone ones); records each call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls_in_context: list[list[str]] = []

    def embed_queries_in_context(self, texts: list[str], phrases: list[list[str]]
                                 ) -> list[tuple[list[float], list[list[float]]]]:
        self.calls_in_context.append(list(texts))
        return [(self._vector(text), [self._vector(f"{phrase} {text}") for phrase in read])
                for text, read in zip(texts, phrases, strict=True)]


def _cached(inner: HashingEmbeddings) -> CachedEmbeddings:
    return CachedEmbeddings(inner, model_name="m", cache=NoCache())  # type: ignore[arg-type]


def test_phrases_are_read_in_their_text_in_one_call_and_remembered() -> None:
    inner = InContextEmbeddings()
    cached = _cached(inner)
    requests = [(BRIEF, (PHRASE,)), (CLAUSE, ())]
    [(brief, [read]), (clause, [])] = cached.embed_in_context(requests)
    assert inner.calls_in_context == [[BRIEF, CLAUSE]]
    assert brief == inner.embed_query(BRIEF) and clause == inner.embed_query(CLAUSE)
    assert read == inner._vector(f"{PHRASE} {BRIEF}") != inner.embed_query(PHRASE)
    assert cached.embed_in_context(requests)[0] == (brief, [read])
    assert len(inner.calls_in_context) == 1  # remembered
    # The phrase alone is another vector than the phrase read in the brief.
    assert cached.embed_query(PHRASE) == inner.embed_query(PHRASE)


def test_an_embedder_that_cannot_read_in_context_embeds_phrases_alone_in_one_batch() -> None:
    inner = BatchingEmbeddings()
    cached = _cached(inner)
    [(brief, [phrase])] = cached.embed_in_context([(BRIEF, (PHRASE,))])
    assert inner.batches == [[BRIEF, PHRASE]]
    assert (brief, phrase) == (inner.embed_query(BRIEF), inner.embed_query(PHRASE))


def test_an_embedder_without_batches_still_answers() -> None:
    inner = HashingEmbeddings()
    assert _cached(inner).embed_in_context([(BRIEF, (PHRASE, ABSENT))]) == [
        (inner.embed_query(BRIEF), [inner.embed_query(PHRASE), inner.embed_query(ABSENT)])]


def test_a_brief_reads_its_audience_phrases_in_its_own_text() -> None:
    from retrieval.engine import MatchEngine

    query = parse_brief("Jual kursi kantor. Target kita pekerja kantoran. Cari kreator yang "
                        "audiensnya orang kantoran, budget 2jt")
    assert query.audience
    engine = MatchEngine.__new__(MatchEngine)
    engine.community_vectors = None
    [(text, phrases), *rest] = engine.query_texts(query)
    assert text == topic_text(query) and query.audience in phrases
    assert all(not read for _, read in rest)  # the creator clause is embedded alone


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_model(tmp_path_factory.mktemp("models"))


def _cosine(a: object, b: object) -> float:
    first, second = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(first @ second / np.linalg.norm(first) / np.linalg.norm(second))


@pytest.mark.slow
def test_a_phrase_read_in_its_brief_pools_the_brief_s_token_states(built: Path) -> None:
    import torch

    exact = SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                          passage_prefix="passage: ", backend="torch")
    encoder = exact._model[0]
    ids, [span, missing] = encoder.pieces.phrase_tokens("query: " + BRIEF, [PHRASE, ABSENT])
    assert missing is None and span is not None
    pieces = "".join(encoder.pieces._pieces.id_to_piece(ids[index]) for index in span)
    assert pieces.replace("▁", " ").strip() == PHRASE  # exactly the phrase's pieces
    with torch.inference_mode():
        hidden = encoder.auto_model(input_ids=torch.tensor([[SPECIAL_IDS["bos"], *ids,
                                                             SPECIAL_IDS["eos"]]])
                                    ).last_hidden_state[0].numpy()
    reference = hidden[[index + 1 for index in span]].mean(axis=0)
    for backend in ("torch", "onnx"):
        model = exact if backend == "torch" else SentenceTransformerEmbeddings(
            str(built), query_prefix="query: ", passage_prefix="passage: ", backend=backend)
        [(brief, [read, alone])] = model.embed_queries_in_context([BRIEF], [[PHRASE, ABSENT]])
        assert _cosine(brief, exact.embed_query(BRIEF)) >= SAME_VECTOR  # as alone
        assert _cosine(alone, exact.embed_query(ABSENT)) >= SAME_VECTOR  # not in the brief
        assert _cosine(read, reference) >= SAME_VECTOR
        # Read in the brief, the phrase is not the phrase alone.
        assert _cosine(read, exact.embed_query(PHRASE)) < 0.98


@pytest.mark.slow
def test_a_phrase_past_the_kept_tokens_is_embedded_alone(built: Path) -> None:
    model = SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                          passage_prefix="passage: ", backend="onnx")
    long_brief = "kopi susu gula aren " * 200 + PHRASE  # cut at 512 tokens, before the phrase
    [(_, [read])] = model.embed_queries_in_context([long_brief], [[PHRASE]])
    assert _cosine(read, model.embed_query(PHRASE)) >= SAME_VECTOR
