"""Checks the command line makes before doing any work, and how it reports a failure.

A command that is going to fail must fail before it writes anything: the database URL, the
data folder, the numbers and the output file are all checked here first, so a mistyped
argument never leaves behind a database, a folder or a stored document.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from scardesk.domain.errors import StorageRefusedError, ValidationError
from scardesk.domain.messages import Message

#: Largest id either database stores (PostgreSQL ``integer``); larger ones cannot exist.
ID_MAX = 2**31 - 1
#: The demo generator's own ceiling, repeated so the check runs before the demo is imported.
DEMO_PATIENTS_MAX = 2_000_000
SEED_LIMIT = 2**63

log = logging.getLogger("scardesk.cli")


def check_data_dir(data_dir: Path | None) -> Path | None:
    """The data folder as an absolute path; a file (or something under a file) is refused.

    A relative folder is taken from the current folder once, here, so every later step (and
    the next run's safety check) sees the same absolute path.
    """
    if data_dir is None:
        return None
    text = str(data_dir)
    if not text.strip() or "\x00" in text:
        raise StorageRefusedError("--data-dir is empty or not a folder name")
    folder = data_dir.expanduser().absolute()
    existing = _nearest_existing(folder)
    if existing is not None and not existing.is_dir():
        raise StorageRefusedError(
            f"--data-dir {folder}: {existing} is a file, not a folder; give the folder that "
            "holds (or will hold) the clinic database"
        )
    return folder


def check_database_url(url: str) -> str:
    """Refuse a URL SQLAlchemy cannot parse, or one for a database ScarDesk does not use."""
    # Imported here: SQLAlchemy is a third of a second that the app's first window, and the
    # commands failing on their arguments, do without.
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:
        # The app checks the URL behind its sign-in window, so these refusals are coded.
        raise StorageRefusedError(
            Message(
                "storage.url_invalid",
                {
                    "examples": "postgresql+psycopg://user@host:5432/clinic, "
                    "sqlite:////path/clinic.sqlite3"
                },
            )
        ) from error
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StorageRefusedError(
            Message(
                "storage.unsupported_backend",
                {"backend": backend, "example": "postgresql+psycopg://user@host/clinic"},
            )
        )
    if backend == "postgresql" and not parsed.database:
        raise StorageRefusedError(Message("storage.postgres_url_no_database"))
    return url


def check_record_id(value: int, what: str) -> int:
    """An id that cannot exist is refused before the database is opened."""
    if not 1 <= value <= ID_MAX:
        raise ValidationError({what: f"{value} is not a record number: expected 1 to {ID_MAX:,}"})
    return value


def check_demo(patients: int, seed: int) -> None:
    errors = {}
    if not 0 <= patients <= DEMO_PATIENTS_MAX:
        errors["patients"] = f"{patients} patients: expected 0 to {DEMO_PATIENTS_MAX:,}"
    if not -SEED_LIMIT <= seed < SEED_LIMIT:
        errors["seed"] = f"the seed is too large: expected a whole number below {SEED_LIMIT:,}"
    if errors:
        raise ValidationError(errors)


def check_output_file(path: Path) -> Path:
    """The absolute output path, once it is certain a file can be written there.

    Probes the nearest existing folder with a temporary file (removed at once), because
    permission bits alone do not say whether a write will succeed (root, read-only mounts).
    """
    target = path.expanduser().absolute()
    if str(path).strip() == "" or target.name in ("", ".", ".."):
        raise StorageRefusedError(f"-o {path}: give a file name, e.g. /home/clinic/sheet.pdf")
    if target.is_dir():
        raise StorageRefusedError(
            f"-o {target} is a folder: give a file name in it, e.g. {target / 'sheet.pdf'}"
        )
    existing = _nearest_existing(target.parent)
    if existing is None or not existing.is_dir():
        raise StorageRefusedError(f"-o {target}: {existing or target.parent} is not a folder")
    _probe(existing, f"-o {target}")
    if target.exists() and not os.access(target, os.W_OK):
        raise StorageRefusedError(f"-o {target}: the existing file cannot be replaced")
    return target


def check_backup_destination(dest: Path) -> Path:
    """A backup goes into an existing folder or to a new file; either must be writable."""
    target = dest.expanduser().absolute()
    if target.is_dir():
        _probe(target, f"backup {target}")
        return target
    return check_output_file(target)


def check_backup_file(source: Path, kind: str = "backup file") -> Path:
    target = source.expanduser().absolute()
    if not target.is_file():
        what = "a folder" if target.is_dir() else "not there"
        raise StorageRefusedError(f"no {kind} at {target} ({what}); nothing was changed")
    return target


def _probe(folder: Path, label: str) -> None:
    import tempfile  # here, not at the top: the app's start checks no folder this way

    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".scardesk-probe-"):
            pass
    except OSError as error:
        raise StorageRefusedError(
            f"{label}: cannot write in {folder} ({error.strerror or error})"
        ) from error


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it, so no half file is left."""
    from scardesk.services.atomic_files import replace_atomically  # only commands that write

    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, data)


def report_unexpected(error: BaseException) -> None:
    """One line on stderr; the traceback goes to the log file, whose path is printed.

    The traceback is logged, not the exception's text alone, so a bug report has the stack;
    SQL parameters are hidden by the engine, so no patient data rides along.
    """
    summary = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    summary = summary[:200]
    try:
        import logging.handlers  # only here, on a failure: not on every command's start

        from scardesk.logging_setup import configure_logging

        log_path: Path | None = configure_logging()
        log.error("command failed\n%s", "".join(traceback.format_exception(error)).rstrip())
        for handler in logging.getLogger().handlers:
            handler.flush()
            # The file actually written: logging may have been set up before, elsewhere.
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                log_path = Path(handler.baseFilename)
    except OSError:
        log_path = None
    where = f"details in {log_path}" if log_path else "the log file could not be written"
    print(f"scardesk: unexpected error ({summary}); the command stopped; {where}", file=sys.stderr)


def _nearest_existing(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        try:
            if candidate.exists() or candidate.is_symlink():
                return candidate
        except OSError:
            return candidate
    return None
