"""Opening a clinic database safely: SQLite with its safe settings, or PostgreSQL.

A file that is not a ScarDesk database, is damaged, or was written by a newer ScarDesk
is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from scardesk.db import schema
from scardesk.db.location import network_folder_reason, read_mounts
from scardesk.domain.errors import NotFoundError, StorageRefusedError

SQLITE_BUSY_TIMEOUT_MS = 10_000
_SQLITE_HEADER = b"SQLite format 3\x00"
#: Execution option a write unit of work sets so SQLite takes the write lock up front.
WRITE_OPTION = "scardesk_write"


@dataclass(frozen=True)
class Database:
    """An open clinic database: the engine and how to make sessions on it."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """Human description for the status bar, never showing a password."""
        url = self.engine.url
        if self.kind == "sqlite":
            return f"SQLite — {url.database}"
        return f"PostgreSQL — {url.host or 'local'}:{url.port or 5432}/{url.database}"

    def sqlite_path(self) -> Path | None:
        if self.kind != "sqlite" or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_file_of(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def refuse_unsafe_sqlite_file(path: Path) -> None:
    """Check an SQLite file without writing to it; raise StorageRefusedError if unsafe."""
    reason = network_folder_reason(
        path.resolve() if path.exists() else path.absolute(), read_mounts()
    )
    if reason:
        raise StorageRefusedError(
            f"ScarDesk will not keep its database at {path} because {reason}. SQLite files are "
            "damaged by network and sync folders; keep the file on this computer's own disk, or "
            "let several workstations share a PostgreSQL server (--database-url)."
        )
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise StorageRefusedError(
            f"{path} is not an SQLite database (or its first page is damaged); it was not opened "
            "or changed. Restore it from a backup (scardesk restore FILE)."
        )
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StorageRefusedError(
            f"{path} is damaged ({error}); it was not changed. Restore it from a backup "
            "(scardesk restore FILE)."
        ) from error
    if names and revision is None:
        raise StorageRefusedError(
            f"{path} is an SQLite file but not a ScarDesk database; it was not changed."
        )
    schema.refuse_unknown_revision(revision, str(path))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how a transaction starts (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the lock at BEGIN, so the audit chain's tail cannot change under them
        # and a busy database waits (busy_timeout) instead of failing halfway.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


#: PostgreSQL's "numeric value out of range" (an id beyond int4 in a query).
_PG_OUT_OF_RANGE = "22003"


def _out_of_range_is_not_found(engine: Engine) -> None:
    """A number too large for the database (SQLite int64, PostgreSQL int4) can only be an
    id nobody has: say "not found" instead of failing in the driver. One place, so no service
    has to range-check the ids it is handed."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> BaseException | None:
        original = context.original_exception
        too_big = isinstance(original, OverflowError) or (
            getattr(original, "sqlstate", None) == _PG_OUT_OF_RANGE
        )
        if too_big:
            return NotFoundError("no record has that number (it is out of range)")
        return None


def create_database_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        _configure_sqlite(engine)
        _out_of_range_is_not_found(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(parsed, pool_pre_ping=True)
        _out_of_range_is_not_found(engine)
        return engine
    raise StorageRefusedError(
        f"unsupported database '{parsed.get_backend_name()}': use an SQLite file or a "
        "postgresql+psycopg:// URL"
    )


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (and, when ``upgrade``, create or migrate) the clinic database at ``url``."""
    path = sqlite_file_of(url)
    if path is not None:
        refuse_unsafe_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_database_engine(url)
    try:
        if path is None:
            schema.refuse_unknown_revision(schema.current_revision(engine), url_label(url))
        if upgrade:
            schema.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def url_label(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
