#!/usr/bin/env bash
# Every check and test ScarDesk has, from a bare machine: the one command CI runs (through .ci/run).
#
#   bash scripts/check.sh
#
# Sets up the machine (scripts/bootstrap.sh --with-postgres), then runs, stopping at the first failure:
# ruff lint, ruff format check, mypy, import-linter, the test suite against SQLite and a throwaway
# PostgreSQL server, and the slow PyInstaller build test (skip it with SCARDESK_SKIP_SLOW=1).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

current_step="set-up"
pg_dir=""
started=$SECONDS

heading() {
    current_step=$1
    printf '\n=== %s ===\n' "$1"
}

finish() {
    local rc=$?
    if [ -n "$pg_dir" ]; then
        bash scripts/pg-test-server.sh stop "$pg_dir" >/dev/null 2>&1 || true
    fi
    if [ "$rc" = 0 ]; then
        printf '\n=== all checks passed (%ss) ===\n' "$((SECONDS - started))"
    else
        printf '\n=== FAILED: %s (exit %s, after %ss) ===\n' "$current_step" "$rc" "$((SECONDS - started))" >&2
    fi
}
trap finish EXIT
trap 'exit 130' INT TERM

heading "set-up"
bash scripts/bootstrap.sh --with-postgres
export PATH="$PWD/.venv/bin:$PATH"

heading "ruff check"
ruff check .

heading "ruff format --check"
ruff format --check .

heading "mypy"
mypy

heading "import contracts (lint-imports)"
lint-imports

heading "PostgreSQL test server"
# Several checkouts may share a machine: take the first free port from 55432 up.
SCARDESK_PG_PORT=$(python - <<'EOF'
import socket

for port in range(55432, 55532):
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
else:
    raise SystemExit("no free port in 55432-55531")
EOF
)
export SCARDESK_PG_PORT
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/scardesk-pg.XXXXXX")
pg_base=$(bash scripts/pg-test-server.sh start "$pg_dir")
python - "$pg_base" <<'EOF'
import sys

import psycopg
from sqlalchemy.engine import make_url

server = make_url(sys.argv[1] + "postgres").set(drivername="postgresql")
with psycopg.connect(server.render_as_string(hide_password=False), autocommit=True) as conn:
    conn.execute("CREATE DATABASE scardesk_test")
EOF
export SCARDESK_TEST_POSTGRES_URL="${pg_base}scardesk_test"
# The fixture skips PostgreSQL runs when the URL is missing; here a missing server must fail instead.
export SCARDESK_REQUIRE_POSTGRES=1
echo "server up: $SCARDESK_TEST_POSTGRES_URL"

export QT_QPA_PLATFORM=offscreen

# A worker that crashes (a segmentation fault in Qt or a driver) leaves its Python stacks here
# (tests/conftest.py); they are printed last, where a CI log's tail shows them.
crash_dir=$(mktemp -d)
export SCARDESK_CRASH_DIR=$crash_dir
show_crashes() {
    local file
    for file in "$crash_dir"/*; do
        [ -s "$file" ] || continue
        printf '\n=== a test process crashed: its stacks (%s) ===\n' "$(basename "$file")"
        # The crashing thread first (innermost call at the top), then the rest.
        sed -n '/^Current thread/,/^$/p' "$file" | head -60
        grep -v '^  File' "$file" | head -20
    done
}

heading "tests (SQLite and PostgreSQL)"
# One worker per core (at most 8): each test makes its own SQLite file or PostgreSQL database, so workers
# never share state. SCARDESK_TEST_WORKERS=0 runs everything in this one process (easier to debug).
# Two passes: the command-line tests start the real application in-process, which must not meet a
# QApplication left behind by the widget tests in the same worker.
workers=(-n "${SCARDESK_TEST_WORKERS:-auto}" --maxprocesses 8)
# The slowest tests of each pass are listed in the log, so the next change to the suite's time
# starts from where the time goes (CI must stay well under 20 minutes).
slowest=(--durations=15 --durations-min=5)
pytest -q -m "not slow" --ignore=tests/ui "${workers[@]}" "${slowest[@]}" || { rc=$?; show_crashes; exit "$rc"; }

heading "tests of the screens (pytest-qt)"
pytest -q -m "not slow" tests/ui "${workers[@]}" "${slowest[@]}" || { rc=$?; show_crashes; exit "$rc"; }

heading "slow tests (PyInstaller build)"
if [ "${SCARDESK_SKIP_SLOW:-0}" = 1 ]; then
    echo "skipped: SCARDESK_SKIP_SLOW=1"
else
    rc=0
    pytest -q -m slow || rc=$?
    if [ "$rc" = 5 ]; then
        echo "no slow tests collected"
    elif [ "$rc" != 0 ]; then
        exit "$rc"
    fi
fi
