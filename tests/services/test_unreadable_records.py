"""A stored record that cannot be decoded is shown as such, never hidden (issue 9 §3).

Each test corrupts one row by hand, as a bad import or an old writer would, then reads the
patient's file through the services: the list keeps the row as an ``UnreadableRecord`` in
its place, the other records still read, a single read raises ``UnreadableRecordError``
naming the row, and the log carries the table and id only.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from scardesk.db import due_index
from scardesk.db.engine import Database
from scardesk.db.models import (
    Assessment,
    Consent,
    HistoryEntry,
    IssuedDocument,
    ModalityEntry,
    Patient,
    PlanItem,
)
from scardesk.domain.assessment import AssessmentSummary
from scardesk.domain.enums import ConsentPurpose, HistoryFact, Modality
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.scheduling import DueReason
from scardesk.domain.sessions import MicroneedlingInput, SessionInput, SessionRecord
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.documents import DocumentService
from scardesk.services.followup import FollowUpService
from scardesk.services.history import HistoryService
from scardesk.services.patients import PatientService
from scardesk.services.plans import PlanService
from scardesk.services.sessions import SessionService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import (
    ADMIN,
    PRACTITIONER,
    aisha,
    audit_count,
    count,
    make_clinical_lead,
)
from tests.services.session_fixtures import NOW, TODAY, Clinic, make_clinic
from tests.services.test_assessment_service import form as assessment_form

NAME = "Aisha Al Balushi"


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database, name=NAME)


def _needling(days_ago: int, plan_id: int | None = None) -> SessionInput:
    return SessionInput(
        performed_at=NOW - timedelta(days=days_ago),
        modalities=(MicroneedlingInput("Dermapen 4", 1.5, 3, None, ("cheek_left",)),),
        adverse_events_none=True,
        plan_id=plan_id,
    )


def _three_sessions(database: Database, clinic: Clinic, plan_id: int | None = None) -> list[int]:
    service = SessionService(database)
    return [
        service.record_session(PRACTITIONER, clinic.patient_id, _needling(d, plan_id))[0].id
        for d in (70, 35, 0)
    ]


def _corrupt_session(database: Database, session_id: int) -> int:
    """Give the session's modality entry a shape no reader knows; return the entry's id."""
    with database.engine.begin() as connection:
        entry_id = connection.execute(
            select(ModalityEntry.id).where(ModalityEntry.session_id == session_id)
        ).scalar_one()
        connection.execute(
            update(ModalityEntry)
            .where(ModalityEntry.id == entry_id)
            .values(parameters={"energy_mj": 5})
        )
    return int(entry_id)


def test_the_sessions_list_keeps_an_unreadable_session_in_its_place(
    database: Database, clinic: Clinic, caplog: pytest.LogCaptureFixture
) -> None:
    oldest, middle, newest = _three_sessions(database, clinic)
    entry_id = _corrupt_session(database, middle)
    with caplog.at_level(logging.ERROR):
        listed = SessionService(database).list_for_patient(PRACTITIONER, clinic.patient_id)
    assert [type(item) for item in listed] == [SessionRecord, UnreadableRecord, SessionRecord]
    assert [getattr(item, "id", None) for item in listed] == [newest, None, oldest]
    placeholder = listed[1]
    assert isinstance(placeholder, UnreadableRecord)
    assert (placeholder.table, placeholder.row_id) == ("treatment_sessions", middle)
    assert (placeholder.part_table, placeholder.part_id) == ("modality_entries", entry_id)
    assert placeholder.when == NOW - timedelta(days=35)
    assert f"modality_entries #{entry_id}" in caplog.text
    assert NAME not in caplog.text and "energy_mj" not in caplog.text


def test_opening_an_unreadable_session_names_the_row(database: Database, clinic: Clinic) -> None:
    _oldest, middle, newest = _three_sessions(database, clinic)
    entry_id = _corrupt_session(database, middle)
    service = SessionService(database)
    with pytest.raises(UnreadableRecordError) as raised:
        service.get(PRACTITIONER, middle)
    assert (raised.value.table, raised.value.row_id) == ("modality_entries", entry_id)
    assert service.get(PRACTITIONER, newest).id == newest


def test_a_sheet_of_a_session_whose_stored_text_is_not_json_names_the_session(
    database: Database, clinic: Clinic
) -> None:
    """Text that is not JSON fails as the rows load, before any one entry is decoded: the
    aftercare sheet (which reads the content itself, not through a list) names the session
    instead of failing with the parser's own error, and issues nothing."""
    if database.kind != "sqlite":
        pytest.skip("PostgreSQL refuses text that is not JSON in a json column")
    _oldest, middle, newest = _three_sessions(database, clinic)
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE modality_entries SET parameters = '{broken' WHERE session_id = :s"),
            {"s": middle},
        )
    issued = count(database, IssuedDocument)
    documents = DocumentService(database)
    with pytest.raises(UnreadableRecordError) as raised:
        documents.issue_aftercare(ADMIN, middle)
    assert (raised.value.table, raised.value.row_id) == ("treatment_sessions", middle)
    assert count(database, IssuedDocument) == issued
    assert documents.issue_aftercare(ADMIN, newest).id  # the others still print


def test_the_plan_still_counts_a_session_that_cannot_be_read(
    database: Database, clinic: Clinic
) -> None:
    plans = PlanService(database)
    plan, _ = plans.create(
        PRACTITIONER,
        clinic.patient_id,
        PlanInput(
            (PlanItemInput(Modality.MICRONEEDLING, 4, 30),), started_on=TODAY - timedelta(90)
        ),
    )
    _oldest, middle, _newest = _three_sessions(database, clinic, plan_id=plan.id)
    _corrupt_session(database, middle)
    [line] = plans.progress(PRACTITIONER, plan.id)
    listed = SessionService(database).list_for_patient(PRACTITIONER, clinic.patient_id)
    assert line.done == len(listed) == 3


def test_an_unreadable_assessment_is_listed_and_named_when_opened(
    database: Database, clinic: Clinic
) -> None:
    service = AssessmentService(database)
    kept, _ = service.create(PRACTITIONER, clinic.patient_id, assessment_form())
    bad, _ = service.create(
        PRACTITIONER, clinic.patient_id, assessment_form(assessed_at=NOW - timedelta(days=3))
    )
    with database.engine.begin() as connection:
        connection.execute(
            update(Assessment)
            .where(Assessment.id == bad.id)
            .values(suitability={"adjunct": "yes"}, fitzpatrick="VII")
        )
    listed = service.list_for_patient(PRACTITIONER, clinic.patient_id)
    assert [type(item) for item in listed] == [AssessmentSummary, UnreadableRecord]
    assert listed[1] == UnreadableRecord("assessments", bad.id, NOW - timedelta(days=3))
    with pytest.raises(UnreadableRecordError, match=f"assessments #{bad.id}"):
        service.get(PRACTITIONER, bad.id)
    assert service.get(PRACTITIONER, kept.id).id == kept.id


def test_an_unreadable_consent_is_listed_and_valid_for_nothing(
    database: Database, clinic: Clinic
) -> None:
    with database.engine.begin() as connection:
        consent_id = connection.execute(
            select(Consent.id).where(Consent.purpose == ConsentPurpose.TREATMENT_TOXIN.value)
        ).scalar_one()
        connection.execute(
            update(Consent).where(Consent.id == consent_id).values(purpose="toxin-old")
        )
    service = ConsentService(database)
    listed = service.list_for_patient(PRACTITIONER, clinic.patient_id)
    assert [i.row_id for i in listed if isinstance(i, UnreadableRecord)] == [consent_id]
    assert len(listed) == len(ConsentPurpose)
    valid = service.valid_purposes(PRACTITIONER, clinic.patient_id)
    assert ConsentPurpose.TREATMENT_TOXIN not in valid


def test_an_unreadable_history_answer_is_listed_not_dropped(
    database: Database, clinic: Clinic
) -> None:
    with database.engine.begin() as connection:
        entry_id = connection.execute(
            select(HistoryEntry.id).where(HistoryEntry.fact == HistoryFact.PREGNANT.value)
        ).scalar_one()
        connection.execute(
            update(HistoryEntry).where(HistoryEntry.id == entry_id).values(answer="perhaps")
        )
    service = HistoryService(database)
    entries = service.entries(PRACTITIONER, clinic.patient_id)
    assert [i.row_id for i in entries if isinstance(i, UnreadableRecord)] == [entry_id]
    assert len(entries) == len(HistoryFact)
    assert HistoryFact.PREGNANT not in service.current_answers(PRACTITIONER, clinic.patient_id)


def test_the_documents_session_choice_keeps_an_unreadable_session(
    database: Database, clinic: Clinic
) -> None:
    _oldest, middle, _newest = _three_sessions(database, clinic)
    with database.engine.begin() as connection:
        connection.execute(
            update(ModalityEntry)
            .where(ModalityEntry.session_id == middle)
            .values(modality="laser-2019")
        )
    choices = DocumentService(database).printable_sessions(ADMIN, clinic.patient_id)
    assert len(choices) == 3
    assert choices[1] == UnreadableRecord(
        "treatment_sessions",
        middle,
        NOW - timedelta(days=35),
        "modality_entries",
        choices[1].part_id,  # type: ignore[union-attr]
    )


def test_a_plan_that_cannot_be_read_puts_the_patient_on_the_due_list(
    database: Database, clinic: Clinic
) -> None:
    plan, _ = PlanService(database).create(
        PRACTITIONER, clinic.patient_id, PlanInput((PlanItemInput(Modality.MICRONEEDLING, 4),))
    )
    with database.engine.begin() as connection:
        connection.execute(
            update(PlanItem).where(PlanItem.plan_id == plan.id).values(modality="laser-2019")
        )
        # Changed behind ScarDesk, the plan no longer agrees with the due index: the check says so.
        assert due_index.index_problems(connection) == 1
    # The next write about the patient computes them again, and they are listed as unreadable.
    patients = PatientService(database)
    archived, _ = patients.archive(ADMIN, clinic.patient_id, 1, "checking the due index")
    patients.restore(ADMIN, clinic.patient_id, archived.version)
    rows, _ = FollowUpService(database).due_list(ADMIN, TODAY)
    assert [(r.patient_id, r.reasons, r.modalities) for r in rows] == [
        (clinic.patient_id, (DueReason.UNREADABLE,), ())
    ]
    with database.engine.connect() as connection:
        assert due_index.index_problems(connection) == 0
    with pytest.raises(UnreadableRecordError):
        PlanService(database).progress(PRACTITIONER, plan.id)


def test_settings_that_are_not_json_refuse_a_patient_write_by_name_and_change_nothing(
    database: Database, clinic: Clinic
) -> None:
    """Every write about a patient computes their due reasons, which needs the clinic's
    intervals: settings that cannot be read refuse it naming the row (not the parser's own
    error), and nothing is written; the due list says the same instead of showing nobody."""
    if database.kind != "sqlite":
        pytest.skip("PostgreSQL refuses text that is not JSON in a json column")
    lead = make_clinical_lead(database, PRACTITIONER)
    rules = RuleSettingsService(database)
    stored = rules.current(lead)
    rules.save(lead, stored.parameters.to_mapping(), stored.version)  # the row now exists
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE clinic_settings SET rule_parameters = '{broken'"))
    patients, events = count(database, Patient), audit_count(database)
    with pytest.raises(UnreadableRecordError) as raised:
        PatientService(database).register(ADMIN, aisha(phone="9123 4599", civil_number="12345699"))
    assert raised.value.table == "clinic_settings"
    assert (count(database, Patient), audit_count(database)) == (patients, events)
    with pytest.raises(UnreadableRecordError):
        FollowUpService(database).due_list(ADMIN, TODAY)


def test_the_patient_header_names_a_safety_answer_it_cannot_read(
    database: Database, clinic: Clinic
) -> None:
    from scardesk.services.patient_header import PatientHeaderService

    with database.engine.begin() as connection:
        entry_id = connection.execute(
            select(HistoryEntry.id).where(HistoryEntry.fact == HistoryFact.PREGNANT.value)
        ).scalar_one()
        connection.execute(
            update(HistoryEntry).where(HistoryEntry.id == entry_id).values(answer="perhaps")
        )
    header = PatientHeaderService(database).open(PRACTITIONER, clinic.patient_id)
    assert [(u.table, u.row_id) for u in header.unreadable_flags] == [("history_entries", entry_id)]
    assert header.safety_flags is not None
    assert HistoryFact.PREGNANT not in {flag.fact for flag in header.safety_flags}
