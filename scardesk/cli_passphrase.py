"""Passphrases on the command line: asked for with a hidden prompt, never taken as an argument.

Before a command runs, an encrypted SQLite database (and an encrypted backup being restored)
is unlocked: with ``SCARDESK_DATABASE_KEY`` or the OS keyring when they hold it, else by asking
on the terminal. A wrong passphrase is refused before the command touches anything.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from scardesk.db import cipher
from scardesk.db.engine import sqlite_file_of
from scardesk.domain.errors import StorageRefusedError

ATTEMPTS = 3


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise StorageRefusedError(
            f"a passphrase is needed and there is no terminal to ask on: set "
            f"{cipher.ENV_DATABASE_KEY} for scripts. Nothing was changed."
        )
    return getpass.getpass(prompt)


def unlock(path: Path) -> None:
    """Make sure this process holds the passphrase of the encrypted file ``path``."""
    if not cipher.is_encrypted_file(path):
        return
    known = cipher.known_key(path)
    if known is not None:
        # A wrong key from the environment or keyring is refused here, before any command.
        cipher.connect(path, known, read_only=True).close()
        cipher.provide_key(path, known)
        return
    for attempt in range(1, ATTEMPTS + 1):
        key = _ask(f"Passphrase for {path}: ")
        try:
            cipher.connect(path, key, read_only=True).close()
        except cipher.WrongPassphraseError:
            if attempt == ATTEMPTS:
                raise
            print("That passphrase does not open the database; try again.", file=sys.stderr)
            continue
        cipher.provide_key(path, key)
        return


def unlock_for(url: str, *also: Path | None) -> None:
    """Unlock the database at ``url`` (when it is an encrypted SQLite file) and each of ``also``
    that is encrypted (e.g. the backup being restored), reusing the clinic's passphrase."""
    path = sqlite_file_of(url)
    if path is not None:
        unlock(path)
    for extra in also:
        if extra is None or not cipher.is_encrypted_file(extra):
            continue
        shared = cipher.provided_key(path) if path is not None else None
        if shared is not None:
            try:
                cipher.connect(extra, shared, read_only=True).close()
                cipher.provide_key(extra, shared)
                continue
            except cipher.WrongPassphraseError:
                pass  # a backup made under an earlier passphrase: ask for that one
        unlock(extra)
        if path is not None and cipher.provided_key(path) is None:
            # The restored database will be this backup: it opens with the backup's passphrase.
            key = cipher.provided_key(extra)
            if key is not None:
                cipher.provide_key(path, key)


def new_passphrase() -> str:
    """A passphrase for a database being encrypted: the environment, or asked for twice."""
    # Imported here: db.encrypt brings the backup and integrity checks (half a second), which
    # no other command needs before it starts.
    from scardesk.db.encrypt import check_new_passphrase

    from_env = os.environ.get(cipher.ENV_DATABASE_KEY)
    if from_env:
        check_new_passphrase(from_env)
        return from_env
    key = _ask("New passphrase for the clinic database: ")
    check_new_passphrase(key)
    if _ask("Repeat the passphrase: ") != key:
        from scardesk.domain.errors import ValidationError

        raise ValidationError({"passphrase": "the two entries differ; nothing was changed"})
    return key


def start_encrypted(url: str) -> None:
    """``--encrypt``: a new SQLite database is created encrypted with a new passphrase."""
    path = sqlite_file_of(url)
    if path is None:
        raise StorageRefusedError(
            "--encrypt is for an SQLite database; encrypt a PostgreSQL server's disk instead "
            "(see the README)."
        )
    if path.is_file() and path.stat().st_size > 0:
        if cipher.is_encrypted_file(path):
            unlock(path)
            return
        raise StorageRefusedError(
            f"{path} already exists and is not encrypted: use `scardesk db encrypt`."
        )
    cipher.provide_key(path, new_passphrase())


def remember(path: Path) -> str:
    """Store the passphrase held for ``path`` in the OS keyring; what to tell the admin."""
    key = cipher.provided_key(path)
    if key is None:
        raise StorageRefusedError(f"No passphrase is held for {path}.")
    cipher.remember_key(path, key)
    return f"The passphrase is remembered on this computer (OS keyring) for {path}."


def prepare(
    url: str, *, command: str | None, action: str | None, encrypt: bool, also: Path | None
) -> None:
    """Everything the command line does about encryption before a command runs: warn about a
    PostgreSQL server reached without TLS, create a new clinic encrypted (``--encrypt``), or
    unlock an encrypted database (``db encrypt`` itself needs no unlocking)."""
    from sqlalchemy import make_url

    from scardesk.db.engine import plain_transport_warning

    warning = plain_transport_warning(make_url(url))
    if warning:
        print(f"scardesk: warning: {warning}", file=sys.stderr)
    if encrypt:
        start_encrypted(url)
    elif command == "db" and action == "encrypt":
        return
    elif command is not None:  # the app asks in a dialog instead (see app.py)
        unlock_for(url, also)
