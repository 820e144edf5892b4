"""Backups, integrity and the audit trail as the Admin screen uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent
from scardesk.domain.admin import changed_fields
from scardesk.domain.errors import PermissionDeniedError
from scardesk.domain.message_catalogue import english
from scardesk.domain.messages import Message
from scardesk.services.maintenance import MaintenanceService
from scardesk.services.patients import PatientService
from scardesk.services.session import Actor
from scardesk.services.users import UserService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, aisha, open_staffed


def test_the_audit_page_is_newest_first_and_shows_field_names_not_values(
    database: Database,
) -> None:
    service = PatientService(database)
    record, _ = service.register(FRONT_DESK, aisha())
    service.update(FRONT_DESK, record.id, record.version, aisha(phone="7123 4567"))
    page = MaintenanceService(database).audit_page(ADMIN, limit=10, entity="patients")
    assert [row.action for row in page.rows] == ["patient.edit", "patient.register"]
    assert page.rows[0].changed_fields == ("phone",)
    assert "+96871234567" not in repr(page.rows)
    assert not page.has_more


def test_the_audit_page_pages_by_id(database: Database) -> None:
    service = PatientService(database)
    for n in range(3):  # one identity document each: a document is registered only once
        service.register(FRONT_DESK, aisha(civil_number=f"1234567{n}", phone=f"9123 456{n}"))
    maintenance = MaintenanceService(database)
    first = maintenance.audit_page(ADMIN, limit=2, entity="patients")
    second = maintenance.audit_page(ADMIN, limit=2, entity="patients", before_id=first.rows[-1].id)
    assert first.has_more and not second.has_more
    assert len({row.id for row in first.rows + second.rows}) == 3


def test_only_the_admin_reads_the_audit_trail(database: Database) -> None:
    for actor in (FRONT_DESK, PRACTITIONER):
        with pytest.raises(PermissionDeniedError):
            MaintenanceService(database).audit_page(actor)


def test_a_healthy_database_passes_its_checks(database: Database) -> None:
    PatientService(database).register(FRONT_DESK, aisha())
    maintenance = MaintenanceService(database)
    assert maintenance.check_integrity(ADMIN).ok
    assert maintenance.verify_audit_chain(ADMIN) is None


def test_a_broken_audit_chain_is_named_by_a_coded_message(database: Database) -> None:
    """The screen says which event broke in the user's language, so the service gives a code
    and the event's number, not an English sentence."""
    PatientService(database).register(FRONT_DESK, aisha())
    drop = (
        "DROP TRIGGER audit_events_no_update"
        if database.kind == "sqlite"
        else "DROP TRIGGER audit_events_append_only ON audit_events"
    )
    first = select(func.min(AuditEvent.id))
    with database.engine.begin() as connection:
        connection.exec_driver_sql(drop)
        event = connection.execute(first).scalar_one()
        row = AuditEvent.id == event
        after = connection.execute(select(AuditEvent.after).where(row)).scalar_one() or {}
        connection.execute(update(AuditEvent).where(row).values(after={**after, "x": 1}))
    broken = MaintenanceService(database).verify_audit_chain(ADMIN)
    assert broken == Message("audit.chain_altered", {"id": event})
    assert english(broken) == f"audit event {event} was altered after it was written"


def test_backup_now_writes_a_verified_copy_and_audits_it(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    admin = UserService(database).create_first_admin("salma", "Dr Salma", "Clinic-pass-2026")
    actor = Actor(admin.id, admin.role)
    done = MaintenanceService(database).backup_now(actor, tmp_path / "copy.sqlite3")
    assert Path(done.path).exists() and done.bytes > 0
    newest = MaintenanceService(database).audit_page(actor, limit=1).rows[0]
    assert (newest.action, newest.user) == ("backup.create", "Dr Salma")
    database.dispose()


def test_front_desk_cannot_take_backups(sqlite_url: str, tmp_path: Path) -> None:
    database = open_staffed(sqlite_url)
    with pytest.raises(PermissionDeniedError):
        MaintenanceService(database).backup_now(FRONT_DESK, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    database.dispose()


def test_changed_fields_ignore_bookkeeping() -> None:
    assert changed_fields({"a": 1, "version": 1}, {"a": 2, "version": 2}) == ("a",)
    assert changed_fields(None, {"b": 1, "a": 1}) == ()
    assert changed_fields({"a": 1}, {"a": 1}) == ()
