"""The rebuilt e5's BERT layers run by ONNX Runtime instead of torch.

On a CPU without native bfloat16 (AVX2 only, what most rented servers have) torch's float32
BERT is the whole cost of a brief; ONNX Runtime runs the same float32 graph with fused
attention, layer norms and GELU in about half the time (bench/RESULTS.md), and its vectors
equal torch's to cosine ≥ 0.9999 (tests/test_onnx_encoder.py; fused sums differ at 1e-5), so
the embedding cache, the index and every stored vector stay valid whichever backend computed
them.

Only the layers after the word-embedding lookup are exported: the 250k-row word matrix stays
where `retrieval.embedding` keeps it (int8 rows, 96 MB), instead of a second float32 copy of
384 MB inside the graph. The graph is exported once per built model directory, next to it,
and optimised for the CPU at every load (never saved optimised: that form is CPU-specific).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from pathlib import Path
from typing import Any, cast

import numpy as np

ENCODER_FILE = "encoder.onnx"
ENCODER_INFO = "encoder.json"
OPSET = 17
# Bumped whenever the exported graph changes, so older exports are replaced.
GRAPH_FORMAT = "bert-eager-fused-1"

log = logging.getLogger(__name__)


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
    """Export `bert` (a transformers BERT model, float32) from input embeddings and attention
    mask to its last hidden states, as `model_dir / ENCODER_FILE`; nothing if already there.

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

        def forward(self, inputs_embeds: torch.Tensor,
                    attention_mask: torch.Tensor) -> torch.Tensor:
            output = self.model(inputs_embeds=inputs_embeds, attention_mask=attention_mask)
            return cast(torch.Tensor, output.last_hidden_state)

    config = bert.config
    width = int(config.hidden_size)
    # Two rows of different lengths, so the traced graph keeps padding and masking general.
    example_embeds = torch.zeros((2, 5, width), dtype=torch.float32)
    example_mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.long)
    partial = target.with_name(f".{ENCODER_FILE}.{os.getpid()}.partial")
    axes = {0: "batch", 1: "tokens"}
    attention = getattr(config, "_attn_implementation", None)
    try:
        with warnings.catch_warnings(), torch.no_grad():
            # The TorchScript exporter is the one that needs no extra compiler packages;
            # torch marks it deprecated, and its tracer warns about shapes it keeps dynamic.
            warnings.simplefilter("ignore")
            # Written out as plain matrix products (not torch's fused SDPA call), attention
            # is a pattern ONNX Runtime's BERT fusions recognise: one Attention node a layer.
            _set_attention(bert, "eager")
            torch.onnx.export(FromEmbeddings(bert).eval(), (example_embeds, example_mask),
                              str(partial), input_names=["inputs_embeds", "attention_mask"],
                              output_names=["hidden_states"], opset_version=OPSET,
                              dynamo=False, dynamic_axes={"inputs_embeds": axes,
                                                          "attention_mask": axes,
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
    """Rewrite the graph at `path` with ONNX Runtime's BERT fusions (attention, bias + GELU,
    residual + layer norm): ≈ 10 % faster, same float32 arithmetic. Graph-level only (no
    CPU-specific kernels), so the file suits any CPU. Left as exported if the fusion tool
    fails: slower, never wrong."""
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
        # Idle worker threads would otherwise spin for a while after each call, taking a core
        # from the bot's other work (searches, the database) for nothing.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"])
        self._lock = threading.Lock()

    def hidden_states(self, inputs_embeds: np.ndarray, attention_mask: np.ndarray
                      ) -> np.ndarray:
        """The last hidden states, (batch, tokens, width) float32."""
        feeds = {"inputs_embeds": np.ascontiguousarray(inputs_embeds, dtype=np.float32),
                 "attention_mask": np.ascontiguousarray(attention_mask, dtype=np.int64)}
        with self._lock:
            (hidden,) = self._session.run(None, feeds)
        return np.asarray(hidden, dtype=np.float32)
