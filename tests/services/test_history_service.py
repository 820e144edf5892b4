"""Medical history through the service: dated answers, current answers, changes, voids."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scardesk.db.engine import Database
from scardesk.db.models import HistoryEntry
from scardesk.domain.enums import Answer, HistoryFact
from scardesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from scardesk.domain.history import ChangeKind, HistoryAnswerInput
from scardesk.services.history import HistoryService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, audit_count, count

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def yes(fact: HistoryFact, on: date | None = None) -> HistoryAnswerInput:
    return HistoryAnswerInput(fact, Answer.YES, fact_date=on)


def test_answers_are_stored_dated_and_unanswered_facts_stay_absent(
    database: Database, patient_id: int
) -> None:
    service = HistoryService(database)
    saved, changes = service.record(
        PRACTITIONER,
        patient_id,
        [
            yes(HistoryFact.ISOTRETINOIN, date(2026, 1, 15)),
            HistoryAnswerInput(HistoryFact.PREGNANT, Answer.UNKNOWN),
        ],
        now=T0,
    )
    assert [a.recorded_at for a in saved] == [T0, T0] and changes.patients == {patient_id}
    current = service.current_answers(PRACTITIONER, patient_id)
    assert current[HistoryFact.ISOTRETINOIN].fact_date == date(2026, 1, 15)
    assert current[HistoryFact.PREGNANT].answer is Answer.UNKNOWN
    assert HistoryFact.BREASTFEEDING not in current


def test_a_later_review_shows_what_changed_and_when(database: Database, patient_id: int) -> None:
    service = HistoryService(database)
    service.record(
        PRACTITIONER,
        patient_id,
        [HistoryAnswerInput(HistoryFact.HERPES_SIMPLEX, Answer.NO)],
        now=T0,
    )
    review = T0 + timedelta(days=120)
    service.record(
        PRACTITIONER,
        patient_id,
        [
            yes(HistoryFact.HERPES_SIMPLEX),
            HistoryAnswerInput(HistoryFact.KELOID_TENDENCY, Answer.NO),
        ],
        now=review,
    )
    changes = service.changes_since(PRACTITIONER, patient_id, T0)
    assert [(c.fact, c.kind, c.when) for c in changes] == [
        (HistoryFact.HERPES_SIMPLEX, ChangeKind.CHANGED, review),
        (HistoryFact.KELOID_TENDENCY, ChangeKind.ANSWERED, review),
    ]
    assert (
        service.answers_at(PRACTITIONER, patient_id, T0)[HistoryFact.HERPES_SIMPLEX].answer
        is Answer.NO
    )
    assert len(service.entries(PRACTITIONER, patient_id)) == 3


def test_voiding_an_answer_brings_back_the_previous_one(
    database: Database, patient_id: int
) -> None:
    service = HistoryService(database)
    service.record(
        PRACTITIONER,
        patient_id,
        [HistoryAnswerInput(HistoryFact.ANTICOAGULANTS, Answer.NO)],
        now=T0,
    )
    [wrong], _ = service.record(PRACTITIONER, patient_id, [yes(HistoryFact.ANTICOAGULANTS)])
    with pytest.raises(ValidationError, match="reason"):
        service.void(PRACTITIONER, wrong.entry_id, " ")
    service.void(PRACTITIONER, wrong.entry_id, "answered for the wrong patient")
    assert (
        service.current_answers(PRACTITIONER, patient_id)[HistoryFact.ANTICOAGULANTS].answer
        is Answer.NO
    )
    assert count(database, HistoryEntry) == 2


def test_a_bad_submission_saves_none_of_its_answers(database: Database, patient_id: int) -> None:
    before = audit_count(database)
    with pytest.raises(ValidationError):
        HistoryService(database).record(
            PRACTITIONER,
            patient_id,
            [HistoryAnswerInput(HistoryFact.PREGNANT, Answer.NO), yes(HistoryFact.ISOTRETINOIN)],
        )
    assert count(database, HistoryEntry) == 0 and audit_count(database) == before


def test_an_unknown_patient_is_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError):
        HistoryService(database).record(PRACTITIONER, 999, [yes(HistoryFact.BREASTFEEDING)])
    assert count(database, HistoryEntry) == 0


def test_front_desk_and_admin_can_neither_read_nor_write_the_history(
    database: Database, patient_id: int
) -> None:
    service = HistoryService(database)
    for actor in (FRONT_DESK, ADMIN):
        with pytest.raises(PermissionDeniedError):
            service.record(actor, patient_id, [yes(HistoryFact.BREASTFEEDING)])
        with pytest.raises(PermissionDeniedError):
            service.current_answers(actor, patient_id)
        with pytest.raises(PermissionDeniedError):
            service.changes_since(actor, patient_id, T0)
        with pytest.raises(PermissionDeniedError):
            service.void(actor, 1, "reason")
    assert count(database, HistoryEntry) == 0
