"""A database from before the keyed chain: its old events stay verified by their plain chain,
new events are keyed from the recorded boundary, and the keyed link covers the old history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, select, text, update

from scardesk.db import schema
from scardesk.db.audit import GENESIS_HASH, PendingEvent, event_hash
from scardesk.db.engine import open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import AuditChain, AuditEvent
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, aisha, open_staffed

OLD_EVENTS = 5
AT = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _write_old_chain(connection: Connection, count: int) -> None:
    """Events as ScarDesk wrote them before revision 0005: plain hash chain, no number."""
    prev = GENESIS_HASH
    for n in range(count):
        event = PendingEvent("user.sign_in", "users", n + 1, None, {"n": n})
        digest = event_hash(prev, AT, None, event)
        connection.execute(
            text(
                "INSERT INTO audit_events (occurred_at, user_id, action, entity, entity_id, "
                "before, after, prev_hash, hash) VALUES (:at, NULL, :action, :entity, :id, "
                "NULL, :after, :prev, :hash)"
            ),
            {
                "at": AT if connection.dialect.name == "postgresql" else AT.replace(tzinfo=None),
                "action": event.action,
                "entity": event.entity,
                "id": event.entity_id,
                "after": f'{{"n": {n}}}',
                "prev": prev,
                "hash": digest,
            },
        )
        prev = digest


@pytest.fixture
def upgraded_url(database_url: str) -> str:
    database = open_database(database_url, upgrade=False)
    schema.upgrade(database.engine, "0003")
    with database.engine.begin() as connection:
        _write_old_chain(connection, OLD_EVENTS)
    schema.upgrade(database.engine)
    database.dispose()
    return database_url


def test_old_events_are_numbered_and_new_ones_keyed_from_the_boundary(upgraded_url: str) -> None:
    database = open_staffed(upgraded_url)
    try:
        assert check_database(database).ok
        PatientService(database).register(ADMIN, aisha())
        with database.sessions() as session:
            chain = session.get(AuditChain, 1)
            rows = session.execute(select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.id))
            numbered = list(rows)
        report = check_database(database)
    finally:
        database.dispose()
    assert chain is not None and chain.keyed_from == OLD_EVENTS + 1
    assert [seq for seq, _ in numbered] == list(range(1, len(numbered) + 1))
    assert all(mac is None for _, mac in numbered[:OLD_EVENTS])
    assert all(mac is not None for _, mac in numbered[OLD_EVENTS:])
    assert report.ok, report.describe()


def test_an_edited_old_event_is_still_caught(upgraded_url: str) -> None:
    database = open_staffed(upgraded_url)
    try:
        PatientService(database).register(ADMIN, aisha())
        with database.engine.begin() as connection:
            _lift_guard(connection)
            connection.execute(text("UPDATE audit_events SET user_id = 7 WHERE seq = 3"))
        report = check_database(database)
    finally:
        database.dispose()
    assert any("[edited event] Audit event 3" in p for p in report.problems), report.describe()


def test_a_rehashed_old_history_breaks_the_first_keyed_link(upgraded_url: str) -> None:
    """Rewriting the unkeyed past with every plain hash recomputed still fails: the first keyed
    link covers the plain hash of the last old event."""
    database = open_staffed(upgraded_url)
    try:
        PatientService(database).register(ADMIN, aisha())
        with database.engine.begin() as connection:
            _lift_guard(connection)
            rows = list(connection.execute(select(AuditEvent.__table__).order_by(AuditEvent.id)))
            prev = GENESIS_HASH
            for row in rows:
                after = {"n": 99} if row.seq == 3 else row.after
                event = PendingEvent(row.action, row.entity, row.entity_id, row.before, after)
                digest = event_hash(prev, row.occurred_at, row.user_id, event)
                connection.execute(
                    update(AuditEvent.__table__)
                    .where(AuditEvent.id == row.id)
                    .values(after=after, prev_hash=prev, hash=digest)
                )
                prev = digest
        report = check_database(database)
    finally:
        database.dispose()
    first_keyed = f"[forged event] Audit event {OLD_EVENTS + 1} fails its keyed hash"
    assert any(first_keyed in p for p in report.problems), report.describe()


def _lift_guard(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
    else:
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
