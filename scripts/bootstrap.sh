#!/usr/bin/env bash
# Set up everything ScarDesk needs on this machine, from nothing; safe to run again and again.
#
#   bash scripts/bootstrap.sh                  # Debian libraries for Qt + .venv with the app and dev tools
#   bash scripts/bootstrap.sh --with-postgres  # ... plus a PostgreSQL server for the test suite
#
# Each step checks first and only acts when something is missing, so a warm run takes well under a second:
# Debian packages are looked up with one `dpkg -s`; `apt-get update` runs only when one must be installed;
# `pip install -e '.[dev]'` runs only when pyproject.toml changed since the last install (its hash is
# kept in .venv/.scardesk-bootstrap). Without dpkg (macOS, other distributions) the system step is
# skipped with a note.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$PWD

with_postgres=0
for arg in "$@"; do
    case "$arg" in
        --with-postgres) with_postgres=1 ;;
        -h | --help)
            sed -n '2,10p' "${BASH_SOURCE[0]}"
            exit 0
            ;;
        *)
            echo "bootstrap: unknown option '$arg' (try --help)" >&2
            exit 2
            ;;
    esac
done

step() { printf '[bootstrap] %s\n' "$*"; }

# What Qt needs offscreen, then for a real window under Xvfb, then poppler for checking PDFs
# (see machine-notes.md). The test command also needs binutils: PyInstaller reads the libraries it
# bundles with objdump, which a bare Debian 12 does not have.
debian_packages=(
    libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
    xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
    poppler-utils
)
if [ "$with_postgres" = 1 ]; then
    debian_packages+=(postgresql binutils)
fi

# Print the packages of "$@" that are not fully installed. `dpkg -s` reports every known package in one
# paragraph; unknown ones only produce an error on stderr, so anything without an "install ok installed"
# paragraph counts as missing.
missing_debian_packages() {
    local installed
    installed=$(dpkg -s "$@" 2>/dev/null |
        awk '/^Package:/ { name = $2 } /^Status: install ok installed/ { print name }' || true)
    local package
    for package in "$@"; do
        if ! grep -qxF "$package" <<<"$installed"; then
            echo "$package"
        fi
    done
}

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "bootstrap: need root to run: $*  (no sudo found; run it as root, then retry)" >&2
        return 1
    fi
}

apt_install() {
    local log
    log=$(mktemp "${TMPDIR:-/tmp}/scardesk-apt.XXXXXX")
    if ! {
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                --no-install-recommends "$@"
    } >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "bootstrap: apt-get failed (output above)" >&2
        return 1
    fi
    rm -f "$log"
}

# --- 1. Debian packages -------------------------------------------------------------------------
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    mapfile -t missing < <(missing_debian_packages "${debian_packages[@]}")
    if [ "${#missing[@]}" -gt 0 ]; then
        step "installing Debian packages: ${missing[*]}"
        apt_install "${missing[@]}"
    else
        step "Debian packages: all ${#debian_packages[@]} present"
    fi
else
    step "no dpkg/apt-get here: skipping system packages; install Qt's libraries (and PostgreSQL" \
        "for the tests) another way"
fi

# --- 2. Python virtual environment --------------------------------------------------------------
venv=$repo_root/.venv
venv_real=$(pwd -P)/.venv
# The stamp holds the hash of pyproject.toml at the last install and the folder the venv was made in.
stamp=$venv/.scardesk-bootstrap
if command -v sha256sum >/dev/null 2>&1; then
    want_hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
else
    want_hash=$(shasum -a 256 pyproject.toml | cut -d' ' -f1)
fi

find_python() {
    local candidate
    for candidate in python3.11 python3.12 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))' \
                2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# A venv only works where it was made: its scripts name their interpreter by absolute path. One that
# was copied or cloned from elsewhere still runs the other folder's Python, so it is made again.
venv_belongs_here() {
    "$venv/bin/python" -c '' >/dev/null 2>&1 || return 1
    if [ -f "$stamp" ]; then
        [ "$(sed -n 2p "$stamp")" = "$venv_real" ]
        return
    fi
    local shebang interpreter_dir
    shebang=$(head -n 1 "$venv/bin/pip" 2>/dev/null) || return 1
    interpreter_dir=$(cd "$(dirname "${shebang#\#!}")" 2>/dev/null && pwd -P) || return 1
    [ "$interpreter_dir" = "$venv_real/bin" ]
}

if ! venv_belongs_here; then
    python=$(find_python) || {
        echo "bootstrap: need Python 3.11, 3.12 or 3.13 on PATH (python3.11 or python3)" >&2
        exit 1
    }
    # Debian splits venv support into its own package; fetch it only when it is really missing.
    if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1
    then
        py_version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        step "installing python$py_version-venv"
        apt_install "python$py_version-venv"
    fi
    step "creating .venv with $("$python" --version 2>&1) ($python)"
    rm -rf "$venv"
    "$python" -m venv "$venv"
fi

# --- 2b. The interpreter's shared library, for the PyInstaller step of the test command -----------
# Debian ships libpython apart from python3.11; PyInstaller refuses to bundle without it.
if [ "$with_postgres" = 1 ] && command -v apt-get >/dev/null 2>&1; then
    py_lib=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_config_var("INSTSONAME") or "")')
    py_libdir=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
    if [[ "$py_lib" == *.so* ]] && [ ! -e "$py_libdir/$py_lib" ] &&
        ! { command -v ldconfig >/dev/null 2>&1 && ldconfig -p | grep -qF "$py_lib"; }; then
        py_version=$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        step "installing libpython$py_version (PyInstaller bundles the interpreter's shared library)"
        apt_install "libpython$py_version"
    fi
fi

# --- 3. Python packages -------------------------------------------------------------------------
if [ "$(sed -n 1p "$stamp" 2>/dev/null)" != "$want_hash" ] || [ ! -x "$venv/bin/scardesk" ]; then
    step "installing ScarDesk and its dev tools into .venv (pip install -e '.[dev]'; the first time takes a few minutes)"
    # pip and the build backend are chatty even with --quiet: keep their output for when it fails.
    pip_log=$(mktemp "${TMPDIR:-/tmp}/scardesk-pip.XXXXXX")
    if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]' \
        >"$pip_log" 2>&1; then
        cat "$pip_log" >&2
        rm -f "$pip_log"
        echo "bootstrap: pip install failed (output above)" >&2
        exit 1
    fi
    rm -f "$pip_log"
    printf '%s\n%s\n' "$want_hash" "$venv_real" >"$stamp"
else
    step "Python packages: up to date with pyproject.toml"
fi

# --- 4. Translations ----------------------------------------------------------------------------
# The app loads compiled .qm files; they are built from the .ts sources kept in git (seconds).
step "building translations (resources/i18n/*.qm)"
"$venv/bin/python" scripts/i18n.py release
