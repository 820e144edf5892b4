"""Who has the clinic database open, so a restore or an upgrade never pulls it from under them.

A restore renames the live SQLite file aside and puts the backup in its place. A workstation that
still had the old file open would go on writing into the set-aside copy, and every save it reported
afterwards would be lost without a word. So every process that opens a database announces itself,
and ``restore``/``db upgrade`` refuse while anyone else is there, naming them.

* **SQLite** — each opener holds an exclusive OS lock on its own small file in
  ``<database>.open/`` (host, user, process, since). A file whose lock can be taken belongs to a
  process that has gone (a crash leaves it behind) and is cleared. Maintenance holds
  ``<database>.open/maintenance.lock`` while it works; an opener that finds it held refuses to
  start. Each side takes its own lock before looking at the other's, so whichever comes second
  sees the first: no interleaving lets both go ahead.
* **PostgreSQL** — each connection names itself in ``application_name``
  (``ScarDesk/host/user/pid``) and ``pg_stat_activity`` lists the others.

An open app also remembers which file it opened (device and inode): if the path names a different
file at the next write, the database was replaced under it, and it stops writing and says so
(``ensure_same_file``) instead of saving into a file nobody will read again.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message

if TYPE_CHECKING:
    from scardesk.db.engine import Database

APPLICATION_PREFIX = "ScarDesk"
_MAINTENANCE = "maintenance.lock"


@dataclass(frozen=True)
class Workstation:
    """Another process that has the database open, as a person would name it."""

    host: str
    user: str
    pid: int
    since: str

    def describe(self) -> Message:
        said = {"user": self.user, "host": self.host, "pid": self.pid}
        if self.since:
            return Message("storage.workstation_since", {**said, "since": self.since})
        return Message("storage.workstation", said)


def _try_lock(handle: IO[Any]) -> bool:
    """Take an exclusive lock on an open file without waiting; False when someone holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[Any]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def presence_folder(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + ".open")


def _me() -> dict[str, Any]:
    return {
        "host": socket.gethostname(),
        "user": getpass.getuser(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M"),
    }


class Presence:
    """This process's announcement that it has one SQLite database open; release it on close."""

    def __init__(self, database_file: Path) -> None:
        self.folder = presence_folder(database_file)
        self.path = self.folder / f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._handle: IO[Any] | None = _create_in(self.folder, self.path)
        if not _try_lock(self._handle):  # a fresh file of our own: cannot happen, but never guess
            self.release()
            raise StorageRefusedError(Message("storage.lock_failed", {"path": str(self.path)}))
        self._handle.write(json.dumps(_me()))
        self._handle.flush()
        if _held_by_someone(self.folder / _MAINTENANCE):
            self.release()
            raise StorageRefusedError(Message("storage.maintenance_running"))

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        _unlock(handle)
        handle.close()
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when empty: the last one out leaves nothing beside the file


def _create_in(folder: Path, path: Path) -> IO[Any]:
    """Create our announcement file; another process may remove the empty folder meanwhile."""
    for _attempt in range(5):
        folder.mkdir(parents=True, exist_ok=True)
        try:
            return path.open("w+", encoding="utf-8")
        except FileNotFoundError:
            continue
    raise StorageRefusedError(Message("storage.cannot_create", {"path": str(path)}))


def _held_by_someone(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with path.open("a+", encoding="utf-8") as handle:
            if not _try_lock(handle):
                return True
            _unlock(handle)
    except OSError:
        return True  # cannot even open it: assume the worst rather than restore under someone
    return False


def others_on_sqlite(database_file: Path, *, mine: Presence | None = None) -> list[Workstation]:
    """Every other live process with ``database_file`` open; stale announcements are cleared."""
    folder = presence_folder(database_file)
    if not folder.is_dir():
        return []
    found: list[Workstation] = []
    for entry in sorted(folder.iterdir()):
        if entry.name == _MAINTENANCE or (mine is not None and entry == mine.path):
            continue
        try:
            with entry.open("r+", encoding="utf-8") as handle:
                if _try_lock(handle):
                    _unlock(handle)
                    handle.close()
                    entry.unlink(missing_ok=True)  # left by a process that has gone
                    continue
                data = json.loads(handle.read() or "{}")
        except (OSError, ValueError):
            data = {}
        found.append(
            Workstation(
                host=str(data.get("host", "?")),
                user=str(data.get("user", "?")),
                pid=int(data.get("pid", 0) or 0),
                since=str(data.get("since", "")),
            )
        )
    return found


def application_name() -> str:
    """What a PostgreSQL connection calls itself (the server keeps at most 63 bytes)."""
    me = _me()
    return f"{APPLICATION_PREFIX}/{me['host']}/{me['user']}/{me['pid']}"[:63]


def others_on_postgres(engine: Engine) -> list[Workstation]:
    """Every other ScarDesk process connected to this PostgreSQL database."""
    query = text(
        "SELECT application_name, backend_start FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND application_name LIKE :prefix"
    )
    own = application_name()
    found: dict[str, Workstation] = {}
    with engine.connect() as connection:
        for name, started in connection.execute(query, {"prefix": APPLICATION_PREFIX + "/%"}):
            if name == own:
                continue  # this process's own pooled connections
            _, host, user, pid = ([*name.split("/"), "", "", ""])[:4]
            since = started.astimezone().strftime("%Y-%m-%d %H:%M") if started else ""
            found.setdefault(
                name,
                Workstation(
                    host=host, user=user, pid=int(pid) if pid.isdigit() else 0, since=since
                ),
            )
    return list(found.values())


class OpenElsewhereError(StorageRefusedError):
    """Maintenance was refused because another process has the database open."""


#: What maintenance is refused: a phrase of its own, so "cannot {action}" reads in any language.
UPGRADE = Message("storage.action.upgrade")
RESTORE = Message("storage.action.restore")


def refusal(action: Message, others: list[Workstation]) -> OpenElsewhereError:
    names = others[-1].describe()
    for other in reversed(others[:-1]):  # "a; b; c" as nested messages, each one translatable
        names = Message("storage.workstation_list", {"first": other.describe(), "rest": names})
    return OpenElsewhereError(Message("storage.open_elsewhere", {"action": action, "names": names}))


@contextlib.contextmanager
def maintenance(
    database_file: Path, action: Message, *, mine: Presence | None = None
) -> Iterator[None]:
    """Hold the maintenance lock of an SQLite database; refuse while anyone else has it open.

    The lock file and its folder are removed afterwards, so a refused or finished restore leaves
    nothing beside the database. The file is unlinked while still locked, and a taker checks that
    the file it locked is still the one at the path, so removing it cannot let two in at once.
    """
    folder = presence_folder(database_file)
    lock_path = folder / _MAINTENANCE
    handle = _take_maintenance_lock(folder, lock_path, action)
    try:
        others = others_on_sqlite(database_file, mine=mine)
        if others:
            raise refusal(action, others)
        yield
    finally:
        with contextlib.suppress(OSError):
            lock_path.unlink()
        _unlock(handle)
        handle.close()
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: nobody has the database open


def _take_maintenance_lock(folder: Path, lock_path: Path, action: Message) -> IO[Any]:
    for _attempt in range(5):
        folder.mkdir(parents=True, exist_ok=True)
        try:
            handle = lock_path.open("a+", encoding="utf-8")
        except FileNotFoundError:
            continue  # the folder was removed meanwhile by someone leaving
        if not _try_lock(handle):
            handle.close()
            raise StorageRefusedError(Message("storage.maintenance_busy", {"action": action}))
        if file_identity(lock_path) == _handle_identity(handle):
            return handle
        _unlock(handle)  # we locked a file its last holder had already removed
        handle.close()
    raise StorageRefusedError(Message("storage.folder_changing", {"action": action}))


def _handle_identity(handle: IO[Any]) -> tuple[int, int]:
    status = os.fstat(handle.fileno())
    return (status.st_dev, status.st_ino)


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def ensure_same_file(path: Path, opened: tuple[int, int] | None) -> None:
    """Refuse to write when the database file was replaced after this process opened it."""
    if opened is None:
        return
    if file_identity(path) != opened:
        raise StorageRefusedError(Message("storage.file_replaced"))


@contextlib.contextmanager
def alone(database: Database, action: Message) -> Iterator[None]:
    """Run maintenance on an open database only while no other workstation has it open."""
    path = database.sqlite_path()
    if path is not None:
        with maintenance(path, action, mine=database.announcement):
            yield
        return
    others = others_on_postgres(database.engine)
    if others:
        raise refusal(action, others)
    yield


def refuse_if_others_on_postgres(url: str, action: Message) -> None:
    """Before a PostgreSQL restore: nobody else may be connected to that database."""
    engine = create_engine(
        url, poolclass=NullPool, hide_parameters=True, connect_args={"connect_timeout": 10}
    )
    try:
        others = others_on_postgres(engine)
    except OperationalError as error:
        first = str(error.orig or error).strip().splitlines()
        reason = first[0] if first else type(error).__name__
        label = make_url(url).render_as_string(hide_password=True)
        raise StorageRefusedError(
            Message("storage.server_unreachable", {"url": label}, reason[:200])
        ) from error
    finally:
        engine.dispose()
    if others:
        raise refusal(action, others)
