"""A treatment session as the practitioner records it, its validation and the next date.

One session may hold several modalities at once (toxin as an adjunct to laser or
microneedling, clinical reference §5), each with the parameters of §5–§6. The record of each
modality and its checks belong to its spec (:mod:`scardesk.domain.modalities`); validation
gathers every bad field into one ValidationError whose keys are dotted paths
(``modalities.0.total_units``) so a form can mark the exact widget.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from scardesk.domain.enums import Modality, PeelDepth, Severity
from scardesk.domain.errors import ValidationError
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS, spec_for_entry
from scardesk.domain.modality_inputs import (
    MAX_POINTS,
    NOTES_MAX,
    POINTS_TOLERANCE_U,
    TEXT_MAX,
    EnergyUnit,
    FieldErrors,
    LaserInput,
    MicroneedlingInput,
    ModalityInput,
    PeelInput,
    PointInput,
    SubcisionInput,
    TcaCrossInput,
    ToxinInput,
    aware,
)

if TYPE_CHECKING:  # only passed in: printing a session's sheet needs no working calendar
    from scardesk.domain.working_calendar import WorkingCalendar

__all__ = [
    "MAX_POINTS",
    "NOTES_MAX",
    "POINTS_TOLERANCE_U",
    "TEXT_MAX",
    "EnergyUnit",
    "LaserInput",
    "MicroneedlingInput",
    "ModalityInput",
    "PeelInput",
    "PointInput",
    "SubcisionInput",
    "TcaCrossInput",
    "ToxinInput",
]


@dataclass(frozen=True, slots=True)
class AdverseEventInput:
    kind: str
    severity: Severity
    action_taken: str | None = None
    follow_up_needed: bool = False


@dataclass(frozen=True, slots=True)
class SessionInput:
    """What the session form submits. ``adverse_events_none`` None means "not stated yet"."""

    performed_at: datetime
    modalities: tuple[ModalityInput, ...]
    adverse_events_none: bool | None = None
    adverse_events: tuple[AdverseEventInput, ...] = ()
    cleansing_done: bool = False
    antiviral_prophylaxis: bool = False
    anaesthetic_agent: str | None = None
    anaesthetic_minutes: int | None = None
    post_notes: str | None = None
    plan_id: int | None = None
    supervising_prescriber_id: int | None = None


@dataclass(frozen=True, slots=True)
class ToxinFacts:
    """What ScarDesk works out for one toxin entry: shown beside the chart, never typed."""

    index: int  # position of the entry in SessionInput.modalities
    product_label: str
    lot_number: str
    concentration_per_0_1ml: float
    hours_since_reconstitution: float
    reconstitution_warning: bool
    total_units: float  # units given from this entry (the session list shows them)


@dataclass(frozen=True, slots=True)
class AmendmentRecord:
    id: int
    amended_at: datetime
    amended_by_id: int
    reason: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    version: int
    patient_id: int
    appointment_id: int | None
    practitioner_id: int
    content: SessionInput
    toxin: tuple[ToxinFacts, ...]
    signed_at: datetime | None
    signed_by_id: int | None
    voided_at: datetime | None
    amendments: tuple[AmendmentRecord, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    original: SessionInput | None = None  # as first saved, when amendments changed it


@dataclass(frozen=True, slots=True)
class NextProposal:
    """The proposed next visit: the earliest modality due, and the toxin review if any."""

    next_on: date | None
    modalities: tuple[Modality, ...]
    due: tuple[tuple[Modality, date], ...] = field(default=())
    toxin_review_on: date | None = None


def on_working_days(
    proposal: NextProposal, calendar: WorkingCalendar, user_id: int | None = None
) -> NextProposal:
    """The proposal moved, where needed, to the next working day of the clinic (and of the
    practitioner). Never earlier: a later visit still respects every interval."""

    def moved(day: date | None) -> date | None:
        return None if day is None else calendar.working_day_from(day, user_id)

    due = tuple((m, calendar.working_day_from(on, user_id)) for m, on in proposal.due)
    return NextProposal(
        moved(proposal.next_on), proposal.modalities, due, moved(proposal.toxin_review_on)
    )


# --- validation -------------------------------------------------------------------------


def _check_modality(e: FieldErrors, p: str, entry: object, performed_at: datetime) -> None:
    spec = spec_for_entry(entry)
    if spec is None:
        known = ", ".join(spec.name for spec in SPECS.values())
        e.found[p] = Message("session.modality_unknown", {"choices": known})
        return
    spec.check(e, p, entry, performed_at)
    e.areas(f"{p}.areas", getattr(entry, "areas", None))


def validate_session(form: SessionInput) -> SessionInput:
    """The session unchanged when valid; otherwise every bad field at once."""
    e = FieldErrors()
    if not aware(form.performed_at):
        e.found["performed_at"] = Message("session.time_missing")
    if not form.modalities:
        e.found["modalities"] = Message("session.no_treatment")
    for n, entry in enumerate(form.modalities):
        _check_modality(e, f"modalities.{n}", entry, form.performed_at)
    if form.adverse_events_none is None and not form.adverse_events:
        e.found["adverse_events"] = Message("session.adverse_events_unstated")
    elif form.adverse_events_none and form.adverse_events:
        e.found["adverse_events"] = Message("session.adverse_events_contradict")
    for n, event in enumerate(form.adverse_events):
        e.text(f"adverse_events.{n}.kind", event.kind, 60, "erythema", required=True)
        if not isinstance(event.severity, Severity):
            e.found[f"adverse_events.{n}.severity"] = Message("session.severity_missing")
        e.text(
            f"adverse_events.{n}.action_taken",
            event.action_taken,
            NOTES_MAX,
            "cold compress",
            required=False,
        )
    agent, minutes = form.anaesthetic_agent, form.anaesthetic_minutes
    e.text("anaesthetic_agent", agent, 80, "EMLA 5%", required=False)
    if minutes is not None:
        e.number("anaesthetic_minutes", minutes, 0, 180, Message("unit.minutes"), whole=True)
        if agent is None or not agent.strip():
            e.found["anaesthetic_agent"] = Message("session.anaesthetic_agent_missing")
    e.text("post_notes", form.post_notes, NOTES_MAX, "skin calm", required=False)
    if e.found:
        raise ValidationError(e.found)
    return form


# --- next appointment -------------------------------------------------------------------


def propose_next(
    performed_on: date,
    done: Sequence[tuple[Modality, PeelDepth | None]],
    settings: IntervalSettings,
    plan_intervals: Mapping[Modality, int] | None = None,
    remaining: Mapping[Modality, int] | None = None,
) -> NextProposal:
    """The earliest date any modality done today is due again, plus a toxin review.

    A plan may space sessions further apart than the clinic's interval, never closer: the
    larger of the two is used, so the proposal is never a date the safety gate would refuse.
    A modality whose planned sessions are all done (``remaining`` 0) is not proposed again.
    """
    plan = plan_intervals or {}
    due: dict[Modality, date] = {}
    for modality, depth in done:
        if remaining is not None and remaining.get(modality, 1) <= 0:
            continue
        days = max(interval_days(modality, settings, depth), plan.get(modality, 0))
        on = performed_on + timedelta(days=days)
        due[modality] = min(on, due.get(modality, on))
    review = None
    if any(modality is Modality.TOXIN for modality, _ in done):
        review = performed_on + timedelta(days=settings.toxin_review_days)
    ordered = tuple(sorted(due.items(), key=lambda item: (item[1], item[0].value)))
    if not ordered:
        return NextProposal(None, (), (), review)
    first = ordered[0][1]
    return NextProposal(first, tuple(m for m, on in ordered if on == first), ordered, review)
