"""The rebuilt e5's BERT layers run by ONNX Runtime instead of torch.

On a CPU without native bfloat16 (AVX2 only, what most rented servers have) torch's float32
BERT is the whole cost of a brief; ONNX Runtime runs the same float32 graph with fused
layer norms and GELU in about half the time (bench/RESULTS.md), and its vectors
equal torch's to cosine ≥ 0.9999 (tests/test_onnx_encoder.py; fused sums differ at 1e-5), so
the embedding cache, the index and every stored vector stay valid whichever backend computed
them.

Only the layers after the word-embedding lookup are exported: the 250k-row word matrix stays
where `retrieval.embedding` keeps it (int8 rows, 96 MB), instead of a second float32 copy of
384 MB inside the graph. The graph is exported once per built model directory, next to it,
and optimised for the CPU at every load (never saved optimised: that form is CPU-specific).

The graph takes each token's position and an additive attention bias rather than a padding
mask, so several short texts can share one row (`pack_texts`): positions restart at every
text and each text attends only to itself, which gives every text the vector it gets alone.
A brief and its creator clause cost 30 ms in one packed call against 32 in two (2-core
Xeon, measured); a padded batch of two would compute the clause at the brief's length.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np

ENCODER_FILE = "encoder.onnx"
ENCODER_INFO = "encoder.json"
OPSET = 17
# Bumped whenever the exported graph changes, so older exports are replaced.
GRAPH_FORMAT = "bert-packed-1"
# A masked-out key: added to its attention score, leaves exp() at 0 in float32.
MASKED = float(np.finfo(np.float32).min)

log = logging.getLogger(__name__)


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
    """Export `bert` (a transformers BERT model, float32) from input embeddings, positions and
    attention bias to its last hidden states, as `model_dir / ENCODER_FILE`; nothing if
    already there.

    Written under a temporary name and renamed, so a crash never leaves half a graph that a
    later load would trust.
    """
    import torch

    target = model_dir / ENCODER_FILE
    if is_exported(model_dir):
        return target

    class FromEmbeddings(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, inputs_embeds: torch.Tensor, position_ids: torch.Tensor,
                    attention_bias: torch.Tensor) -> torch.Tensor:
            # A 4-D float mask is used as given: added to every head's attention scores.
            output = self.model(inputs_embeds=inputs_embeds, position_ids=position_ids,
                                attention_mask=attention_bias)
            return cast(torch.Tensor, output.last_hidden_state)

    config = bert.config
    width = int(config.hidden_size)
    # Two rows, one holding two texts and one padded, so the traced graph keeps packing,
    # padding and masking general.
    example = pack_texts([[5, 6], [7], [8, 9, 10]], budget=3)
    example_embeds = torch.zeros((*example.position_ids.shape, width), dtype=torch.float32)
    partial = target.with_name(f".{ENCODER_FILE}.{os.getpid()}.partial")
    axes = {0: "batch", 1: "tokens"}
    attention = getattr(config, "_attn_implementation", None)
    try:
        with warnings.catch_warnings(), torch.no_grad():
            # The TorchScript exporter is the one that needs no extra compiler packages;
            # torch marks it deprecated, and its tracer warns about shapes it keeps dynamic.
            warnings.simplefilter("ignore")
            # Written out as plain matrix products (not torch's fused SDPA call): ONNX
            # Runtime's fusions then merge what they can around them.
            _set_attention(bert, "eager")
            torch.onnx.export(
                FromEmbeddings(bert).eval(),
                (example_embeds, torch.from_numpy(example.position_ids),
                 torch.from_numpy(example.attention_bias)),
                str(partial), input_names=["inputs_embeds", "position_ids", "attention_bias"],
                output_names=["hidden_states"], opset_version=OPSET, dynamo=False,
                dynamic_axes={"inputs_embeds": axes, "position_ids": axes,
                              "attention_bias": {0: "batch", 2: "tokens", 3: "keys"},
                              "hidden_states": axes})
    finally:
        if attention:
            _set_attention(bert, attention)
    _fuse_bert_layers(partial, heads=int(config.num_attention_heads), width=width)
    os.replace(partial, target)
    (model_dir / ENCODER_INFO).write_text(json.dumps(_source_stamp(model_dir)),
                                          encoding="utf-8")
    return target


def _set_attention(bert: Any, implementation: str) -> None:
    setter = getattr(bert, "set_attn_implementation", None)
    if setter is not None:
        setter(implementation)
    else:  # older transformers
        bert.config._attn_implementation = implementation


def _fuse_bert_layers(path: Path, *, heads: int, width: int) -> None:
    """Rewrite the graph at `path` with ONNX Runtime's BERT fusions (bias + GELU, residual +
    layer norm; attention with a bias of its own stays plain products), same float32
    arithmetic. Graph-level only (no CPU-specific kernels), so the file suits any CPU. Left
    as exported if the fusion tool fails: slower, never wrong."""
    try:
        from onnxruntime.transformers import optimizer

        fused = optimizer.optimize_model(str(path), model_type="bert", num_heads=heads,
                                         hidden_size=width, opt_level=0)
        fused.save_model_to_file(str(path))
    except Exception:  # the optional speed-up only; the plain graph is correct
        log.warning("ONNX Runtime's BERT fusions failed; using the plain graph", exc_info=True)


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
        # Workers sleep between the graph's operators instead of spinning. Spinning saved
        # ≈ 2.5 ms of a lone brief's call, but under load the spinning workers took the cores
        # the bot's other threads needed: 50 brands × 2 briefs answered p95 4.41 s with
        # spinning (bot CPU 6.3 s), 3.27 s without (4.6 s), measured on 2 cores.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
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
