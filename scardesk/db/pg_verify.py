"""Proving a PostgreSQL dump restores: into a scratch database on the same server, checked.

``pg_restore --list`` only reads a dump's table of contents, which sits at its start: a dump cut
in half still lists. The only honest check is the one a restore day would make, so the dump is
restored into a database created for the purpose (and always dropped), given the same integrity
check as the live database, and its row counts are compared with the live database's counts
taken in the very snapshot ``pg_dump`` copied.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, make_url, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from scardesk.db.integrity import check_engine
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message

#: Runs pg_restore into the scratch database: (SQLAlchemy URL of the scratch database, dump).
Restorer = Callable[[str, Path], None]


@contextlib.contextmanager
def exported_snapshot(url: str) -> Iterator[tuple[str, dict[str, int]]]:
    """A snapshot id for ``pg_dump --snapshot`` and the row counts seen in that snapshot.

    The snapshot stays valid while this context is open, so the dump and the counts describe
    the same moment even while other workstations keep saving.
    """
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                snapshot = str(connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar())
                yield snapshot, table_counts(connection)
    finally:
        engine.dispose()


def table_counts(connection: Connection) -> dict[str, int]:
    preparer = connection.dialect.identifier_preparer
    counts = {}
    for table in sorted(inspect(connection).get_table_names()):
        quoted = preparer.quote(table)
        counts[table] = int(connection.execute(text(f"SELECT count(*) FROM {quoted}")).scalar_one())
    return counts


def verify_in_scratch(
    url: str, dump: Path, restorer: Restorer, expected: dict[str, int] | None = None
) -> dict[str, int]:
    """Restore ``dump`` into a new database beside ``url``'s, check it, drop it; the counts.

    Raises StorageRefusedError naming what failed: the restore itself (a truncated or foreign
    dump), the integrity check, or a table whose count differs from ``expected``.
    """
    live = make_url(url)
    # The process id tells whoever finds a scratch database left by a crash which process made it
    # (and lets parallel test workers each watch only their own).
    name = f"scardesk_verify_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    scratch_url = live.set(database=name).render_as_string(hide_password=False)
    admin = create_engine(live, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        _create(admin, name)
        try:
            restorer(scratch_url, dump)
            scratch: Engine = create_engine(scratch_url, poolclass=NullPool)
            try:
                report = check_engine(scratch, require_head=False)
                with scratch.connect() as connection:
                    counts = table_counts(connection)
            finally:
                scratch.dispose()
        finally:
            _drop(admin, name)
    finally:
        admin.dispose()
    if not report.ok:
        raise StorageRefusedError(
            Message("backup.scratch_failed_check", {"name": dump.name, "detail": report.summary()})
        )
    if expected is not None:
        differ = [
            f"{table}: {counts.get(table)} restored, {count} in the database"
            for table, count in sorted(expected.items())
            if counts.get(table) != count
        ]
        if differ:
            raise StorageRefusedError(
                Message("backup.scratch_differs", {"name": dump.name, "detail": "; ".join(differ)})
            )
    return counts


def _create(admin: Engine, name: str) -> None:
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", error)).splitlines()[0]
        raise StorageRefusedError(
            Message("backup.scratch_not_allowed", technical=reason)
        ) from error


def _drop(admin: Engine, name: str) -> None:
    with admin.connect() as connection:
        version = int(connection.exec_driver_sql("SHOW server_version_num").scalar() or 0)
        force = " WITH (FORCE)" if version >= 130000 else ""
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"{force}')
