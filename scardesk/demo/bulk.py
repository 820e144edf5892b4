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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Dialect, Table, event, insert

from scardesk.db.engine import Database

if TYPE_CHECKING:
    from scardesk.demo.pipeline import TableRows

#: SQLite page cache while building (KiB, as a negative cache_size): big enough that the
#: secondary indexes of a million patients stay in memory, small enough for the 500 MB budget.
BUILD_CACHE_KIB = 100_000

Row = dict[str, Any]
_Processor = Callable[[Any], Any] | None


class PreparedInsert:
    """One table's INSERT compiled once for SQLite, with each column's bind processor."""

    def __init__(self, dialect: Dialect, table: Table, keys: Sequence[str]) -> None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        self.sql = compiled.string
        order = compiled.positiontup or []
        self.keys = tuple(order)
        processors = [
            table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in order
        ]
        self.processors: tuple[_Processor, ...] = tuple(processors)

    def tuples(self, rows: Sequence[Row]) -> list[tuple[Any, ...]]:
        pairs = list(zip(self.keys, self.processors, strict=True))
        return [
            tuple(row[key] if convert is None else convert(row[key]) for key, convert in pairs)
            for row in rows
        ]


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
