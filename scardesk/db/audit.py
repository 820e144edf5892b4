"""The hash-chained audit trail: how an event is hashed, appended and verified."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import LoaderCallableStatus

from scardesk.db.models import AuditEvent

GENESIS_HASH = "0" * 64
_REDACTED_COLUMNS = frozenset({"password_hash"})
# Any constant: PostgreSQL writers queue on it so two workstations cannot fork the chain.
_POSTGRES_CHAIN_LOCK = 0x5CA2DE5C


@dataclass(frozen=True)
class PendingEvent:
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


#: Stands for a prior value SQLAlchemy no longer holds (a JSON value changed in place and then
#: flagged as modified). Services should assign new values so that the audit keeps the old one.
UNKNOWN_PRIOR_VALUE = "(prior value not kept: changed in place)"


def json_value(value: Any) -> Any:
    """A column value as plain JSON, stable across SQLite and PostgreSQL round trips."""
    if isinstance(value, LoaderCallableStatus):
        return UNKNOWN_PRIOR_VALUE
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(row: object, *, committed: bool = False) -> dict[str, Any]:
    """Column values of an ORM row (as last committed when ``committed``), ready for JSON."""
    state = inspect(row)
    values: dict[str, Any] = {}
    for attribute in state.mapper.column_attrs:
        key = attribute.key
        if key in _REDACTED_COLUMNS:
            values[key] = "(redacted)"
            continue
        if committed:
            history = state.attrs[key].history
            if history.deleted:
                value = history.deleted[0]
            elif history.unchanged:
                value = history.unchanged[0]
            else:
                value = state.committed_state.get(key, getattr(row, key))
        else:
            value = getattr(row, key)
        values[key] = json_value(value)
    return values


def event_hash(
    prev_hash: str, occurred_at: datetime, user_id: int | None, event: PendingEvent
) -> str:
    body = {
        "prev": prev_hash,
        "at": occurred_at.isoformat(),
        "user": user_id,
        "action": event.action,
        "entity": event.entity,
        "id": event.entity_id,
        "before": event.before,
        "after": event.after,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_chain(connection: Connection) -> None:
    """Serialise writers of the chain (SQLite already did with BEGIN IMMEDIATE)."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_CHAIN_LOCK}
        )


def chain_tail(session: Session) -> str:
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return last or GENESIS_HASH


def append_events(
    session: Session, user_id: int | None, occurred_at: datetime, events: list[PendingEvent]
) -> None:
    if not events:
        return
    lock_chain(session.connection())
    prev = chain_tail(session)
    rows = []
    for event in events:
        digest = event_hash(prev, occurred_at, user_id, event)
        rows.append(
            {
                "occurred_at": occurred_at,
                "user_id": user_id,
                "action": event.action,
                "entity": event.entity,
                "entity_id": event.entity_id,
                "before": event.before,
                "after": event.after,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    # One executemany on the connection: the ORM's per-object bookkeeping is not needed for rows
    # that are never read back in this transaction, and it was a third of a session save.
    session.connection().execute(insert(cast(Table, AuditEvent.__table__)), rows)


def verify_chain(session: Session, batch: int = 5000) -> str | None:
    """None when every link holds; otherwise a description of the first broken one."""
    prev = GENESIS_HASH
    query = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=batch)
    for row in session.scalars(query):
        pending = PendingEvent(row.action, row.entity, row.entity_id, row.before, row.after)
        if row.prev_hash != prev:
            return (
                f"audit event {row.id} does not follow the event before it "
                "(a row was removed or inserted)"
            )
        if event_hash(prev, row.occurred_at, row.user_id, pending) != row.hash:
            return f"audit event {row.id} was altered after it was written"
        prev = row.hash
    return None
