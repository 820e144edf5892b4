"""Booking, moving, cancelling and the day list, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scardesk.db.engine import Database
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.enums import AppointmentStatus
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.time import MUSCAT
from scardesk.services.appointments import AppointmentService
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, add_user_row, aisha

NINE_MUSCAT = datetime(2026, 3, 10, 9, 0, tzinfo=MUSCAT)


def add_user(database: Database, name: str, role: str = "practitioner") -> int:
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        return add_user_row(uow.session, name, f"Dr {name}", role)


@pytest.fixture
def clinic(database: Database) -> tuple[AppointmentService, int, int]:
    # Users 1–3 (the ADMIN/FRONT_DESK/PRACTITIONER test actors) come with the database.
    practitioner = add_user(database, "salma")
    patient, _ = PatientService(database).register(SYSTEM, aisha())
    return AppointmentService(database), patient.id, practitioner


def book(clinic, start: datetime = NINE_MUSCAT, minutes: int = 30):
    service, patient_id, practitioner = clinic
    form = AppointmentInput(patient_id, practitioner, start, minutes, ("microneedling",))
    return service.book(FRONT_DESK, form)


def test_booking_stores_utc_and_reports_the_patient_and_appointment(clinic) -> None:
    record, warnings, changes = book(clinic)
    assert record.starts_at == NINE_MUSCAT and record.starts_at.utcoffset() == timedelta(0)
    assert record.status is AppointmentStatus.BOOKED and warnings == []
    assert changes.appointments == {record.id} and changes.patients == {record.patient_id}


def test_an_overlapping_booking_is_saved_with_a_warning(clinic) -> None:
    first, _, _ = book(clinic, minutes=60)
    second, warnings, _ = book(clinic, NINE_MUSCAT + timedelta(minutes=30))
    assert [w.appointment_id for w in warnings] == [first.id]
    assert second.id != first.id


def test_a_back_to_back_booking_gives_no_warning(clinic) -> None:
    book(clinic)
    _, warnings, _ = book(clinic, NINE_MUSCAT + timedelta(minutes=30))
    assert warnings == []


def test_a_cancelled_booking_no_longer_overlaps(clinic) -> None:
    service = clinic[0]
    first, _, _ = book(clinic)
    service.cancel(FRONT_DESK, first.id, first.version, "patient travelling")
    assert service.overlaps(FRONT_DESK, clinic[2], NINE_MUSCAT, 30) == []


def test_moving_checks_the_version_and_rewarns(clinic) -> None:
    service = clinic[0]
    first, _, _ = book(clinic)
    later, _, _ = book(clinic, NINE_MUSCAT + timedelta(hours=2))
    moved, warnings, _ = service.move(FRONT_DESK, later.id, later.version, NINE_MUSCAT)
    assert moved.starts_at == NINE_MUSCAT and [w.appointment_id for w in warnings] == [first.id]
    with pytest.raises(ConflictError):
        service.move(FRONT_DESK, later.id, later.version, NINE_MUSCAT + timedelta(hours=3))


def test_cancel_needs_a_reason_and_keeps_it(clinic) -> None:
    service = clinic[0]
    record, _, _ = book(clinic)
    with pytest.raises(ValidationError):
        service.cancel(FRONT_DESK, record.id, record.version, "  ")
    cancelled, _ = service.cancel(FRONT_DESK, record.id, record.version, "unwell")
    assert (cancelled.status, cancelled.cancel_reason) == (AppointmentStatus.CANCELLED, "unwell")


def test_arrival_then_done_and_no_arrival_after_cancel(clinic) -> None:
    service = clinic[0]
    record, _, _ = book(clinic)
    arrived, _ = service.mark_arrived(FRONT_DESK, record.id, record.version)
    done, _ = service.mark_done(FRONT_DESK, arrived.id, arrived.version)
    assert done.status is AppointmentStatus.DONE
    other, _, _ = book(clinic, NINE_MUSCAT + timedelta(hours=1))
    cancelled, _ = service.cancel(FRONT_DESK, other.id, other.version, "rebooked")
    with pytest.raises(ValidationError):
        service.mark_arrived(FRONT_DESK, cancelled.id, cancelled.version)


def test_no_show_is_recorded(clinic) -> None:
    record, _, _ = book(clinic)
    missed, _ = clinic[0].mark_no_show(FRONT_DESK, record.id, record.version)
    assert missed.status is AppointmentStatus.NO_SHOW


def test_a_user_who_is_not_a_practitioner_cannot_be_booked(database, clinic) -> None:
    desk = add_user(database, "desk2", role="front_desk")
    form = AppointmentInput(clinic[1], desk, NINE_MUSCAT, 30)
    with pytest.raises(ValidationError, match="practitioner"):
        clinic[0].book(FRONT_DESK, form)


def test_day_list_uses_the_muscat_day_not_the_utc_day(clinic) -> None:
    early = datetime(2026, 3, 10, 0, 30, tzinfo=MUSCAT)  # 20:30 UTC on the 9th
    late = datetime(2026, 3, 10, 23, 30, tzinfo=MUSCAT)
    book(clinic, late)
    book(clinic, early)
    book(clinic, datetime(2026, 3, 11, 0, 0, tzinfo=MUSCAT))
    day = clinic[0].day_list(FRONT_DESK, date(2026, 3, 10))
    assert [r.starts_at for r in day] == [early, late]
    assert day[0].practitioner_name == "Dr salma" and day[0].patient_name_latin


def test_day_list_filters_by_practitioner(database, clinic) -> None:
    other = add_user(database, "noor")
    book(clinic)
    clinic[0].book(FRONT_DESK, AppointmentInput(clinic[1], other, NINE_MUSCAT, 30))
    day = clinic[0].day_list(FRONT_DESK, date(2026, 3, 10), practitioner_id=other)
    assert [r.practitioner_id for r in day] == [other]


def test_booking_needs_a_stored_user(clinic) -> None:
    from scardesk.db.unit_of_work import Actor

    form = AppointmentInput(clinic[1], clinic[2], NINE_MUSCAT, 30)
    for nobody in (Actor(99, None), Actor(99, FRONT_DESK.role), Actor(None, None)):
        with pytest.raises(PermissionDeniedError):
            clinic[0].book(nobody, form)


def test_starts_are_returned_as_aware_utc(clinic) -> None:
    record, _, _ = book(clinic)
    assert clinic[0].get(FRONT_DESK, record.id).starts_at.tzinfo is not None
    assert record.starts_at.astimezone(UTC).hour == 5
