"""Benchmarks and the evaluation harness (see README.md)."""

import jodoh  # noqa: F401  (its process settings, before numpy loads)
