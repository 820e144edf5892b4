"""Is a clinic database whole? SQLite's own checks, foreign keys, schema revision, audit chain,
and whether every stored clinical document still reads back (``record_check``).

A damaged page, a dangling reference or an edited audit row must be found by the clinic on an
ordinary day (``scardesk db check``) and before a backup file is trusted, not on the day a record
is needed. Every problem is one coded sentence (:mod:`scardesk.domain.integrity_messages`) that
names ids and tables only, never patient data, so a report can be logged or sent to support as
it is; the command line prints it in English, the Admin screen in the user's language, and what
SQLite or a driver said rides along as the finding's technical detail.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool, StaticPool

from scardesk.db import cipher, due_index, schema
from scardesk.db.audit_seal import seal_path
from scardesk.db.copy_check import copy_problems
from scardesk.db.engine import Database
from scardesk.db.record_check import record_problems
from scardesk.db.tamper import audit_problems
from scardesk.domain.errors import StorageRefusedError, UnreadableRecordError
from scardesk.domain.integrity_messages import findings_text
from scardesk.domain.message_catalogue import english
from scardesk.domain.messages import Message, Verbatim

_SQLITE_HEADER = b"SQLite format 3\x00"
#: integrity_check stops after this many findings: enough to judge, short enough to read.
_MAX_SQLITE_FINDINGS = 20
_SHOWN_FINDINGS = 5
_RESTORE_COMMAND = Verbatim("scardesk restore FILE")
_UPGRADE_COMMAND = Verbatim("scardesk db upgrade")
_REINDEX_COMMAND = Verbatim("scardesk db reindex")


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found; no findings means the database can be trusted."""

    findings: tuple[Message, ...] = ()
    #: The findings that are stored records this version cannot decode (also in ``findings``).
    unreadable_findings: tuple[Message, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        """Each finding in English, as the command line prints it."""
        return tuple(english(finding) for finding in self.findings)

    @property
    def unreadable(self) -> tuple[str, ...]:
        return tuple(english(finding) for finding in self.unreadable_findings)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def sound(self) -> bool:
        """The file itself can be trusted: its only problems (if any) are unreadable records,
        which a faithful copy keeps as they are. A backup of it is still worth keeping."""
        return len(self.findings) == len(self.unreadable_findings)

    def summary(self) -> Message:
        """Every finding, one ``- finding`` line each, to put inside a refusal."""
        return findings_text(self.findings)

    def describe(self) -> str:
        """The summary in English, for the command line and a test's failure message."""
        return english(self.summary())


def check_database(database: Database) -> IntegrityReport:
    """Check the open clinic database; it must be at this app's schema head."""
    return _check_engine(
        database.engine, require_head=True, seal_for=lambda chain: seal_path(database, chain)
    )


def check_engine(engine: Engine, *, require_head: bool) -> IntegrityReport:
    """Check the database behind any engine (e.g. a scratch restore of a PostgreSQL dump)."""
    return _check_engine(engine, require_head=require_head)


def check_sqlite_file(path: Path, *, key: str | None = None) -> IntegrityReport:
    """Check an SQLite file that nobody is writing (a backup, a file about to be restored).

    The file is opened read-only and ``immutable``: SQLite then takes no locks and creates no
    ``-wal``/``-shm`` files beside it, so checking a file never changes it or its folder. Only the
    main file is read, which is exactly what a backup or a restore copies. An older ScarDesk
    schema is accepted (opening the file upgrades it); a newer one is a problem. An encrypted
    file is read with ``key`` (SQLCipher); without it, or with a wrong one, that is the problem.
    """
    if not path.is_file():
        return IntegrityReport((Message("integrity.not_a_file", {"path": Verbatim(str(path))}),))
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER and key is None:
        # Also what an encrypted file looks like without its passphrase (callers say so).
        return IntegrityReport((Message("integrity.not_sqlite", {"path": Verbatim(str(path))}),))
    if header != _SQLITE_HEADER:
        assert key is not None
        try:
            cipher.connect(path, key, immutable=True).close()
        except StorageRefusedError as error:
            return IntegrityReport((error.message,))
        engine = create_engine(
            cipher.engine_url(key),
            creator=lambda: cipher.open_unkeyed(path, immutable=True),
            # One connection for every step: each new one pays the passphrase's key derivation.
            poolclass=StaticPool,
        )
    else:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True),
            poolclass=NullPool,
        )
    try:
        report = _check_engine(engine, require_head=False)
    finally:
        engine.dispose()
    wal = path.with_name(path.name + "-wal")
    if not report.ok and wal.is_file() and wal.stat().st_size > 0:
        hint = Message(
            "integrity.wal_beside",
            {"name": Verbatim(wal.name), "command": Verbatim("scardesk backup")},
        )
        report = IntegrityReport((*report.findings, hint), report.unreadable_findings)
    return report


def _check_engine(
    engine: Engine, *, require_head: bool, seal_for: Callable[[str], Path] | None = None
) -> IntegrityReport:
    problems: list[Message] = []
    revision: str | None = None

    def step(what: str, run: Callable[[], list[Message]], restore: bool = False) -> None:
        # A damaged file can fail any query: say which check could not run and go on.
        try:
            problems.extend(run())
        except (SQLAlchemyError, sqlite3.Error, cipher.module().Error) as error:
            code = "integrity.step_failed_restore" if restore else "integrity.step_failed"
            params = {"step": Message(f"integrity.step.{what}"), "command": _RESTORE_COMMAND}
            problems.append(Message(code, params, _reason(error)))

    def revision_problems() -> list[Message]:
        nonlocal revision
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return [Message("integrity.not_scardesk")]
            revision = MigrationContext.configure(connection).get_current_revision()
        return _revision_problems(revision, require_head=require_head)

    if engine.dialect.name == "sqlite":
        step("sqlite", lambda: _sqlite_integrity(engine), restore=True)
        step("foreign_keys", lambda: _sqlite_foreign_keys(engine))
    step("revision", revision_problems)
    if revision is not None and revision in schema.known_revisions():
        step("audit", lambda: _audit_problems(engine, seal_for))
        step("copies", lambda: copy_problems(engine))
        step("due_index", lambda: _due_index_problems(engine))
        before = len(problems)
        step("records", lambda: record_problems(engine))
        unreadable = tuple(problems[before:])
        return IntegrityReport(tuple(problems), unreadable)
    return IntegrityReport(tuple(problems))


def _due_index_problems(engine: Engine) -> list[Message]:
    """Does the due list's index (revision 0015) equal a fresh computation from the records?"""
    with engine.connect() as connection:
        if not inspect(connection).has_table("due_items"):
            return []  # a file from before revision 0015 (a backup being checked)
        try:
            differing = due_index.index_problems(connection)
        except UnreadableRecordError:
            return []  # the clinic's settings cannot be read: the record check names the row
    if not differing:
        return []
    return [Message("integrity.due_index", {"n": differing, "command": _REINDEX_COMMAND})]


def _sqlite_integrity(engine: Engine) -> list[Message]:
    with engine.connect() as connection:
        rows = _driver_rows(connection, f"PRAGMA integrity_check({_MAX_SQLITE_FINDINGS})")
    # One row may hold several findings, one per line, under a "*** in database main ***" title.
    findings = [
        line
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if findings == ["ok"]:
        return []
    # SQLite's own words are the technical detail: the first few, the count in the sentence.
    shown = "; ".join(findings[:_SHOWN_FINDINGS]) + (
        "; …" if len(findings) > _SHOWN_FINDINGS else ""
    )
    params = {"n": len(findings), "command": _RESTORE_COMMAND}
    return [Message("integrity.sqlite_damage", params, shown)]


def _sqlite_foreign_keys(engine: Engine) -> list[Message]:
    with engine.connect() as connection:
        rows = _driver_rows(connection, "PRAGMA foreign_key_check")
    # Rows are (table, rowid, parent table, constraint index): count per table pair.
    broken = Counter((str(row[0]), str(row[2])) for row in rows)
    return [
        Message(
            "integrity.foreign_key",
            {"n": count, "table": Verbatim(table), "parent": Verbatim(parent)},
        )
        for (table, parent), count in sorted(broken.items())
    ]


def _revision_problems(revision: str | None, *, require_head: bool) -> list[Message]:
    head = schema.head_revision()
    if revision is None:
        return [Message("integrity.no_revision", {"command": _UPGRADE_COMMAND})]
    if revision not in schema.known_revisions():
        return [Message("integrity.newer_schema", {"revision": Verbatim(revision)})]
    if require_head and revision != head:
        params = {
            "revision": Verbatim(revision),
            "head": Verbatim(head),
            "command": _UPGRADE_COMMAND,
        }
        return [Message("integrity.behind", params)]
    return []


def _audit_problems(engine: Engine, seal_for: Callable[[str], Path] | None) -> list[Message]:
    # Chain, seal, append-only triggers and clinical rows: see scardesk.db.tamper.
    with engine.connect() as connection:
        found = audit_problems(connection, seal_for)
    return [Message("integrity.tampered", {"finding": problem}) for problem in found]


def _driver_rows(connection: Connection, pragma: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in connection.exec_driver_sql(pragma).fetchall()]


def _reason(error: Exception) -> str:
    """The driver's own words (e.g. "database disk image is malformed"), without SQL or values."""
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).splitlines()[0]
