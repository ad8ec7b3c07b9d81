"""The machine a benchmark ran on, for the results files."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def machine(*, load_average: bool = False) -> str:
    """Cores, CPU model, RAM, Python and kernel; optionally the load average right now."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    text = (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GB RAM, Python "
            f"{platform.python_version()}, {platform.system()} {platform.release()}")
    if load_average:
        text += "; load average at start " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return text
