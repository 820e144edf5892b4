"""One identity document, one registration; a refused document writes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Patient
from scardesk.domain.errors import DuplicateDocumentError, ValidationError
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService
from tests.helpers import FRONT_DESK, aisha, audit_count, count


def _other(**overrides: str):
    values = {"name_latin": "Mona Said", "name_arabic": "", "phone": "9765 4321"}
    values.update(overrides)
    return aisha(**values)


def test_the_same_document_cannot_be_registered_twice(database: Database) -> None:
    service = PatientService(database)
    first, _ = service.register(FRONT_DESK, aisha())
    before = audit_count(database)
    with pytest.raises(DuplicateDocumentError) as raised:
        service.register(FRONT_DESK, _other(civil_number="1234-5678"))
    assert raised.value.patient_id == first.id
    assert f"file #{first.id}" in raised.value.field_errors["civil_number"]
    assert (count(database, Patient), audit_count(database)) == (1, before)


def test_a_passport_typed_another_way_is_still_the_same_document(database: Database) -> None:
    service = PatientService(database)
    first, _ = service.register(
        FRONT_DESK, aisha(civil_number="K1234567", document_type="passport")
    )
    with pytest.raises(DuplicateDocumentError) as raised:
        service.register(FRONT_DESK, _other(civil_number="k 123 4567", document_type="passport"))
    assert raised.value.patient_id == first.id


def test_the_same_number_on_another_type_of_document_is_another_document(
    database: Database,
) -> None:
    service = PatientService(database)
    service.register(FRONT_DESK, aisha())
    second, _ = service.register(FRONT_DESK, _other(document_type="resident_card"))
    assert second.data.civil_number == "12345678"


def test_an_archived_holder_still_holds_the_document(database: Database) -> None:
    service = PatientService(database)
    first, _ = service.register(FRONT_DESK, aisha())
    service.archive(FRONT_DESK, first.id, first.version, "moved abroad")
    with pytest.raises(DuplicateDocumentError):
        service.register(FRONT_DESK, _other())


def test_an_edit_cannot_take_another_patients_document(database: Database) -> None:
    service = PatientService(database)
    first, _ = service.register(FRONT_DESK, aisha())
    second, _ = service.register(FRONT_DESK, _other(civil_number="87654321"))
    with pytest.raises(DuplicateDocumentError) as raised:
        service.update(FRONT_DESK, second.id, second.version, _other(civil_number="12345678"))
    assert raised.value.patient_id == first.id
    assert service.get(FRONT_DESK, second.id).data.civil_number == "87654321"


def test_a_passport_number_finds_its_patient_from_its_first_characters(
    database: Database,
) -> None:
    record, _ = PatientService(database).register(
        FRONT_DESK, aisha(civil_number="K1234567", document_type="passport")
    )
    search = PatientSearchService(database)
    for typed in ("k1234", "K1234567"):
        assert [row.id for row in search.search(FRONT_DESK, typed).rows] == [record.id]
    assert search.search(FRONT_DESK, "K9999").rows == ()


_BAD = st.one_of(
    st.tuples(st.just("passport"), st.sampled_from(["K12", "K1234567890123456789012", "K12@45"])),
    st.tuples(
        st.sampled_from(["omani_id", "resident_card"]), st.sampled_from(["K1234567", "1" * 16])
    ),
    st.tuples(st.just("gcc_id"), st.sampled_from(["12345678", "1" * 16, "784-1990-AB"])),
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bad=_BAD)
def test_an_invalid_document_gets_a_field_message_and_writes_nothing(
    database: Database, bad: tuple[str, str]
) -> None:
    kind, number = bad
    before = audit_count(database)
    with pytest.raises(ValidationError) as raised:
        PatientService(database).register(
            FRONT_DESK, aisha(civil_number=number, document_type=kind)
        )
    assert set(raised.value.field_errors) == {"civil_number"}
    assert (count(database, Patient), audit_count(database)) == (0, before)


def test_a_registration_that_loses_a_race_names_the_winner(database: Database) -> None:
    """Two desks register one card at once: the index stops the second, which is told where
    the first went. (SQLite lets one writer at a time, so there the race cannot happen.)"""
    if database.kind == "sqlite":
        pytest.skip("SQLite serialises writers: the check and the write cannot be split")
    winner: list[int] = []

    def other_desk_saves_first(session: Session, _context: object, _instances: object) -> None:
        if winner:
            return
        with database.engine.begin() as connection:  # another workstation, committed
            row = {**_ROW, "civil_number": "12345678", "document_type": "omani_id"}
            winner.append(
                connection.execute(insert(Patient).returning(Patient.id), row).scalar_one()
            )

    event.listen(Session, "before_flush", other_desk_saves_first)
    try:
        with pytest.raises(DuplicateDocumentError) as raised:
            PatientService(database).register(FRONT_DESK, aisha())
    finally:
        event.remove(Session, "before_flush", other_desk_saves_first)
    assert raised.value.patient_id == winner[0]
    assert count(database, Patient) == 1


_ROW = {
    "name_latin": "Other Desk",
    "name_arabic": "",
    "search_text": "other desk",
    "date_of_birth": date(1990, 1, 1),
    "sex": "female",
    "is_demo": False,
    "created_at": datetime(2026, 1, 1, tzinfo=UTC),
    "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
    "version": 1,
}
