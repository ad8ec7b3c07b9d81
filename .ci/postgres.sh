#!/usr/bin/env bash
# Start a throwaway PostgreSQL (Debian package) on 127.0.0.1 for the test suite.
# Prints the server URL on stdout. `.ci/postgres.sh stop URL` stops the server of that URL
# and removes its data directory (under /tmp).
set -euo pipefail

if [[ "${1:-}" == "stop" ]]; then
  port="${2##*:}"
  port="${port%%/*}"
  for dir in /tmp/jodoh-pg.*; do
    pid_file="$dir/data/postmaster.pid"
    if [[ -f "$pid_file" ]] && sed -n 4p "$pid_file" | grep -qx "$port"; then
      kill "$(head -1 "$pid_file")" 2>/dev/null || true
      for _ in $(seq 50); do [[ -f "$pid_file" ]] || break; sleep 0.1; done
      rm -rf "$dir"
    fi
  done
  exit 0
fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [[ -z "$(pg_bin)" ]]; then
  echo "Installing PostgreSQL (Debian package) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN="$(pg_bin)"
DIR="$(mktemp -d /tmp/jodoh-pg.XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

# PostgreSQL refuses to run as root; the Debian package creates the `postgres` user.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ "$(id -u)" == 0 ]]; then chown postgres "$DIR"; fi

as_pg "$BIN/initdb" -D "$DIR/data" -A trust -U jodoh --no-sync >/dev/null
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U jodoh jodoh
echo "postgresql://jodoh@127.0.0.1:$PORT/jodoh"
