"""The whole record of one patient as plain data: what ``record.json`` holds and the PDF prints.

Every part is read through the service the screens use (``HistoryService.entries``,
``SessionService.list_for_patient``, …), so the export decodes stored rows exactly as the app
does, and a row the app cannot decode is kept in its place as
``{"unreadable": true, "table": …, "id": …}`` — never dropped, never read as "nothing".

Conventions of the plain data (``record.json`` version 1): times are ISO 8601 in UTC with their
offset, dates ISO 8601, enumerations by their stored value, staff by display name, rows by id.
Bytes (photos, signatures, PDFs) are not in it: photos and issued documents are files beside
it, named in ``photos[].file`` and ``documents[].file``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, IssuedDocument, Patient, Photo, TreatmentSession
from scardesk.db.unit_of_work import Actor
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.errors import NotFoundError, UnreadableRecordError
from scardesk.domain.history import latest_answers
from scardesk.domain.photos import PhotoInfo
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services import document_builders as build
from scardesk.services.appointments import AppointmentService
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService, stored_signature
from scardesk.services.export_files import as_jpeg
from scardesk.services.export_items import (
    Names,
    appointment_item,
    assessment_item,
    consent_item,
    history_item,
    plain,
    plan_item,
    session_item,
    unreadable,
)
from scardesk.services.history import HistoryService
from scardesk.services.listing import read_each, readable
from scardesk.services.patients import PatientService
from scardesk.services.photos import PhotoService, stored_image
from scardesk.services.plans import PlanService
from scardesk.services.sessions import SessionService

FORMAT = "scardesk-patient-export"
VERSION = 1
#: The lists of records in ``record.json``, in the order the PDF prints them.
SECTIONS = (
    "medical_history",
    "consents",
    "assessments",
    "sessions",
    "appointments",
    "photos",
    "plans",
    "documents",
)

T = TypeVar("T")


@dataclass
class Attachment:
    """A file of the ZIP beside ``record.json``: its path in the ZIP and its bytes."""

    path: str
    data: bytes


@dataclass
class Gathered:
    """The plain record, the clinic header for the PDF, and the photo and document files."""

    record: dict[str, Any]
    clinic: ClinicHeader
    photos: list[Attachment] = field(default_factory=list)
    documents: list[Attachment] = field(default_factory=list)
    signatures: list[Attachment] = field(default_factory=list)

    @property
    def unreadable_count(self) -> int:
        return sum(1 for key in SECTIONS for item in self.record[key] if item.get("unreadable"))


def _each(
    items: Iterable[T | UnreadableRecord], convert: Callable[[T], dict[str, Any]]
) -> list[dict[str, Any]]:
    return [unreadable(i) if isinstance(i, UnreadableRecord) else convert(i) for i in items]


def _oldest_first(items: list[T | UnreadableRecord]) -> list[T | UnreadableRecord]:
    """The services list newest first; a record reads from its beginning. Placeholders keep
    their place between their neighbours (their own date may be unknown)."""
    return list(reversed(items))


def gather(database: Database, actor: Actor, patient_id: int, exported_at: datetime) -> Gathered:
    """Read everything stored about the patient; the caller has checked the actor may."""
    patient = PatientService(database).get(actor, patient_id)
    with database.sessions() as session:
        names = Names(session)
        clinic = build.clinic_header(session)
        merged_from = list(
            session.scalars(
                select(Patient.id).where(Patient.merged_into_id == patient_id).order_by(Patient.id)
            )
        )
        void_reasons = _void_reasons(session, TreatmentSession, patient_id)
        photo_reasons = _void_reasons(session, Photo, patient_id)
        documents, document_files = _documents(session, patient_id, names)
    data = patient.data
    record: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
        "exported_by": names(actor.user_id),
        "clinic": {
            "name": clinic.name,
            "name_arabic": clinic.name_arabic,
            "address": clinic.address,
            "address_arabic": clinic.address_arabic,
            "phone": clinic.phone_e164 or None,
        },
        "patient": {
            "id": patient.id,
            "name_latin": data.name_latin,
            "name_arabic": data.name_arabic,
            "date_of_birth": data.date_of_birth.isoformat(),
            "sex": data.sex.value,
            "identity_document": {
                "type": plain(data.document_type),
                "number": data.civil_number,
                "expiry": plain(data.document_expiry),
            },
            "phone": data.phone,
            "email": data.email,
            "address": data.address,
            "emergency_contact": {
                "name": data.emergency_contact_name,
                "phone": data.emergency_contact_phone,
            },
            "fitzpatrick": plain(data.fitzpatrick),
            "archived_at": plain(patient.archived_at),
            "archive_reason": patient.archive_reason,
            "merged_from": merged_from,
        },
    }
    history = HistoryService(database).entries(actor, patient_id)
    current = {a.entry_id for a in latest_answers(readable(history)).values()}
    record["medical_history"] = _each(history, lambda a: history_item(a, names, current))
    consent_service = ConsentService(database)
    consents = consent_service.list_for_patient(actor, patient_id)
    record["consents"] = _each(_oldest_first(consents), lambda c: consent_item(c, names))
    signatures = _signatures(database, record["consents"])
    record["assessments"] = _assessments(database, actor, patient_id, names)
    sessions = SessionService(database).list_for_patient(actor, patient_id)
    record["sessions"] = _each(
        _oldest_first(sessions), lambda s: session_item(s, names, void_reasons)
    )
    record["appointments"] = _appointments(database, actor, patient_id)
    photos, photo_files = _photos(database, actor, patient_id, photo_reasons)
    record["photos"] = photos
    plans = PlanService(database).list_for_patient(actor, patient_id)
    record["plans"] = _each(_oldest_first(plans), lambda p: plan_item(p, names))
    record["documents"] = documents
    return Gathered(record, clinic, photo_files, document_files, signatures)


def _signatures(database: Database, consents: list[dict[str, Any]]) -> list[Attachment]:
    """The signature each consent was given with, as captured (PNG), named in its entry.

    Read unlogged: the export is logged once as itself (document.export)."""
    files = []
    with database.sessions() as session:
        for item in consents:
            if item.get("signed"):
                name = f"signatures/consent-{item['id']}.png"
                files.append(Attachment(name, stored_signature(session, item["id"])[1]))
                item["signature_file"] = name
    return files


def _appointments(database: Database, actor: Actor, patient_id: int) -> list[dict[str, Any]]:
    """Every booking, cancelled and missed ones too, oldest first."""
    service = AppointmentService(database)
    with database.sessions() as session:
        rows = session.execute(
            select(Appointment.id, Appointment.starts_at)
            .where(Appointment.patient_id == patient_id)
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
    found = read_each("appointments", rows, lambda row: service.get(actor, row.id), "starts_at")
    return _each(found, appointment_item)


def _void_reasons(
    session: Session, model: type[TreatmentSession] | type[Photo], patient_id: int
) -> dict[int, str | None]:
    """Why each voided row was voided (the services' records carry only the time)."""
    rows = session.execute(
        select(model.id, model.void_reason).where(
            model.patient_id == patient_id, model.voided_at.is_not(None)
        )
    )
    return {row_id: reason for row_id, reason in rows}


def _assessments(
    database: Database, actor: Actor, patient_id: int, names: Names
) -> list[dict[str, Any]]:
    """Each assessment in full (regions, suitability), voided ones too, oldest first."""
    service = AssessmentService(database)
    found: list[dict[str, Any]] = []
    for item in reversed(service.list_for_patient(actor, patient_id, include_voided=True)):
        if isinstance(item, UnreadableRecord):
            found.append(unreadable(item))
            continue
        try:
            full = service.get(actor, item.id)
        except UnreadableRecordError as error:
            placeholder = UnreadableRecord.of(error, "assessments", item.id, item.assessed_at)
            found.append(unreadable(placeholder))
            continue
        found.append(assessment_item(full, names))
    return found


def _photo_name(info: PhotoInfo) -> str:
    day = info.taken_at.date().isoformat()
    voided = "-voided" if info.voided_at else ""
    return f"photos/photo-{info.id}-{day}-{info.view.value}{voided}.jpg"


def _photos(
    database: Database, actor: Actor, patient_id: int, void_reasons: Mapping[int, str | None]
) -> tuple[list[dict[str, Any]], list[Attachment]]:
    """Every photo, voided ones too (marked), oldest first, each as a JPEG file."""
    service = PhotoService(database)
    listed: list[dict[str, Any]] = []
    files: list[Attachment] = []
    items = service.list_for_patient(actor, patient_id, include_voided=True)
    for info in reversed(items):
        if isinstance(info, UnreadableRecord):
            listed.append(unreadable(info))
            continue
        try:
            with database.sessions() as session:  # unlogged: the export is its own read
                jpeg = as_jpeg(stored_image(session, info.id).data, info.media_type)
        except (UnreadableRecordError, NotFoundError):
            # A missing or undecodable image: the photo is listed as unreadable, not left out.
            part = UnreadableRecord("photos", info.id, info.taken_at, "photo_images", info.id)
            listed.append(unreadable(part))
            continue
        name = _photo_name(info)
        files.append(Attachment(name, jpeg))
        listed.append(
            {
                "id": info.id,
                "file": name,
                "view": info.view.value,
                "taken_at": info.taken_at.isoformat(),
                "width": info.width,
                "height": info.height,
                "stored_media_type": info.media_type,
                "stored_sha256": info.sha256,
                "assessment_id": info.assessment_id,
                "session_id": info.session_id,
                "voided_at": plain(info.voided_at),
                "void_reason": void_reasons.get(info.id) if info.voided_at else None,
            }
        )
    return listed, files


def _documents(
    session: Session, patient_id: int, names: Names
) -> tuple[list[dict[str, Any]], list[Attachment]]:
    """Every issued document exactly as stored, oldest first.

    Read here rather than through ``DocumentService.reprint``, which audits each reprint: the
    export is one audited event. A stored PDF that no longer matches its SHA-256 is listed as
    unreadable (as a reprint refuses it), not handed over as if it were the issued one.
    """
    listed: list[dict[str, Any]] = []
    files: list[Attachment] = []
    rows = session.scalars(
        select(IssuedDocument)
        .where(IssuedDocument.patient_id == patient_id)
        .order_by(IssuedDocument.issued_at, IssuedDocument.id)
    )
    for row in rows:
        data = bytes(row.pdf)
        if hashlib.sha256(data).hexdigest() != row.sha256:
            placeholder = UnreadableRecord("issued_documents", row.id, row.issued_at)
            listed.append(unreadable(placeholder))
            continue
        name = f"documents/document-{row.id}-{row.kind}-{row.issued_at.date().isoformat()}.pdf"
        files.append(Attachment(name, data))
        listed.append(
            {
                "id": row.id,
                "file": name,
                "kind": row.kind,
                "session_id": row.session_id,
                "modality": row.modality,
                "issued_at": row.issued_at.isoformat(),
                "issued_by": names(row.issued_by_id),
                "pages": row.pages,
                "sha256": row.sha256,
                "content_version": row.content_version,
            }
        )
    return listed, files
