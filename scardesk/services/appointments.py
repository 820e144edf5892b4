"""Booking, moving, cancelling and checking in appointments; the day list.

Every change takes the version the user saw (a stale click is a ConflictError, nothing is
overwritten). Overlapping bookings of one practitioner are returned as warnings beside the
saved record: the desk decides, the service does not refuse.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.decoding import reading
from scardesk.db.engine import Database
from scardesk.db.models import Appointment, Patient, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.codecs import decode_planned, encode_planned
from scardesk.domain.enums import AppointmentStatus, Modality, Role
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.domain.scheduling import (
    ACTIVE_STATUSES,
    MAX_DURATION,
    AppointmentInput,
    AppointmentRecord,
    OverlapWarning,
    Slot,
    check_transition,
    find_overlaps,
    muscat_day_range,
    validate_booking,
)
from scardesk.domain.text_hygiene import TextKind
from scardesk.domain.time import utc_now
from scardesk.domain.validation import format_phone_display, validate_free_text, validate_reason
from scardesk.services.access import check

_ACTIVE = [status.value for status in ACTIVE_STATUSES]


class AppointmentService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def book(
        self, actor: Actor, form: AppointmentInput
    ) -> tuple[AppointmentRecord, list[OverlapWarning], Changes]:
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        starts_at, minutes, modalities = validate_booking(form)
        notes = validate_free_text(form.notes, "notes", 500, TextKind.NOTES)
        with UnitOfWork(self._db, actor, "appointment.book") as uow:
            patient = uow.session.get(Patient, form.patient_id)
            if patient is None:
                raise NotFoundError(Message("not_found.patient", {"id": form.patient_id}))
            if patient.archived_at is not None:
                raise ValidationError({"patient_id": Message("patient.archived_restore_first")})
            _practitioner(uow.session, form.practitioner_id)
            row = Appointment(
                patient_id=form.patient_id,
                practitioner_id=form.practitioner_id,
                starts_at=starts_at.astimezone(UTC),
                duration_minutes=minutes,
                planned_modalities=encode_planned(modalities),
                status=AppointmentStatus.BOOKED.value,
                is_toxin_review=form.is_toxin_review,
                notes=notes,
                created_by_id=actor.user_id if actor.user_id is not None else form.practitioner_id,
                created_at=utc_now(),
            )
            uow.session.add(row)
            uow.session.flush()
            warnings = _overlaps(uow.session, row)
            record = _record(uow.session, row)
        return record, warnings, _changes(record)

    def move(
        self,
        actor: Actor,
        appointment_id: int,
        expected_version: int,
        starts_at: datetime,
        *,
        duration_minutes: int | None = None,
        practitioner_id: int | None = None,
    ) -> tuple[AppointmentRecord, list[OverlapWarning], Changes]:
        """Reschedule a booked appointment (time, and optionally length or practitioner)."""
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        with UnitOfWork(self._db, actor, "appointment.move") as uow:
            row = uow.get_for_update(Appointment, appointment_id, expected_version)
            if row.status != AppointmentStatus.BOOKED.value:
                raise ValidationError(
                    {"starts_at": Message("appointment.cannot_move", {"status": row.status})}
                )
            form = AppointmentInput(
                patient_id=row.patient_id,
                practitioner_id=practitioner_id or row.practitioner_id,
                starts_at=starts_at,
                duration_minutes=duration_minutes or row.duration_minutes,
                planned_modalities=tuple(m.value for m in _planned(row)),
            )
            new_start, minutes, _ = validate_booking(form)
            if practitioner_id is not None:
                _practitioner(uow.session, practitioner_id)
                row.practitioner_id = practitioner_id
            row.starts_at = new_start.astimezone(UTC)
            row.duration_minutes = minutes
            uow.session.flush()
            warnings = _overlaps(uow.session, row)
            record = _record(uow.session, row)
        return record, warnings, _changes(record)

    def cancel(
        self, actor: Actor, appointment_id: int, expected_version: int, reason: str
    ) -> tuple[AppointmentRecord, Changes]:
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        clean = validate_reason(reason)
        return self._set_status(
            actor, appointment_id, expected_version, AppointmentStatus.CANCELLED, clean
        )

    def mark_arrived(
        self, actor: Actor, appointment_id: int, expected_version: int
    ) -> tuple[AppointmentRecord, Changes]:
        return self._set_status(actor, appointment_id, expected_version, AppointmentStatus.ARRIVED)

    def mark_no_show(
        self, actor: Actor, appointment_id: int, expected_version: int
    ) -> tuple[AppointmentRecord, Changes]:
        return self._set_status(actor, appointment_id, expected_version, AppointmentStatus.NO_SHOW)

    def mark_done(
        self, actor: Actor, appointment_id: int, expected_version: int
    ) -> tuple[AppointmentRecord, Changes]:
        return self._set_status(actor, appointment_id, expected_version, AppointmentStatus.DONE)

    def _set_status(
        self,
        actor: Actor,
        appointment_id: int,
        expected_version: int,
        status: AppointmentStatus,
        reason: str | None = None,
    ) -> tuple[AppointmentRecord, Changes]:
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        with UnitOfWork(self._db, actor, f"appointment.{status.value}") as uow:
            row = uow.get_for_update(Appointment, appointment_id, expected_version)
            check_transition(AppointmentStatus(row.status), status)
            row.status = status.value
            if reason is not None:
                row.cancel_reason = reason
            uow.session.flush()
            record = _record(uow.session, row)
        return record, _changes(record)

    def get(self, actor: Actor, appointment_id: int) -> AppointmentRecord:
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            row = session.get(Appointment, appointment_id)
            if row is None:
                raise NotFoundError(Message("not_found.appointment", {"id": appointment_id}))
            return _record(session, row)

    def day_list(
        self, actor: Actor, day: date, practitioner_id: int | None = None
    ) -> list[AppointmentRecord]:
        """Every appointment (any status) on one Muscat calendar day, by time then id."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        start, end = muscat_day_range(day)
        statement = (
            select(*_LISTED)
            .join(Patient, Patient.id == Appointment.patient_id)
            .join(User, User.id == Appointment.practitioner_id)
            .where(Appointment.starts_at >= start, Appointment.starts_at < end)
            .order_by(Appointment.starts_at, Appointment.id)
        )
        if practitioner_id is not None:
            statement = statement.where(Appointment.practitioner_id == practitioner_id)
        with self._db.sessions() as session:
            # Each row has the attributes _build reads, by the same names (see _LISTED).
            return [
                _build(
                    cast(_Booked, row),
                    cast(_Contact, row),
                    row.display_name,
                    row.display_name_arabic,
                )
                for row in session.execute(statement)
            ]

    def overlaps(
        self,
        actor: Actor,
        practitioner_id: int,
        starts_at: datetime,
        duration_minutes: int,
        *,
        exclude_id: int | None = None,
    ) -> list[OverlapWarning]:
        """Active bookings of the practitioner that would share minutes with this slot
        (for the form to warn before saving; ``exclude_id`` is the booking being moved)."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        candidate = Slot(exclude_id or -1, starts_at, duration_minutes)
        with self._db.sessions() as session:
            return find_overlaps(candidate, _nearby(session, practitioner_id, candidate))


#: What a listed appointment shows, as plain columns: loading whole ORM objects for the
#: appointments and patients of a day cost ~110 µs a row, 2.1 s for the 16,838 appointments of
#: the 1M demo's busiest day against 0.23 s for the SQL (issue #16). Named as the attributes
#: ``_build`` reads from an appointment and a patient.
_LISTED = (
    Appointment.id,
    Appointment.version,
    Appointment.patient_id,
    Appointment.practitioner_id,
    Appointment.starts_at,
    Appointment.duration_minutes,
    Appointment.planned_modalities,
    Appointment.status,
    Appointment.is_toxin_review,
    Appointment.cancel_reason,
    Appointment.notes,
    Patient.name_latin,
    Patient.name_arabic,
    Patient.phone,
    User.display_name,
    User.display_name_arabic,
)


def _practitioner(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or not user.active or user.role != Role.PRACTITIONER.value:
        raise ValidationError({"practitioner_id": Message("appointment.practitioner_needed")})
    return user


def _nearby(session: Session, practitioner_id: int, slot: Slot) -> list[Slot]:
    # Any booking that overlaps starts before this one ends and at most MAX_DURATION earlier.
    query = select(Appointment.id, Appointment.starts_at, Appointment.duration_minutes).where(
        Appointment.practitioner_id == practitioner_id,
        Appointment.status.in_(_ACTIVE),
        Appointment.starts_at < slot.ends_at,
        Appointment.starts_at > slot.starts_at - timedelta(minutes=MAX_DURATION),
    )
    return [Slot(i, s, m) for i, s, m in session.execute(query)]


def _overlaps(session: Session, row: Appointment) -> list[OverlapWarning]:
    slot = Slot(row.id, row.starts_at, row.duration_minutes)
    return find_overlaps(slot, _nearby(session, row.practitioner_id, slot))


def _record(session: Session, row: Appointment) -> AppointmentRecord:
    patient = session.get(Patient, row.patient_id)
    user = session.get(User, row.practitioner_id)
    assert patient is not None and user is not None  # foreign keys guarantee both
    return _build(row, patient, user.display_name, user.display_name_arabic)


class _Booked(Protocol):
    """What ``_build`` reads of an appointment: an ``Appointment``, or a row of ``_LISTED``."""

    id: int
    version: int
    patient_id: int
    practitioner_id: int
    starts_at: datetime
    duration_minutes: int
    planned_modalities: Any
    status: str
    is_toxin_review: bool
    cancel_reason: str | None
    notes: str | None


class _Contact(Protocol):
    """What ``_build`` reads of a patient: a ``Patient``, or a row of ``_LISTED``."""

    name_latin: str
    name_arabic: str
    phone: str | None


def _build(
    row: _Booked, patient: _Contact, practitioner_name: str, practitioner_arabic: str | None
) -> AppointmentRecord:
    return AppointmentRecord(
        id=row.id,
        version=row.version,
        patient_id=row.patient_id,
        patient_name_latin=patient.name_latin,
        patient_name_arabic=patient.name_arabic,
        patient_phone_display=format_phone_display(patient.phone) if patient.phone else None,
        practitioner_id=row.practitioner_id,
        practitioner_name=practitioner_name,
        practitioner_name_arabic=practitioner_arabic or None,
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        planned_modalities=_planned(row),
        status=AppointmentStatus(row.status),
        is_toxin_review=row.is_toxin_review,
        cancel_reason=row.cancel_reason,
        notes=row.notes,
    )


def _planned(row: _Booked) -> tuple[Modality, ...]:
    with reading("appointments", row.id):
        return decode_planned(row.planned_modalities)


def _changes(record: AppointmentRecord) -> Changes:
    return Changes(appointments=frozenset({record.id}), patients=frozenset({record.patient_id}))
