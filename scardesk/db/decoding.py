"""Turning a failed decode of one stored row into an error that names the row, never its data.

Every reader of a stored clinical record (the services, and the due index below them) wraps
the decode of that row in ``reading``: whatever goes wrong inside (a codec's
``UnreadableRecordError`` without a row id, or a stray ``KeyError``/``TypeError``/``ValueError``
from an older reader) leaves as one ``UnreadableRecordError`` carrying the table and row id,
and is logged with those two only. A list catches it per row and shows that row as
unreadable; nothing turns it into "none recorded".
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from scardesk.domain.errors import UnreadableRecordError

_log = logging.getLogger(__name__)

#: What a decoder may raise on a shape it does not know, besides the codecs' own error.
_DECODE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError)


@contextmanager
def reading(table: str, row_id: int) -> Iterator[None]:
    """Decode one stored row; any failure becomes an ``UnreadableRecordError`` naming it."""
    try:
        yield
    except UnreadableRecordError as error:
        if error.row_id is not None:
            raise  # already located (and logged) by a ``reading`` of the failing part
        table_name = error.table or table
        # Table and id only: a codec's detail may quote the stored value.
        _log.error("stored record cannot be read: %s #%s", table_name, row_id)
        raise UnreadableRecordError(
            table_name, row_id, error.detail, reason=error.reason
        ) from error
    except _DECODE_FAILURES as error:
        detail = f"{type(error).__name__}: {error}"
        # Only the exception's type goes to the log: its text may quote a stored value.
        _log.error("stored record cannot be read: %s #%s (%s)", table, row_id, type(error).__name__)
        raise UnreadableRecordError(table, row_id, detail) from error
