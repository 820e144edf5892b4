"""Backups and restores of the clinic database, each verified before it is trusted.

A backup is only worth something if it opens on the day it is needed, so every backup is
written to a temporary file, checked (SQLite integrity, foreign keys, schema, audit chain),
and only then given its final name: a failed or interrupted backup leaves no file that looks
good. A copy whose only problem is stored records this version cannot decode is still kept: it
is a faithful copy, and refusing it would leave the clinic without a backup; the result names
those records. A restore checks the incoming file before anything is touched and keeps the database
it replaces beside it, never deleting it.

Restoring needs exclusive use of the database: **no engine may be open on the target** (the
CLI disposes its own before calling, and every workstation must have closed ScarDesk). The
functions here take a URL or path, not a ``Database``, for that reason.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from scardesk.db import cipher, pg_verify, presence, schema
from scardesk.db.audit_seal import forget_seal, seal_backup_copy, set_seal_aside
from scardesk.db.engine import Database, sqlite_file_of
from scardesk.db.integrity import check_sqlite_file
from scardesk.db.location import default_data_dir, unsafe_location_reason
from scardesk.db.pg_tools import dump_revision as _dump_revision
from scardesk.db.pg_tools import libpq as _libpq
from scardesk.db.pg_tools import restore_into as _restore_into
from scardesk.db.pg_tools import run_pg as _pg
from scardesk.db.pg_tools import tool as _tool
from scardesk.db.unit_of_work import SYSTEM, Actor, UnitOfWork
from scardesk.domain.errors import IntegrityProblem, StorageRefusedError
from scardesk.domain.messages import Message


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    seconds: float
    #: Stored records the copy holds that this version cannot read (kept as they are).
    unreadable: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    """``replaced_kept_at`` is where the previous database now lies (None if there was none)."""

    replaced_kept_at: Path | None
    restored_from: Path


# --- SQLite -----------------------------------------------------------------------------------


def backup_sqlite(
    database: Database, dest: Path | None = None, *, actor: Actor = SYSTEM
) -> BackupResult:
    """Copy the live SQLite database with SQLite's online backup API, verify, then publish.

    ``dest`` may be a folder (the file is named ``scardesk-YYYYmmdd-HHMMSS.sqlite3`` inside it)
    or a new file name; by default the copy goes to ``backups/`` beside the database. Other
    workstations may keep working meanwhile: in WAL mode the copy reads one consistent snapshot
    without blocking writers. A network folder is a fine destination; only the live file is not.
    """
    live = database.sqlite_path()
    if live is None:
        raise StorageRefusedError(Message("backup.not_sqlite"))
    started = time.perf_counter()
    # _destination never returns an existing file, so the live database cannot be overwritten.
    final = _destination(dest, live.parent / "backups", ".sqlite3")
    with _staged(final) as temp:
        _copy_online(database, temp)
        _fsync_file(temp)
        report = check_sqlite_file(temp, key=database.key)
        if not report.sound:
            raise IntegrityProblem(
                Message(
                    "backup.copy_failed_check",
                    {"detail": report.summary(), "command": "scardesk db check"},
                )
            )
        os.replace(temp, final)
    # The copy carries its own seal, so `db check` of the backup alone sees a whole trail.
    seal_backup_copy(final, database.key)
    _fsync_dir(final.parent)
    result = _finish_backup(database, actor, final, started)
    return replace(result, unreadable=report.unreadable)


def restore_sqlite(target: str | Path, source: Path, *, key: str | None = None) -> RestoreResult:
    """Put ``source`` in place of the SQLite database at ``target`` (a URL or a file path).

    The source is copied beside the target and that copy is checked before the current
    database is touched, so what is verified is exactly what is installed, and the source file
    itself is never opened by SQLite. The current database (with its ``-wal``/``-shm``, after a
    checkpoint) is renamed to ``<name>.replaced-YYYYmmdd-HHMMSS.sqlite3`` and kept.

    An encrypted backup is checked with ``key`` (default: the passphrase known for the target).
    A plain backup is not put in place of an encrypted database: that would undo the encryption.
    """
    path = _sqlite_target(target)
    source = Path(source)
    if not source.is_file():
        raise StorageRefusedError(Message("restore.source_missing", {"path": str(source)}))
    if path.exists() and source.resolve() == path.resolve():
        raise StorageRefusedError(Message("restore.source_is_database", {"path": str(source)}))
    # The place is checked before anything is copied there: a restore into a sync folder
    # would install a database the next start refuses.
    reason = unsafe_location_reason(path.expanduser().resolve())
    if reason:
        raise StorageRefusedError(
            Message("restore.unsafe_location", {"path": str(path), "reason": reason})
        )
    # The clinic's passphrase, else the one given for the backup (restoring onto a new computer).
    key = key or cipher.known_key(path) or cipher.known_key(source)
    if cipher.is_encrypted_file(source) and key is None:
        raise StorageRefusedError(
            Message(
                "restore.needs_passphrase",
                {"path": str(source), "variable": cipher.ENV_DATABASE_KEY},
            )
        )
    if cipher.is_encrypted_file(path) and not cipher.is_encrypted_file(source):
        raise StorageRefusedError(
            Message("restore.plain_over_encrypted", {"source": str(source), "path": str(path)})
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    # A workstation with the file open would go on writing into the set-aside copy.
    with presence.maintenance(path, presence.RESTORE):
        return _put_in_place(path, source, key)


def _put_in_place(path: Path, source: Path, key: str | None) -> RestoreResult:
    kept: Path | None = None
    with _staged(path) as temp:
        shutil.copyfile(source, temp)
        _fsync_file(temp)
        source_key = key if cipher.is_encrypted_file(temp) else None
        report = check_sqlite_file(temp, key=source_key)
        if not report.sound:
            raise StorageRefusedError(
                Message("restore.failed_check", {"path": str(source), "detail": report.summary()})
            )
        if path.exists():
            _checkpoint_if_idle(path, key if cipher.is_encrypted_file(path) else None)
            kept = _set_aside(path)
        try:
            os.replace(temp, path)
        except OSError:
            if kept is not None:
                os.replace(kept, path)
            raise
    set_seal_aside(path, kept)  # the audit seal anchors the replaced database
    _fsync_dir(path.parent)
    return RestoreResult(replaced_kept_at=kept, restored_from=source)


def record_restore(database: Database, result: RestoreResult, *, actor: Actor = SYSTEM) -> None:
    """Audit a restore in the restored database, once the caller has reopened it."""
    forget_seal(database)  # the old seal anchors the replaced history; this event seals anew
    with UnitOfWork(database, actor, "backup.restore") as uow:
        kept = result.replaced_kept_at
        uow.note(
            "database",
            None,
            after={
                "restored_from": str(result.restored_from),
                "replaced_kept_at": str(kept) if kept else None,
            },
        )


def _copy_online(database: Database, temp: Path) -> None:
    with database.engine.connect() as connection:
        live: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        # An encrypted database is copied page for page into a file keyed the same way, so the
        # backup is never plain, not even while it is being written.
        copy = sqlite3.connect(temp) if database.key is None else cipher.open_unkeyed(temp)
        if database.key is not None:
            cipher.apply_key(copy, database.key)
        try:
            live.backup(copy)
            # The copy inherits WAL mode from the live file; a backup must be one self-contained
            # file that needs no -wal beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        except (sqlite3.DatabaseError, cipher.module().DatabaseError) as error:
            raise IntegrityProblem(
                Message("backup.copy_failed", {"command": "scardesk db check"}, str(error))
            ) from error
        finally:
            copy.close()


def _sqlite_target(target: str | Path) -> Path:
    if isinstance(target, Path):
        return target
    if "://" not in target:
        return Path(target)
    path = sqlite_file_of(target)
    if path is None:
        raise StorageRefusedError(Message("restore.not_sqlite_url"))
    return path


def _checkpoint_if_idle(path: Path, key: str | None = None) -> None:
    """Fold the -wal into the file so the kept copy stands alone; refuse if someone uses it."""
    try:
        if key is not None:
            connection = cipher.connect(path, key)
            connection.execute("PRAGMA busy_timeout=1000")
        else:
            connection = sqlite3.connect(path, timeout=1)
        try:
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            connection.close()
    except (sqlite3.OperationalError, cipher.module().OperationalError) as error:
        if getattr(error, "sqlite_errorname", "") not in {"SQLITE_BUSY", "SQLITE_LOCKED"}:
            return  # a damaged current file is kept as it is, -wal and all (see _set_aside)
        busy = 1
    except (sqlite3.DatabaseError, cipher.module().DatabaseError, StorageRefusedError):
        return
    if busy:
        raise StorageRefusedError(Message("restore.in_use", {"path": str(path)}))


def _set_aside(path: Path) -> Path:
    """Rename the database and any -wal/-shm together, so the kept copy still opens whole."""
    kept = _free_name(path.parent, f"{path.stem}.replaced-{_stamp()}", path.suffix or ".sqlite3")
    os.replace(path, kept)
    for extra in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + extra))
    return kept


# --- PostgreSQL -------------------------------------------------------------------------------


def backup_postgres(
    database: Database, dest: Path | None = None, *, actor: Actor = SYSTEM
) -> BackupResult:
    """``pg_dump --format=custom`` to a temporary file, verified by restoring it into a scratch
    database (see ``pg_verify``), then given its final name.

    By default the dump goes to ``backups/`` in this computer's ScarDesk data folder.
    """
    if database.kind != "postgresql":
        raise StorageRefusedError(Message("backup.not_postgres"))
    _tool("pg_dump")
    started = time.perf_counter()
    final = _destination(dest, default_data_dir() / "backups", ".dump")
    _dump(database.engine.url.render_as_string(hide_password=False), final)
    return _finish_backup(database, actor, final, started)


def restore_postgres(url: str, source: Path, *, keep_dir: Path | None = None) -> RestoreResult:
    """Replace the PostgreSQL database at ``url`` with the dump ``source``.

    The dump must list cleanly, carry a schema revision this ScarDesk knows and restore into a
    scratch database that passes the integrity check. The current database is first dumped
    (verified the same way) to ``keep_dir`` (default: the data folder's ``backups/``) and kept;
    then ``pg_restore --clean --if-exists --no-owner --single-transaction`` replaces it, so a
    failure part-way leaves the database as it was.
    """
    _tool("pg_dump")
    pg_restore = _tool("pg_restore")
    presence.refuse_if_others_on_postgres(url, presence.RESTORE)
    source = Path(source)
    if not source.is_file():
        raise StorageRefusedError(Message("restore.source_missing", {"path": str(source)}))
    listing = _pg(
        [pg_restore, "--list", str(source)],
        None,
        Message("restore.not_a_dump", {"path": str(source)}),
    )
    if "TABLE DATA public alembic_version" not in listing:
        raise StorageRefusedError(Message("restore.not_a_backup", {"path": str(source)}))
    revision = _dump_revision(pg_restore, source)
    if revision is None:
        raise StorageRefusedError(Message("restore.no_revision", {"path": str(source)}))
    schema.refuse_unknown_revision(revision, str(source))
    try:
        pg_verify.verify_in_scratch(url, source, _restore_into)
    except StorageRefusedError as error:
        raise StorageRefusedError(
            Message("restore.nothing_changed", {"reason": error.message})
        ) from error
    folder = keep_dir if keep_dir is not None else default_data_dir() / "backups"
    # A folder, not a file name: it is created when missing (it once became a file "backups").
    kept = _destination(None, folder, ".dump", stem="scardesk-replaced")
    _dump(url, kept)
    command = [pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges"]
    command += ["--single-transaction", "--dbname", _libpq(url)[0], str(source)]
    _pg(
        command,
        url,
        Message("restore.pg_restore_failed", {"path": str(source), "kept": str(kept)}),
    )
    return RestoreResult(replaced_kept_at=kept, restored_from=source)


def _dump(url: str, final: Path) -> None:
    """pg_dump one snapshot into a temporary file, restore it into a scratch database and compare
    it with the counts of that same snapshot, then give it its final name."""
    with _staged(final) as temp, pg_verify.exported_snapshot(url) as (snapshot, counts):
        command = [_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}"]
        command += ["--file", str(temp), "--dbname", _libpq(url)[0]]
        _pg(command, url, Message("backup.dump_failed"))
        _fsync_file(temp)
        failure = Message("backup.dump_failed_listing")
        _pg([_tool("pg_restore"), "--list", str(temp)], None, failure)
        try:
            pg_verify.verify_in_scratch(url, temp, _restore_into, counts)
        except StorageRefusedError as error:
            raise StorageRefusedError(
                Message("backup.dump_not_kept", {"reason": error.message})
            ) from error
        os.replace(temp, final)
    _fsync_dir(final.parent)


# --- shared -----------------------------------------------------------------------------------


def _finish_backup(database: Database, actor: Actor, final: Path, started: float) -> BackupResult:
    """Audit the backup in the live database (a change made after the copy: that is fine)."""
    size = final.stat().st_size
    with final.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    seconds = time.perf_counter() - started
    with UnitOfWork(database, actor, "backup.create") as uow:
        uow.note("database", None, after={"path": str(final), "bytes": size, "sha256": digest})
    return BackupResult(path=final, bytes=size, seconds=seconds)


def _destination(dest: Path | None, default: Path, suffix: str, stem: str = "scardesk") -> Path:
    if dest is not None and not dest.is_dir():
        if dest.exists():
            raise StorageRefusedError(Message("backup.dest_exists", {"path": str(dest)}))
        if not dest.parent.is_dir():
            raise StorageRefusedError(
                Message("backup.dest_folder_missing", {"path": str(dest.parent)})
            )
        return dest
    folder = default if dest is None else dest
    folder.mkdir(parents=True, exist_ok=True)
    return _free_name(folder, f"{stem}-{_stamp()}", suffix)


def _stamp() -> str:
    # The clinic's wall clock, so a file name matches the time the user remembers.
    return datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate, number = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}{suffix}", number + 1
    return candidate


@contextlib.contextmanager
def _staged(final: Path) -> Iterator[Path]:
    """A hidden temporary file beside ``final``, removed unless it was renamed into place."""
    handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".partial", dir=final.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable. POSIX only; some network file systems refuse it, which is harmless
    because the file's own contents were already synced."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
