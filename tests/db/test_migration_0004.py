"""Revision 0004 on a clinic that already holds two records with one document."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from scardesk.db import schema
from scardesk.db.engine import open_database
from scardesk.db.models import Appointment, Base, Patient
from scardesk.db.search_index import include_name, include_object
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService
from tests.helpers import ADMIN, add_staff, aisha

_INSERT = text(
    "INSERT INTO patients (id, name_latin, name_arabic, search_text, date_of_birth, sex, "
    "civil_number, document_type, is_demo, created_at, updated_at, version) VALUES "
    "(:id, :name, '', :search, :dob, 'female', :number, :type, :demo, :at, :at, 1)"
)


def _old_patient(pid: int, number: str | None, kind: str | None, name: str = "Mona Said") -> dict:
    return {
        "id": pid,
        "name": name,
        "search": name.lower(),
        "dob": datetime(1990, 1, pid % 28 + 1).date(),
        "number": number,
        "type": kind,
        "demo": False,
        "at": datetime(2025, 1, 1, tzinfo=UTC),
    }


@pytest.fixture
def at_0003(database_url: str):
    database = open_database(database_url, upgrade=False)
    schema.upgrade(database.engine, "0003")
    rows = [
        _old_patient(1, "12345678", "omani_id"),
        _old_patient(2, "12345678", "omani_id"),  # the same card, registered twice
        _old_patient(3, "12345678", "omani_id"),
        _old_patient(4, "12345678", "resident_card"),  # another type: another document
        _old_patient(5, "87654321", "omani_id"),
        _old_patient(6, None, None),
        _old_patient(7, "555", None),  # a number without its type: not a document key
        _old_patient(8, "555", None),
    ]
    with database.engine.begin() as connection:
        connection.execute(_INSERT, rows)
        if connection.dialect.name == "postgresql":  # rows were given their ids
            connection.execute(text("SELECT setval('patients_id_seq', 100)"))
    yield database
    database.dispose()


def _patients(database) -> dict[int, tuple]:
    columns = (
        Patient.id,
        Patient.civil_number,
        Patient.document_type,
        Patient.duplicate_of_id,
        Patient.merged_into_id,
        Patient.version,
    )
    with database.sessions() as session:
        found = session.execute(select(*columns).order_by(Patient.id))
        return {row[0]: tuple(row[1:]) for row in found}


def test_later_holders_of_one_document_are_marked_and_nothing_else_changes(at_0003) -> None:
    schema.upgrade(at_0003.engine)
    assert schema.is_current(at_0003.engine)
    rows = _patients(at_0003)
    assert {pid: row[2] for pid, row in rows.items()} == {
        1: None,
        2: 1,
        3: 1,
        4: None,
        5: None,
        6: None,
        7: None,
        8: None,
    }
    # Numbers, types and versions are as they were; nobody was merged.
    assert [row[:2] for row in rows.values()] == [
        ("12345678", "omani_id"),
        ("12345678", "omani_id"),
        ("12345678", "omani_id"),
        ("12345678", "resident_card"),
        ("87654321", "omani_id"),
        (None, None),
        ("555", None),
        ("555", None),
    ]
    assert all(row[3] is None and row[4] == 1 for row in rows.values())


def test_after_the_upgrade_the_database_refuses_a_second_live_holder(at_0003) -> None:
    schema.upgrade(at_0003.engine)
    with pytest.raises(IntegrityError), at_0003.engine.begin() as connection:
        connection.execute(_INSERT, _old_patient(9, "87654321", "omani_id"))
    with at_0003.engine.begin() as connection:  # a passport with those digits is another document
        connection.execute(_INSERT, _old_patient(9, "87654321", "passport"))


def test_the_search_index_still_follows_new_patients_after_the_upgrade(at_0003) -> None:
    schema.upgrade(at_0003.engine)
    add_staff(at_0003)
    PatientService(at_0003).register(ADMIN, aisha(civil_number="24681357"))
    found = PatientSearchService(at_0003).search(ADMIN, "aisha")
    assert [row.name_latin for row in found.rows] == ["Aisha Al Balushi"]


def test_downgrading_and_upgrading_again_keeps_every_row_and_link(at_0003) -> None:
    schema.upgrade(at_0003.engine)
    add_staff(at_0003)
    with at_0003.sessions() as session, session.begin():
        session.add(
            Appointment(
                patient_id=2,
                practitioner_id=3,
                starts_at=datetime(2026, 1, 5, 6, tzinfo=UTC),
                created_by_id=1,
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
            )
        )
    with at_0003.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0003")
    assert schema.current_revision(at_0003.engine) == "0003"
    schema.upgrade(at_0003.engine)
    assert len(_patients(at_0003)) == 8
    with at_0003.sessions() as session:
        assert session.scalar(select(Appointment.patient_id)) == 2
    found = PatientSearchService(at_0003).search(ADMIN, "mona", include_archived=True)
    assert len(found.rows) == 8
    with at_0003.engine.connect() as connection:
        opts = {"include_name": include_name, "include_object": include_object}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
        if connection.dialect.name == "sqlite":
            assert list(connection.exec_driver_sql("PRAGMA foreign_key_check")) == []
