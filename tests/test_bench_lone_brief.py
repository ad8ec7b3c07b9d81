"""The lone-brief benchmark reports by the brief's length, in bands that meet."""

from __future__ import annotations

import pytest

from bench.lone_brief import LENGTH_BANDS, Timings, length_band, paired_summary


def test_every_length_falls_in_one_band_in_order() -> None:
    assert [length_band("x" * n) for n in (0, 299, 300, 399, 400, 2000)] == [
        LENGTH_BANDS[0], LENGTH_BANDS[0], LENGTH_BANDS[1], LENGTH_BANDS[1], LENGTH_BANDS[2],
        LENGTH_BANDS[2]]


def test_the_pairs_compare_each_brief_with_itself() -> None:
    now, old = Timings(), Timings()
    for text, now_seconds, old_seconds in (("a" * 100, 0.040, 0.050),
                                           ("b" * 350, 0.060, 0.050),
                                           ("c" * 500, 0.090, 0.060)):
        now.add(text, now_seconds, {"embed": 0.03})
        old.add(text, old_seconds, {"embed": 0.03})
    summary = paired_summary(now, old)
    assert "median 1.200 (faster on 1 of 3)" in summary
    assert "< 300 chars 0.800, 300-399 chars 1.200, >= 400 chars 1.500" in summary
    assert "stages (mean ms): embed 30.0" in now.summary()


def test_a_float32_comparison_hides_native_bfloat16_from_code_that_cannot_be_told(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from bench import lone_brief
    from retrieval.embedding import amx_bfloat16, native_bfloat16

    for probe in ("_is_avx512_bf16_supported", "_is_amx_tile_supported"):
        monkeypatch.setattr(torch.cpu, probe, lambda: True)  # a CPU with AMX
    assert native_bfloat16() and amx_bfloat16()
    for value, forced in (("false", True), ("0", True), ("", False), ("true", False)):
        monkeypatch.setenv("EMBEDDING_BF16", value)
        assert lone_brief.float32_forced() is forced
    lone_brief._without_native_bfloat16()
    assert not native_bfloat16() and not amx_bfloat16()
