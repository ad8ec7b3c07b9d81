"""The rebuilt e5's BERT layers run by ONNX Runtime instead of torch.

On a CPU without native bfloat16 (AVX2 only, what most rented servers have) torch's float32
BERT is the whole cost of a brief; ONNX Runtime runs the same float32 arithmetic as fused
operators (attention, bias + GELU, residual + layer norm) in about half the time
(bench/RESULTS.md), and its vectors
equal torch's to cosine ≥ 0.9999 (tests/test_onnx_encoder.py; fused sums differ at 1e-5), so
the embedding cache, the index and every stored vector stay valid whichever backend computed
them.

Only the layers after the word-embedding lookup are in the graph: the 250k-row word matrix
stays where `retrieval.embedding` keeps it (int8 rows, 96 MB), instead of a second float32
copy of 384 MB inside the graph. The graph is built from the model's weights once per built
model directory (`bert_graph`), written next to it, and optimised for the CPU at every load
(never saved optimised: that form is CPU-specific).

The graph takes each token's position and an additive attention bias rather than a padding
mask, so several short texts can share one row (`pack_texts`): positions restart at every
text and each text attends only to itself, which gives every text the vector it gets alone.
A brief and its creator clause cost 30 ms in one packed call against 32 in two (2-core
Xeon, measured); a padded batch of two would compute the clause at the brief's length.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ENCODER_FILE = "encoder.onnx"
ENCODER_INFO = "encoder.json"
OPSET = 17
# Bumped whenever the exported graph changes, so older exports are replaced.
GRAPH_FORMAT = "bert-fused-attention-1"
# How long an idle worker spins for the next operator of a call before it sleeps: the gaps
# within a call are a few microseconds, so a short spin catches them without burning a core.
SPIN_MICROSECONDS = 20
# A masked-out key: added to its attention score, leaves exp() at 0 in float32.
MASKED = float(np.finfo(np.float32).min)


@dataclass(frozen=True)
class PackedTexts:
    """Texts laid out in rows for one graph call (`pack_texts`).

    `spans[i]` is where text i lies: (row, first token, end). A row is padded to the longest
    row with `pad` ids at position 0 that attend only to themselves.
    """

    input_ids: np.ndarray        # (rows, tokens) int64
    position_ids: np.ndarray     # (rows, tokens) int64, restarting at 0 for every text
    attention_bias: np.ndarray   # (rows, 1, tokens, tokens) float32: 0 or MASKED
    spans: list[tuple[int, int, int]]


def pack_texts(token_ids: Sequence[Sequence[int]], *, budget: int, pad: int = 0
               ) -> PackedTexts:
    """Lay texts (their token ids, special tokens included) end to end in rows, each text in
    the first row with room for it, each text attending only to its own tokens from
    position 0: in the graph, every text computes what it computes alone, and short ones no
    longer pay for a long one's padding. A row holds `budget` tokens, or the longest text's
    count when that is more (rows are padded to the longest row anyway); texts that fit in
    two rows share one, since a second row would be padded to the first one's width."""
    total = sum(len(ids) for ids in token_ids)
    room = total if total <= 2 * budget else max([budget, *(len(ids) for ids in token_ids)])
    rows: list[list[int]] = []
    spans: list[tuple[int, int, int]] = []
    for ids in token_ids:
        row = next((index for index, held in enumerate(rows) if len(held) + len(ids) <= room),
                   None)
        if row is None:
            row = len(rows)
            rows.append([])
        start = len(rows[row])
        rows[row].extend(ids)
        spans.append((row, start, len(rows[row])))
    width = max((len(row) for row in rows), default=0)
    input_ids = np.full((len(rows), width), pad, dtype=np.int64)
    position_ids = np.zeros((len(rows), width), dtype=np.int64)
    bias = np.full((len(rows), 1, width, width), MASKED, dtype=np.float32)
    for row, ids in enumerate(rows):
        input_ids[row, : len(ids)] = ids
        padding = np.arange(len(ids), width)
        bias[row, 0, padding, padding] = 0.0
    for row, start, end in spans:
        position_ids[row, start:end] = np.arange(end - start)
        bias[row, 0, start:end, start:end] = 0.0
    return PackedTexts(input_ids, position_ids, bias, spans)


def padding_bias(attention_mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions, attention bias) of a right-padded batch given by its 0/1 mask: one text a
    row, every token attending to the row's real tokens, as a padding mask does."""
    rows, width = attention_mask.shape
    positions = np.broadcast_to(np.arange(width, dtype=np.int64), (rows, width))
    keys = np.where(attention_mask[:, None, None, :] > 0, 0.0, MASKED).astype(np.float32)
    return (np.ascontiguousarray(positions),
            np.ascontiguousarray(np.broadcast_to(keys, (rows, 1, width, width))))


def _source_stamp(model_dir: Path) -> dict[str, Any]:
    """What the exported graph was made from: the model's weights file, by size and time
    (a rebuilt directory gets a new file)."""
    weights = model_dir / "model.safetensors"
    status = weights.stat()
    return {"weights_bytes": status.st_size, "weights_mtime_ns": status.st_mtime_ns,
            "opset": OPSET, "graph": GRAPH_FORMAT}


def is_exported(model_dir: Path) -> bool:
    """True when `model_dir` holds an encoder graph exported from its current weights."""
    try:
        info = json.loads((model_dir / ENCODER_INFO).read_text(encoding="utf-8"))
        return bool(info == _source_stamp(model_dir)
                    and (model_dir / ENCODER_FILE).is_file())
    except (OSError, ValueError):
        return False


def export_encoder(bert: Any, model_dir: Path) -> Path:
    """Write `bert`'s layers (a transformers BERT model, float32) as `model_dir / ENCODER_FILE`,
    from input embeddings, positions and attention bias to the last hidden states; nothing if
    already there.

    Written under a temporary name and renamed, so a crash never leaves half a graph that a
    later load would trust.
    """
    import onnx

    target = model_dir / ENCODER_FILE
    if is_exported(model_dir):
        return target
    partial = target.with_name(f".{ENCODER_FILE}.{os.getpid()}.partial")
    onnx.save(bert_graph(bert), str(partial))
    os.replace(partial, target)
    (model_dir / ENCODER_INFO).write_text(json.dumps(_source_stamp(model_dir)),
                                          encoding="utf-8")
    return target


def bert_graph(bert: Any) -> Any:
    """An ONNX model of `bert`'s layers built from its weights, one fused ONNX Runtime
    operator per step: the position lookup and embedding layer norm, then per layer the
    attention (query, key and value in one product, the additive bias of `pack_texts`
    broadcast over the heads), the output product with its residual layer norm, and the
    feed-forward products around bias + exact GELU with their residual layer norm.

    Tracing the model through torch's exporter and fusing afterwards left the attention as
    about thirty plain operators a layer (no fusion matches a bias of our own), and ONNX
    Runtime wakes its workers for each: the same arithmetic took 33.1 ms for a brief's 85
    tokens, built this way 27.9 (2-core Xeon, alternating runs; vectors equal to 1e-6).

    Raises ValueError for what this graph does not compute: another activation, relative
    positions, a model that is not BERT.
    """
    from onnx import TensorProto, helper, numpy_helper

    config = bert.config
    unsupported = {"model_type": (config.model_type, "bert"),
                   "hidden_act": (config.hidden_act, "gelu"),
                   "position_embedding_type":
                       (getattr(config, "position_embedding_type", "absolute"), "absolute")}
    for setting, (value, needed) in unsupported.items():
        if value != needed:
            raise ValueError(f"the ONNX encoder computes {setting}={needed!r}, not {value!r}")
    state = bert.state_dict()
    width = int(config.hidden_size)
    contrib = "com.microsoft"
    epsilon = float(config.layer_norm_eps)
    initializers: list[Any] = []
    nodes: list[Any] = []

    def array(name: str) -> np.ndarray:
        return np.asarray(state[name].detach().float().numpy())

    def constant(name: str, value: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(
            np.ascontiguousarray(value, dtype=np.float32), name))
        return name

    def weight(name: str) -> str:
        return constant(name, array(name))

    def product(name: str, source: str, output: str) -> None:
        # torch's Linear keeps (out, in); MatMul wants (in, out).
        nodes.append(helper.make_node(
            "MatMul", [source, constant(f"{name}.weight.T", array(f"{name}.weight").T)],
            [output]))

    def residual_norm(norm: str, source: str, skip: str, bias: str, output: str) -> None:
        nodes.append(helper.make_node(
            "SkipLayerNormalization",
            [source, skip, weight(f"{norm}.weight"), weight(f"{norm}.bias"), bias], [output],
            domain=contrib, epsilon=epsilon))

    nodes.append(helper.make_node(
        "Gather", [weight("embeddings.position_embeddings.weight"), "position_ids"],
        ["position_embeds"]))
    # Every text is segment 0: its row of the token-type table is a constant bias.
    segment = constant("segment_embeds", array("embeddings.token_type_embeddings.weight")[0])
    residual_norm("embeddings.LayerNorm", "inputs_embeds", "position_embeds", segment,
                  "layer0")
    layers = int(config.num_hidden_layers)
    for index in range(layers):
        layer = f"encoder.layer.{index}"
        attention = f"{layer}.attention.self"
        parts = ("query", "key", "value")
        packed_weight = np.concatenate([array(f"{attention}.{part}.weight").T
                                        for part in parts], axis=1)
        packed_bias = np.concatenate([array(f"{attention}.{part}.bias") for part in parts])
        source = f"layer{index}"
        nodes.append(helper.make_node(
            "Attention",
            [source, constant(f"{attention}.qkv.weight", packed_weight),
             constant(f"{attention}.qkv.bias", packed_bias), "", "", "attention_bias"],
            [f"{layer}.context"], domain=contrib,
            num_heads=int(config.num_attention_heads)))
        product(f"{layer}.attention.output.dense", f"{layer}.context", f"{layer}.projected")
        residual_norm(f"{layer}.attention.output.LayerNorm", f"{layer}.projected", source,
                      weight(f"{layer}.attention.output.dense.bias"), f"{layer}.attended")
        product(f"{layer}.intermediate.dense", f"{layer}.attended", f"{layer}.widened")
        nodes.append(helper.make_node(
            "BiasGelu", [f"{layer}.widened", weight(f"{layer}.intermediate.dense.bias")],
            [f"{layer}.activated"], domain=contrib))
        product(f"{layer}.output.dense", f"{layer}.activated", f"{layer}.narrowed")
        residual_norm(f"{layer}.output.LayerNorm", f"{layer}.narrowed", f"{layer}.attended",
                      weight(f"{layer}.output.dense.bias"),
                      "hidden_states" if index == layers - 1 else f"layer{index + 1}")
    graph = helper.make_graph(
        nodes, "bert_layers",
        [helper.make_tensor_value_info("inputs_embeds", TensorProto.FLOAT,
                                       ["batch", "tokens", width]),
         helper.make_tensor_value_info("position_ids", TensorProto.INT64, ["batch", "tokens"]),
         helper.make_tensor_value_info("attention_bias", TensorProto.FLOAT,
                                       ["batch", 1, "tokens", "tokens"])],
        [helper.make_tensor_value_info("hidden_states", TensorProto.FLOAT,
                                       ["batch", "tokens", width])],
        initializers)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET),
                                                   helper.make_opsetid(contrib, 1)])


class OnnxEncoder:
    """One ONNX Runtime session over an exported encoder graph.

    Args:
        path: the graph (`export_encoder`).
        threads: intra-op threads (the cores a lone query may use).
    """

    def __init__(self, path: Path, *, threads: int) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Between the graph's operators a worker spins for at most SPIN_MICROSECONDS, then
        # sleeps, and stops spinning when a call ends. Unbounded spinning took the cores the
        # bot's other threads needed (50 brands × 2 briefs answered p95 4.41 s, against 3.27
        # without spinning); never spinning costs every call the workers' wake-ups, ≈ 2 ms of
        # a brief's 27 (bench/RESULTS.md).
        options.add_session_config_entry("session.intra_op.allow_spinning", "1")
        options.add_session_config_entry("session.intra_op.spin_duration_us",
                                         str(SPIN_MICROSECONDS))
        options.add_session_config_entry("session.force_spinning_stop", "1")
        # Attention weights of far keys come out below float32's normal range, and x86 takes
        # a slow path for every product with such a number; read as 0 they change no vector
        # (cosine ≥ 0.9999997 over the benchmark briefs) and a brief's call takes 31.5 ms
        # instead of 33.2 (2-core Xeon, alternating turns).
        options.add_session_config_entry("session.set_denormal_as_zero", "1")
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"])
        self._lock = threading.Lock()

    def hidden_states(self, inputs_embeds: np.ndarray, attention_mask: np.ndarray
                      ) -> np.ndarray:
        """The last hidden states of a right-padded batch, (batch, tokens, width) float32."""
        positions, bias = padding_bias(np.asarray(attention_mask))
        return self.packed_hidden_states(inputs_embeds, positions, bias)

    def packed_hidden_states(self, inputs_embeds: np.ndarray, position_ids: np.ndarray,
                             attention_bias: np.ndarray) -> np.ndarray:
        """The last hidden states of rows laid out by `pack_texts`."""
        feeds = {"inputs_embeds": np.ascontiguousarray(inputs_embeds, dtype=np.float32),
                 "position_ids": np.ascontiguousarray(position_ids, dtype=np.int64),
                 "attention_bias": np.ascontiguousarray(attention_bias, dtype=np.float32)}
        with self._lock:
            (hidden,) = self._session.run(None, feeds)
        return np.asarray(hidden, dtype=np.float32)
