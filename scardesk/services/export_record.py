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

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import IssuedDocument, Patient, Photo, TreatmentSession, User
from scardesk.db.unit_of_work import Actor
from scardesk.domain.assessment import AssessmentRecord
from scardesk.domain.consents import ConsentRecord
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.errors import NotFoundError, UnreadableRecordError
from scardesk.domain.history import QUESTION_BY_FACT, HistoryAnswer, latest_answers
from scardesk.domain.photos import PhotoInfo
from scardesk.domain.plans import PlanRecord
from scardesk.domain.sessions import SessionRecord, ToxinInput
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services import document_builders as build
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.export_files import as_jpeg
from scardesk.services.history import HistoryService
from scardesk.services.listing import readable
from scardesk.services.patients import PatientService
from scardesk.services.photos import PhotoService
from scardesk.services.plans import PlanService
from scardesk.services.sessions import SessionService

FORMAT = "scardesk-patient-export"
VERSION = 1
COMMAND_LINE = "command line"
#: The lists of records in ``record.json``, in the order the PDF prints them.
SECTIONS = (
    "medical_history",
    "consents",
    "assessments",
    "sessions",
    "photos",
    "plans",
    "documents",
)

T = TypeVar("T")


def plain(value: Any) -> Any:
    """A domain value as JSON-ready data (dataclasses by field name; bytes are left out)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not isinstance(getattr(value, f.name), bytes | bytearray)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def unreadable(item: UnreadableRecord) -> dict[str, Any]:
    return {
        "unreadable": True,
        "table": item.table,
        "id": item.row_id,
        "part": f"{item.part_table} #{item.part_id}" if item.part_table else None,
        "date": plain(item.when),
    }


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

    @property
    def unreadable_count(self) -> int:
        return sum(1 for key in SECTIONS for item in self.record[key] if item.get("unreadable"))


class _Names:
    """Staff display names by user id, read once per export (None is the command line)."""

    def __init__(self, session: Session) -> None:
        self._names = {
            uid: name for uid, name in session.execute(select(User.id, User.display_name))
        }

    def __call__(self, user_id: int | None) -> str:
        if user_id is None:
            return COMMAND_LINE
        return self._names.get(user_id, f"user #{user_id}")


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
        names = _Names(session)
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
    record["medical_history"] = _each(history, lambda a: _history(a, names, current))
    consents = ConsentService(database).list_for_patient(actor, patient_id)
    record["consents"] = _each(_oldest_first(consents), lambda c: _consent(c, names))
    record["assessments"] = _assessments(database, actor, patient_id, names)
    sessions = SessionService(database).list_for_patient(actor, patient_id)
    record["sessions"] = _each(_oldest_first(sessions), lambda s: _session(s, names, void_reasons))
    photos, photo_files = _photos(database, actor, patient_id, photo_reasons)
    record["photos"] = photos
    plans = PlanService(database).list_for_patient(actor, patient_id)
    record["plans"] = _each(_oldest_first(plans), lambda p: _plan(p, names))
    record["documents"] = documents
    return Gathered(record, clinic, photo_files, document_files)


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


def _history(answer: HistoryAnswer, names: _Names, current: set[int]) -> dict[str, Any]:
    question = QUESTION_BY_FACT.get(answer.fact)
    return {
        "id": answer.entry_id,
        "fact": answer.fact.value,
        "question": question.label if question else answer.fact.value,
        "answer": answer.answer.value,
        "fact_date": plain(answer.fact_date),
        "detail": answer.detail or None,
        "recorded_at": answer.recorded_at.isoformat(),
        "recorded_by": names(answer.recorded_by_id),
        #: False for a voided answer and for one a later answer to the same question replaced.
        "current": answer.entry_id in current,
        "voided_at": plain(answer.voided_at),
        "void_reason": answer.void_reason,
    }


def _consent(consent: ConsentRecord, names: _Names) -> dict[str, Any]:
    return {
        "id": consent.id,
        "purpose": consent.purpose.value,
        "form_version": consent.form_version,
        "captured_at": consent.captured_at.isoformat(),
        "captured_by": names(consent.captured_by_id),
        "signed": consent.has_signature,
        "signed_by_guardian": consent.signed_by_guardian,
        "withdrawn_at": plain(consent.withdrawn_at),
        "withdrawn_by": names(consent.withdrawn_by_id) if consent.withdrawn_at else None,
        "withdrawal_reason": consent.withdrawal_reason,
    }


def _assessments(
    database: Database, actor: Actor, patient_id: int, names: _Names
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
        found.append(_assessment(full, names))
    return found


def _assessment(record: AssessmentRecord, names: _Names) -> dict[str, Any]:
    data = record.data
    return {
        "id": record.id,
        "assessed_at": data.assessed_at.isoformat(),
        "practitioner": names(record.practitioner_id),
        "fitzpatrick": plain(data.fitzpatrick),
        "goodman_baron_grade": plain(data.gb_grade),
        "goodman_baron_score": record.gb_total,
        "goodman_baron_counts": plain(data.gb_counts),
        "ecca_score": record.ecca_total,
        "ecca_counts": plain(data.ecca_counts),
        "regions": plain(data.regions),
        "suitability": plain(data.suitability),
        "scar_s_face": data.scar_s_face,
        "notes": data.notes,
        "voided_at": plain(record.voided_at),
        "void_reason": record.void_reason,
    }


def _session(
    record: SessionRecord, names: _Names, void_reasons: Mapping[int, str | None]
) -> dict[str, Any]:
    content = record.content
    facts = {fact.index: fact for fact in record.toxin}
    modalities = []
    for index, entry in enumerate(content.modalities):
        item = {"modality": entry.modality.value, **plain(entry)}
        if isinstance(entry, ToxinInput) and index in facts:
            item["product"] = facts[index].product_label
            item["lot_number"] = facts[index].lot_number
            item["concentration_units_per_0_1_ml"] = facts[index].concentration_per_0_1ml
        modalities.append(item)
    session = plain(content)
    session.update(
        {
            "id": record.id,
            "practitioner": names(record.practitioner_id),
            "appointment_id": record.appointment_id,
            "modalities": modalities,
            "signed_at": plain(record.signed_at),
            "signed_by": names(record.signed_by_id) if record.signed_at else None,
            "voided_at": plain(record.voided_at),
            "void_reason": void_reasons.get(record.id) if record.voided_at else None,
            "amendments": [
                {
                    "id": a.id,
                    "amended_at": a.amended_at.isoformat(),
                    "amended_by": names(a.amended_by_id),
                    "reason": a.reason,
                    "changed": sorted(k for k in a.after if a.before.get(k) != a.after.get(k)),
                    "before": plain(a.before),
                    "after": plain(a.after),
                }
                for a in record.amendments
            ],
        }
    )
    session.pop("supervising_prescriber_id", None)
    session["supervising_prescriber"] = (
        names(content.supervising_prescriber_id) if content.supervising_prescriber_id else None
    )
    return session


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
            jpeg = as_jpeg(service.image(actor, info.id).data, info.media_type)
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


def _plan(plan: PlanRecord, names: _Names) -> dict[str, Any]:
    return {
        "id": plan.id,
        "status": plan.status.value,
        "goals": plan.goals,
        "started_on": plain(plan.started_on),
        "created_at": plan.created_at.isoformat(),
        "created_by": names(plan.created_by_id),
        "stop_reason": plan.stop_reason,
        "items": [
            {
                "modality": item.modality.value,
                "sessions_planned": item.sessions_planned,
                "interval_days": item.interval_days,
                "notes": item.notes,
            }
            for item in plan.items
        ],
    }


def _documents(
    session: Session, patient_id: int, names: _Names
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
