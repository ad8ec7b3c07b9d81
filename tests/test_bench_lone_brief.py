"""The lone-brief benchmark reports by the brief's length, in bands that meet."""

from __future__ import annotations

from bench.lone_brief import LENGTH_BANDS, length_band


def test_every_length_falls_in_one_band_in_order() -> None:
    assert [length_band("x" * n) for n in (0, 299, 300, 399, 400, 2000)] == [
        LENGTH_BANDS[0], LENGTH_BANDS[0], LENGTH_BANDS[1], LENGTH_BANDS[1], LENGTH_BANDS[2],
        LENGTH_BANDS[2]]
