"""Encryption at rest for the SQLite clinic file (SQLCipher, through the ``sqlcipher3`` module).

A laptop that leaves the clinic carries the whole database; with SQLCipher every page of the
file, its ``-wal`` and its backups is encrypted, so names, civil numbers and photos cannot be
read from the bytes. An encrypted file has no plain "SQLite format 3" header: that is how it is
recognised before anything opens it.

The passphrase is never stored in the database or written to a log. It comes from, in order:
a key handed over for this process (typed at start, see ``provide_key``), the environment
variable ``SCARDESK_DATABASE_KEY`` (scripts), or the OS keyring when the admin chose
"remember on this computer".
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import URL

from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message

ENV_DATABASE_KEY = "SCARDESK_DATABASE_KEY"
KEYRING_SERVICE = "ScarDesk database passphrase"
SQLITE_HEADER = b"SQLite format 3\x00"
CIPHER_DRIVER = "sqlite+pysqlcipher"

_provided: dict[str, str] = {}


class PassphraseNeededError(StorageRefusedError):
    """The database is encrypted and no passphrase was given for it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            Message("cipher.passphrase_needed", {"path": str(path), "variable": ENV_DATABASE_KEY})
        )


class WrongPassphraseError(StorageRefusedError):
    """The passphrase does not open the encrypted database (or the file is not a database)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(Message("cipher.wrong_passphrase", {"path": str(path)}))


def module() -> ModuleType:
    """The SQLCipher DB-API module; a clear refusal when the package is missing."""
    try:
        import sqlcipher3
    except ImportError as error:  # pragma: no cover - it is a declared dependency
        raise StorageRefusedError(Message("cipher.sqlcipher_missing")) from error
    return sqlcipher3


def is_encrypted_file(path: Path) -> bool:
    """True for a non-empty file without the plain SQLite header (how an SQLCipher file looks).

    A plain file whose first page is damaged looks the same; the passphrase then fails to open
    it, and the message says so.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def _quoted(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def apply_key(connection: Any, key: str) -> None:
    """Key a fresh SQLCipher connection; must be its first statement."""
    cursor = connection.cursor()
    # A wrong key is an ordinary answer here, not something for SQLCipher to log on stderr.
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute(f"PRAGMA key = {_quoted(key)}")
    cursor.close()


def connect(path: Path, key: str, *, read_only: bool = False, immutable: bool = False) -> Any:
    """An SQLCipher connection to ``path``, keyed and proven to decrypt (WrongPassphraseError).

    ``immutable`` (read-only, no locks, no ``-wal``/``-shm`` created) is for files nobody writes:
    backups and files about to be restored, so checking them never changes their bytes.
    """
    sqlcipher = module()
    connection = open_unkeyed(path, read_only=read_only, immutable=immutable)
    try:
        apply_key(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        connection.close()
        raise WrongPassphraseError(path) from error
    return connection


def open_unkeyed(path: Path, *, read_only: bool = False, immutable: bool = False) -> Any:
    """An SQLCipher connection not yet keyed (for an engine whose dialect keys it)."""
    sqlcipher = module()
    if read_only or immutable:
        query = "mode=ro&immutable=1" if immutable else "mode=ro"
        uri = f"{path.resolve().as_uri()}?{query}"
        return sqlcipher.connect(uri, uri=True, check_same_thread=False)
    return sqlcipher.connect(str(path), check_same_thread=False)


def engine_url(key: str, database: str | None = None) -> URL:
    """An SQLAlchemy URL for SQLCipher; the key is in the object only, never rendered."""
    return URL.create(CIPHER_DRIVER, password=key, database=database)


# --- where the passphrase comes from -----------------------------------------------------------


def _slot(path: Path) -> str:
    return str(path.expanduser().absolute())


def provide_key(path: Path, key: str) -> None:
    """Hand over the passphrase typed for ``path`` for the rest of this process."""
    if not key:
        raise StorageRefusedError(Message("cipher.empty_passphrase"))
    _provided[_slot(path)] = key


def provided_key(path: Path) -> str | None:
    """The passphrase handed over for ``path`` in this process (what a new file is made with)."""
    return _provided.get(_slot(path))


def forget_provided_key(path: Path) -> None:
    _provided.pop(_slot(path), None)


def known_key(path: Path) -> str | None:
    """The passphrase for ``path`` without asking anyone: typed earlier, environment, keyring."""
    typed = provided_key(path)
    if typed:
        return typed
    from_env = os.environ.get(ENV_DATABASE_KEY)
    if from_env:
        return from_env
    return remembered_key(path)


# --- the OS keyring ("remember on this computer") -----------------------------------------------


def keyring_problem() -> str | None:
    """Why the passphrase cannot be remembered on this computer, or None when it can."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return "the keyring package is not installed"
    try:
        backend = keyring.get_keyring()
    except Exception as error:
        return f"the OS keyring could not be reached ({type(error).__name__})"
    priority = getattr(backend, "priority", 0)
    if isinstance(backend, fail.Keyring) or priority <= 0:
        return (
            "this computer has no usable OS keyring "
            "(no Secret Service, Keychain or Credential Locker)"
        )
    return None


def remember_key(path: Path, key: str) -> None:
    problem = keyring_problem()
    if problem:
        raise StorageRefusedError(Message("cipher.cannot_remember", {"problem": problem}))
    import keyring

    keyring.set_password(KEYRING_SERVICE, _slot(path), key)


def remembered_key(path: Path) -> str | None:
    if keyring_problem():
        return None
    import keyring

    with contextlib.suppress(Exception):  # a locked or broken keyring just means "ask"
        return keyring.get_password(KEYRING_SERVICE, _slot(path))
    return None


def forget_remembered_key(path: Path) -> None:
    if keyring_problem():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, _slot(path))


@contextlib.contextmanager
def closing(connection: Any) -> Iterator[Any]:
    try:
        yield connection
    finally:
        connection.close()
