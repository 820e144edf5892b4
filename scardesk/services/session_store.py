"""Rows of a treatment session ↔ the SessionInput the practitioner typed.

Kept apart from the service so the use cases read as use cases. Nothing here deletes: a
correction updates rows in place and appends new ones, and the unit of work audits both.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.decoding import reading
from scardesk.db.models import (
    AdverseEvent,
    InjectionPoint,
    Lot,
    ModalityEntry,
    Product,
    SessionAmendment,
    ToxinEntry,
    TreatmentSession,
)
from scardesk.domain.codecs import (
    decode_entry,
    decode_session,
    encode_areas,
    encode_parameters,
    encode_session,
)
from scardesk.domain.enums import Severity
from scardesk.domain.errors import UnreadableRecordError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.sessions import (
    AdverseEventInput,
    AmendmentRecord,
    ModalityInput,
    PointInput,
    SessionInput,
    SessionRecord,
    ToxinFacts,
    ToxinInput,
)
from scardesk.domain.time import utc_now
from scardesk.domain.toxin import (
    DEFAULT_WINDOW_HOURS,
    concentration_units_per_0_1ml,
    hours_since_reconstitution,
)


def session_columns(form: SessionInput) -> dict[str, Any]:
    """The ``treatment_sessions`` values a form sets (the app's save and the demo's bulk insert
    share this, so both store a session alike)."""
    return {
        "performed_at": form.performed_at,
        "plan_id": form.plan_id,
        "supervising_prescriber_id": form.supervising_prescriber_id,
        "cleansing_done": form.cleansing_done,
        "antiviral_prophylaxis": form.antiviral_prophylaxis,
        "anaesthetic_agent": _nfc(form.anaesthetic_agent) or None,
        "anaesthetic_minutes": form.anaesthetic_minutes,
        "no_adverse_events": bool(form.adverse_events_none) and not form.adverse_events,
        "post_notes": _nfc(form.post_notes) or None,
    }


def modality_columns(entry: ModalityInput) -> dict[str, Any]:
    """One ``modality_entries`` row but its ids: the documents come from the codec."""
    return {
        "modality": entry.modality.value,
        "areas": encode_areas(entry),
        "parameters": encode_parameters(entry),
        "product_id": entry.product_id if isinstance(entry, ToxinInput) else None,
    }


def toxin_columns(entry: ToxinInput) -> dict[str, Any]:
    return {
        "product_id": entry.product_id,
        "lot_id": entry.lot_id,
        "vial_units": round(entry.vial_units),
        "diluent_ml": entry.diluent_ml,
        "reconstituted_at": entry.reconstituted_at,
        "total_units": entry.total_units,
        "waste_units": entry.waste_units,
        "units_per_cm3": entry.units_per_cm3,
    }


#: Each copy a toxin entry carries and the session's column it copies.
_COPIED = {
    "session_id": "id",
    "performed_at": "performed_at",
    "patient_id": "patient_id",
    "practitioner_id": "practitioner_id",
    "session_voided_at": "voided_at",
}


def copied_from_session(row: TreatmentSession | Mapping[str, Any]) -> dict[str, Any]:
    """The session's values every toxin entry of it carries (revisions 0013 and 0014), so that
    lot recall reads a lot's uses in time order off one index and never reads the session.
    The only place they are set, by the app's save and correction, by a merge of patients and
    by the demo's bulk insert (``row`` is then its column mapping) alike: they must always
    equal the session's own (``db check`` reports any that do not)."""
    if isinstance(row, Mapping):
        return {copy: row.get(column) for copy, column in _COPIED.items()}
    return {copy: getattr(row, column) for copy, column in _COPIED.items()}


def copy_session_to_entries(session: Session, row: TreatmentSession) -> None:
    """Set the copies on every toxin entry of ``row`` after the session changed (its time, its
    patient in a merge, its void), in the transaction that changed it. A new way of changing
    one of the copied values must call this (``copied_from_session``)."""
    copies = copied_from_session(row)
    for toxin in session.scalars(select(ToxinEntry).where(ToxinEntry.session_id == row.id)):
        for name, value in copies.items():
            setattr(toxin, name, value)


def point_columns(point: PointInput) -> dict[str, Any]:
    return {"x": point.x, "y": point.y, "region": point.region, "units": point.units}


def event_columns(event: AdverseEventInput, noted_at: datetime) -> dict[str, Any]:
    return {
        "kind": _nfc(event.kind),
        "severity": event.severity.value,
        "action_taken": _nfc(event.action_taken) or None,
        "follow_up_needed": event.follow_up_needed,
        "noted_at": noted_at,
    }


def _nfc(text: str | None) -> str:
    """Trimmed and NFC-normalised; the characters were checked by validate_session."""
    return unicodedata.normalize("NFC", (text or "").strip())


def apply_scalars(row: TreatmentSession, form: SessionInput) -> None:
    for name, value in session_columns(form).items():
        setattr(row, name, value)


def _add_points(session: Session, toxin_id: int, points: tuple[PointInput, ...]) -> None:
    session.add_all(InjectionPoint(toxin_entry_id=toxin_id, **point_columns(p)) for p in points)


def _add_events(session: Session, session_id: int, events: tuple[AdverseEventInput, ...]) -> None:
    now = utc_now()
    session.add_all(AdverseEvent(session_id=session_id, **event_columns(e, now)) for e in events)


def add_content(session: Session, row: TreatmentSession, form: SessionInput) -> None:
    """Insert the modality, toxin, point and adverse-event rows of a new session."""
    for entry in form.modalities:
        modality = ModalityEntry(session_id=row.id, **modality_columns(entry))
        session.add(modality)
        if isinstance(entry, ToxinInput):
            session.flush()
            toxin = ToxinEntry(
                modality_entry_id=modality.id,
                **toxin_columns(entry),
                **copied_from_session(row),
            )
            session.add(toxin)
            session.flush()
            _add_points(session, toxin.id, entry.points)
    _add_events(session, row.id, form.adverse_events)


def _rows(
    session: Session, session_id: int
) -> tuple[list[Any], dict[int, Any], dict[int, list[Any]]]:
    entries = list(
        session.scalars(
            select(ModalityEntry)
            .where(ModalityEntry.session_id == session_id)
            .order_by(ModalityEntry.id)
        )
    )
    ids = [entry.id for entry in entries]
    toxins = {
        toxin.modality_entry_id: toxin
        for toxin in session.scalars(
            select(ToxinEntry).where(ToxinEntry.modality_entry_id.in_(ids))
        )
    }
    points: dict[int, list[InjectionPoint]] = defaultdict(list)
    toxin_ids = [toxin.id for toxin in toxins.values()]
    if toxin_ids:
        query = (
            select(InjectionPoint)
            .where(InjectionPoint.toxin_entry_id.in_(toxin_ids))
            .order_by(InjectionPoint.id)
        )
        for point in session.scalars(query):
            points[point.toxin_entry_id].append(point)
    return entries, toxins, points


def _toxin_input(
    toxin: ToxinEntry, points: list[InjectionPoint], areas: tuple[str, ...]
) -> ToxinInput:
    return ToxinInput(
        product_id=toxin.product_id,
        lot_id=toxin.lot_id,
        vial_units=float(toxin.vial_units),
        diluent_ml=toxin.diluent_ml,
        reconstituted_at=toxin.reconstituted_at,
        points=tuple(PointInput(p.x, p.y, p.units, p.region) for p in points),
        total_units=toxin.total_units,
        waste_units=toxin.waste_units,
        units_per_cm3=toxin.units_per_cm3,
        areas=areas,
    )


def load_content(session: Session, row: TreatmentSession) -> SessionInput:
    """What was recorded in the session. A stored row that cannot be read fails as an
    ``UnreadableRecordError`` naming it, whichever service asked (the aftercare sheet, a
    correction): a column holding text that is not JSON fails while the rows load, before any
    one entry's decode, and is named as the session."""
    with reading("treatment_sessions", row.id):
        return _content(session, row)


def _content(session: Session, row: TreatmentSession) -> SessionInput:
    entries, toxins, points = _rows(session, row.id)
    modalities: list[ModalityInput] = []
    for entry in entries:
        with reading("modality_entries", entry.id):
            stored = decode_entry(entry.modality, entry.areas, entry.parameters)
            toxin = toxins.get(entry.id)
            if stored.settings is not None and toxin is None:
                modalities.append(stored.settings)
            elif stored.settings is None and toxin is not None:
                modalities.append(_toxin_input(toxin, points[toxin.id], stored.areas))
            else:
                raise UnreadableRecordError(
                    "modality_entries",
                    entry.id,
                    "a toxin entry without its dose row, or the reverse",
                )
    events: list[AdverseEventInput] = []
    for e in session.scalars(
        select(AdverseEvent).where(AdverseEvent.session_id == row.id).order_by(AdverseEvent.id)
    ):
        with reading("adverse_events", e.id):
            events.append(
                AdverseEventInput(e.kind, Severity(e.severity), e.action_taken, e.follow_up_needed)
            )
    return SessionInput(
        performed_at=row.performed_at,
        modalities=tuple(modalities),
        adverse_events_none=True if row.no_adverse_events else (False if events else None),
        adverse_events=tuple(events),
        cleansing_done=row.cleansing_done,
        antiviral_prophylaxis=row.antiviral_prophylaxis,
        anaesthetic_agent=row.anaesthetic_agent,
        anaesthetic_minutes=row.anaesthetic_minutes,
        post_notes=row.post_notes,
        plan_id=row.plan_id,
        supervising_prescriber_id=row.supervising_prescriber_id,
    )


def toxin_facts(session: Session, form: SessionInput) -> tuple[ToxinFacts, ...]:
    """Concentration and vial age for every toxin entry, from its product's own window."""
    found: list[ToxinFacts] = []
    for index, entry in enumerate(form.modalities):
        if not isinstance(entry, ToxinInput):
            continue
        product = session.get(Product, entry.product_id)
        lot = session.get(Lot, entry.lot_id)
        window = (product.reconstitution_window_hours if product else None) or DEFAULT_WINDOW_HOURS
        hours = hours_since_reconstitution(entry.reconstituted_at, form.performed_at)
        found.append(
            ToxinFacts(
                index=index,
                product_label=f"{product.brand} ({product.nonproprietary_name})"
                if product
                else "?",
                lot_number=lot.lot_number if lot else "?",
                concentration_per_0_1ml=concentration_units_per_0_1ml(
                    entry.vial_units, entry.diluent_ml
                ),
                hours_since_reconstitution=hours,
                reconstitution_warning=hours > window,
                total_units=entry.total_units,
            )
        )
    return tuple(found)


def _refuse(field: str, code: str) -> ValidationError:
    """``code`` says what may not change; its template ends with what to do instead."""
    return ValidationError({field: Message(code)})


def check_correction(before: SessionInput, after: SessionInput) -> None:
    """A correction keeps the session's shape: what was given from which vial stays put.

    Changing a product or lot would move stock and recall history behind the practitioner's
    back, and rows are never deleted, so entries, points and events can only be corrected or
    added to, not removed.
    """
    if [m.modality for m in before.modalities] != [m.modality for m in after.modalities]:
        raise _refuse("modalities", "correction.modalities_fixed")
    for n, (old, new) in enumerate(zip(before.modalities, after.modalities, strict=True)):
        if isinstance(old, ToxinInput) and isinstance(new, ToxinInput):
            if (old.product_id, old.lot_id) != (new.product_id, new.lot_id):
                raise _refuse(f"modalities.{n}.lot_id", "correction.lot_fixed")
            if len(new.points) < len(old.points):
                raise _refuse(f"modalities.{n}.points", "correction.points_kept")
    if after.adverse_events[: len(before.adverse_events)] != before.adverse_events:
        raise _refuse("adverse_events", "correction.adverse_events_kept")


def apply_correction(session: Session, row: TreatmentSession, after: SessionInput) -> None:
    """Update the rows in place to ``after`` (already checked by ``check_correction``)."""
    before = load_content(session, row)
    apply_scalars(row, after)
    entries, toxins, points = _rows(session, row.id)
    for entry, new in zip(entries, after.modalities, strict=True):
        entry.areas = encode_areas(new)
        toxin = toxins.get(entry.id)
        if toxin is None or not isinstance(new, ToxinInput):
            entry.parameters = encode_parameters(new)
            continue
        toxin.vial_units = round(new.vial_units)
        toxin.diluent_ml = new.diluent_ml
        toxin.reconstituted_at = new.reconstituted_at
        toxin.total_units = new.total_units
        toxin.waste_units = new.waste_units
        toxin.units_per_cm3 = new.units_per_cm3
        # The session's time may have been corrected with the rest (apply_scalars above).
        for name, value in copied_from_session(row).items():
            setattr(toxin, name, value)
        stored = points[toxin.id]
        for point, value in zip(stored, new.points, strict=False):
            point.x, point.y, point.units, point.region = (
                value.x,
                value.y,
                value.units,
                value.region,
            )
        _add_points(session, toxin.id, new.points[len(stored) :])
    _add_events(session, row.id, after.adverse_events[len(before.adverse_events) :])


def amendments_of(session: Session, session_id: int) -> tuple[AmendmentRecord, ...]:
    query = (
        select(SessionAmendment)
        .where(SessionAmendment.session_id == session_id)
        .order_by(SessionAmendment.amended_at, SessionAmendment.id)
    )
    found = []
    for a in session.scalars(query):
        # Decoded and encoded again: an older version reaches the screen in today's shape.
        with reading("session_amendments", a.id):
            before, after = decode_session(a.before), decode_session(a.after)
        found.append(
            AmendmentRecord(
                a.id,
                a.amended_at,
                a.amended_by_id,
                a.reason,
                encode_session(before),
                encode_session(after),
            )
        )
    return tuple(found)


def _original(amendments: tuple[AmendmentRecord, ...], content: SessionInput) -> SessionInput:
    if not amendments:
        return content
    with reading("session_amendments", amendments[0].id):
        return decode_session(amendments[0].before)


def session_record(session: Session, row: TreatmentSession) -> SessionRecord:
    """The whole session; a part that cannot be decoded raises ``UnreadableRecordError``."""
    content = load_content(session, row)
    amendments = amendments_of(session, row.id)
    return SessionRecord(
        id=row.id,
        version=row.version,
        patient_id=row.patient_id,
        appointment_id=row.appointment_id,
        practitioner_id=row.practitioner_id,
        content=content,
        toxin=toxin_facts(session, content),
        signed_at=row.signed_at,
        signed_by_id=row.signed_by_id,
        voided_at=row.voided_at,
        amendments=amendments,
        original=_original(amendments, content),
    )


def fresh_record(session: Session, row: TreatmentSession, form: SessionInput) -> SessionRecord:
    """The record of a session just inserted from ``form``, without reading its rows back."""
    return SessionRecord(
        id=row.id,
        version=row.version,
        patient_id=row.patient_id,
        appointment_id=row.appointment_id,
        practitioner_id=row.practitioner_id,
        content=form,
        toxin=toxin_facts(session, form),
        signed_at=None,
        signed_by_id=None,
        voided_at=None,
        original=form,
    )
