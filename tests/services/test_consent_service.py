"""The consent ledger: capture with a signature, withdrawal, validity per purpose."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image

from scardesk.db.engine import Database
from scardesk.db.models import Consent
from scardesk.domain.consents import purpose_for_modality
from scardesk.domain.enums import ConsentPurpose, Modality
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.time import utc_now
from scardesk.services.consents import ConsentService
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha, audit_count, count

PHOTOS = ConsentPurpose.CLINICAL_PHOTOS


def signature() -> bytes:
    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    for x in range(20, 280):
        image.putpixel((x, 50 + (x % 7)), (0, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_captured_consent_is_valid_and_keeps_its_signature(
    database: Database, patient_id: int
) -> None:
    service = ConsentService(database)
    record, changes = service.capture(
        PRACTITIONER, patient_id, PHOTOS, "2026-1", signature(), password=STAFF_PASSWORD
    )
    assert record.has_signature and record.captured_by_id == PRACTITIONER.user_id
    assert changes.patients == {patient_id}
    assert service.valid_purposes(PRACTITIONER, patient_id) == {PHOTOS}
    assert service.signature(PRACTITIONER, record.id) == signature()
    status = service.status(PRACTITIONER, patient_id)
    assert status[PHOTOS] == record and status[ConsentPurpose.MARKETING_PHOTOS] is None


def test_withdrawal_ends_validity_from_its_date_and_keeps_the_row(
    database: Database, patient_id: int
) -> None:
    service = ConsentService(database)
    given_at = utc_now() - timedelta(days=30)
    record, _ = service.capture(
        PRACTITIONER,
        patient_id,
        PHOTOS,
        "2026-1",
        signature(),
        now=given_at,
        password=STAFF_PASSWORD,
    )
    letter = utc_now() - timedelta(days=2)
    withdrawn, _ = service.withdraw(
        PRACTITIONER, record.id, record.version, "letter from patient", letter
    )
    assert withdrawn.withdrawn_at == letter and withdrawn.withdrawal_reason == "letter from patient"
    assert service.valid_purposes(PRACTITIONER, patient_id) == set()
    assert service.valid_purposes(PRACTITIONER, patient_id, at=letter - timedelta(days=1)) == {
        PHOTOS
    }
    assert count(database, Consent) == 1


def test_a_withdrawal_cannot_predate_the_consent_or_be_in_the_future(
    database: Database, patient_id: int
) -> None:
    service = ConsentService(database)
    record, _ = service.capture(
        PRACTITIONER, patient_id, PHOTOS, "2026-1", signature(), password=STAFF_PASSWORD
    )
    for when in (record.captured_at - timedelta(days=1), utc_now() + timedelta(days=1)):
        with pytest.raises(ValidationError) as raised:
            service.withdraw(PRACTITIONER, record.id, record.version, "asked", when)
        assert "withdrawn_at" in raised.value.field_errors
    assert service.valid_purposes(PRACTITIONER, patient_id) == {PHOTOS}


def test_withdrawing_a_stale_copy_is_a_conflict(database: Database, patient_id: int) -> None:
    service = ConsentService(database)
    record, _ = service.capture(
        PRACTITIONER, patient_id, PHOTOS, "2026-1", signature(), password=STAFF_PASSWORD
    )
    service.withdraw(PRACTITIONER, record.id, record.version, "asked")
    with pytest.raises(ConflictError):
        service.withdraw(PRACTITIONER, record.id, record.version, "asked again")


def test_a_capture_without_signature_or_form_version_saves_nothing(
    database: Database, patient_id: int
) -> None:
    before = audit_count(database)
    with pytest.raises(ValidationError) as raised:
        ConsentService(database).capture(
            PRACTITIONER, patient_id, PHOTOS, " ", None, password=STAFF_PASSWORD
        )
    assert set(raised.value.field_errors) == {"form_version", "signature"}
    with pytest.raises(ValidationError, match="damaged"):
        ConsentService(database).capture(
            PRACTITIONER,
            patient_id,
            PHOTOS,
            "2026-1",
            b"\x89PNG\r\n\x1a\nbroken",
            password=STAFF_PASSWORD,
        )
    assert count(database, Consent) == 0 and audit_count(database) == before


def test_a_child_needs_a_guardian_to_sign(database: Database) -> None:
    child = PatientService(database).register(FRONT_DESK, aisha(date_of_birth="1/1/2015"))[0].id
    service = ConsentService(database)
    purpose = purpose_for_modality(Modality.MICRONEEDLING)
    with pytest.raises(ValidationError) as raised:
        service.capture(
            PRACTITIONER, child, purpose, "2026-1", signature(), password=STAFF_PASSWORD
        )
    assert "guardian" in raised.value.field_errors["signed_by_guardian"]
    record, _ = service.capture(
        PRACTITIONER,
        child,
        purpose,
        "2026-1",
        signature(),
        "Said Al Balushi",
        password=STAFF_PASSWORD,
    )
    assert record.signed_by_guardian == "Said Al Balushi"
    assert service.valid_purposes(PRACTITIONER, child) == {ConsentPurpose.TREATMENT_MICRONEEDLING}


def test_front_desk_and_admin_are_denied_every_consent_action(
    database: Database, patient_id: int
) -> None:
    service = ConsentService(database)
    record, _ = service.capture(
        PRACTITIONER, patient_id, PHOTOS, "2026-1", signature(), password=STAFF_PASSWORD
    )
    for actor in (FRONT_DESK, ADMIN):
        with pytest.raises(PermissionDeniedError):
            service.capture(
                actor, patient_id, PHOTOS, "2026-1", signature(), password=STAFF_PASSWORD
            )
        with pytest.raises(PermissionDeniedError):
            service.withdraw(actor, record.id, record.version, "asked")
        with pytest.raises(PermissionDeniedError):
            service.valid_purposes(actor, patient_id)
        with pytest.raises(PermissionDeniedError):
            service.signature(actor, record.id)
    assert count(database, Consent) == 1
    assert service.list_for_patient(PRACTITIONER, patient_id)[0].withdrawn_at is None
