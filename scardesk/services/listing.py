"""Reading a list of stored records one row at a time, so one bad row cannot empty the list.

Every list of clinical records goes through ``read_each``: each row is decoded inside
``reading(table, id)``; a row that cannot be decoded becomes an ``UnreadableRecord`` in its
place (with its date when that column still reads) and the rest of the list is read as usual.
Only the table and ids reach the log (``reading`` writes that line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from scardesk.db.decoding import reading
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.unreadable import UnreadableRecord

T = TypeVar("T")
R = TypeVar("R")


def _when(row: Any, column: str | None) -> datetime | date | None:
    if column is None:
        return None
    try:
        value = getattr(row, column)
    except Exception:
        return None
    return value if isinstance(value, datetime | date) else None


def read_one(table: str, row: Any, decode: Callable[[Any], T]) -> T:
    """Decode a single record; a failure leaves as ``UnreadableRecordError`` naming the row."""
    with reading(table, row.id):
        return decode(row)


def read_each(
    table: str,
    rows: Iterable[R],
    decode: Callable[[R], T],
    when: str | None = None,
) -> list[T | UnreadableRecord]:
    """``decode`` every row; rows that cannot be decoded are kept as placeholders, in order."""
    found: list[T | UnreadableRecord] = []
    for row in rows:
        row_id = int(getattr(row, "id"))  # noqa: B009 - rows of any mapped table
        try:
            with reading(table, row_id):
                found.append(decode(row))
        except UnreadableRecordError as error:
            found.append(UnreadableRecord.of(error, table, row_id, _when(row, when)))
    return found


def readable(items: Iterable[T | UnreadableRecord]) -> list[T]:
    """The records that could be read (for computations that need their content)."""
    return [item for item in items if not isinstance(item, UnreadableRecord)]
