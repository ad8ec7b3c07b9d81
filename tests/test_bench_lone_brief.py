"""The lone-brief benchmark reports by the brief's length, in bands that meet."""

from __future__ import annotations

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
