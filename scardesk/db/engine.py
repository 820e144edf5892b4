"""Opening a clinic database safely: SQLite with its safe settings, or PostgreSQL.

A file that is not a ScarDesk database, is damaged, or was written by a newer ScarDesk
is refused before anything is written to it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from scardesk.db import cipher, schema
from scardesk.db.location import network_folder_reason, read_mounts
from scardesk.domain.errors import StorageRefusedError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
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
            return f"SQLite{' (encrypted)' if self.key else ''} — {url.database}"
        return f"PostgreSQL — {url.host or 'local'}:{url.port or 5432}/{url.database}"

    @property
    def key(self) -> str | None:
        """The SQLCipher passphrase of an encrypted SQLite database (None when plain)."""
        if self.engine.url.drivername != cipher.CIPHER_DRIVER:
            return None
        return self.engine.url.password or None

    @property
    def transport_warning(self) -> str | None:
        """Why the connection to a PostgreSQL server may be read on the network, or None."""
        return plain_transport_warning(self.engine.url)

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


def refuse_unsafe_sqlite_file(path: Path, key: str | None = None) -> None:
    """Check an SQLite file without writing to it; raise StorageRefusedError if unsafe.

    A file without the plain SQLite header is taken for an encrypted one: without ``key`` that is
    PassphraseNeededError, with a wrong one WrongPassphraseError, never "damaged"."""
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
    encrypted = cipher.is_encrypted_file(path)
    if encrypted and key is None:
        raise cipher.PassphraseNeededError(path)
    try:
        if encrypted:
            assert key is not None
            connection = cipher.connect(path, key, read_only=True)
        else:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except (sqlite3.DatabaseError, cipher.module().DatabaseError) as error:
        raise StorageRefusedError(
            f"{path} is damaged ({error}); it was not changed. Restore it from a backup "
            "(scardesk restore FILE)."
        ) from error
    if names and revision is None:
        raise StorageRefusedError(
            f"{path} is an SQLite file but not a ScarDesk database; it was not changed."
        )
    schema.refuse_unknown_revision(revision, str(path))


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how a transaction starts (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:  # a check must not switch a backup to WAL (that rewrites its header)
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


def create_database_engine(url: str, *, key: str | None = None, read_only: bool = False) -> Engine:
    """An engine on ``url``; for SQLite, ``key`` makes it SQLCipher and ``read_only`` opens the
    file with ``mode=ro`` and leaves its journal mode alone (``db check`` changes no byte)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if key is not None:
            # The key lives only in the engine's URL object, which never renders the password.
            parsed = cipher.engine_url(key, parsed.database)
        options: dict[str, Any] = {"poolclass": QueuePool}
        if read_only and parsed.database:
            file = Path(parsed.database)
            uri = f"{file.resolve().as_uri()}?mode=ro"
            options["creator"] = (
                (lambda: cipher.open_unkeyed(file, read_only=True))
                if key is not None
                else (lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
            )
        engine = create_engine(parsed, **options)
        _configure_sqlite(engine, read_only=read_only)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    raise StorageRefusedError(
        f"unsupported database '{parsed.get_backend_name()}': use an SQLite file or a "
        "postgresql+psycopg:// URL"
    )


def open_database(
    url: str, *, upgrade: bool = True, key: str | None = None, read_only: bool = False
) -> Database:
    """Open (and, when ``upgrade``, create or migrate) the clinic database at ``url``.

    An encrypted SQLite file is opened with ``key``, else the passphrase this process already
    knows (``cipher.known_key``); a new file is created encrypted when a key is given or was
    provided for it. ``read_only`` (checks) creates nothing and writes nothing.
    """
    path = sqlite_file_of(url)
    if path is not None:
        if read_only and not path.is_file():
            raise StorageRefusedError(f"There is no database at {path}; nothing was created.")
        if cipher.is_encrypted_file(path):
            key = key or cipher.known_key(path)
        elif path.is_file() and path.stat().st_size > 0:
            key = None  # a plain file stays plain until `scardesk db encrypt`
        else:
            key = key or cipher.provided_key(path)
        refuse_unsafe_sqlite_file(path, key)
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
    else:
        key = None
    engine = create_database_engine(url, key=key, read_only=read_only)
    warning = plain_transport_warning(engine.url)
    if warning:
        log.warning("%s", warning)
    try:
        if path is None:
            schema.refuse_unknown_revision(schema.current_revision(engine), url_label(url))
        if upgrade:
            schema.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
_ENCRYPTED_SSLMODES = frozenset({"require", "verify-ca", "verify-full"})


def plain_transport_warning(url: URL) -> str | None:
    """A warning for a PostgreSQL server on another computer reached without TLS, else None."""
    if url.get_backend_name() != "postgresql":
        return None
    host = url.host or str(url.query.get("host", "") or "")
    if host in _LOCAL_HOSTS or host.startswith("/") or host.startswith("127."):
        return None
    sslmode = str(url.query.get("sslmode", "") or os.environ.get("PGSSLMODE", "")).lower()
    if sslmode in _ENCRYPTED_SSLMODES:
        return None
    return (
        f"The connection to the database server {host} is not required to be encrypted "
        f"(sslmode={sslmode or 'prefer'}): patient data may cross the network readable. Add "
        "?sslmode=require (or verify-full) to the database URL and enable TLS on the server."
    )


def url_label(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
