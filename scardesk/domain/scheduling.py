"""Appointments and the follow-up list as plain data, and the rules about them.

Overlaps are warnings, not refusals: a practitioner may see a quick toxin review inside a
long laser slot, and only the desk knows. Status changes follow a small state machine so a
cancelled visit cannot be marked arrived by a stale click. Times are aware UTC datetimes; a
"day" is always a Muscat calendar day (UTC+4), converted to a UTC range for queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from scardesk.domain.enums import AppointmentStatus, Modality, member
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import overdue_days
from scardesk.domain.messages import Message
from scardesk.domain.time import MUSCAT

MIN_DURATION, MAX_DURATION = 5, 8 * 60
#: Bookings that still hold the practitioner's time.
ACTIVE_STATUSES = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED})

_ALLOWED: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    AppointmentStatus.BOOKED: frozenset(
        {
            AppointmentStatus.ARRIVED,
            AppointmentStatus.NO_SHOW,
            AppointmentStatus.CANCELLED,
            AppointmentStatus.DONE,
        }
    ),
    AppointmentStatus.ARRIVED: frozenset({AppointmentStatus.DONE, AppointmentStatus.BOOKED}),
    AppointmentStatus.NO_SHOW: frozenset({AppointmentStatus.BOOKED}),
    AppointmentStatus.CANCELLED: frozenset(),
    AppointmentStatus.DONE: frozenset(),
}


@dataclass(frozen=True, slots=True)
class AppointmentInput:
    """What the booking form submits. ``starts_at`` must be time-zone aware."""

    patient_id: int
    practitioner_id: int
    starts_at: datetime
    duration_minutes: int = 30
    planned_modalities: tuple[str, ...] = ()
    is_toxin_review: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AppointmentRecord:
    id: int
    version: int
    patient_id: int
    patient_name_latin: str
    patient_name_arabic: str
    patient_phone_display: str | None
    practitioner_id: int
    practitioner_name: str
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    planned_modalities: tuple[Modality, ...]
    status: AppointmentStatus
    is_toxin_review: bool
    cancel_reason: str | None
    notes: str | None
    #: The practitioner's name in Arabic letters, when the clinic entered one.
    practitioner_name_arabic: str | None = None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class Slot:
    """The part of a booking that can collide with another."""

    appointment_id: int | None
    starts_at: datetime
    duration_minutes: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class OverlapWarning:
    """Another active booking of the same practitioner that shares some minutes."""

    appointment_id: int
    starts_at: datetime
    duration_minutes: int


def slots_overlap(first: Slot, second: Slot) -> bool:
    """Half-open intervals: 09:00–09:30 and 09:30–10:00 touch but do not overlap."""
    return first.starts_at < second.ends_at and second.starts_at < first.ends_at


def find_overlaps(candidate: Slot, others: Iterable[Slot]) -> list[OverlapWarning]:
    """Warnings for every other slot sharing minutes with ``candidate`` (itself excluded)."""
    return [
        OverlapWarning(other.appointment_id, other.starts_at, other.duration_minutes)
        for other in sorted(others, key=lambda s: (s.starts_at, s.appointment_id or 0))
        if other.appointment_id is not None
        and other.appointment_id != candidate.appointment_id
        and slots_overlap(candidate, other)
    ]


def muscat_day_range(day: date) -> tuple[datetime, datetime]:
    """The UTC instants [start, end) of one Muscat calendar day."""
    start = datetime.combine(day, time(0), tzinfo=MUSCAT)
    return start, start + timedelta(days=1)


def check_transition(current: AppointmentStatus, wanted: AppointmentStatus) -> None:
    """Raise ValidationError unless ``current`` may become ``wanted``."""
    if wanted not in _ALLOWED[current]:
        allowed = ", ".join(sorted(s.value for s in _ALLOWED[current]))
        params = {"current": current.value, "wanted": wanted.value, "allowed": allowed}
        code = "appointment.status_change" if allowed else "appointment.status_final"
        raise ValidationError({"status": Message(code, params)})


def validate_booking(form: AppointmentInput) -> tuple[datetime, int, tuple[Modality, ...]]:
    """The start (aware), duration and modalities of a booking, or one ValidationError."""
    errors: dict[str, Message] = {}
    if form.starts_at.tzinfo is None or form.starts_at.utcoffset() is None:
        errors["starts_at"] = Message("appointment.start_without_zone")
    if not MIN_DURATION <= form.duration_minutes <= MAX_DURATION:
        errors["duration_minutes"] = Message(
            "appointment.duration_out_of_range",
            {"n": form.duration_minutes, "minimum": MIN_DURATION, "maximum": MAX_DURATION},
        )
    modalities: list[Modality] = []
    for name in form.planned_modalities:
        try:
            modalities.append(member(Modality, name))
        except ValueError:
            choices = ", ".join(m.value for m in Modality)
            errors["planned_modalities"] = Message(
                "appointment.modality_unknown", {"value": f"‘{name}’", "choices": choices}
            )
    if form.is_toxin_review and not modalities:
        modalities.append(Modality.TOXIN)
    if errors:
        raise ValidationError(errors)
    return form.starts_at, form.duration_minutes, tuple(dict.fromkeys(modalities))


class DueReason(StrEnum):
    PLAN_SESSION = "plan_session"  # the next session of a planned modality is due
    TOXIN_REVIEW = "toxin_review"  # the two-week review after toxin
    # A plan of the patient cannot be read: whether they are due is unknown, so they are
    # listed (never left out) for the desk to ask the administrator.
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class DueItem:
    """One reason one patient is due, found by the follow-up query."""

    patient_id: int
    reason: DueReason
    modality: Modality | None  # None when the record saying which cannot be read
    due_on: date


@dataclass(frozen=True, slots=True)
class DuePatient:
    """A patient's reasons merged: due from the earliest date, longest overdue first."""

    patient_id: int
    due_on: date
    days_overdue: int
    reasons: tuple[DueReason, ...]
    modalities: tuple[Modality, ...] = field(default=())


def merge_due(items: Iterable[DueItem], today: date) -> list[DuePatient]:
    """One entry per patient due on or before ``today``, most overdue first, then by id."""
    by_patient: dict[int, list[DueItem]] = {}
    for item in items:
        if item.due_on <= today:
            by_patient.setdefault(item.patient_id, []).append(item)
    merged = []
    for patient_id, found in by_patient.items():
        due_on = min(item.due_on for item in found)
        merged.append(
            DuePatient(
                patient_id=patient_id,
                due_on=due_on,
                days_overdue=overdue_days(due_on, today),
                reasons=tuple(sorted({item.reason for item in found})),
                modalities=tuple(
                    sorted({item.modality for item in found if item.modality is not None})
                ),
            )
        )
    merged.sort(key=lambda due: (-due.days_overdue, due.patient_id))
    return merged


@dataclass(frozen=True, slots=True)
class DueRow:
    """A line of the follow-up list, with what the desk needs to phone and book."""

    patient_id: int
    name_latin: str
    name_arabic: str
    phone: str | None
    phone_display: str | None
    due_on: date
    days_overdue: int
    reasons: tuple[DueReason, ...]
    modalities: tuple[Modality, ...]
    date_of_birth: date | None = None
    #: Who should see them: the practitioner of their latest session, else the plan's author.
    practitioner_id: int | None = None
    #: The first working day (of the clinic and that practitioner) from the list's day.
    book_on: date | None = None
