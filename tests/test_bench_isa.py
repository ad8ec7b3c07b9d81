"""`bench.isa`: a library that asks the CPU for AVX-512 state is told there is none."""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.isa import AVX2_SETTINGS, avx2_environment, hide_avx512, main

READS_XCR0 = """
#include <stdint.h>
uint64_t xcr0(void) {
    uint32_t eax, edx;
    __asm__ volatile ("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return ((uint64_t)edx << 32) | eax;
}
"""

needs_toolchain = pytest.mark.skipif(
    platform.machine() != "x86_64" or not all(map(shutil.which, ("gcc", "objdump", "readelf"))),
    reason="needs x86-64 with gcc and binutils")


def _xcr0(library: Path) -> int:
    """XCR0 as the library reads it, in a process of its own (a patched library stays out
    of the test run's)."""
    program = ("import ctypes, sys; f = ctypes.CDLL(sys.argv[1]).xcr0; "
               "f.restype = ctypes.c_uint64; print(f())")
    return int(subprocess.run([sys.executable, "-c", program, str(library)], check=True,
                              capture_output=True, text=True).stdout)


@needs_toolchain
def test_a_patched_library_reads_an_xcr0_without_avx512(tmp_path: Path) -> None:
    source = tmp_path / "xcr0.c"
    source.write_text(READS_XCR0)
    native, patched = tmp_path / "libnative.so", tmp_path / "libpatched.so"
    subprocess.run(["gcc", "-O2", "-shared", "-fPIC", "-o", str(native), str(source)],
                   check=True)
    shutil.copy(native, patched)

    assert hide_avx512(patched) == 1
    twice = tmp_path / "libtwice.so"
    shutil.copy(patched, twice)
    assert hide_avx512(twice) == 0  # nothing left to patch

    # The low half names every state component in use; the patch leaves edx as it was.
    assert _xcr0(patched) & 0xFFFF_FFFF == 0b111  # x87, SSE, AVX
    assert _xcr0(native) & 0b111 == 0b111  # the machine's own state is untouched


def test_the_environment_holds_every_configurable_library_to_avx2(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("bench.isa.overlay_for", lambda site_packages: tmp_path)
    environment = avx2_environment({"PYTHONPATH": "/elsewhere", "HOME": "/home/x"})
    assert environment["PYTHONPATH"].split(":") == [str(tmp_path), "/elsewhere"]
    assert environment["HOME"] == "/home/x"
    assert {name: environment[name] for name in AVX2_SETTINGS} == AVX2_SETTINGS


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["avx2", "--"])
    assert "give the command" in capsys.readouterr().err
