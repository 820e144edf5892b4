"""Saving a session closes the visit it belongs to, in the same transaction."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, TreatmentSession
from scardesk.domain.errors import ValidationError
from scardesk.services.appointments import AppointmentService
from scardesk.services.sessions import SessionService
from tests.helpers import PRACTITIONER, count
from tests.services.session_fixtures import (
    NOW,
    TODAY,
    Clinic,
    combined_session,
    make_clinic,
    toxin_entry,
)


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _book(database: Database, patient_id: int, at: datetime, status: str = "booked") -> int:
    with database.engine.begin() as connection:
        return int(
            connection.execute(
                insert(Appointment).returning(Appointment.id),
                {
                    "patient_id": patient_id,
                    "practitioner_id": 3,
                    "starts_at": at,
                    "status": status,
                    "created_by_id": 2,
                    "created_at": at - timedelta(days=3),
                    "planned_modalities": ["toxin"],
                },
            ).scalar_one()
        )


def _status(database: Database, appointment_id: int) -> str:
    with database.sessions() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        return row.status


def _linked(database: Database, session_id: int) -> int | None:
    with database.sessions() as session:
        row = session.get(TreatmentSession, session_id)
        assert row is not None
        return row.appointment_id


def test_a_session_from_the_appointment_closes_and_links_it(
    database: Database, clinic: Clinic
) -> None:
    booked = _book(database, clinic.patient_id, NOW, status="arrived")
    record, *_, changes = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic), appointment_id=booked
    )
    assert _status(database, booked) == "done"
    assert _linked(database, record.id) == booked == record.appointment_id
    assert booked in changes.appointments
    [today] = AppointmentService(database).day_list(PRACTITIONER, TODAY)
    assert today.status.value == "done"


def test_a_session_from_the_patient_file_closes_that_days_visit(
    database: Database, clinic: Clinic
) -> None:
    yesterday = _book(database, clinic.patient_id, NOW - timedelta(days=1))
    later = _book(database, clinic.patient_id, NOW + timedelta(hours=5))
    arrived = _book(database, clinic.patient_id, NOW - timedelta(hours=1), status="arrived")
    record, *_, changes = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    assert _linked(database, record.id) == arrived
    assert [_status(database, a) for a in (yesterday, later, arrived)] == [
        "booked",
        "booked",
        "done",
    ]
    assert changes.appointments == frozenset({arrived})


def test_without_a_visit_that_day_nothing_is_closed(database: Database, clinic: Clinic) -> None:
    missed = _book(database, clinic.patient_id, NOW - timedelta(hours=2), status="no_show")
    record, *_, changes = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    assert _linked(database, record.id) is None
    assert _status(database, missed) == "no_show"
    assert changes.appointments == frozenset()


def test_a_refused_save_leaves_the_appointment_open(database: Database, clinic: Clinic) -> None:
    booked = _book(database, clinic.patient_id, NOW)
    expired = toxin_entry(clinic, lot_id=clinic.expired_lot_id)
    bad = combined_session(clinic, modalities=(expired,))
    with pytest.raises(ValidationError, match="lot_id"):
        SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, bad, appointment_id=booked
        )
    assert _status(database, booked) == "booked"
    assert count(database, TreatmentSession) == 0
