"""What the gate is told about a patient: the domain's rules over the stored rows."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image

from scardesk.db.engine import Database
from scardesk.db.models import Patient
from scardesk.db.unit_of_work import Actor
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import Answer, ConsentPurpose, Fitzpatrick, HistoryFact, Role
from scardesk.domain.time import MUSCAT
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.patients import PatientService
from scardesk.services.safety_facts import patient_facts
from scardesk.services.users import UserService
from tests.helpers import FRONT_DESK, STAFF_PASSWORD, aisha


def _signature_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def doctor(database: Database) -> Actor:
    from scardesk.db.unit_of_work import SYSTEM

    record = UserService(database).add_user(
        SYSTEM, "m.hinai", "Dr Maryam", Role.PRACTITIONER, STAFF_PASSWORD
    )
    return Actor(record.id, record.role)


def _facts(database: Database, patient_id: int):
    with database.sessions() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        return patient_facts(session, patient)


def test_pregnancy_questions_do_not_stay_open_for_a_male_patient(database: Database) -> None:
    man, _ = PatientService(database).register(
        FRONT_DESK, aisha(name_latin="Ahmed Said", sex="male", civil_number="87654321")
    )
    woman, _ = PatientService(database).register(FRONT_DESK, aisha())
    assert _facts(database, man.id).answer(HistoryFact.PREGNANT).answer is Answer.NO
    assert _facts(database, woman.id).answer(HistoryFact.PREGNANT).answer is Answer.UNKNOWN


def test_the_skin_type_falls_back_to_the_latest_assessment(
    database: Database, doctor: Actor
) -> None:
    patient, _ = PatientService(database).register(FRONT_DESK, aisha())
    assert _facts(database, patient.id).fitzpatrick is None
    AssessmentService(database).create(
        doctor,
        patient.id,
        AssessmentInput(
            assessed_at=datetime(2026, 11, 1, 10, tzinfo=MUSCAT), fitzpatrick=Fitzpatrick.IV
        ),
    )
    assert _facts(database, patient.id).fitzpatrick is Fitzpatrick.IV


def test_a_withdrawn_consent_is_reported_as_withdrawn(database: Database, doctor: Actor) -> None:
    patient, _ = PatientService(database).register(FRONT_DESK, aisha())
    consents = ConsentService(database)
    record, _ = consents.capture(
        doctor,
        patient.id,
        ConsentPurpose.TREATMENT_TOXIN,
        "2026-11-1",
        _signature_png(),
        password=STAFF_PASSWORD,
    )
    assert ConsentPurpose.TREATMENT_TOXIN in _facts(database, patient.id).consents
    consents.withdraw(doctor, record.id, record.version, "changed her mind")
    facts = _facts(database, patient.id)
    assert ConsentPurpose.TREATMENT_TOXIN not in facts.consents
    assert ConsentPurpose.TREATMENT_TOXIN in facts.withdrawn_consents
