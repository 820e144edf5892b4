"""``scardesk db encrypt``: turn a clinic's plain SQLite file into an SQLCipher one, safely.

The encrypted copy is written beside the database with ``sqlcipher_export``, checked with the
passphrase (integrity, schema, audit chain) and compared table by table with the plain file;
only then are the two swapped. The plain file is kept, renamed, until the admin removes it: a
conversion that went wrong in a way no check saw must still be recoverable.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scardesk.db import backup, cipher
from scardesk.db.engine import refuse_unsafe_sqlite_file
from scardesk.db.integrity import check_sqlite_file
from scardesk.domain.errors import StorageRefusedError

MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    plain_kept_at: Path
    seconds: float


def check_new_passphrase(key: str) -> None:
    """Refuse a passphrase too short to protect anything (field message for ``passphrase``)."""
    from scardesk.domain.errors import ValidationError

    if len(key) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            {
                "passphrase": f"use at least {MIN_PASSPHRASE_LENGTH} characters; "
                "a few words are easier to remember than symbols"
            }
        )


def encrypt_sqlite(target: str | Path, key: str) -> EncryptResult:
    """Replace the plain SQLite database at ``target`` by an encrypted copy keyed with ``key``.

    Refuses (changing nothing) when the file is missing, already encrypted, not a ScarDesk
    database, or in use by another program.
    """
    check_new_passphrase(key)
    path = backup._sqlite_target(target)
    started = time.perf_counter()
    if not path.is_file():
        raise StorageRefusedError(f"There is no database at {path}; nothing was changed.")
    if cipher.is_encrypted_file(path):
        raise StorageRefusedError(f"{path} is already encrypted; nothing was changed.")
    refuse_unsafe_sqlite_file(path)
    backup._checkpoint_if_idle(path)  # refuses while ScarDesk runs on it; folds the -wal in
    with backup._staged(path) as temp:
        _export(path, temp, key)
        backup._fsync_file(temp)
        report = check_sqlite_file(temp, key=key)
        if not report.ok:
            raise StorageRefusedError(
                f"The encrypted copy failed its check, so {path} was left as it was:\n"
                f"{report.describe()}"
            )
        _compare_counts(path, temp, key)
        stem = f"{path.stem}.plain-{backup._stamp()}"
        kept = backup._free_name(path.parent, stem, path.suffix or ".sqlite3")
        os.replace(path, kept)
        for extra in ("-wal", "-shm"):
            companion = path.with_name(path.name + extra)
            if companion.exists():
                os.replace(companion, kept.with_name(kept.name + extra))
        try:
            os.replace(temp, path)
        except OSError:
            os.replace(kept, path)
            raise
    backup._fsync_dir(path.parent)
    return EncryptResult(path=path, plain_kept_at=kept, seconds=time.perf_counter() - started)


def _export(plain: Path, temp: Path, key: str) -> None:
    sqlcipher = cipher.module()
    # SQLCipher opens a file without a key as plain SQLite; only the attached copy is keyed.
    source = sqlcipher.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(temp), key))
        source.execute("SELECT sqlcipher_export('encrypted')")
        user_version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE encrypted")
    except sqlcipher.DatabaseError as error:
        raise StorageRefusedError(
            f"{plain} could not be encrypted ({error}); it was left as it was."
        ) from error
    finally:
        source.close()


def _counts(connection: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in sorted(names)
    }


def _compare_counts(plain: Path, encrypted: Path, key: str) -> None:
    before = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        expected = _counts(before)
    finally:
        before.close()
    with cipher.closing(cipher.connect(encrypted, key, immutable=True)) as after:
        found = _counts(after)
    if found != expected:
        differ = sorted(
            name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name)
        )
        raise StorageRefusedError(
            f"The encrypted copy does not hold the same rows ({', '.join(differ)}); "
            f"{plain} was left as it was."
        )
