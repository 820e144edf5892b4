"""check_database and check_sqlite_file find real damage in real files, none in a clean one."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from scardesk.db.engine import Database, open_database, sqlite_file_of
from scardesk.db.integrity import check_database, check_sqlite_file
from scardesk.db.models import AuditEvent, Patient
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.time import utc_now


def seed_patients(database: Database, count: int) -> None:
    with UnitOfWork(database, SYSTEM, "test.seed") as uow:
        for number in range(count):
            now = utc_now()
            uow.session.add(
                Patient(
                    name_latin=f"Patient {number}",
                    date_of_birth=date(1990, 1, 1 + number % 28),
                    sex="female",
                    created_at=now,
                    updated_at=now,
                )
            )


@pytest.fixture
def clinic_file(sqlite_url: str) -> Path:
    """A closed SQLite clinic database with 40 patients (and 40 audit events)."""
    database = open_database(sqlite_url)
    seed_patients(database, 40)
    database.dispose()
    path = sqlite_file_of(sqlite_url)
    assert path is not None
    return path


@pytest.fixture
def reopened(clinic_file: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{clinic_file}")
    yield database
    database.dispose()


def raw_edit(path: Path, *statements: str) -> None:
    """Change the file behind ScarDesk's back, as a person with a DB browser could."""
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_clean_database_checks_ok(database_url: str) -> None:
    database = open_database(database_url)
    try:
        seed_patients(database, 5)
        report = check_database(database)
    finally:
        database.dispose()
    assert report.ok, report.describe()
    assert report.problems == ()


def test_altered_audit_row_is_reported_on_both_backends(database_url: str) -> None:
    database = open_database(database_url)
    try:
        seed_patients(database, 5)
        drop = (
            "DROP TRIGGER audit_events_no_update"
            if database.kind == "sqlite"
            else "DROP TRIGGER audit_events_append_only ON audit_events"
        )
        with database.engine.begin() as connection:
            connection.exec_driver_sql(drop)
            third = AuditEvent.id == 3
            after = connection.execute(select(AuditEvent.after).where(third)).scalar_one()
            altered = {**after, "name_latin": "Someone else"}
            connection.execute(update(AuditEvent).where(third).values(after=altered))
        report = check_database(database)
    finally:
        database.dispose()
    # The edit itself, and the trigger that would have stopped it being gone.
    assert report.problems[0] == (
        "The audit trail has been tampered with: [edited event] Audit event 3 was changed after "
        "it was written (its content no longer matches its hash)."
    )
    assert "[missing trigger]" in report.problems[1]


def test_clean_file_checks_ok_and_is_left_untouched(clinic_file: Path) -> None:
    before = hashlib.sha256(clinic_file.read_bytes()).hexdigest()
    report = check_sqlite_file(clinic_file)
    assert report.ok, report.describe()
    assert hashlib.sha256(clinic_file.read_bytes()).hexdigest() == before
    # The seal was written by the saves that made the file; the check added nothing.
    assert sorted(p.name for p in clinic_file.parent.iterdir()) == [
        clinic_file.name,
        clinic_file.name + ".seal",
    ]


def test_altered_audit_row_in_a_file_is_reported(clinic_file: Path) -> None:
    raw_edit(
        clinic_file,
        "DROP TRIGGER audit_events_no_update",
        "UPDATE audit_events SET after = json_set(after, '$.name_latin', 'X') WHERE id = 7",
    )
    report = check_sqlite_file(clinic_file)
    assert not report.ok
    assert report.problems[0] == (
        "The audit trail has been tampered with: [edited event] Audit event 7 was changed after "
        "it was written (its content no longer matches its hash)."
    )


def test_deleted_audit_row_is_reported(clinic_file: Path) -> None:
    raw_edit(
        clinic_file,
        "DROP TRIGGER audit_events_no_delete",
        "DELETE FROM audit_events WHERE id = 12",
    )
    report = check_sqlite_file(clinic_file)
    assert "[deleted event] Audit event 12 is missing" in report.problems[0]


def test_tampering_is_reported_by_check_database_on_an_open_database(clinic_file: Path) -> None:
    raw_edit(
        clinic_file,
        "DROP TRIGGER audit_events_no_delete",
        "DELETE FROM audit_events WHERE id = 1",
    )
    database = open_database(f"sqlite:///{clinic_file}")
    try:
        report = check_database(database)
    finally:
        database.dispose()
    assert "[deleted event] Audit event 1 is missing" in report.problems[0]


def test_garbage_in_middle_pages_fails_integrity_check(clinic_file: Path) -> None:
    with clinic_file.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    report = check_sqlite_file(clinic_file)
    assert not report.ok
    # Depending on which page the junk hits, SQLite lists the damage or cannot finish at all.
    assert "integrity check" in report.problems[0]
    assert "scardesk restore FILE" in report.problems[0]


def test_foreign_key_violation_is_reported(clinic_file: Path) -> None:
    raw_edit(
        clinic_file,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO region_scar_counts (assessment_id, region, scar_type, count) "
        "VALUES (9999, 'left_cheek', 'boxcar', 3)",
    )
    report = check_sqlite_file(clinic_file)
    assert report.problems[0] == (
        "region_scar_counts: 1 row refers to assessments rows that do not exist "
        "(a broken foreign key)."
    )
    # Written by SQL, not by ScarDesk: the audit check sees that too.
    assert "[unaudited row]" in report.problems[1]


def test_foreign_key_violation_is_reported_by_check_database(
    clinic_file: Path, reopened: Database
) -> None:
    raw_edit(
        clinic_file,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO region_scar_counts (assessment_id, region, scar_type, count) "
        "VALUES (42, 'forehead', 'icepick', 1)",
    )
    report = check_database(reopened)
    assert "region_scar_counts: 1 row refers to assessments" in report.problems[0]
    assert "[unaudited row]" in report.problems[1]


def test_schema_from_a_newer_scardesk_is_reported(clinic_file: Path) -> None:
    raw_edit(clinic_file, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    report = check_sqlite_file(clinic_file)
    assert report.problems == (
        "The database was written by a newer version of ScarDesk (schema 9999_from_the_future); "
        "install that version to use it.",
    )


def test_database_without_schema_revision_must_be_upgraded(
    clinic_file: Path, reopened: Database
) -> None:
    raw_edit(clinic_file, "DELETE FROM alembic_version")
    report = check_database(reopened)
    assert report.problems == ("The database has no schema revision: run `scardesk db upgrade`.",)


def test_sqlite_file_of_another_program_is_reported(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite3"
    raw_edit(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    report = check_sqlite_file(other)
    assert report.problems == ("This is not a ScarDesk database (it has no schema revision).",)


def test_file_that_is_not_sqlite_is_reported(tmp_path: Path) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 5000)
    report = check_sqlite_file(other)
    assert report.problems == (
        f"{other} is not an SQLite database (or its first page is damaged).",
    )


def test_missing_file_is_reported(tmp_path: Path) -> None:
    report = check_sqlite_file(tmp_path / "nowhere.sqlite3")
    assert not report.ok
    assert "does not exist" in report.problems[0]


def test_copy_taken_with_a_live_wal_points_at_the_wal(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    try:
        seed_patients(database, 3)
        path = database.sqlite_path()
        assert path is not None
        report = check_sqlite_file(path)  # the main file alone, its changes still in -wal
    finally:
        database.dispose()
    assert not report.ok
    assert "clinic.sqlite3-wal lies beside it" in report.problems[-1]
