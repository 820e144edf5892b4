"""Is a clinic database whole? SQLite's own checks, foreign keys, schema revision, audit chain,
and whether every stored clinical document still reads back (``record_check``).

A damaged page, a dangling reference or an edited audit row must be found by the clinic on an
ordinary day (``scardesk db check``) and before a backup file is trusted, not on the day a record
is needed. Every problem is one plain sentence that names ids and tables only, never patient
data, so a report can be logged or sent to support as it is.
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

from scardesk.db import cipher, schema
from scardesk.db.audit_seal import seal_path
from scardesk.db.engine import Database
from scardesk.db.record_check import record_problems
from scardesk.db.tamper import audit_problems
from scardesk.domain.errors import StorageRefusedError

_SQLITE_HEADER = b"SQLite format 3\x00"
#: integrity_check stops after this many findings: enough to judge, short enough to read.
_MAX_SQLITE_FINDINGS = 20
_SHOWN_FINDINGS = 5
_RESTORE_ADVICE = " Restore the latest good backup (scardesk restore FILE)."


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found; no problems means the database can be trusted."""

    problems: tuple[str, ...] = ()
    #: The problems that are stored records this version cannot decode (also in ``problems``).
    unreadable: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def sound(self) -> bool:
        """The file itself can be trusted: its only problems (if any) are unreadable records,
        which a faithful copy keeps as they are. A backup of it is still worth keeping."""
        return len(self.problems) == len(self.unreadable)

    def describe(self) -> str:
        """One text for a message box or the CLI."""
        if self.ok:
            return "No problems found."
        return "\n".join(f"- {problem}" for problem in self.problems)


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
        return IntegrityReport((f"{path} does not exist or is not a file.",))
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER and key is None:
        # Also what an encrypted file looks like without its passphrase (callers say so).
        return IntegrityReport(
            (f"{path} is not an SQLite database (or its first page is damaged).",)
        )
    if header != _SQLITE_HEADER:
        assert key is not None
        try:
            cipher.connect(path, key, immutable=True).close()
        except StorageRefusedError as error:
            return IntegrityReport((str(error),))
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
        hint = (
            f"{wal.name} lies beside it: the file was probably copied while ScarDesk was running, "
            "and its latest changes are in that file. Use a file made by `scardesk backup`."
        )
        report = IntegrityReport((*report.problems, hint))
    return report


def _check_engine(
    engine: Engine, *, require_head: bool, seal_for: Callable[[str], Path] | None = None
) -> IntegrityReport:
    problems: list[str] = []
    revision: str | None = None

    def step(what: str, run: Callable[[], list[str]], advice: str = "") -> None:
        # A damaged file can fail any query: say which check could not run and go on.
        try:
            problems.extend(run())
        except (SQLAlchemyError, sqlite3.Error, cipher.module().Error) as error:
            problems.append(f"The {what} could not be completed: {_reason(error)}.{advice}")

    def revision_problems() -> list[str]:
        nonlocal revision
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return ["This is not a ScarDesk database (it has no schema revision)."]
            revision = MigrationContext.configure(connection).get_current_revision()
        return _revision_problems(revision, require_head=require_head)

    if engine.dialect.name == "sqlite":
        step("SQLite integrity check", lambda: _sqlite_integrity(engine), _RESTORE_ADVICE)
        step("foreign key check", lambda: _sqlite_foreign_keys(engine))
    step("schema revision check", revision_problems)
    if revision is not None and revision in schema.known_revisions():
        step("audit trail check", lambda: _audit_problems(engine, seal_for))
        before = len(problems)
        step("stored record check", lambda: record_problems(engine))
        unreadable = tuple(problems[before:])
        return IntegrityReport(tuple(problems), unreadable)
    return IntegrityReport(tuple(problems))


def _sqlite_integrity(engine: Engine) -> list[str]:
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
    shown = "; ".join(findings[:_SHOWN_FINDINGS])
    more = (
        f" (and {len(findings) - _SHOWN_FINDINGS} more)" if len(findings) > _SHOWN_FINDINGS else ""
    )
    return [f"SQLite's integrity check found damage in the file: {shown}{more}.{_RESTORE_ADVICE}"]


def _sqlite_foreign_keys(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        rows = _driver_rows(connection, "PRAGMA foreign_key_check")
    # Rows are (table, rowid, parent table, constraint index): count per table pair.
    broken = Counter((str(row[0]), str(row[2])) for row in rows)
    return [
        f"{count} row(s) of {table} refer to {parent} rows that do not exist "
        "(a broken foreign key)."
        for (table, parent), count in sorted(broken.items())
    ]


def _revision_problems(revision: str | None, *, require_head: bool) -> list[str]:
    head = schema.head_revision()
    if revision is None:
        return ["The database has no schema revision: run `scardesk db upgrade`."]
    if revision not in schema.known_revisions():
        return [
            f"The database was written by a newer version of ScarDesk (schema {revision}); "
            "install that version to use it."
        ]
    if require_head and revision != head:
        return [
            f"The database schema is at revision {revision} but this ScarDesk expects {head}: "
            "run `scardesk db upgrade`."
        ]
    return []


def _audit_problems(engine: Engine, seal_for: Callable[[str], Path] | None) -> list[str]:
    # Chain, seal, append-only triggers and clinical rows: see scardesk.db.tamper.
    with engine.connect() as connection:
        found = audit_problems(connection, seal_for)
    return [f"The audit trail has been tampered with: {problem}" for problem in found]


def _driver_rows(connection: Connection, pragma: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in connection.exec_driver_sql(pragma).fetchall()]


def _reason(error: Exception) -> str:
    """The driver's own words (e.g. "database disk image is malformed"), without SQL or values."""
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).splitlines()[0]
