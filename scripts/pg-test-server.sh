#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, living entirely inside one directory.
#
#   bash scripts/pg-test-server.sh start DIR   # initdb DIR/data (first time), start; prints the URL base
#   bash scripts/pg-test-server.sh stop DIR    # stop it and delete DIR/data, its log and DIR if empty
#
# The server trusts every local connection as user `postgres`, listens on 127.0.0.1 only, keeps its socket
# in DIR and trades durability for speed (fsync off): never point it at data you want to keep.
# The port is 55432, or $SCARDESK_PG_PORT. initdb refuses to run as root, so as root the server runs as the
# `postgres` system user (installed with the Debian package) and DIR is handed over to it; otherwise it
# runs as the current user.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2
port=${SCARDESK_PG_PORT:-55432}

find_bindir() {
    local candidate
    # Debian keeps each major version apart; take the newest.
    candidate=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        echo "$candidate"
    elif command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    else
        echo "pg-test-server: no PostgreSQL binaries found (install 'postgresql', or run" \
            "scripts/bootstrap.sh --with-postgres)" >&2
        return 1
    fi
}

# Run a command as the user that owns the server.
as_server_user() {
    if [ "$(id -u)" != 0 ]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u postgres -- "$@"
    else
        su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
}

bindir=$(find_bindir)

case "$action" in
    start)
        mkdir -p "$dir"
        dir=$(cd "$dir" && pwd)
        if [ "$(id -u)" = 0 ]; then
            chown postgres: "$dir"
            chmod 700 "$dir"
        fi
        if [ ! -f "$dir/data/PG_VERSION" ]; then
            # C.UTF-8 gives Unicode-aware lower()/ILIKE; plain C where that locale does not exist.
            locale=C
            if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
                locale=C.UTF-8
            fi
            as_server_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
                --locale="$locale" >"$dir/initdb.log" 2>&1 || {
                cat "$dir/initdb.log" >&2
                exit 1
            }
        fi
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null || {
            echo "pg-test-server: could not start PostgreSQL on port $port; its log follows" >&2
            cat "$dir/server.log" >&2 || true
            exit 1
        }
        echo "postgresql+psycopg://postgres@127.0.0.1:$port/"
        ;;
    stop)
        [ -d "$dir" ] || exit 0
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
        fi
        # Only delete what this script made, so a mistyped DIR cannot take anything else with it.
        if [ -f "$dir/data/PG_VERSION" ]; then
            rm -rf "$dir/data"
        fi
        rm -f "$dir/server.log" "$dir/initdb.log"
        rmdir "$dir" 2>/dev/null || true
        ;;
    *)
        usage
        ;;
esac
