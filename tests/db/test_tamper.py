"""Every kind of tampering with the record is caught by `db check` and named.

Each case builds a small clinic through the services (every row audited, the seal written),
checks it is clean, tampers with it the way someone with the file or a superuser login would
(the append-only guards lifted for the edit and put back, unless the guards are the target),
and expects the problem list to name that kind. The same cases run on PostgreSQL, plus the two
that only exist there (TRUNCATE, a disabled trigger).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, Table, delete, insert, select, text, update

from scardesk.db.audit import PendingEvent, event_hash
from scardesk.db.audit_key import keyed_hash
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import AuditEvent, TreatmentSession
from tests.db.audit_fixtures import audited_clinic, record_session

EVENTS: Table = AuditEvent.__table__  # type: ignore[assignment]
_SQLITE_GUARDS = [
    f"""CREATE TRIGGER IF NOT EXISTS audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
    for verb in ("UPDATE", "DELETE")
]


@contextmanager
def unguarded(database: Database) -> Iterator[Connection]:
    """A transaction in which the append-only triggers do not fire (put back afterwards)."""
    with database.engine.begin() as connection:
        if database.kind == "postgresql":
            # What a superuser can do without leaving the triggers visibly disabled.
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        yield connection
        if database.kind == "sqlite":
            for statement in _SQLITE_GUARDS:
                connection.exec_driver_sql(statement)


def _rows(connection: Connection) -> list[Any]:
    return list(connection.execute(select(EVENTS).order_by(EVENTS.c.id)))


def _last_id(connection: Connection) -> int:
    return int(connection.execute(select(EVENTS.c.id).order_by(EVENTS.c.id.desc())).first()[0])


def edit_event_after(db: Database) -> None:
    with unguarded(db) as c:
        after = c.execute(select(EVENTS.c.after).where(EVENTS.c.id == 8)).scalar_one()
        c.execute(update(EVENTS).where(EVENTS.c.id == 8).values(after={**after, "x": 1}))


def edit_event_user(db: Database) -> None:
    with unguarded(db) as c:
        c.execute(update(EVENTS).where(EVENTS.c.id == 9).values(user_id=2))


def edit_event_time(db: Database) -> None:
    with unguarded(db) as c:
        moment = c.execute(select(EVENTS.c.occurred_at).where(EVENTS.c.id == 10)).scalar_one()
        c.execute(
            update(EVENTS).where(EVENTS.c.id == 10).values(occurred_at=moment.replace(year=2020))
        )


def insert_event(db: Database) -> None:
    """An event slipped between two others (ids moved up to make room)."""
    with unguarded(db) as c:
        c.exec_driver_sql("UPDATE audit_events SET id = id + 100000 WHERE id > 6")
        c.exec_driver_sql("UPDATE audit_events SET id = id - 99999 WHERE id > 100000")
        row = c.execute(select(EVENTS).where(EVENTS.c.id == 6)).one()
        fake = PendingEvent("patient.update", "patients", 1, None, {"note": "inserted"})
        digest = event_hash(row.hash, row.occurred_at, row.user_id, fake)
        c.execute(
            insert(EVENTS).values(
                id=7,
                occurred_at=row.occurred_at,
                user_id=row.user_id,
                action=fake.action,
                entity=fake.entity,
                entity_id=1,
                before=None,
                after=fake.after,
                prev_hash=row.hash,
                hash=digest,
                seq=None,
                mac=None,
            )
        )


def delete_middle_event(db: Database) -> None:
    with unguarded(db) as c:
        c.execute(delete(EVENTS).where(EVENTS.c.id == 12))


def delete_first_event(db: Database) -> None:
    with unguarded(db) as c:
        c.execute(delete(EVENTS).where(EVENTS.c.id == 1))


def reorder_events(db: Database) -> None:
    with unguarded(db) as c:
        c.exec_driver_sql("UPDATE audit_events SET id = -5 WHERE id = 5")
        c.exec_driver_sql("UPDATE audit_events SET id = 5 WHERE id = 6")
        c.exec_driver_sql("UPDATE audit_events SET id = 6 WHERE id = -5")


def _cut(count: int | None) -> Callable[[Database], None]:
    def cut(db: Database) -> None:
        with unguarded(db) as c:
            last = _last_id(c)
            query = delete(EVENTS)
            if count is not None:
                query = query.where(EVENTS.c.id > last - count)
            c.execute(query)

    return cut


def forge_with_plain_hash(db: Database) -> None:
    """A new event whose plain hash (and number) is right; the keyed link is made up."""
    with unguarded(db) as c:
        last = _rows(c)[-1]
        fake = PendingEvent("patient.update", "patients", 1, None, {"name_latin": "forged"})
        digest = event_hash(last.hash, last.occurred_at, last.user_id, fake)
        c.execute(
            insert(EVENTS).values(
                occurred_at=last.occurred_at,
                user_id=last.user_id,
                action=fake.action,
                entity=fake.entity,
                entity_id=1,
                before=None,
                after=fake.after,
                prev_hash=last.hash,
                hash=digest,
                seq=last.seq + 1,
                mac=keyed_hash(b"a key of the forger's own", last.seq + 1, last.mac, digest),
            )
        )


def delete_middle_and_rehash(db: Database) -> None:
    """Remove an event, renumber and recompute every later plain hash (the key is unknown)."""
    with unguarded(db) as c:
        c.execute(delete(EVENTS).where(EVENTS.c.id == 12))
        rows = _rows(c)
        prev = rows[10].hash
        for row in rows[11:]:
            pending = PendingEvent(
                row.action, row.entity, row.entity_id, row.before, row.after, row.patient_id
            )
            digest = event_hash(prev, row.occurred_at, row.user_id, pending)
            c.execute(
                update(EVENTS)
                .where(EVENTS.c.id == row.id)
                .values(
                    prev_hash=prev,
                    hash=digest,
                    seq=row.seq - 1,
                    mac=hashlib.sha256(digest.encode()).hexdigest(),
                )
            )
            prev = digest


def _sql(statement: str) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        with db.engine.begin() as c:
            c.execute(text(statement))

    return run


def insert_unaudited_session(db: Database) -> None:
    table: Table = TreatmentSession.__table__  # type: ignore[assignment]
    names = [column.name for column in table.columns if column.name != "id"]
    with db.engine.begin() as c:
        source = select(*[table.c[name] for name in names]).where(table.c.id == 1)
        c.execute(insert(table).from_select(names, source))


def drop_both_triggers(db: Database) -> None:
    with db.engine.begin() as c:
        if db.kind == "postgresql":
            c.exec_driver_sql("DROP TRIGGER audit_events_append_only ON audit_events")
            c.exec_driver_sql("DROP TRIGGER audit_events_no_truncate ON audit_events")
        else:
            c.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            c.exec_driver_sql("DROP TRIGGER audit_events_no_delete")


def truncate_events(db: Database) -> None:
    """A plain TRUNCATE is refused; a superuser who gets past the trigger leaves a cut tail."""
    with pytest.raises(Exception, match="append-only"), db.engine.begin() as c:
        c.exec_driver_sql("TRUNCATE audit_events")
    with unguarded(db) as c:
        c.exec_driver_sql("TRUNCATE audit_events")


def disable_trigger(db: Database) -> None:
    with db.engine.begin() as c:
        c.exec_driver_sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")


#: kind of tampering → (how, the name `db check` must give it)
KINDS: dict[str, tuple[Callable[[Database], None], str]] = {
    "edited event content": (edit_event_after, "[edited event]"),
    "edited event user": (edit_event_user, "[edited event]"),
    "edited event time": (edit_event_time, "[edited event]"),
    "inserted event": (insert_event, "[inserted event]"),
    "deleted middle event": (delete_middle_event, "[deleted event]"),
    "deleted first event": (delete_first_event, "[deleted event]"),
    "reordered events": (reorder_events, "[reordered events]"),
    "deleted last event": (_cut(1), "[cut tail]"),
    "deleted last 25 events": (_cut(25), "[cut tail]"),
    "deleted all events": (_cut(None), "[cut tail]"),
    "forged event with a correct plain hash": (forge_with_plain_hash, "[forged event]"),
    "middle event deleted and the rest re-hashed": (delete_middle_and_rehash, "[forged event]"),
    "patient name edited by SQL": (
        _sql("UPDATE patients SET name_latin = 'Someone Else' WHERE id = 1"),
        "[edited row] patients: 1 row differs from the last audited state "
        "(changed outside ScarDesk): 1 (name_latin",
    ),
    "civil number edited by SQL": (
        _sql("UPDATE patients SET civil_number = '99999999' WHERE id = 2"),
        "[edited row] patients: 1 row differs from the last audited state "
        "(changed outside ScarDesk): 2 (civil_number",
    ),
    "history answer edited by SQL": (
        _sql("UPDATE history_entries SET answer = 'yes' WHERE id = 3"),
        "history_entries: 1 row differs from the last audited state (changed outside ScarDesk): "
        "3 (answer",
    ),
    "session notes edited by SQL": (
        _sql("UPDATE treatment_sessions SET post_notes = 'Something else' WHERE id = 1"),
        "treatment_sessions: 1 row differs from the last audited state (changed outside "
        "ScarDesk): 1 (post_notes",
    ),
    "unaudited session inserted by SQL": (
        insert_unaudited_session,
        "[unaudited row] treatment_sessions: 1 row has no audit event",
    ),
    "both append-only triggers dropped": (drop_both_triggers, "[missing trigger]"),
}
POSTGRES_ONLY: dict[str, tuple[Callable[[Database], None], str]] = {
    "TRUNCATE audit_events": (truncate_events, "[cut tail]"),
    "append-only trigger disabled": (disable_trigger, "[disabled trigger]"),
}


@pytest.fixture
def clinic_database(migrated_url: str) -> Iterator[Database]:
    database = open_database(migrated_url)
    clinic = audited_clinic(database)
    record_session(database, clinic)
    report = check_database(database)
    assert report.ok, report.describe()
    yield database
    database.dispose()


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_of_tampering_is_caught_and_named(clinic_database: Database, kind: str) -> None:
    tamper, name = KINDS[kind]
    tamper(clinic_database)
    report = check_database(clinic_database)
    assert not report.ok
    assert any(name in problem for problem in report.problems), report.describe()


@pytest.mark.postgres
@pytest.mark.parametrize("kind", list(POSTGRES_ONLY))
def test_postgresql_only_tampering_is_caught_and_named(postgres_url: str, kind: str) -> None:
    database = open_database(postgres_url)
    try:
        clinic = audited_clinic(database)
        record_session(database, clinic)
        assert check_database(database).ok
        tamper, name = POSTGRES_ONLY[kind]
        tamper(database)
        report = check_database(database)
    finally:
        database.dispose()
    assert any(name in problem for problem in report.problems), report.describe()
