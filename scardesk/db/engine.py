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
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from scardesk.db import cipher, presence, schema
from scardesk.db.location import unsafe_location_reason
from scardesk.domain.errors import NotFoundError, StorageRefusedError
from scardesk.domain.message_catalogue import english
from scardesk.domain.messages import Message

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: Execution option a write unit of work sets so SQLite takes the write lock up front.
WRITE_OPTION = "scardesk_write"


@dataclass(frozen=True)
class Database:
    """An open clinic database: the engine and how to make sessions on it."""

    engine: Engine
    sessions: sessionmaker[Session]
    #: This process's announcement that it has the (SQLite) file open; see ``db.presence``.
    announcement: presence.Presence | None = None

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """Human description for the command line, never showing a password."""
        return english(self.label())

    def label(self) -> Message:
        """Which database this is, for the status bar in the user's language (no password)."""
        url = self.engine.url
        if self.kind == "sqlite":
            code = "storage.label.sqlite_encrypted" if self.key else "storage.label.sqlite"
            return Message(code, {"path": str(url.database)})
        host: str | Message = url.host or Message("storage.label.local_host")
        place = {"host": host, "port": url.port or 5432, "name": str(url.database)}
        return Message("storage.label.postgres", place)

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
        if self.announcement is not None:
            self.announcement.release()

    def others_open(self) -> list[presence.Workstation]:
        """Every other ScarDesk process that has this database open right now."""
        path = self.sqlite_path()
        if path is not None:
            return presence.others_on_sqlite(path, mine=self.announcement)
        return presence.others_on_postgres(self.engine)


def sqlite_file_of(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def refuse_unsafe_sqlite_file(path: Path, key: str | None = None) -> None:
    """Check an SQLite file without writing to it; raise StorageRefusedError if unsafe.

    The real path is checked every time (symlinks followed, relative paths anchored), so a
    link into a sync folder is refused on the first run as on every later one. A file without
    the plain SQLite header is taken for an encrypted one: without ``key`` that is
    PassphraseNeededError, with a wrong one WrongPassphraseError, never "damaged".
    """
    path = path.expanduser().resolve()
    reason = unsafe_location_reason(path)
    if reason:
        raise StorageRefusedError(
            Message("storage.unsafe_location", {"path": str(path), "reason": reason})
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
            Message(
                "storage.damaged",
                {"path": str(path), "command": "scardesk restore FILE"},
                str(error),
            )
        ) from error
    if names and revision is None:
        raise StorageRefusedError(Message("storage.not_scardesk", {"path": str(path)}))
    schema.refuse_unknown_revision(revision, str(path))


@dataclass
class _OpenedFile:
    """Which file (device, inode) the engine opened, once it exists."""

    path: Path
    identity: tuple[int, int] | None = None


def _configure_sqlite(
    engine: Engine, opened: _OpenedFile | None = None, *, read_only: bool = False
) -> None:
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
        if immediate and opened is not None:
            presence.ensure_same_file(opened.path, opened.identity)
        if immediate:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            # A deferred BEGIN takes no lock and cannot wait or fail on one; sent straight to
            # the driver it costs a fifth of what a whole search page costs through the
            # engine's execution path (issue #16).
            connection.connection.driver_connection.execute("BEGIN")


#: PostgreSQL's "numeric value out of range" (an id beyond int4 in a query).
_PG_OUT_OF_RANGE = "22003"


def out_of_range(error: BaseException) -> bool:
    """Whether the driver refused a number too large for the database (SQLite int64,
    PostgreSQL int4): such a number can only be an id nobody has."""
    return isinstance(error, OverflowError) or (
        getattr(error, "sqlstate", None) == _PG_OUT_OF_RANGE
    )


def out_of_range_refusal() -> NotFoundError:
    return NotFoundError(Message("storage.id_out_of_range"))


def _out_of_range_is_not_found(engine: Engine) -> None:
    """Say "not found" instead of failing in the driver for an id beyond the database's
    integers (``out_of_range``). One place, so no service has to range-check the ids it is
    handed."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> BaseException | None:
        if out_of_range(context.original_exception):
            return out_of_range_refusal()
        return None


def create_database_engine(
    url: str,
    opened: _OpenedFile | None = None,
    *,
    key: str | None = None,
    read_only: bool = False,
) -> Engine:
    """An engine on ``url``; for SQLite, ``key`` makes it SQLCipher and ``read_only`` opens the
    file with ``mode=ro`` and leaves its journal mode alone (``db check`` changes no byte)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if key is not None:
            # The key lives only in the engine's URL object, which never renders the password.
            parsed = cipher.engine_url(key, parsed.database)
        options: dict[str, Any] = {"poolclass": QueuePool, "hide_parameters": True}
        if read_only and parsed.database:
            file = Path(parsed.database)
            uri = f"{file.resolve().as_uri()}?mode=ro"
            options["creator"] = (
                (lambda: cipher.open_unkeyed(file, read_only=True))
                if key is not None
                else (lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
            )
        engine = create_engine(parsed, **options)
        _configure_sqlite(engine, opened, read_only=read_only)
        _out_of_range_is_not_found(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # A server that does not answer is reported after 10 s instead of hanging the app;
        # SQL parameters (patient data) are kept out of every error message and log line.
        # The application name lets a restore or an upgrade see who else is connected
        # (db.presence).
        connect_args: dict[str, Any] = {"application_name": presence.application_name()}
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = 10
        engine = create_engine(
            parsed, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
        )
        _out_of_range_is_not_found(engine)
        return engine
    raise unsupported_backend(parsed.get_backend_name())


def unsupported_backend(backend: str) -> StorageRefusedError:
    """Only SQLite and PostgreSQL hold a clinic; the example is written as it is typed."""
    return StorageRefusedError(
        Message(
            "storage.unsupported_backend",
            {"backend": backend, "example": "postgresql+psycopg://user@host/clinic"},
        )
    )


def open_database(
    url: str,
    *,
    upgrade: bool = True,
    must_exist: bool = False,
    key: str | None = None,
    read_only: bool = False,
) -> Database:
    """Open (and, when ``upgrade``, create or migrate) the clinic database at ``url``.

    ``must_exist``: for commands that only read or add to a clinic, a missing or empty
    database is refused ("no database at …") and nothing is created, not even a folder.
    ``read_only`` (checks) creates nothing and writes nothing, not even an announcement.

    An encrypted SQLite file is opened with ``key``, else the passphrase this process already
    knows (``cipher.known_key``); a new file is created encrypted when a key is given or was
    provided for it.

    The process announces itself (``db.presence``) for as long as the database stays open, and
    an upgrade of a database someone else has open is refused, naming them.
    """
    path = sqlite_file_of(url)
    announced: presence.Presence | None = None
    opened: _OpenedFile | None = None
    if path is not None:
        if cipher.is_encrypted_file(path):
            key = key or cipher.known_key(path)
        elif path.is_file() and path.stat().st_size > 0:
            key = None  # a plain file stays plain until `scardesk db encrypt`
        else:
            key = key or cipher.provided_key(path)
        refuse_unsafe_sqlite_file(path, key)  # the place first: a sync folder is the news
        if must_exist or read_only:
            _refuse_missing_file(path)
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
            announced = presence.Presence(path)
            opened = _OpenedFile(path)
    else:
        key = None
    try:
        engine = create_database_engine(url, opened, key=key, read_only=read_only)
    except Exception:
        if announced is not None:
            announced.release()
        raise
    warning = plain_transport_warning(engine.url)
    if warning:
        log.warning("%s", warning)
    database = Database(
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        announcement=announced,
    )
    try:
        # Reading the revision connects, and a first SQLite connection writes (WAL): only
        # when the database must exist, is to be upgraded anyway, or is a server's.
        if path is None or must_exist or upgrade:
            current = _reachable_revision(engine, url)
            if must_exist and current is None:
                raise StorageRefusedError(
                    Message("storage.empty_database", {"url": url_label(url)})
                )
            schema.refuse_unknown_revision(current, url_label(url))
            if upgrade:
                _upgrade_alone(database, current)
        if opened is not None:
            opened.identity = presence.file_identity(opened.path)
    except OperationalError as error:
        database.dispose()
        raise _unreachable(url, error) from error
    except Exception:
        database.dispose()
        raise
    return database


def _upgrade_alone(database: Database, current: str | None) -> None:
    """Create or migrate the schema, but never under another open workstation."""
    if current == schema.head_revision():
        return
    path = database.sqlite_path()
    if current is None or path is None:
        others = database.others_open() if current is not None else []
        if others:
            raise presence.refusal(presence.UPGRADE, others)
        schema.upgrade(database.engine)
        return
    with presence.maintenance(path, presence.UPGRADE, mine=database.announcement):
        schema.upgrade(database.engine)


def _refuse_missing_file(path: Path) -> None:
    if path.is_dir():
        raise StorageRefusedError(Message("storage.folder_not_file", {"path": str(path)}))
    if not path.exists() or path.stat().st_size == 0:
        raise StorageRefusedError(Message("storage.no_database", {"path": str(path.absolute())}))


def _reachable_revision(engine: Engine, url: str) -> str | None:
    try:
        return schema.current_revision(engine)
    except OperationalError as error:
        raise _unreachable(url, error) from error


def _unreachable(url: str, error: OperationalError) -> StorageRefusedError:
    """The driver's reason in one line (e.g. "connection refused"), never the password."""
    reason = [line.strip() for line in str(error.orig or error).splitlines() if line.strip()]
    detail = reason[0] if reason else type(error).__name__
    return StorageRefusedError(
        Message("storage.unreachable", {"url": url_label(url)}, detail[:200])
    )


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
