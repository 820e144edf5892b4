"""What a booking dialog opens with (from Today, the due list or a session's next step)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from scardesk.domain.enums import Modality
from scardesk.ui.appointments.patient_picker import PatientChoice


@dataclass(frozen=True)
class BookingRequest:
    """What the dialog opens with; every field is optional and only pre-fills the form."""

    day: date
    patient: PatientChoice | None = None
    modalities: tuple[Modality, ...] = ()
    toxin_review: bool = False
    practitioner_id: int | None = None
    at: time | None = None
