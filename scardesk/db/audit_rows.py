"""Do the clinical rows still say what the audit trail says they were set to?

Every row written through a unit of work has an audit event holding all its column values
after the write. A row whose current values differ from its last such event was changed
behind ScarDesk's back (a direct SQL edit); a row with no such event was slipped in. Rows
written in bulk by the demo generator are covered instead by a digest per batch and table
(``scardesk.db.batch_digest``), and rows older than the keyed chain (``legacy_max_ids``) only where
audited.

Each table is one merge of two ordered streams: its rows by id, and its audit events by
(row id, event id). Nothing is held in memory but the current row's events.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Connection,
    Dialect,
    Table,
    Text,
    TypeDecorator,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Mapper

from scardesk.db.audit import ChainSettings, json_value
from scardesk.db.models import AuditChain, AuditEvent, Base
from scardesk.db.models.base import COPY_OF
from scardesk.domain.messages import Message, Verbatim

_BATCH = 5000
_SHOWN = 5
_REDACTED = "(redacted)"
#: The demo generator's batch action; its event lists each table's id range and digest.
DEMO_BATCH_ACTION = "demo.generate"
_SKIPPED = frozenset({AuditEvent.__tablename__, AuditChain.__tablename__})
_PLAIN = frozenset({str, int, float, bool, type(None)})
ENCODE = json.JSONEncoder(separators=(",", ":"), sort_keys=True, default=str).encode


@dataclass
class _Range:
    """One demo batch's rows of a table, hashed as the check reads them (format 1 or 2, see
    ``scardesk.db.batch_digest``)."""

    first: int
    last: int
    sha256: str
    version: int = 1
    rows: int = 0
    hasher: Any = field(default_factory=hashlib.sha256)

    def add(self, values: list[Any]) -> None:
        if self.version == 1:
            self.hasher.update(values_digest(values))
        else:
            self.hasher.update((("," if self.rows else "[") + ENCODE(values)).encode())
        self.rows += 1

    def matches(self) -> bool:
        if self.version == 1:
            return self.hasher.hexdigest() == self.sha256
        end = self.hasher.copy()
        end.update(b"]" if self.rows else b"[]")
        return end.hexdigest() == self.sha256


def mapper_table(mapper: Mapper[Any]) -> Table:
    return cast(Table, mapper.local_table)


def primary_key(table: Table) -> Any:
    """The single-column primary key (``id``, or ``photo_id`` for photo images)."""
    return next(iter(table.primary_key.columns))


def audited_mappers() -> list[Mapper[Any]]:
    return sorted(
        (m for m in Base.registry.mappers if mapper_table(m).name not in _SKIPPED),
        key=lambda m: mapper_table(m).name,
    )


def audited_columns(mapper: Mapper[Any]) -> list[tuple[str, Any]]:
    """The audited columns: copies of another row's value are not (``COPY_OF``); the record
    check compares them with the value they copy."""
    return [
        (attr.key, attr.columns[0])
        for attr in mapper.column_attrs
        if COPY_OF not in attr.columns[0].info
    ]


def row_values(row: Sequence[Any]) -> list[Any]:
    """A row read with Core (columns in attribute order), as the audit trail stores values."""
    # Most values are already plain JSON; json_value's checks cost more than the rest of the
    # pass together, so only the other types go through it.
    return [value if type(value) in _PLAIN else json_value(value) for value in row]


def values_digest(values: list[Any]) -> bytes:
    """A row's values as bytes for a batch digest (column order: the keys are implied)."""
    return (ENCODE(values) + "\n").encode()


class _LenientJSON(TypeDecorator[Any]):
    """JSON read for comparison only: text that is not JSON at all (an SQLite cell edited by
    hand) comes back as that text, so it shows as an edited row instead of stopping the check."""

    impl = Text
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if not isinstance(value, str):
            return value  # PostgreSQL's driver has already decoded it
        try:
            return json.loads(value)
        except ValueError:
            return value


def ordered_select(table: Table, columns: list[tuple[str, Any]]) -> Any:
    selected = [
        type_coerce(column, _LenientJSON()) if isinstance(column.type, JSON) else column
        for _, column in columns
    ]
    return select(*selected).order_by(primary_key(table))


def highest_keys(connection: Connection, tables: list[str]) -> dict[str, int]:
    """Each table's highest primary key (0 when empty): brackets the rows a batch adds."""
    by_table = {mapper_table(m).name: mapper_table(m) for m in audited_mappers()}
    return {
        name: int(connection.execute(select(func.max(primary_key(by_table[name])))).scalar() or 0)
        for name in tables
    }


def row_problems(connection: Connection, settings: ChainSettings) -> list[Message]:
    ranges = _demo_ranges(connection)
    problems: list[Message] = []
    for mapper in audited_mappers():
        table = mapper_table(mapper)
        problems += _table_problems(
            connection,
            table,
            audited_columns(mapper),
            int(settings.legacy_max_ids.get(table.name, 0)),
            ranges.get(table.name, []),
        )
    return problems


def _demo_ranges(connection: Connection) -> dict[str, list[_Range]]:
    ranges: dict[str, list[_Range]] = {}
    query = select(AuditEvent.after).where(AuditEvent.action == DEMO_BATCH_ACTION)
    for (after,) in connection.execute(query):
        for name, spec in ((after or {}).get("tables") or {}).items():
            ranges.setdefault(name, []).append(
                _Range(
                    int(spec["first"]),
                    int(spec["last"]),
                    str(spec["sha256"]),
                    _digest_version(spec),
                )
            )
    for spans in ranges.values():
        spans.sort(key=lambda span: span.first)
    return ranges


def _digest_version(spec: Mapping[str, Any]) -> int:
    """1 (no ``v``: written before format 2) or 2; any other is refused, not guessed at."""
    version = spec.get("v", 1)
    if type(version) is not int or version not in (1, 2):
        raise ValueError(f"demo batch digest format {version!r} is not one this version reads")
    return int(version)


def _events(
    connection: Connection, table: str, keys: frozenset[str]
) -> Iterator[tuple[int, Any, Any]]:
    """(row id, before, after) of the events that hold a whole row of ``table``, in order."""
    query = (
        select(AuditEvent.entity_id, AuditEvent.before, AuditEvent.after)
        .where(AuditEvent.entity == table, AuditEvent.entity_id.is_not(None))
        .order_by(AuditEvent.entity_id, AuditEvent.id)
        .execution_options(yield_per=_BATCH)
    )
    for entity_id, before, after in connection.execute(query):
        if isinstance(after, dict) and after.keys() == keys:
            yield int(entity_id), before, after


def _table_problems(
    connection: Connection,
    table: Table,
    columns: list[tuple[str, Any]],
    legacy_max: int,
    spans: list[_Range],
) -> list[Message]:
    names = [key for key, _ in columns]
    keys = frozenset(names)
    position = [column.name for _, column in columns].index(primary_key(table).name)
    events = _events(connection, table.name, keys)
    pending = next(events, None)
    edited: list[str] = []
    unaudited: list[int] = []
    vanished: list[int] = []
    span_index = 0
    query = ordered_select(table, columns).execution_options(yield_per=_BATCH)
    for row in connection.execute(query):
        row_id = int(row[position])
        while pending is not None and pending[0] < row_id:
            vanished.append(pending[0])
            pending = _skip(events, pending[0])
        first_before, last_after = None, None
        first = True
        while pending is not None and pending[0] == row_id:
            if first:
                first_before, first = pending[1], False
            last_after = pending[2]
            pending = next(events, None)
        values = row_values(row)
        while span_index < len(spans) and spans[span_index].last < row_id:
            span_index += 1
        span = spans[span_index] if span_index < len(spans) else None
        in_span = span is not None and span.first <= row_id
        if in_span and span is not None:
            # The batch digest is over the rows as the demo wrote them: for a row edited
            # since, that is the first edit's "before".
            if last_after is None:
                span.add(values)
            else:
                span.add([(first_before or {}).get(k) for k in names])
        if last_after is not None:
            changed = _differences(dict(zip(names, values, strict=True)), last_after, columns)
            if changed:
                edited.append(f"{row_id} ({', '.join(changed)})")
        elif not in_span and row_id > legacy_max:
            unaudited.append(row_id)
    while pending is not None:
        vanished.append(pending[0])
        pending = _skip(events, pending[0])
    return _describe(table.name, edited, unaudited, vanished, spans)


def _skip(events: Iterator[tuple[int, Any, Any]], row_id: int) -> tuple[int, Any, Any] | None:
    for item in events:
        if item[0] != row_id:
            return item
    return None


def _differences(
    state: Mapping[str, Any], audited: Mapping[str, Any], columns: list[tuple[str, Any]]
) -> list[str]:
    changed = []
    for key, column in columns:
        now, then = state[key], audited[key]
        if now == then or then == _REDACTED or _same_moment(now, then):
            continue
        changed.append(column.name)
    return changed


def _same_moment(now: Any, then: Any) -> bool:
    """The same instant written with another offset (a service may store Muscat time)."""
    if not (isinstance(now, str) and isinstance(then, str)):
        return False
    try:
        a, b = datetime.fromisoformat(now), datetime.fromisoformat(then)
    except ValueError:
        return False
    if a.tzinfo is None or b.tzinfo is None:
        return a.replace(tzinfo=a.tzinfo or UTC) == b.replace(tzinfo=b.tzinfo or UTC)
    return a == b


def _describe(
    table: str, edited: list[str], unaudited: list[int], vanished: list[int], spans: list[_Range]
) -> list[Message]:
    problems = []
    name = Verbatim(table)
    if edited:
        problems.append(
            Message("tamper.rows_edited", {"n": len(edited), "table": name, "rows": _shown(edited)})
        )
    if unaudited:
        shown = _shown([str(i) for i in unaudited])
        problems.append(
            Message("tamper.rows_unaudited", {"n": len(unaudited), "table": name, "ids": shown})
        )
    if vanished:
        shown = _shown([str(i) for i in vanished])
        problems.append(
            Message("tamper.rows_deleted", {"n": len(vanished), "table": name, "ids": shown})
        )
    bad = [f"{span.first}–{span.last}" for span in spans if not span.matches()]
    if bad:
        problems.append(Message("tamper.bulk_edited", {"table": name, "ids": _shown(bad)}))
    return problems


def _shown(items: list[str]) -> object:
    """The first few ids (with their changed columns), as data; the rest counted."""
    shown = Verbatim(", ".join(items[:_SHOWN]))
    if len(items) <= _SHOWN:
        return shown
    return Message("tamper.ids_and_more", {"shown": shown, "more": len(items) - _SHOWN})
