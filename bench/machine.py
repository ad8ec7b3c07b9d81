"""The machine a benchmark ran on, for the results files."""

from __future__ import annotations

import os
import platform
from pathlib import Path

# The CPU features that decide how fast the query encoder is (retrieval/embedding.py).
FEATURES = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16")


def cpu_features() -> str:
    """Which of `FEATURES` this CPU has, e.g. "avx2; no avx512f, …"."""
    flags: set[str] = set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                break
    except OSError:
        return "CPU features unknown"
    have = [name for name in FEATURES if name in flags]
    missing = [name for name in FEATURES if name not in flags]
    return ", ".join(have) + ("; no " + ", ".join(missing) if missing else "")


def machine(*, load_average: bool = False) -> str:
    """Cores, CPU model and features, RAM, Python and kernel; optionally the load average."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    text = (f"{os.cpu_count()} cores ({cpu}; {cpu_features()}), {memory:.0f} GB RAM, Python "
            f"{platform.python_version()}, {platform.system()} {platform.release()}")
    if os.environ.get("JODOH_CPU_PATH") == "avx2":
        text += "; AVX-512 hidden from every library (`bench.isa avx2`): AVX2 kernels"
    if load_average:
        text += "; load average at start " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return text


def query_encoder() -> str:
    """How a Jodoh process on this CPU computes query vectors, from EMBEDDING_BACKEND and
    EMBEDDING_BF16 as the bot and the CLI read them (`retrieval.embedding.choose_compute`)."""
    from jodoh.settings import Settings
    from retrieval.embedding import choose_compute

    settings = Settings(_env_file=None)
    backend, bf16 = choose_compute(settings.embedding_backend, settings.embedding_bf16)
    forced = "auto" if settings.embedding_bf16 is None else settings.embedding_bf16
    return (f"query encoder {backend} ({'bfloat16' if bf16 else 'float32'} queries; "
            f"EMBEDDING_BACKEND={settings.embedding_backend}, EMBEDDING_BF16={forced})")
