#!/usr/bin/env bash
# One entry point for a fresh machine.
#   ./run.sh          set up (once) and run Jodoh on the embedded defaults
#   ./run.sh test     set up (once) and run the whole test suite (what CI runs)
#   ./run.sh <args>   set up (once) and run `jodoh <args>`
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
STAMP="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"

bootstrap() {
  if [[ ! -x "$VENV/bin/python" ]]; then
    echo "Creating the virtual environment in $VENV ..." >&2
    python3 -m venv "$VENV"
  fi
  if [[ ! -f "$STAMP" ]]; then
    echo "Installing dependencies (first run only, about 2 minutes) ..." >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    # The CPU build of torch, pinned: an unpinned torch pulls a multi-GB CUDA build.
    "$VENV/bin/python" -m pip install --quiet "torch==2.13.0"
    "$VENV/bin/python" -m pip install --quiet -e ".[dev]"
    touch "$STAMP"
  fi
}

bootstrap
export HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False

case "${1:-}" in
  test)
    shift
    "$VENV/bin/ruff" check .
    "$VENV/bin/mypy"
    exec "$VENV/bin/pytest" -q "$@"
    ;;
  "")
    exec "$VENV/bin/jodoh" demo
    ;;
  *)
    exec "$VENV/bin/jodoh" "$@"
    ;;
esac
