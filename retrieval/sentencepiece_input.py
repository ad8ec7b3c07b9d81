"""The first module of the rebuilt e5 model, tokenising with SentencePiece instead of `tokenizers`.

`tokenizers` builds its Unigram lattice for multilingual-e5's 250k pieces in 282 MiB of the
bot's memory; SentencePiece holds the same vocabulary in 54 MiB and gives the same ids
(tests/test_e5_builder.py checks both against e5.c). Everything after tokenisation is the
model directory's own: the BERT weights, then its Pooling and Normalize modules, all run by
sentence-transformers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from sentence_transformers.base.modules import InputModule

from retrieval.e5_builder import SENTENCEPIECE_FILE, SPECIAL_IDS
from retrieval.onnx_encoder import OnnxEncoder, export_encoder, pack_texts

STANDARD_MODULES = ("Transformer", "Pooling", "Normalize")
# Tokens in a row of packed texts (more when one text is longer; a brief's few texts share
# one row up to twice this). Attention's share of a token's arithmetic grows with its row's
# length (≈ 5 % at 128, 11 % at 256): rows of 256 made `jodoh search --batch` ≈ 2 ms a brief
# slower than padded batches, rows of 128 as fast (measured).
PACK_TOKENS = 128
_SPACE_RUNS = re.compile(" {2,}")


def with_specials(token_ids: Sequence[Sequence[int]], *, max_length: int, bos: int, eos: int
                  ) -> list[list[int]]:
    """`<s> ids </s>` per text, cut to `max_length` tokens."""
    return [[bos, *ids[: max_length - 2], eos] for ids in token_ids]


def pad_batch(token_ids: Sequence[Sequence[int]], *, max_length: int, bos: int, eos: int,
              pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    """`<s> ids </s>` per text, cut to `max_length`, right-padded: (input ids, attention mask)."""
    rows = with_specials(token_ids, max_length=max_length, bos=bos, eos=eos)
    width = max((len(row) for row in rows), default=0)
    input_ids = torch.full((len(rows), width), pad, dtype=torch.long)
    attention_mask = torch.zeros((len(rows), width), dtype=torch.long)
    for index, row in enumerate(rows):
        input_ids[index, : len(row)] = torch.tensor(row, dtype=torch.long)
        attention_mask[index, : len(row)] = 1
    return input_ids, attention_mask


class SentencePieceTokenizer:
    """Token ids of texts, as the model directory's `tokenizer.json` gives them.

    Args:
        model_file: the directory's `SENTENCEPIECE_FILE`.
    """

    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self._pieces = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        self._normalizer = sentencepiece.SentencePieceNormalizer(
            model_file=str(model_file), add_dummy_prefix=False, escape_whitespaces=False,
            remove_extra_whitespaces=False)

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The pieces' ids of each text, without `<s>` / `</s>`.

        Normalise, collapse runs of spaces (normalising makes some, e.g. from tabs and
        no-break spaces), then split into pieces: `tokenizer.json`'s order of steps.
        """
        cleaned = [_SPACE_RUNS.sub(" ", self._normalizer.normalize(text)) for text in texts]
        ids: list[list[int]] = self._pieces.encode(cleaned, num_threads=1)
        return ids


class SentencePieceTransformer(InputModule):
    """A BERT encoder whose texts are tokenised by a SentencePiece model.

    Args:
        model_dir: a sentence-transformers directory holding `SENTENCEPIECE_FILE` beside the
            BERT weights (written by `retrieval.e5_builder`).
        max_seq_length: most tokens per text, `<s>` and `</s>` included.
    """

    def __init__(self, model_dir: Path, *, max_seq_length: int = 512) -> None:
        from transformers import AutoModel

        super().__init__()  # type: ignore[no-untyped-call]
        self.auto_model = AutoModel.from_pretrained(str(model_dir), dtype=torch.float32)
        self.max_seq_length = min(max_seq_length,
                                  int(self.auto_model.config.max_position_embeddings))
        self.pieces = SentencePieceTokenizer(model_dir / SENTENCEPIECE_FILE)
        self.model_dir = model_dir
        # Set by `retrieval.embedding` when ONNX Runtime runs the layers (`use_onnx`).
        self.onnx: OnnxEncoder | None = None

    def use_onnx(self, *, threads: int) -> None:
        """Run the BERT layers with ONNX Runtime from now on (the graph exported once)."""
        path = export_encoder(self.auto_model, self.model_dir)
        self.onnx = OnnxEncoder(path, threads=threads)
        # The graph holds the layers now; torch keeps only the embeddings. sentence-transformers
        # walks every submodule on each encode (to switch to eval, to find the device): with
        # the 12 unused layers that walk cost ≈ 1 ms of a 20 ms brief, measured.
        self.auto_model.encoder.layer = torch.nn.ModuleList()
        self.auto_model.pooler = None

    def preprocess(self, inputs: Sequence[Any], prompt: str | None = None,
                   **kwargs: Any) -> dict[str, torch.Tensor | Any]:
        texts = [str(text) for text in inputs]
        if prompt:
            texts = self._prepend_prompt(texts, prompt)
        input_ids, attention_mask = pad_batch(
            self.pieces.token_ids(texts), max_length=self.max_seq_length, bos=SPECIAL_IDS["bos"],
            eos=SPECIAL_IDS["eos"], pad=SPECIAL_IDS["pad"])
        return {"input_ids": input_ids, "attention_mask": attention_mask}

    def forward(self, features: dict[str, torch.Tensor | Any],
                **kwargs: Any) -> dict[str, torch.Tensor | Any]:
        if self.onnx is not None:
            # The word lookup stays here (int8 rows); the layers after it run in the graph.
            embeds = self.auto_model.get_input_embeddings()(features["input_ids"])
            hidden = self.onnx.hidden_states(embeds.detach().numpy(),
                                             features["attention_mask"].numpy())
            features["token_embeddings"] = torch.from_numpy(hidden)
            return features
        output = self.auto_model(input_ids=features["input_ids"],
                                 attention_mask=features["attention_mask"], return_dict=True)
        features["token_embeddings"] = output.last_hidden_state
        return features

    def embed_packed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length mean-pooled vectors of `texts` (what e5's Pooling and Normalize modules
        do; the caller checks that the model's are those) from one call of the layers, the
        texts packed into shared rows (`pack_texts`) instead of each padded to the longest.
        Runs in ONNX Runtime after `use_onnx`, else in torch (under the caller's autocast)."""
        rows = with_specials(self.pieces.token_ids(list(texts)), max_length=self.max_seq_length,
                             bos=SPECIAL_IDS["bos"], eos=SPECIAL_IDS["eos"])
        packed = pack_texts(rows, budget=PACK_TOKENS, pad=SPECIAL_IDS["pad"])
        input_ids = torch.from_numpy(packed.input_ids)
        words = self.auto_model.get_input_embeddings()
        with torch.inference_mode():
            if self.onnx is not None:
                lookup = getattr(words, "rows", None)  # the int8 rows' numpy lookup
                embeds = lookup(packed.input_ids) if lookup is not None \
                    else words(input_ids).numpy()
                hidden = self.onnx.packed_hidden_states(embeds, packed.position_ids,
                                                        packed.attention_bias)
            else:
                # A 4-D float mask is added to the attention scores as given.
                output = self.auto_model(
                    input_ids=input_ids, position_ids=torch.from_numpy(packed.position_ids),
                    attention_mask=torch.from_numpy(packed.attention_bias), return_dict=True)
                hidden = output.last_hidden_state.float().numpy()
        pooled = np.stack([hidden[row, start:end].mean(axis=0)
                           for row, start, end in packed.spans])
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def get_sentence_embedding_dimension(self) -> int:
        return int(self.auto_model.config.hidden_size)

    def save(self, output_path: str, *args: Any, safe_serialization: bool = True,
             **kwargs: Any) -> None:
        raise NotImplementedError("load the model directory itself; this module only reads it")


def uses_sentencepiece(model_dir: Path) -> bool:
    """True for a directory this module can load: the standard Transformer → Pooling →
    Normalize stack with a SentencePiece model beside it."""
    try:
        modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    kinds = tuple(str(module.get("type", "")).rsplit(".", 1)[-1] for module in modules)
    return kinds == STANDARD_MODULES and (model_dir / SENTENCEPIECE_FILE).is_file()


def load_sentencepiece_model(model_dir: Path) -> Any:
    """A `SentenceTransformer` of `model_dir` whose first module is `SentencePieceTransformer`."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling

    config = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
    encoder = SentencePieceTransformer(model_dir,
                                       max_seq_length=int(config.get("max_seq_length", 512)))
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
    pooling = Pooling.load(str(model_dir / modules[1]["path"]))
    return SentenceTransformer(modules=[encoder, pooling, Normalize()], device="cpu")
