"""The digest of one demo batch's rows, read back from the database (format 2).

A batch event records, per table, the id range it wrote and a SHA-256 of those rows as stored.
Both formats hash the values the audit trail would hold for each row (``row_values``: moments
and dates as ISO text, booleans, parsed JSON, blobs as their own SHA-256), so ``db check`` can
put a later ScarDesk edit's "before" in place of an edited row. They differ in the bytes hashed:

* format 1 (no ``v`` key; demo clinics built before format 2): each row's JSON array and a
  newline;
* format 2 (``"v": 2``): the whole range as one JSON array of rows, ``[row,row,...]``.

Format 2 lets the writer encode a batch in one call instead of one per row, and read it with
the driver's raw values converted column by column: SQLAlchemy's result rows and the per-value
``json_value`` were half of format 1's cost. The rows are still read back, not taken from
memory: SQLite's column affinity may store another value than the one bound (5 as 5.0), and the
digest must be of what a later check will read.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, LargeBinary, Table

from scardesk.db.audit import json_value
from scardesk.db.audit_rows import (
    ENCODE,
    audited_columns,
    audited_mappers,
    mapper_table,
    ordered_select,
    primary_key,
    row_values,
)
from scardesk.db.types import UTCDateTime
from scardesk.remembered import remembering

#: The format this module writes; ``audit_rows`` reads 1 and 2.
DIGEST_VERSION = 2

_Convert = Callable[[Any], Any]


def digest_of(rows: Sequence[Sequence[Any]]) -> str:
    """Format 2: SHA-256 of the rows' audited values as one compact JSON array."""
    return hashlib.sha256(ENCODE(rows).encode()).hexdigest()


class BatchDigests:
    """Digests one demo batch after another, remembering how each raw value it has read was
    converted: a 1M demo reads back tens of millions of stored moments and JSON texts, few of
    them distinct (issue #16)."""

    def __init__(self) -> None:
        self._by_table = {mapper_table(m).name: m for m in audited_mappers()}
        self._converters: dict[tuple[str, type, str], _Convert | None] = {}

    def of(self, connection: Connection, ids: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
        """Digest (format 2) of the rows ``first..last`` of each table in ``ids``."""
        result: dict[str, Any] = {}
        for name, (first, last) in ids.items():
            mapper = self._by_table[name]
            table = mapper_table(mapper)
            if connection.dialect.name == "sqlite":
                rows = self._sqlite_rows(connection, table, mapper, first, last)
            else:
                query = ordered_select(table, audited_columns(mapper))
                query = query.where(primary_key(table).between(first, last))
                rows = [row_values(row) for row in connection.execute(query)]
            result[name] = {
                "first": first,
                "last": last,
                "v": DIGEST_VERSION,
                "sha256": digest_of(rows),
            }
        return result

    def _sqlite_rows(
        self, connection: Connection, table: Table, mapper: Any, first: int, last: int
    ) -> list[Any]:
        columns = [column for _, column in audited_columns(mapper)]
        converters = []
        for index, column in enumerate(columns):
            # One memory per column type, not per column: the conversion is the type's, and
            # thirty-one moment columns would otherwise each remember their own (memory).
            key = (connection.dialect.name, type(column.type), repr(column.type))
            if key not in self._converters:
                convert = _converter(connection, column)
                self._converters[key] = None if convert is None else remembering(convert, str)
            if (remembered := self._converters[key]) is not None:
                converters.append((index, remembered))
        return _sqlite_rows(connection, table, columns, converters, first, last)


def _sqlite_rows(
    connection: Connection,
    table: Table,
    columns: list[Any],
    converters: list[tuple[int, _Convert]],
    first: int,
    last: int,
) -> list[Any]:
    """The rows' audited values, from the driver's raw values (what ``row_values`` gives for
    the same rows read through SQLAlchemy; a test holds the two equal). ``converters``: the
    index of each column whose raw value needs converting, and how."""
    quote = connection.dialect.identifier_preparer.quote
    key = quote(primary_key(table).name)
    sql = (
        f"SELECT {', '.join(quote(c.name) for c in columns)} FROM {quote(table.name)} "
        f"WHERE {key} BETWEEN ? AND ? ORDER BY {key}"
    )
    cursor = connection.connection.cursor()  # the driver's own: plain tuples, no Row objects
    try:
        cursor.execute(sql, (first, last))
        raw: list[Any] = list(cursor.fetchall())
    finally:
        cursor.close()
    if not converters or not raw:
        return raw
    # Column by column, one comprehension per converted column: a Python step per row and
    # column was most of the digest's time at 1M patients (issue #16).
    values = list(zip(*raw, strict=True))
    for index, convert in converters:
        values[index] = tuple([None if v is None else convert(v) for v in values[index]])
    return list(zip(*values, strict=True))


def _converter(connection: Connection, column: Any) -> _Convert | None:
    """How a raw SQLite value of ``column`` becomes its audited value (None: as it is).

    The shapes SQLAlchemy writes are turned by hand (cheap); anything else goes through the
    column type's own result processor and ``json_value``, as a check reads it.
    """
    dialect = connection.dialect
    kind = column.type
    if isinstance(kind, JSON):
        return _json
    processor = kind.dialect_impl(dialect).result_processor(dialect, None)

    def slow(value: Any) -> Any:
        return json_value(processor(value) if processor is not None else value)

    if isinstance(kind, UTCDateTime):
        return lambda value: _moment(value) or slow(value)
    if isinstance(kind, Date):
        return lambda value: value if _is_day(value) else slow(value)
    if isinstance(kind, Boolean):
        return lambda value: (value == 1) if value in (0, 1) and type(value) is int else slow(value)
    if isinstance(kind, LargeBinary) or processor is not None:
        return slow
    return None  # str, int, float and None come back as they are


#: SQLAlchemy's SQLite storage of a UTC moment: '2026-01-05 06:45:00.000000'.
_STORED_MOMENT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", re.ASCII)


def _moment(value: Any) -> str | None:
    """A stored moment ('2026-01-05 06:45:00.000000') as the ISO text ``datetime.isoformat``
    gives the aware value: '2026-01-05T06:45:00+00:00'; None for anything else."""
    if type(value) is not str or _STORED_MOMENT.fullmatch(value) is None:
        return None
    if value.endswith(".000000"):
        return f"{value[:10]}T{value[11:19]}+00:00"
    return f"{value[:10]}T{value[11:]}+00:00"


def _is_day(value: Any) -> bool:
    """'2026-01-05', which ``date.isoformat`` gives back unchanged."""
    return (
        type(value) is str
        and len(value) == 10
        and value.isascii()
        and value[4] == value[7] == "-"
        and value.replace("-", "").isdigit()
        and value[:4] >= "0001"
    )


def _json(value: Any) -> Any:
    """As ``audit_rows``' lenient JSON: text that is not JSON stays text."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


__all__ = ["DIGEST_VERSION", "BatchDigests", "digest_of"]
