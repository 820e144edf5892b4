"""Revision 0016 drops the patients' indexes no query reads; every lookup still reads one."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import Connection, Select, inspect, select, text

from scardesk.db import schema
from scardesk.db.engine import Database
from scardesk.db.models import Patient

_DROPPED = {"ix_patients_search_text", "ix_patients_date_of_birth"}
_PLAIN = {"ix_patients_phone", "ix_patients_civil_number"}
_RENAMED_ON_POSTGRESQL = {"patient_search_phone_exact", "patient_search_civil_exact"}

LOOKUPS: dict[str, Select] = {
    # The duplicate check's three conditions (services.search), one at a time and together.
    "phone": select(Patient.id).where(Patient.phone == "+96891234567"),
    "civil number": select(Patient.id).where(Patient.civil_number == "12345678"),
    "date of birth": select(Patient.id).where(Patient.date_of_birth == date(1990, 5, 1)),
    "any of the three": select(Patient.id).where(
        (Patient.phone == "+96891234567")
        | (Patient.civil_number == "12345678")
        | (Patient.date_of_birth == date(1990, 5, 1))
    ),
    # The one-registration-per-document check (services.patients.document_holder).
    "document holder": select(Patient.id).where(
        Patient.document_type == "civil_id",
        Patient.civil_number == "12345678",
        Patient.merged_into_id.is_(None),
        Patient.duplicate_of_id.is_(None),
    ),
}


def _indexes(database: Database) -> set[str]:
    return {str(index["name"]) for index in inspect(database.engine).get_indexes("patients")}


def _plan(connection: Connection, query: Select) -> str:
    compiled = query.compile(connection, compile_kwargs={"literal_binds": True})
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        return "\n".join(str(row[-1]) for row in rows)
    # A handful of rows would be read whole anyway: ask what it does when it may not.
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    return "\n".join(str(row[0]) for row in connection.exec_driver_sql(f"EXPLAIN {compiled}"))


def test_only_the_unread_indexes_are_gone(database: Database) -> None:
    indexes = _indexes(database)
    assert not indexes & _DROPPED
    assert not indexes & _PLAIN
    assert {"patient_search_phone", "patient_search_civil", "patient_search_birth"} <= indexes
    if database.kind == "postgresql":
        assert indexes >= _RENAMED_ON_POSTGRESQL


@pytest.mark.parametrize("lookup", LOOKUPS)
def test_each_lookup_of_a_patient_by_number_or_birth_date_still_reads_an_index(
    database: Database, lookup: str
) -> None:
    with database.engine.begin() as connection:
        plan = _plan(connection, LOOKUPS[lookup])
    assert "INDEX" in plan.upper(), plan
    assert "SCAN patients" not in plan and "Seq Scan" not in plan, plan


def test_going_back_to_0015_builds_them_again_and_forward_drops_them(database: Database) -> None:
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0015")
    assert _indexes(database) >= _DROPPED | _PLAIN
    assert not _indexes(database) & _RENAMED_ON_POSTGRESQL
    schema.upgrade(database.engine)
    assert not _indexes(database) & (_DROPPED | _PLAIN)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM patients")).scalar() == 0
