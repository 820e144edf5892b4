"""The hash-chained audit trail: how an event is hashed, appended and verified.

Every event has a plain hash (content + previous hash) and, from the chain's ``keyed_from`` on,
a keyed link (``audit_key.keyed_hash``) that only the holder of the key can compute. The full
check of both, the seal and the clinical rows lives in ``tamper`` and ``audit_rows``.
"""

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

from scardesk.db.audit_key import AuditKeyMissingError, keyed_hash, load_key
from scardesk.db.models import AuditChain, AuditEvent
from scardesk.db.models.base import COPY_OF
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message

GENESIS_HASH = "0" * 64
_REDACTED_COLUMNS = frozenset({"password_hash"})
#: Columns redacted in one table only. The sign-in throttle is keyed by the name as typed at
#: sign-in, which may be a mistyped password or a name that is no account: never audited.
_REDACTED_TABLE_COLUMNS = frozenset({("sign_in_throttle", "username")})
# Any constant: PostgreSQL writers queue on it so two workstations cannot fork the chain.
_POSTGRES_CHAIN_LOCK = 0x5CA2DE5C


@dataclass(frozen=True)
class PendingEvent:
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    #: The patient the event concerns, so one patient's trail is one indexed read.
    patient_id: int | None = None
    #: A stored row changed (False: a note of something else, such as a read or a sign-in).
    #: Not part of the event's hash; the due index refreshes only after row changes.
    changes_row: bool = True


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
    table = getattr(row, "__tablename__", "")
    values: dict[str, Any] = {}
    for attribute in state.mapper.column_attrs:
        if COPY_OF in attribute.columns[0].info:
            continue  # a copy of a value audited on its own row (see COPY_OF)
        key = attribute.key
        if key in _REDACTED_COLUMNS or (table, key) in _REDACTED_TABLE_COLUMNS:
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
    # Hashed only when set: events written before revision 0006 carry no patient and keep
    # the hashes they were written with.
    if event.patient_id is not None:
        body["patient"] = event.patient_id
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_chain(connection: Connection) -> None:
    """Serialise writers of the chain (SQLite already did with BEGIN IMMEDIATE)."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_CHAIN_LOCK}
        )


@dataclass(frozen=True)
class ChainSettings:
    chain_id: str
    keyed_from: int
    legacy_max_ids: dict[str, int]

    @property
    def digest(self) -> str:
        """Fingerprint of this row, kept in the seal so an edit of the row shows."""
        body = json.dumps(
            [self.chain_id, self.keyed_from, self.legacy_max_ids], sort_keys=True
        ).encode("utf-8")
        return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    """The newest event of the chain: what the seal anchors."""

    settings: ChainSettings
    seq: int
    link: str
    key: bytes
    #: (seq, link) before this append; ``first_keyed`` when it began the keyed chain.
    previous: tuple[int, str]
    first_keyed: bool


def chain_settings(connection: Connection) -> ChainSettings | None:
    row = connection.execute(
        select(AuditChain.chain_id, AuditChain.keyed_from, AuditChain.legacy_max_ids).where(
            AuditChain.id == 1
        )
    ).first()
    if row is None:
        return None
    return ChainSettings(str(row[0]), int(row[1]), dict(row[2] or {}))


def chain_tail(session: Session) -> tuple[int, str, str]:
    """(sequence number, plain hash, link) of the newest event; genesis for an empty log."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash, AuditEvent.mac)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return 0, GENESIS_HASH, GENESIS_HASH
    return int(last.seq or 0), last.hash, last.mac or last.hash


def chain_key(settings: ChainSettings, next_seq: int) -> bytes:
    """The key for the next events; made only while no keyed event exists yet.

    A missing key for a chain that already has keyed events means this is not the computer
    (or user) the chain was keyed on: writing under a fresh key would split the chain.
    """
    try:
        return load_key(settings.chain_id, create=next_seq <= settings.keyed_from)
    except AuditKeyMissingError as error:
        raise StorageRefusedError(
            Message(
                "storage.audit_key_missing",
                {
                    "chain": settings.chain_id,
                    "export_command": "scardesk audit-key export FILE",
                    "import_command": "scardesk audit-key import FILE",
                },
            )
        ) from error


def append_events(
    session: Session, user_id: int | None, occurred_at: datetime, events: list[PendingEvent]
) -> ChainHead | None:
    """Append ``events`` to the chain; returns the new head for the seal."""
    if not events:
        return None
    connection = session.connection()
    lock_chain(connection)
    settings = chain_settings(connection)
    assert settings is not None, "the schema's audit_chain row is missing"
    seq, prev, link = chain_tail(session)
    previous = (seq, link)
    key = chain_key(settings, seq + 1)
    rows = []
    for event in events:
        seq += 1
        digest = event_hash(prev, occurred_at, user_id, event)
        mac = keyed_hash(key, seq, link, digest) if seq >= settings.keyed_from else None
        rows.append(
            {
                "occurred_at": occurred_at,
                "user_id": user_id,
                "action": event.action,
                "entity": event.entity,
                "entity_id": event.entity_id,
                "before": event.before,
                "after": event.after,
                "patient_id": event.patient_id,
                "prev_hash": prev,
                "hash": digest,
                "seq": seq,
                "mac": mac,
            }
        )
        prev = digest
        link = mac or digest
    # One executemany on the connection: the ORM's per-object bookkeeping is not needed for rows
    # that are never read back in this transaction, and it was a third of a session save.
    connection.execute(insert(cast(Table, AuditEvent.__table__)), rows)
    first_keyed = previous[0] + 1 <= settings.keyed_from <= seq
    return ChainHead(settings, seq, link, key, previous, first_keyed)


@dataclass(frozen=True)
class BrokenLink:
    """The first event where the plain chain breaks: a row removed or inserted before it
    (``gap``), or the event itself altered after it was written."""

    event_id: int
    gap: bool

    def __str__(self) -> str:
        if self.gap:
            return (
                f"audit event {self.event_id} does not follow the event before it "
                "(a row was removed or inserted)"
            )
        return f"audit event {self.event_id} was altered after it was written"


def verify_chain(session: Session, batch: int = 5000) -> str | None:
    """None when every link holds; otherwise a description of the first broken one."""
    broken = first_broken_link(session, batch)
    return None if broken is None else str(broken)


def first_broken_link(session: Session, batch: int = 5000) -> BrokenLink | None:
    """None when every link holds; otherwise the first broken one."""
    prev = GENESIS_HASH
    # Named columns only: files from before revision 0005 have no seq/mac to select.
    columns = [
        AuditEvent.id,
        AuditEvent.occurred_at,
        AuditEvent.user_id,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_id,
        AuditEvent.before,
        AuditEvent.after,
        AuditEvent.prev_hash,
        AuditEvent.hash,
    ]
    has_patient = "patient_id" in {
        column["name"] for column in inspect(session.connection()).get_columns("audit_events")
    }
    if has_patient:  # files from before revision 0006 have no patient column
        columns.append(AuditEvent.patient_id)
    query = select(*columns).order_by(AuditEvent.id).execution_options(yield_per=batch)
    for row in session.execute(query):
        patient = row.patient_id if has_patient else None
        pending = PendingEvent(
            row.action, row.entity, row.entity_id, row.before, row.after, patient
        )
        if row.prev_hash != prev:
            return BrokenLink(int(row.id), gap=True)
        if event_hash(prev, row.occurred_at, row.user_id, pending) != row.hash:
            return BrokenLink(int(row.id), gap=False)
        prev = row.hash
    return None
