#!/usr/bin/env bash
# Run ScarDesk on a demo clinic, from a bare machine: the README's "try it" command.
#
#   bash scripts/demo.sh                       # a window on this desktop
#   xvfb-run -a bash scripts/demo.sh           # on a machine with no display
#   bash scripts/demo.sh --data-dir /tmp/demo  # keep the demo clinic somewhere else
#   bash scripts/demo.sh --check-start         # set up, build the demo, open it, exit 0 when ready
#
# Sets up the machine (scripts/bootstrap.sh), fills a demo clinic with 5000 patients the first time
# (`scardesk demo`), then starts the app. Arguments go to both `scardesk demo` and `scardesk`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/bootstrap.sh

# Qt aborts when it has nowhere to draw; say what to do instead of letting it crash.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] &&
    [ "$(uname -s)" != Darwin ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        echo "[demo] no display found: starting under a virtual one (xvfb-run)" >&2
        exec xvfb-run -a bash "$0" "$@"
    fi
    echo "[demo] no display found. Run it under a virtual one:  xvfb-run -a bash scripts/demo.sh" >&2
    echo "[demo] (or set QT_QPA_PLATFORM=offscreen to start it with no visible window at all)" >&2
    exit 1
fi

# Where the app will open its database, asked of the app itself (scardesk.db.location) so the rule
# lives in one place: --database-url, then $SCARDESK_DATABASE_URL, then clinic.sqlite3 in --data-dir
# or the user data folder. Prints the SQLite file, or nothing for a server database.
database_file=$(.venv/bin/python - "$@" <<'PY'
import argparse
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from scardesk.db.location import resolve_database_url

parser = argparse.ArgumentParser(add_help=False)
parser.add_argument("--data-dir", type=Path)
parser.add_argument("--database-url")
known, _ = parser.parse_known_args(sys.argv[1:])
url = make_url(resolve_database_url(known.database_url, known.data_dir))
if url.get_backend_name() == "sqlite" and url.database:
    print(url.database)
PY
)
if [ -z "$database_file" ]; then
    echo "[demo] the database is not a SQLite file: not adding demo patients (run 'scardesk demo' for that)"
elif [ ! -e "$database_file" ]; then
    echo "[demo] creating a demo clinic with 5000 patients in $database_file"
    # The start-up checks (--check-start, --exit-after-start) are for the app, not for the demo.
    demo_args=()
    for arg in "$@"; do
        case $arg in
        --check-start | --exit-after-start) ;;
        *) demo_args+=("$arg") ;;
        esac
    done
    .venv/bin/scardesk demo --patients 5000 "${demo_args[@]}"
fi

echo "[demo] starting ScarDesk"
exec .venv/bin/scardesk "$@"
