"""Run a benchmark on the AVX2 code path of a CPU that also has AVX-512.

usage: python -m bench.isa avx2 -- python -m bench.load [...]

Deployments often get CPUs with AVX2 only; a machine with AVX-512 can still run every library
on its AVX2 kernels, so one machine measures both paths. Libraries choose their kernels at run
time; most of them take a setting for it (torch, oneDNN, MKL, OpenBLAS, NumPy). ONNX Runtime
and Chroma's vector index take none: they ask the processor with `cpuid` and check with
`xgetbv` that the operating system saves AVX-512 state. This tool copies those two packages
into an overlay directory, where each `xgetbv` reports x87, SSE and AVX state only, so both
fall back to their AVX2 kernels. Nothing outside the overlay changes.

What stays the same is the microarchitecture: AVX2 kernels on an AVX-512 CPU are not an
AVX2-only CPU, whose cores may be older and slower per clock.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

# The packages whose compiled kernels pick AVX-512 by `cpuid` + `xgetbv` and take no setting.
OVERLAID = ("onnxruntime", "chromadb_rust_bindings")
XGETBV = b"\x0f\x01\xd0"
# push 7; pop rax: XCR0's low half = x87 | SSE | AVX, the same length as `xgetbv`. edx, the
# high half, keeps what it held: no state component is defined there.
XCR0_WITHOUT_AVX512 = b"\x6a\x07\x58"
# The settings of the libraries that do take one.
AVX2_SETTINGS = {
    "ATEN_CPU_CAPABILITY": "avx2",
    "ONEDNN_MAX_CPU_ISA": "AVX2",
    "MKL_ENABLE_INSTRUCTIONS": "AVX2",
    "OPENBLAS_CORETYPE": "Haswell",
    "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR",
    # bfloat16 needs AVX-512 here; the AVX2 path is float32.
    "EMBEDDING_BF16": "false",
    "JODOH_CPU_PATH": "avx2",
}


def xgetbv_offsets(library: Path) -> list[int]:
    """File offsets of the `xgetbv` instructions objdump finds in `library`'s code."""
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True,
                              text=True, check=True).stdout
    spans = [(int(address, 16), int(offset, 16), int(size, 16)) for address, offset, size in
             re.findall(r"PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)]
    listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(library)],
                             capture_output=True, text=True, check=True).stdout
    offsets = []
    for address in (int(a, 16) for a in re.findall(r"^\s*([0-9a-f]+):\s+xgetbv", listing, re.M)):
        offsets += [address - start + offset for start, offset, size in spans
                    if start <= address < start + size]
    return offsets


def hide_avx512(library: Path) -> int:
    """Patch `library` in place so that it reads an XCR0 without AVX-512 state."""
    code = bytearray(library.read_bytes())
    offsets = xgetbv_offsets(library)
    for offset in offsets:
        if code[offset:offset + 3] != XGETBV:
            raise RuntimeError(f"{library.name}: no xgetbv at {offset:#x}")
        code[offset:offset + 3] = XCR0_WITHOUT_AVX512
    library.write_bytes(bytes(code))
    return len(offsets)


def build_overlay(site_packages: Path, overlay: Path) -> dict[str, int]:
    """Copy `OVERLAID` from `site_packages` into `overlay` with AVX-512 hidden; how many
    `xgetbv` each shared library had."""
    patched: dict[str, int] = {}
    for package in OVERLAID:
        target = overlay / package
        shutil.copytree(site_packages / package, target)
        for library in sorted(target.rglob("*.so*")):
            if library.is_file() and not library.is_symlink():
                patched[f"{package}/{library.name}"] = hide_avx512(library)
    return patched


def overlay_for(site_packages: Path) -> Path:
    """The overlay for these installed packages, built once per version of them."""
    versions = hashlib.sha256("".join(
        f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for package in OVERLAID for p in sorted((site_packages / package).rglob("*.so*"))
    ).encode()).hexdigest()[:12]
    overlay = Path(tempfile.gettempdir()) / f"jodoh-avx2-overlay-{versions}"
    if not overlay.is_dir():
        building = Path(tempfile.mkdtemp(prefix="jodoh-avx2-building-"))
        for library, count in build_overlay(site_packages, building).items():
            print(f"bench.isa: {library}: {count} xgetbv patched", file=sys.stderr)
        building.rename(overlay)
    return overlay


def avx2_environment(base: dict[str, str]) -> dict[str, str]:
    """`base` with the overlay first on the path and every library held to AVX2."""
    site_packages = Path(sysconfig.get_paths()["purelib"])
    overlay = overlay_for(site_packages)
    python_path = os.pathsep.join(filter(None, (str(overlay), base.get("PYTHONPATH", ""))))
    return {**base, **AVX2_SETTINGS, "PYTHONPATH": python_path}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", choices=("avx2",), help="the code path to run on")
    parser.add_argument("command", nargs=argparse.REMAINDER,
                        help="the command, after --, e.g. -- python -m bench.load")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    if command[0] == "python":
        command[0] = sys.executable
    return subprocess.run(command, env=avx2_environment(dict(os.environ)), check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
