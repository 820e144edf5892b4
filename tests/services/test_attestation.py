"""Signing a session, capturing a consent and approving a merge each take the signer's password:
a wrong one writes nothing and is audited as a refusal, never with the password."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, select, update

from scardesk.db.engine import WRITE_OPTION, Database
from scardesk.db.models import AuditEvent, Consent, Patient, TreatmentSession, User
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.enums import ConsentPurpose
from scardesk.domain.errors import AttestationError, ValidationError
from scardesk.services.attest import attested
from scardesk.services.consents import ConsentService
from scardesk.services.merge import PatientMergeService
from scardesk.services.patients import PatientService
from scardesk.services.sessions import SessionService
from tests.helpers import FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha, audit_count
from tests.services.session_fixtures import Clinic, combined_session, make_clinic
from tests.services.test_consent_service import signature

WRONG = "Staff-password-8"


def _events(database: Database, action: str) -> list[AuditEvent]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _no_password_stored(database: Database, *passwords: str) -> None:
    with database.sessions() as session:
        for row in session.scalars(select(AuditEvent)):
            text = json.dumps([row.before, row.after], ensure_ascii=False)
            assert not any(password in text for password in passwords)


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def test_a_wrong_password_signs_nothing_and_the_refusal_is_audited(
    database: Database, clinic: Clinic
) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    before = audit_count(database)
    for attempt in (WRONG, "", None):
        with pytest.raises(AttestationError) as raised:
            service.sign(PRACTITIONER, record.id, record.version, password=attempt)
        assert isinstance(raised.value, ValidationError)
        assert "not signed" in raised.value.field_errors["password"]
    stored = service.get(PRACTITIONER, record.id)
    assert not stored.is_signed and stored.version == record.version
    refusals = _events(database, "session.sign_refused")
    assert audit_count(database) == before + 3 and len(refusals) == 3
    assert {(e.user_id, e.entity, e.entity_id) for e in refusals} == {
        (PRACTITIONER.user_id, "treatment_sessions", record.id)
    }
    assert {e.patient_id for e in refusals} == {clinic.patient_id}  # in her audit trail
    assert _events(database, "session.sign") == []
    _no_password_stored(database, WRONG, STAFF_PASSWORD)


def test_the_right_password_signs(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    signed, _ = service.sign(PRACTITIONER, record.id, record.version, password=STAFF_PASSWORD)
    assert signed.is_signed and signed.signed_by_id == PRACTITIONER.user_id
    assert _events(database, "session.sign_refused") == []
    _no_password_stored(database, STAFF_PASSWORD)


def test_the_system_actor_attests_without_a_password(database: Database) -> None:
    before = audit_count(database)
    with attested(database, SYSTEM, "test.attest", None, entity="patients", entity_id=None) as uow:
        uow.note("patients", None)
    assert audit_count(database) == before + 1
    assert _events(database, "test.attest_refused") == []


def test_a_consent_is_captured_only_with_the_capturers_password(database: Database) -> None:
    patient_id = PatientService(database).register(FRONT_DESK, aisha())[0].id
    service = ConsentService(database)
    photos = ConsentPurpose.CLINICAL_PHOTOS
    with pytest.raises(AttestationError):
        service.capture(PRACTITIONER, patient_id, photos, "2026-1", signature(), password=WRONG)
    with database.sessions() as session:
        assert session.scalars(select(Consent)).all() == []
    (refusal,) = _events(database, "consent.capture_refused")
    assert (refusal.entity, refusal.entity_id, refusal.patient_id) == (
        "patients",
        patient_id,
        patient_id,
    )
    record, _ = service.capture(
        PRACTITIONER, patient_id, photos, "2026-1", signature(), password=STAFF_PASSWORD
    )
    assert service.valid_purposes(PRACTITIONER, patient_id) == {photos}
    assert record.captured_by_id == PRACTITIONER.user_id
    _no_password_stored(database, WRONG, STAFF_PASSWORD)


def test_a_merge_is_approved_only_with_the_approvers_password(database: Database) -> None:
    patients = PatientService(database)
    survivor = patients.register(FRONT_DESK, aisha())[0]
    other = patients.register(FRONT_DESK, aisha(civil_number="87654321", phone="9222 3333"))[0]
    service = PatientMergeService(database)
    seen = ((survivor.id, survivor.version), (other.id, other.version))
    with pytest.raises(AttestationError):
        service.merge(PRACTITIONER, *seen, {}, "same person", password=WRONG)
    with database.sessions() as session:
        assert session.get(Patient, other.id).merged_into_id is None  # type: ignore[union-attr]
    (refusal,) = _events(database, "patient.merge_refused")
    assert (refusal.entity_id, refusal.after) == (survivor.id, {"merged_id": other.id})
    assert _events(database, "patient.merge") == []
    result, _ = service.merge(PRACTITIONER, *seen, {}, "same person", password=STAFF_PASSWORD)
    assert result.merged.merged_into_id == survivor.id
    _no_password_stored(database, WRONG, STAFF_PASSWORD)


def test_a_user_whose_password_was_never_set_cannot_attest(
    database: Database, clinic: Clinic
) -> None:
    """An account with no usable hash (a legacy placeholder) is refused, whatever is typed."""
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(password_hash="-"))
    for attempt in ("-", STAFF_PASSWORD):
        with pytest.raises(AttestationError):
            service.sign(PRACTITIONER, record.id, record.version, password=attempt)
    with database.sessions() as session:
        assert session.get(TreatmentSession, record.id).signed_at is None  # type: ignore[union-attr]


def test_a_password_changed_between_the_check_and_the_write_refuses_the_signature(
    database: Database, clinic: Clinic
) -> None:
    """The hash is checked before the write transaction and read again inside it: a reset
    made meanwhile on another workstation (here: written as the transaction opens) refuses."""
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    changed: list[bool] = []

    def reset_as_the_write_opens(_session: object, _transaction: object, connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get(WRITE_OPTION) and not changed:
            changed.append(True)
            connection.execute(update(User).where(User.id == 3).values(password_hash="reset"))

    event.listen(database.sessions, "after_begin", reset_as_the_write_opens)
    try:
        with pytest.raises(AttestationError):
            service.sign(PRACTITIONER, record.id, record.version, password=STAFF_PASSWORD)
    finally:
        event.remove(database.sessions, "after_begin", reset_as_the_write_opens)
    assert changed == [True]
    with database.sessions() as session:
        assert session.get(TreatmentSession, record.id).signed_at is None  # type: ignore[union-attr]
    assert len(_events(database, "session.sign_refused")) == 1
