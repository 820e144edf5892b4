"""Does every stored clinical document read back? Each JSON document is decoded with the
codec this version of ScarDesk reads it with, and every one that cannot be read is named by
table and row id (never by its content, which may be clinical).

The values are fetched as text and parsed here, not by the driver, so a document that is not
even JSON is reported as that row's problem instead of stopping the whole check.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, Text, cast, select

from scardesk.db.models import Base
from scardesk.domain.codecs import (
    decode_entry,
    decode_override_facts,
    decode_planned,
    decode_rule_parameters,
    decode_session,
)
from scardesk.domain.codecs.suitability import decode_suitability
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.messages import Message, Verbatim

#: At most this many rows are named one by one; the rest are counted per table.
MAX_NAMED = 200
_BATCH = 5_000

Decode = Callable[..., object]
#: table -> (JSON columns, plain columns, decode taking the plain values then the documents)
_DOCUMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], Decode]] = {
    "modality_entries": (
        ("areas", "parameters"),
        ("modality",),
        lambda modality, areas, parameters: decode_entry(modality, areas, parameters),
    ),
    "session_amendments": (
        ("before", "after"),
        (),
        lambda before, after: (decode_session(before), decode_session(after)),
    ),
    "assessments": (("suitability",), (), decode_suitability),
    "appointments": (("planned_modalities",), (), decode_planned),
    "clinic_settings": (("rule_parameters",), (), decode_rule_parameters),
    "safety_overrides": (("facts",), (), decode_override_facts),
}


def _rows(connection: Connection, table_name: str) -> Iterator[tuple[Any, ...]]:
    documents, plain, _ = _DOCUMENTS[table_name]
    table = Base.metadata.tables[table_name]
    query = select(
        table.c.id,
        *(table.c[name] for name in plain),
        *(cast(table.c[name], Text) for name in documents),
    ).order_by(table.c.id)
    result = connection.execution_options(yield_per=_BATCH).execute(query)
    for partition in result.partitions():
        yield from partition


def _parse(text: str | None) -> object:
    if text is None:
        return None
    return json.loads(text)


def unreadable_records(connection: Connection) -> Iterator[UnreadableRecordError]:
    """Every stored document this version cannot decode, table by table, in id order."""
    for table_name, (_, plain, decode) in _DOCUMENTS.items():
        for row in _rows(connection, table_name):
            row_id = int(row[0])
            try:
                values = [*row[1 : 1 + len(plain)], *map(_parse, row[1 + len(plain) :])]
                decode(*values)
            except UnreadableRecordError as error:
                yield UnreadableRecordError(table_name, row_id, error.detail, reason=error.reason)
            except ValueError as error:  # not JSON at all (json.JSONDecodeError)
                yield UnreadableRecordError(
                    table_name, row_id, f"not JSON: {error}", reason=Message("stored.not_json")
                )


def record_problems(engine: Engine) -> list[Message]:
    """One finding per unreadable document (at most ``MAX_NAMED``, then counts per table)."""
    problems: list[Message] = []
    hidden: Counter[str] = Counter()
    with engine.connect() as connection:
        for error in unreadable_records(connection):
            if len(problems) < MAX_NAMED:
                problems.append(_unreadable(error))
            else:
                hidden[error.table] += 1
    for table, count in sorted(hidden.items()):
        problems.append(
            Message("integrity.unreadable_more", {"n": count, "table": Verbatim(table)})
        )
    return problems


def _unreadable(error: UnreadableRecordError) -> Message:
    """The row named as data; why it cannot be read in words ScarDesk chose when it chose them,
    else Python's own (an unknown choice such as ``'deep' is not a valid PeelDepth``) kept
    apart as technical detail."""
    record = Verbatim(f"{error.table} #{error.row_id}")
    if error.reason is not None:
        return Message("integrity.unreadable", {"record": record, "reason": error.reason})
    return Message("integrity.unreadable_technical", {"record": record}, error.detail)
