"""Rows → the records the document renderers print (``scardesk.domain.documents``).

Kept apart from the service so that what a sheet shows can be read in one place. Every
function here only reads, inside the caller's session; the service decides who may ask.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.decoding import reading
from scardesk.db.models import (
    CLINIC_SETTINGS_ID,
    AdverseEvent,
    Appointment,
    ClinicSettings,
    Consent,
    Lot,
    ModalityEntry,
    Patient,
    Product,
    TreatmentSession,
    User,
)
from scardesk.documents.parts import date_en, number
from scardesk.domain.consents import guardian_required, purpose_for_modality
from scardesk.domain.documents import (
    AftercareRecord,
    ClinicHeader,
    ConsentRecord,
    ModalityDone,
    PageStamp,
    PatientNames,
    ScorePoint,
    SessionLine,
    VisitSummaryRecord,
)
from scardesk.domain.enums import Answer, AppointmentStatus, Modality
from scardesk.domain.errors import NotFoundError
from scardesk.domain.history import QUESTION_BY_FACT, HistoryAnswer
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.issued_documents import SessionChoice
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.products import product_label
from scardesk.domain.sessions import (
    ModalityInput,
    SessionInput,
    ToxinInput,
)
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services.listing import read_each
from scardesk.services.plan_due import interval_settings, planned_due_dates
from scardesk.services.session_store import load_content


def clinic_header(session: Session) -> ClinicHeader:
    """The clinic details every page header shows (blank until the admin fills them in)."""
    row = session.get(ClinicSettings, CLINIC_SETTINGS_ID)
    if row is None:
        return ClinicHeader("", "", "", "", "")
    return ClinicHeader(
        name=row.name,
        name_arabic=row.name_arabic,
        address=row.address,
        address_arabic=row.address_arabic,
        phone_e164=row.phone or "",
        logo_png=row.logo_png,
        hours=row.hours or "",
        hours_arabic=row.hours_arabic or "",
        moh_licence=row.moh_licence or "",
        whatsapp_e164=row.whatsapp or "",
    )


def patient_names(row: Patient) -> PatientNames:
    return PatientNames(latin=row.name_latin or None, arabic=row.name_arabic or None)


def page_stamp(row: Patient) -> PageStamp:
    """File number and date of birth for every page; the service adds the issue time."""
    return PageStamp(file_number=row.id, date_of_birth=row.date_of_birth)


def require_patient_row(session: Session, patient_id: int) -> Patient:
    row = session.get(Patient, patient_id)
    if row is None:
        raise NotFoundError(Message("not_found.patient", {"id": patient_id}))
    return row


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return "-"
    user = session.get(User, user_id)
    return user.display_name if user is not None else "-"


def practitioner_names(session: Session, user_id: int | None) -> tuple[str, str]:
    """How the English and the Arabic column name a practitioner: the display name (in Arabic
    letters when the admin gave one) and the licence number when there is one."""
    user = session.get(User, user_id) if user_id is not None else None
    if user is None:
        return "-", "-"
    english, arabic = user.display_name, user.display_name_arabic or user.display_name
    if user.licence_number:
        english += f", licence no. {user.licence_number}"
        arabic += f"، ترخيص رقم {user.licence_number}"
    return english, arabic


def _toxin_done(session: Session, entry: ToxinInput) -> ModalityDone:
    """Toxin is told by its product and total units (§5), read from its own rows."""
    product = session.get(Product, entry.product_id)
    return ModalityDone(
        modality=entry.modality,
        areas=entry.areas or _point_regions(entry),
        product=product_label(product.brand, product.nonproprietary_name) if product else None,
        total_units=entry.total_units,
    )


#: How the sheet tells a modality whose spec has no ``given`` (its values live in rows of its
#: own, ``own_rows``); every other modality is named by its spec
#: (``tests/domain/test_modality_completeness.py`` checks each has one or the other).
OWN_ROWS_DONE: dict[type, Callable[[Session, Any], ModalityDone]] = {ToxinInput: _toxin_done}


def _done(session: Session, entry: ModalityInput) -> ModalityDone:
    """What the patient is told was done."""
    given = spec_of(entry.modality).given
    if given is None:
        tell = OWN_ROWS_DONE.get(type(entry))
        if tell is None:
            raise TypeError(f"no way to tell the patient what was done: {entry.modality}")
        return tell(session, entry)
    name = given(entry)
    return ModalityDone(
        modality=entry.modality,
        areas=entry.areas,
        name_en=name.en,
        name_ar=name.ar,
        variants=name.variants,
    )


def _next_due(entries: Sequence[ModalityInput], settings: IntervalSettings, day: date) -> date:
    """The soonest next session any treatment given today calls for (the clinic's intervals;
    toxin's retreatment interval, its 2-week review is printed on its own line)."""
    days = []
    for entry in entries:
        depth = spec_of(entry.modality).depth_of(entry)
        days.append(interval_days(entry.modality, settings, depth))
    return day + timedelta(days=min(days))


def _visit_due(
    planned: list[date] | None,
    entries: Sequence[ModalityInput],
    settings: IntervalSettings,
    day: date,
) -> date | None:
    """When the patient should come next: the soonest item due on their active plans (an
    overdue item means "as soon as you can": the next day); without an active plan, the
    clinic's interval for what was given today; nothing when every plan item is done."""
    if planned is None:
        return _next_due(entries, settings, day) if entries else None
    if not planned:
        return None
    return max(min(planned), day + timedelta(days=1))


def _point_regions(entry: ToxinInput) -> tuple[str, ...]:
    """Regions charted on the injection points, in order, when no area was ticked."""
    seen: list[str] = []
    for point in entry.points:
        if point.region and point.region not in seen:
            seen.append(point.region)
    return tuple(seen)


def next_booked(session: Session, patient_id: int, after: TreatmentSession) -> Appointment | None:
    """The patient's first booked appointment after the session was performed."""
    return session.scalar(
        select(Appointment)
        .where(
            Appointment.patient_id == patient_id,
            Appointment.status == AppointmentStatus.BOOKED.value,
            Appointment.starts_at > after.performed_at,
        )
        .order_by(Appointment.starts_at, Appointment.id)
        .limit(1)
    )


def aftercare_record(session: Session, row: TreatmentSession) -> AftercareRecord:
    patient = require_patient_row(session, row.patient_id)
    content = load_content(session, row)
    upcoming = next_booked(session, row.patient_id, row)
    day = to_muscat(row.performed_at).date()
    settings = interval_settings(session)
    toxin = any(entry.modality is Modality.TOXIN for entry in content.modalities)
    practitioner, practitioner_arabic = practitioner_names(session, row.practitioner_id)
    return AftercareRecord(
        clinic=clinic_header(session),
        patient=patient_names(patient),
        session_date=day,
        practitioner=practitioner,
        practitioner_arabic=practitioner_arabic,
        modalities=tuple(_done(session, entry) for entry in content.modalities),
        next_appointment=upcoming.starts_at if upcoming is not None else None,
        stamp=page_stamp(patient),
        next_due=_visit_due(
            planned_due_dates(session, row.patient_id), content.modalities, settings, day
        )
        if upcoming is None
        else None,
        toxin_review=day + timedelta(days=settings.toxin_review_days) if toxin else None,
    )


def latest_valid_consent(session: Session, patient_id: int, modality: Modality) -> Consent | None:
    """The newest treatment consent for ``modality`` that has not been withdrawn."""
    return session.scalar(
        select(Consent)
        .where(
            Consent.patient_id == patient_id,
            Consent.purpose == purpose_for_modality(modality).value,
            Consent.withdrawn_at.is_(None),
        )
        .order_by(Consent.captured_at.desc(), Consent.id.desc())
        .limit(1)
    )


BLANK_LINE = "_" * 28


def consent_record(
    session: Session, patient: Patient, modality: Modality, signed: Consent | None
) -> ConsentRecord:
    """A signed form when ``signed`` is given, else a blank one with lines to fill in by hand
    (the practitioner's name too: whoever prints the form is not necessarily who treats)."""
    english, arabic = (
        practitioner_names(session, signed.captured_by_id)
        if signed is not None
        else (BLANK_LINE, BLANK_LINE)
    )
    return ConsentRecord(
        clinic=clinic_header(session),
        patient=patient_names(patient),
        modality=modality,
        form_version=signed.form_version if signed is not None else None,
        signed_at=signed.captured_at if signed is not None else None,
        signature_png=signed.signature_png if signed is not None else None,
        practitioner=english,
        stamp=page_stamp(patient),
        practitioner_arabic=arabic,
        identity_document=(patient.document_type or "", patient.civil_number)
        if patient.civil_number
        else None,
        guardian=signed.signed_by_guardian if signed is not None else None,
        minor=guardian_required(
            patient.date_of_birth,
            to_muscat(signed.captured_at).date() if signed is not None else muscat_today(),
        ),
    )


def _highlight(answer: HistoryAnswer) -> str:
    question = QUESTION_BY_FACT[answer.fact]
    text = question.label.rstrip("?")
    if answer.answer is Answer.UNKNOWN:
        text += ": not known"
    if answer.fact_date is not None:
        text += f" ({question.date_label or 'date'}: {date_en(answer.fact_date)})"
    if answer.detail:
        text += f": {answer.detail}"
    return text


def history_highlights(answers: list[HistoryAnswer]) -> tuple[str, ...]:
    """Every current 'yes' (and 'not known') answer, in questionnaire order."""
    return tuple(_highlight(a) for a in answers if a.answer in (Answer.YES, Answer.UNKNOWN))


def _toxin_text(session: Session, entry: ToxinInput) -> str:
    product = session.get(Product, entry.product_id)
    lot = session.get(Lot, entry.lot_id)
    label = product_label(product.brand, product.nonproprietary_name) if product else "?"
    lot_number = lot.lot_number if lot else "?"
    return f"{label}, lot {lot_number}, {number(entry.total_units)} units"


#: One line of a document's session list per input record type: toxin's names its product and
#: lot from their rows; every other modality prints its spec's ``line``
#: (``tests/domain/test_modality_completeness.py`` checks each has one).
ENTRY_TEXT: dict[type, Callable[[Session, Any], str]] = {ToxinInput: _toxin_text}


def _spec_line(line: Callable[[Any], str]) -> Callable[[Session, Any], str]:
    return lambda session, entry: line(entry)


for _spec in SPECS.values():
    if _spec.input_type not in ENTRY_TEXT and _spec.line is not None:
        ENTRY_TEXT[_spec.input_type] = _spec_line(_spec.line)


def _entry_text(session: Session, entry: ModalityInput) -> str:
    describe = ENTRY_TEXT.get(type(entry))
    if describe is None:
        raise TypeError(f"unknown modality entry {entry!r}")
    return describe(session, entry)


def session_lines(
    session: Session, patient_id: int
) -> tuple[tuple[SessionLine, ...], tuple[str, ...]]:
    """Current (not voided) sessions oldest first, and their adverse events as sentences."""
    rows = session.scalars(
        select(TreatmentSession)
        .where(TreatmentSession.patient_id == patient_id, TreatmentSession.voided_at.is_(None))
        .order_by(TreatmentSession.performed_at, TreatmentSession.id)
    ).all()
    lines: list[SessionLine] = []
    events: list[str] = []
    for row in rows:
        content: SessionInput = load_content(session, row)
        day = to_muscat(row.performed_at).date()
        lines.append(
            SessionLine(
                session_date=day,
                modalities=tuple(entry.modality for entry in content.modalities),
                products="; ".join(_entry_text(session, entry) for entry in content.modalities),
            )
        )
        for event in session.scalars(
            select(AdverseEvent).where(AdverseEvent.session_id == row.id).order_by(AdverseEvent.id)
        ):
            action = f"; action: {event.action_taken}" if event.action_taken else ""
            follow = "; follow-up needed" if event.follow_up_needed else ""
            events.append(f"{date_en(day)}: {event.kind} ({event.severity}){action}{follow}")
    return tuple(lines), tuple(events)


def summary_record(
    session: Session,
    patient: Patient,
    answers: list[HistoryAnswer],
    scores: list[ScorePoint],
    prepared_on: date,
    prepared_by: tuple[str, str],
) -> VisitSummaryRecord:
    """``prepared_by`` names the issuer in English and in Arabic."""
    lines, events = session_lines(session, patient.id)
    return VisitSummaryRecord(
        clinic=clinic_header(session),
        patient=patient_names(patient),
        date_of_birth=patient.date_of_birth,
        prepared_on=prepared_on,
        prepared_by=prepared_by[0],
        prepared_by_arabic=prepared_by[1],
        history_highlights=history_highlights(answers),
        history_answered=len(answers),
        history_positive=sum(1 for a in answers if a.answer is Answer.YES),
        scores=tuple(scores),
        sessions=lines,
        adverse_events=events,
        stamp=page_stamp(patient),
    )


def session_choices(
    session: Session, rows: Sequence[TreatmentSession]
) -> list[SessionChoice | UnreadableRecord]:
    """Each session with its modalities; one whose modalities cannot be decoded as a placeholder."""
    found: dict[int, list[tuple[int, str]]] = {row.id: [] for row in rows}
    if found:
        entries = session.execute(
            select(ModalityEntry.session_id, ModalityEntry.id, ModalityEntry.modality)
            .where(ModalityEntry.session_id.in_(list(found)))
            .order_by(ModalityEntry.id)
        )
        for sid, entry_id, modality in entries:
            found[sid].append((entry_id, modality))

    def choice(r: TreatmentSession) -> SessionChoice:
        kinds: list[Modality] = []
        for entry_id, stored in found[r.id]:
            with reading("modality_entries", entry_id):
                kinds.append(Modality(stored))
        return SessionChoice(r.id, r.performed_at, tuple(kinds), r.voided_at is not None)

    return read_each("treatment_sessions", rows, choice, when="performed_at")
