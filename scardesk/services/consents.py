"""The consent ledger: capture with a drawn signature, withdraw with a reason, and validity.

A consent row is never changed except to add its withdrawal; the signature image is stored
as the proof the PDPL asks for. Other services (photos, the safety gate) ask
``valid_purposes`` rather than reading the table themselves.
"""

from __future__ import annotations

import io
from datetime import datetime

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Consent
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.consents import (
    ConsentRecord,
    consent_status,
    guardian_required,
    valid_purposes,
    validate_capture,
    validate_withdrawal_time,
)
from scardesk.domain.enums import ConsentPurpose
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.read_events import ReadKind, read_action
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check
from scardesk.services.attest import attested
from scardesk.services.history import require_patient
from scardesk.services.listing import read_each, readable
from scardesk.services.read_log import note_read

SIGNATURE_MAX_BYTES = 2_000_000


def consent_record(row: Consent) -> ConsentRecord:
    return ConsentRecord(
        id=row.id,
        version=row.version,
        patient_id=row.patient_id,
        purpose=ConsentPurpose(row.purpose),
        form_version=row.form_version,
        captured_at=row.captured_at,
        captured_by_id=row.captured_by_id,
        has_signature=row.signature_png is not None,
        signed_by_guardian=row.signed_by_guardian,
        withdrawn_at=row.withdrawn_at,
        withdrawn_by_id=row.withdrawn_by_id,
        withdrawal_reason=row.withdrawal_reason,
    )


def _check_signature_image(data: bytes | None) -> None:
    """The pad's PNG must decode and not be blank-sized or huge: it is the legal proof."""
    if not data:
        return  # the domain reports the missing signature
    if len(data) > SIGNATURE_MAX_BYTES:
        raise ValidationError({"signature": Message("consent.signature_too_large")})
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            if image.format != "PNG":
                raise ValidationError({"signature": Message("consent.signature_not_png")})
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError({"signature": Message("consent.signature_damaged")}) from error


def stored_signature(session: Session, consent_id: int) -> tuple[int, bytes]:
    """(patient id, signature PNG), unlogged: for callers that checked and log their own read."""
    row = session.get(Consent, consent_id)
    if row is None or row.signature_png is None:
        raise NotFoundError(Message("not_found.consent_signature", {"id": consent_id}))
    return row.patient_id, bytes(row.signature_png)


class ConsentService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def capture(
        self,
        actor: Actor,
        patient_id: int,
        purpose: ConsentPurpose | str,
        form_version: str,
        signature_png: bytes | None,
        signed_by_guardian: str = "",
        now: datetime | None = None,
        *,
        password: str | None = None,
    ) -> tuple[ConsentRecord, Changes]:
        """Record a consent the patient (or guardian) has just signed.

        The user capturing it attests that they witnessed the signature, with their password
        (see services.attest).
        """
        check(self._db, actor, Permission.EDIT_CLINICAL)
        if actor.user_id is None:
            raise ValidationError({"captured_by": Message("consent.needs_signed_in_user")})
        moment = now or utc_now()
        with attested(
            self._db,
            actor,
            "consent.capture",
            password,
            entity="patients",
            entity_id=patient_id,
        ) as uow:
            patient = require_patient(uow.session, patient_id)
            needs_guardian = guardian_required(patient.date_of_birth, muscat_today(moment))
            data = validate_capture(
                str(purpose), form_version, signature_png, signed_by_guardian, needs_guardian
            )
            _check_signature_image(data.signature_png)
            row = Consent(
                patient_id=patient_id,
                purpose=data.purpose.value,
                form_version=data.form_version,
                captured_at=moment,
                captured_by_id=actor.user_id,
                signature_png=data.signature_png,
                signed_by_guardian=data.signed_by_guardian,
            )
            uow.session.add(row)
            uow.session.flush()
            record = consent_record(row)
        return record, Changes(patients=frozenset({patient_id}))

    def withdraw(
        self,
        actor: Actor,
        consent_id: int,
        expected_version: int,
        reason: str,
        withdrawn_at: datetime | None = None,
        now: datetime | None = None,
    ) -> tuple[ConsentRecord, Changes]:
        """Withdraw a consent from ``withdrawn_at`` (default now; may be back-dated to a letter)."""
        check(self._db, actor, Permission.EDIT_CLINICAL)
        clean_reason = validate_reason(reason)
        moment = now or utc_now()
        with UnitOfWork(self._db, actor, "consent.withdraw") as uow:
            row = uow.get_for_update(Consent, consent_id, expected_version)
            if row.withdrawn_at is not None:
                raise ValidationError({"reason": Message("consent.already_withdrawn")})
            when = validate_withdrawal_time(withdrawn_at or moment, row.captured_at, moment)
            row.withdrawn_at = when
            row.withdrawn_by_id = actor.user_id
            row.withdrawal_reason = clean_reason
            uow.session.flush()
            record = consent_record(row)
        return record, Changes(patients=frozenset({record.patient_id}))

    def list_for_patient(
        self, actor: Actor, patient_id: int
    ) -> list[ConsentRecord | UnreadableRecord]:
        """Every consent of the patient, newest first, withdrawn ones included.

        One that cannot be decoded is listed as an ``UnreadableRecord`` (and is valid for
        nothing: an unreadable consent never lets a treatment through).
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            rows = session.scalars(
                select(Consent)
                .where(Consent.patient_id == patient_id)
                .order_by(Consent.captured_at.desc(), Consent.id.desc())
            )
            return read_each("consents", rows, consent_record, when="captured_at")

    def valid_purposes(
        self, actor: Actor, patient_id: int, at: datetime | None = None
    ) -> set[ConsentPurpose]:
        """Purposes with a consent valid at ``at`` (default now). The safety gate reads this."""
        return valid_purposes(readable(self.list_for_patient(actor, patient_id)), at or utc_now())

    def status(
        self, actor: Actor, patient_id: int, at: datetime | None = None
    ) -> dict[ConsentPurpose, ConsentRecord | None]:
        """For the patient screen: every purpose with its valid consent, or None."""
        return consent_status(readable(self.list_for_patient(actor, patient_id)), at or utc_now())

    def signature(self, actor: Actor, consent_id: int) -> bytes:
        """The signature PNG as captured; showing it is a view of the consent (consent.view)."""
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with UnitOfWork(self._db, actor, read_action(ReadKind.CONSENT_VIEW)) as uow:
            patient_id, signature = stored_signature(uow.session, consent_id)
            note_read(uow, ReadKind.CONSENT_VIEW, patient_id, "consents", consent_id)
        return signature
