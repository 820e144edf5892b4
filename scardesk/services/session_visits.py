"""Which appointment a recorded session closes.

A session saved from an appointment (Today's or the Sessions screen's "Start session")
names it. A session started from the patient's file names none, yet the patient is usually
there for an appointment booked that day: that visit is closed too, so the Today list does
not go on showing a patient as booked or waiting after they were treated.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.models import Appointment
from scardesk.domain.enums import AppointmentStatus
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.scheduling import muscat_day_range
from scardesk.domain.time import to_muscat

_OPEN = (AppointmentStatus.BOOKED.value, AppointmentStatus.ARRIVED.value)
_CLOSED = {AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value}


def named_appointment(session: Session, appointment_id: int, patient_id: int) -> Appointment:
    """The appointment a session names: it must be the patient's and still open to a visit."""
    row = session.get(Appointment, appointment_id)
    if row is None or row.patient_id != patient_id:
        raise ValidationError({"appointment_id": Message("appointment.other_patients")})
    if row.status in _CLOSED:
        raise ValidationError(
            {
                "appointment_id": Message(
                    "appointment.closed_start_from_patient", {"status": row.status}
                )
            }
        )
    return row


def visit_of_the_day(
    session: Session, patient_id: int, performed_at: datetime
) -> Appointment | None:
    """The patient's open appointment on the session's Muscat day, if there is one.

    The one the patient has arrived for wins; otherwise the one booked nearest the session's
    time. Appointments already done, cancelled or missed are never touched.
    """
    start, end = muscat_day_range(to_muscat(performed_at).date())
    rows = list(
        session.scalars(
            select(Appointment).where(
                Appointment.patient_id == patient_id,
                Appointment.status.in_(_OPEN),
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
            )
        )
    )
    if not rows:
        return None

    def closeness(row: Appointment) -> tuple[bool, float]:
        gap = abs((to_muscat(row.starts_at) - to_muscat(performed_at)).total_seconds())
        return (row.status != AppointmentStatus.ARRIVED.value, gap)

    return min(rows, key=closeness)
