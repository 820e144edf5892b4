"""Registering, editing, archiving and restoring patients."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import ContactPreference, Patient
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.enums import DocumentType, Fitzpatrick, Sex
from scardesk.domain.errors import DuplicateDocumentError, NotFoundError, ValidationError
from scardesk.domain.identity import NUMBER_FIELD
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes, PatientData, PatientInput, PatientRecord
from scardesk.domain.reminders import Channel
from scardesk.domain.search_text import patient_search_text
from scardesk.domain.time import muscat_today, utc_now
from scardesk.domain.validation import validate_patient, validate_reason
from scardesk.services.access import check


def patient_record(row: Patient) -> PatientRecord:
    data = PatientData(
        name_latin=row.name_latin,
        name_arabic=row.name_arabic,
        date_of_birth=row.date_of_birth,
        sex=Sex(row.sex),
        civil_number=row.civil_number,
        document_type=DocumentType(row.document_type) if row.document_type else None,
        document_expiry=row.document_expiry,
        phone=row.phone,
        email=row.email,
        address=row.address,
        emergency_contact_name=row.emergency_contact_name,
        emergency_contact_phone=row.emergency_contact_phone,
        fitzpatrick=Fitzpatrick(row.fitzpatrick) if row.fitzpatrick else None,
    )
    return PatientRecord(
        id=row.id,
        version=row.version,
        data=data,
        archived_at=row.archived_at,
        archive_reason=row.archive_reason,
        is_demo=row.is_demo,
        merged_into_id=row.merged_into_id,
        duplicate_of_id=row.duplicate_of_id,
    )


def document_holder(
    session: Session, data: PatientData, *, leaving_out: frozenset[int] = frozenset()
) -> int | None:
    """The live patient (not merged, not a marked legacy duplicate) holding ``data``'s
    document, if any — the same rows the unique index ``uq_patients_document`` covers."""
    if data.civil_number is None or data.document_type is None:
        return None
    statement = select(Patient.id).where(
        Patient.document_type == data.document_type.value,
        Patient.civil_number == data.civil_number,
        Patient.merged_into_id.is_(None),
        Patient.duplicate_of_id.is_(None),
    )
    if leaving_out:
        statement = statement.where(Patient.id.not_in(leaving_out))
    return session.scalar(statement.limit(1))


def duplicate_document(holder: int) -> DuplicateDocumentError:
    return DuplicateDocumentError(
        NUMBER_FIELD,
        Message("patient.document_registered_elsewhere", {"file": holder}),
        holder,
    )


def claim_document(session: Session, row: Patient, data: PatientData) -> None:
    """Refuse a document another live record holds, before anything is written.

    A record that revision 0004 marked as a legacy duplicate may keep its document unchanged
    (it waits for a merge) while its other details are edited; a new document clears the mark.
    """
    leaving_out = frozenset({row.id}) if row.id is not None else frozenset()
    holder = document_holder(session, data, leaving_out=leaving_out)
    unchanged = (
        row.document_type == (data.document_type.value if data.document_type else None)
        and row.civil_number == data.civil_number
    )
    if holder is None:
        row.duplicate_of_id = None
    elif not (unchanged and row.duplicate_of_id == holder):
        raise duplicate_document(holder)


def refuse_merged(row: Patient) -> None:
    if row.merged_into_id is not None:
        raise ValidationError(
            {"patient": Message("patient.merged_into", {"file": row.merged_into_id})}
        )


def apply_data(row: Patient, data: PatientData) -> None:
    row.name_latin = data.name_latin
    row.name_arabic = data.name_arabic
    row.search_text = patient_search_text(data.name_latin, data.name_arabic)
    row.date_of_birth = data.date_of_birth
    row.sex = data.sex.value
    row.civil_number = data.civil_number
    row.document_type = data.document_type.value if data.document_type else None
    row.document_expiry = data.document_expiry
    row.phone = data.phone
    row.email = data.email
    row.address = data.address
    row.emergency_contact_name = data.emergency_contact_name
    row.emergency_contact_phone = data.emergency_contact_phone
    row.fitzpatrick = data.fitzpatrick.value if data.fitzpatrick else None
    row.updated_at = utc_now()


def store_channel(session: Session, patient_id: int, channel: Channel) -> None:
    """The patient's choice of reminder channel, kept in the caller's transaction (and audit)."""
    row = session.get(ContactPreference, patient_id)
    if row is None:
        session.add(ContactPreference(patient_id=patient_id, channel=channel.value))
    else:
        row.channel = channel.value


class PatientService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def register(
        self,
        actor: Actor,
        form: PatientInput,
        today: date | None = None,
        reminders: Channel | None = None,
    ) -> tuple[PatientRecord, Changes]:
        """A new patient; ``reminders``, when given, is how they asked to be reminded (saved in
        the same transaction, so a registration never lacks the choice made on its form)."""
        check(self._db, actor, Permission.EDIT_DEMOGRAPHICS)
        data = validate_patient(form, today or muscat_today())
        try:
            with UnitOfWork(self._db, actor, "patient.register") as uow:
                now = utc_now()
                row = Patient(created_at=now, updated_at=now)
                claim_document(uow.session, row, data)
                apply_data(row, data)
                uow.session.add(row)
                uow.session.flush()
                if reminders is not None:
                    store_channel(uow.session, row.id, reminders)
                record = patient_record(row)
        except IntegrityError:
            raise self._raced(data) from None
        return record, Changes(patients=frozenset({record.id}))

    def _raced(self, data: PatientData) -> Exception:
        """Another workstation registered the document between our check and our write."""
        with self._db.sessions() as session:
            holder = document_holder(session, data)
        if holder is None:
            return ValidationError({NUMBER_FIELD: Message("patient.save_failed_try_again")})
        return duplicate_document(holder)

    def update(
        self,
        actor: Actor,
        patient_id: int,
        expected_version: int,
        form: PatientInput,
        today: date | None = None,
        reminders: Channel | None = None,
    ) -> tuple[PatientRecord, Changes]:
        """Save an edit made on ``expected_version``; a newer stored one raises ConflictError.
        ``reminders``, when given, replaces the reminder channel in the same transaction."""
        check(self._db, actor, Permission.EDIT_DEMOGRAPHICS)
        data = validate_patient(form, today or muscat_today())
        try:
            with UnitOfWork(self._db, actor, "patient.edit") as uow:
                row = uow.get_for_update(Patient, patient_id, expected_version)
                refuse_merged(row)
                claim_document(uow.session, row, data)
                apply_data(row, data)
                if reminders is not None:
                    store_channel(uow.session, row.id, reminders)
                uow.session.flush()
                record = patient_record(row)
        except IntegrityError:
            raise self._raced(data) from None
        return record, Changes(patients=frozenset({record.id}))

    def reminder_channel(self, actor: Actor, patient_id: int) -> Channel:
        """How the patient asked to be reminded; no stored choice means WhatsApp."""
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            row = session.get(ContactPreference, patient_id)
            return Channel(row.channel) if row is not None else Channel.WHATSAPP

    def archive(
        self, actor: Actor, patient_id: int, expected_version: int, reason: str
    ) -> tuple[PatientRecord, Changes]:
        check(self._db, actor, Permission.ARCHIVE_PATIENT)
        clean_reason = validate_reason(reason)
        with UnitOfWork(self._db, actor, "patient.archive") as uow:
            row = uow.get_for_update(Patient, patient_id, expected_version)
            refuse_merged(row)
            if row.archived_at is not None:
                raise ValidationError({"reason": Message("patient.already_archived")})
            row.archived_at = utc_now()
            row.archive_reason = clean_reason
            uow.session.flush()
            record = patient_record(row)
        return record, Changes(patients=frozenset({record.id}))

    def restore(
        self, actor: Actor, patient_id: int, expected_version: int
    ) -> tuple[PatientRecord, Changes]:
        check(self._db, actor, Permission.ARCHIVE_PATIENT)
        with UnitOfWork(self._db, actor, "patient.restore") as uow:
            row = uow.get_for_update(Patient, patient_id, expected_version)
            refuse_merged(row)
            row.archived_at = None
            row.archive_reason = None
            uow.session.flush()
            record = patient_record(row)
        return record, Changes(patients=frozenset({record.id}))

    def get(self, actor: Actor, patient_id: int) -> PatientRecord:
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)
        with self._db.sessions() as session:
            row = session.get(Patient, patient_id)
            if row is None:
                raise NotFoundError(Message("not_found.patient", {"id": patient_id}))
            return patient_record(row)
