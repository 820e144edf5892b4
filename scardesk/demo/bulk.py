"""Writing a demo batch fast: prepared rows straight to the driver, and build-time settings.

A million-patient demo is about thirty million rows. Through SQLAlchemy's per-row parameter
processing that is most of the run, so on SQLite each table's rows are converted with the
column types' own bind processors (the same conversion the ORM applies: aware UTC moments,
JSON text, dates) where they are built (``pipeline``), and handed to the driver's
``executemany`` as tuples. PostgreSQL keeps Core's
``insert`` (its multi-row VALUES batching is already the fast path there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Date, Dialect, Table, event, insert
from sqlalchemy.types import TypeEngine

from scardesk.db.engine import Database
from scardesk.db.types import UTCDateTime, sqlite_moment_text
from scardesk.remembered import remembering

if TYPE_CHECKING:
    from scardesk.demo.pipeline import TableRows

#: SQLite page cache while building (KiB, as a negative cache_size): big enough that the
#: secondary indexes of a million patients stay in memory, small enough for the 500 MB budget.
BUILD_CACHE_KIB = 100_000

Row = dict[str, Any]
_Processor = Callable[[Any], Any] | None


class DriverValues:
    """Converts a demo's rows for SQLite's driver batch after batch, remembering the text of
    each moment and day it has converted.

    100,000 demo patients carry ~113,000 distinct moments and ~19,000 distinct days among
    millions converted: a lookup is a tenth of a conversion (issue #16).
    """

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self._inserts: dict[tuple[str, tuple[str, ...]], PreparedInsert] = {}
        self._moment = remembering(sqlite_moment_text, datetime)
        day = Date().dialect_impl(dialect).bind_processor(dialect)
        self._day = None if day is None else remembering(day, date)

    def insert(self, table: Table, keys: Sequence[str]) -> PreparedInsert:
        """The table's insert for rows with ``keys``, compiled once per build."""
        found = self._inserts.get((table.name, tuple(keys)))
        if found is None:
            found = PreparedInsert(self.dialect, table, keys, self._conversion)
            self._inserts[(table.name, tuple(keys))] = found
        return found

    def _conversion(self, kind: TypeEngine[Any]) -> _Processor:
        if isinstance(kind, UTCDateTime):
            return self._moment
        if isinstance(kind, Date) and self._day is not None:
            return self._day
        return _driver_conversion(kind, self.dialect)


class PreparedInsert:
    """One table's INSERT compiled once for SQLite, with each column's bind processor."""

    def __init__(
        self,
        dialect: Dialect,
        table: Table,
        keys: Sequence[str],
        conversion: Callable[[TypeEngine[Any]], _Processor] | None = None,
    ) -> None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        self.sql = compiled.string
        order = compiled.positiontup or []
        self.keys = tuple(order)
        convert = conversion or (lambda kind: _driver_conversion(kind, dialect))
        self.processors: tuple[_Processor, ...] = tuple(convert(table.c[k].type) for k in order)

    def tuples(self, rows: Sequence[Row]) -> list[tuple[Any, ...]]:
        """The rows as the driver's tuples. Column by column: one ``map`` per converted column
        instead of a Python step per value (18% less than row by row; converting was a quarter of
        the builder's time at 1M, issue #16)."""
        if not rows:
            return []
        if len(self.keys) == 1:
            (key,), (convert,) = self.keys, self.processors
            return [(row[key] if convert is None else convert(row[key]),) for row in rows]
        columns = list(zip(*map(itemgetter(*self.keys), rows), strict=True))
        for index, convert in enumerate(self.processors):
            if convert is not None:
                columns[index] = tuple(map(convert, columns[index]))
        return list(zip(*columns, strict=True))


def _driver_conversion(kind: TypeEngine[Any], dialect: Dialect) -> _Processor:
    """The column type's bind processing; for a moment, the one call that does the same."""
    if isinstance(kind, UTCDateTime) and dialect.name == "sqlite":
        return sqlite_moment_text
    return kind.dialect_impl(dialect).bind_processor(dialect)


def insert_rows(connection: Connection, table: Table, rows: TableRows) -> None:
    """Insert a batch's rows of ``table`` in one executemany (SQLite: values already converted
    for the driver, in the column order of the insert compiled here)."""
    if not rows.values:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(
            insert(table), [dict(zip(rows.keys, row, strict=True)) for row in rows.values]
        )
        return
    prepared = PreparedInsert(connection.dialect, table, rows.keys)
    if prepared.keys != rows.keys:
        raise ValueError(f"{table.name}: the demo rows' columns are not the insert's")
    connection.exec_driver_sql(prepared.sql, rows.values)


@contextmanager
def build_settings(database: Database) -> Iterator[None]:
    """SQLite settings for a one-off bulk build: no fsync per batch and a large page cache.

    Each batch is still its own transaction in WAL mode, so a crash loses at most the batch in
    flight, never the file (only a power cut between batches could). The engine's ordinary
    settings (synchronous=FULL) come back when the build ends.
    """
    if database.kind != "sqlite":
        yield
        return

    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    engine = database.engine
    event.listen(engine, "connect", _on_connect)
    engine.dispose()  # pooled connections were opened without the build settings
    try:
        yield
    finally:
        event.remove(engine, "connect", _on_connect)
        engine.dispose()
