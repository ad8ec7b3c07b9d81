#!/usr/bin/env bash
# One entry point for a fresh machine.
#   ./run.sh          set up (once) and run Jodoh on the embedded defaults: the Telegram bot
#                     when TELEGRAM_BOT_TOKEN is set, otherwise the same bot in this terminal
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

bootstrap_e2e() {
  # The local Telegram Bot API emulator used by the end-to-end tests (127.0.0.1 only).
  local lock_stamp="tests/e2e/node_modules/.installed-$(sha256sum tests/e2e/package-lock.json | cut -c1-16)"
  if [[ ! -f "$lock_stamp" ]]; then
    echo "Installing the Telegram Bot API emulator (npm) ..." >&2
    npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
    touch "$lock_stamp"
  fi
}

case "${1:-}" in
  test)
    shift
    bootstrap_e2e
    "$VENV/bin/ruff" check .
    "$VENV/bin/mypy"
    exec "$VENV/bin/pytest" -q "$@"
    ;;
  "")
    if [[ -n "${TELEGRAM_BOT_TOKEN:-}" ]] || grep -qs '^TELEGRAM_BOT_TOKEN=.\+' .env; then
      exec "$VENV/bin/jodoh" bot
    fi
    exec "$VENV/bin/jodoh" chat
    ;;
  *)
    exec "$VENV/bin/jodoh" "$@"
    ;;
esac
