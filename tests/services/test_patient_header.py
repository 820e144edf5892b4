"""Opening a patient: identity for all, safety flags and photo for clinicians, always audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, HistoryEntry, Photo
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.errors import NotFoundError
from scardesk.services.patient_header import PatientHeaderService
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, PRACTITIONER, add_user_row, aisha

PHOTOS = (("front", 1, b"old"), ("front", 2, b"new"), ("left_45", 3, b"x"))
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def patient_id(database: Database) -> int:
    record, _ = PatientService(database).register(SYSTEM, aisha())
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        user_id = add_user_row(uow.session)
        answers = [
            (HistoryFact.PREGNANT, "yes", NOW - timedelta(days=30)),
            (HistoryFact.PREGNANT, "no", NOW - timedelta(days=1)),  # the later answer is current
            (HistoryFact.ALLERGY_TOXIN, "unknown", NOW - timedelta(days=1)),
            (HistoryFact.ISOTRETINOIN, "yes", NOW - timedelta(days=1)),
        ]
        for fact, answer, when in answers:
            uow.session.add(
                HistoryEntry(
                    patient_id=record.id,
                    fact=fact.value,
                    answer=answer,
                    recorded_at=when,
                    recorded_by_id=user_id,
                    fact_date=date(2026, 1, 1),
                )
            )
        for angle, when, thumb in (
            ("front", 1, b"old"),
            ("front", 2, b"new"),
            ("left_45", 3, b"x"),
        ):
            uow.session.add(
                Photo(
                    patient_id=record.id,
                    view_angle=angle,
                    taken_at=NOW - timedelta(days=10 - when),
                    thumbnail=thumb,
                    width=1,
                    height=1,
                    sha256="0" * 64,
                    created_by_id=user_id,
                )
            )
    return record.id


def service(database: Database) -> PatientHeaderService:
    return PatientHeaderService(database, clock=lambda: NOW)


def test_practitioner_sees_the_latest_answer_per_fact(database, patient_id) -> None:
    header = service(database).open(PRACTITIONER, patient_id)
    answers = {flag.fact: flag.answer for flag in header.safety_flags or ()}
    assert answers == {
        HistoryFact.PREGNANT: Answer.NO,
        HistoryFact.ALLERGY_TOXIN: Answer.UNKNOWN,
        HistoryFact.ISOTRETINOIN: Answer.YES,
    }
    assert [flag.fact for flag in header.alerts] == [
        HistoryFact.ALLERGY_TOXIN,
        HistoryFact.ISOTRETINOIN,
    ]


def test_practitioner_gets_the_newest_front_photo_thumbnail(database, patient_id) -> None:
    assert service(database).open(PRACTITIONER, patient_id).thumbnail == b"new"


def test_front_desk_gets_identity_but_no_flags_or_photo(database, patient_id) -> None:
    header = service(database).open(FRONT_DESK, patient_id)
    assert (header.name_latin, header.age) == ("Aisha Al Balushi", 36)
    assert header.safety_flags is None and header.thumbnail is None


def test_opening_a_patient_is_audited_as_a_view(database, patient_id) -> None:
    service(database).open(FRONT_DESK, patient_id)
    with database.sessions() as session:
        views = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "read.patient.open")
        ).all()
    assert [(v.user_id, v.entity, v.entity_id) for v in views] == [(2, "patients", patient_id)]


def test_opening_a_missing_patient_is_not_found(database) -> None:
    with pytest.raises(NotFoundError):
        service(database).open(FRONT_DESK, 999)
