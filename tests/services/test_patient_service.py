"""Patients through the service: validation, permissions, archive; bad input changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scardesk.db.engine import Database
from scardesk.db.models import Patient
from scardesk.db.unit_of_work import Actor
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.records import PatientInput
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, FRONT_DESK, aisha, audit_count, count, open_staffed


def test_registration_normalises_phone_and_fills_the_search_text(database: Database) -> None:
    record, changes = PatientService(database).register(FRONT_DESK, aisha(phone="+968 9123 4567"))
    assert record.data.phone == "+96891234567"
    assert changes.patients == {record.id}
    with database.sessions() as session:
        row = session.get(Patient, record.id)
        assert row is not None
        assert "عايشه" in row.search_text and "aisha" in row.search_text


def test_invalid_input_names_every_bad_field_and_saves_nothing(database: Database) -> None:
    bad = aisha(phone="12", date_of_birth="31/02/1990", email="not-an-email")
    events_before = audit_count(database)
    with pytest.raises(ValidationError) as raised:
        PatientService(database).register(FRONT_DESK, bad)
    assert {"phone", "date_of_birth", "email"} <= raised.value.field_errors.keys()
    assert count(database, Patient) == 0
    assert audit_count(database) == events_before


def test_a_role_without_the_permission_is_denied(database: Database) -> None:
    nobody = Actor(user_id=9, role=None)
    with pytest.raises(PermissionDeniedError):
        PatientService(database).register(nobody, aisha())
    assert count(database, Patient) == 0


def test_archive_needs_a_reason_and_restore_brings_the_patient_back(database: Database) -> None:
    service = PatientService(database)
    record, _ = service.register(FRONT_DESK, aisha())
    with pytest.raises(ValidationError, match="reason"):
        service.archive(FRONT_DESK, record.id, record.version, "   ")
    archived, _ = service.archive(FRONT_DESK, record.id, record.version, "duplicate record")
    assert archived.archived_at is not None and archived.archive_reason == "duplicate record"
    restored, _ = service.restore(FRONT_DESK, archived.id, archived.version)
    assert restored.archived_at is None
    assert count(database, Patient) == 1


def test_archiving_a_stale_copy_is_a_conflict(database: Database) -> None:
    service = PatientService(database)
    record, _ = service.register(ADMIN, aisha())
    service.update(ADMIN, record.id, record.version, aisha(name_latin="Aisha Said"))
    with pytest.raises(ConflictError):
        service.archive(ADMIN, record.id, record.version, "moved abroad")
    assert service.get(ADMIN, record.id).archived_at is None


_text = st.text(max_size=40)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    form=st.builds(
        PatientInput,
        name_latin=_text,
        name_arabic=_text,
        date_of_birth=st.one_of(_text, st.dates().map(lambda d: d.strftime("%d/%m/%Y"))),
        sex=st.sampled_from(["female", "male", "", "x"]),
        civil_number=_text,
        document_type=st.sampled_from(["omani_id", "passport", "", "card"]),
        phone=st.one_of(_text, st.from_regex(r"[79][0-9]{7}", fullmatch=True)),
        email=_text,
    )
)
def test_any_input_is_saved_whole_or_refused_without_a_trace(
    tmp_path: Path, form: PatientInput
) -> None:
    database = open_staffed(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    before = (count(database, Patient), audit_count(database))
    try:
        PatientService(database).register(FRONT_DESK, form)
    except ValidationError as error:
        assert error.field_errors and all(error.field_errors.values())
        assert (count(database, Patient), audit_count(database)) == before
    else:
        assert (count(database, Patient), audit_count(database)) == (before[0] + 1, before[1] + 1)
    finally:
        database.dispose()
