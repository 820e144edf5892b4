"""Merging two records of one person: every row moves, nothing is deleted, all is audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from scardesk.db import due_index
from scardesk.db.engine import Database
from scardesk.db.models import (
    Appointment,
    Assessment,
    AuditEvent,
    Base,
    Consent,
    ContactPreference,
    HistoryEntry,
    IssuedDocument,
    Patient,
    Photo,
    ReminderSent,
    SafetyOverride,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.models.base import COPY_OF
from scardesk.domain.enums import Modality
from scardesk.domain.errors import (
    ConflictError,
    DuplicateDocumentError,
    PermissionDeniedError,
    ValidationError,
)
from scardesk.domain.merge import MergeSide
from scardesk.domain.time import muscat_today, utc_now
from scardesk.services.followup import FollowUpService
from scardesk.services.merge import PatientMergeService, patient_children
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha, audit_count
from tests.services.test_plan_service import record_session

AT = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
#: Both records hold a contact preference: the survivor keeps its own, the merged one keeps its
#: row (one per patient, nothing deleted), so that one table does not move.
STAYS = "contact_preferences"

CHILD_TABLES = {
    "appointments",
    "assessments",
    "consents",
    "contact_preferences",
    "history_entries",
    "issued_documents",
    "photos",
    "reminders_sent",
    "safety_overrides",
    "treatment_plans",
    "treatment_sessions",
}


def _one_of_each(database: Database, patient_id: int) -> None:
    """One row in every table that belongs to a patient (written directly: the merge is the
    subject here, not how each row is made)."""
    with database.sessions() as session, session.begin():
        treatment = TreatmentSession(patient_id=patient_id, practitioner_id=3, performed_at=AT)
        session.add(treatment)
        session.flush()
        session.add_all(
            [
                Appointment(
                    patient_id=patient_id,
                    practitioner_id=3,
                    starts_at=AT,
                    created_by_id=2,
                    created_at=AT,
                ),
                Assessment(patient_id=patient_id, assessed_at=AT, practitioner_id=3),
                Consent(
                    patient_id=patient_id,
                    purpose="treatment",
                    form_version="1",
                    captured_at=AT,
                    captured_by_id=3,
                ),
                HistoryEntry(
                    patient_id=patient_id,
                    fact="pregnant",
                    answer="no",
                    recorded_at=AT,
                    recorded_by_id=3,
                ),
                IssuedDocument(
                    kind="aftercare",
                    patient_id=patient_id,
                    session_id=treatment.id,
                    content_version="x",
                    pdf=b"%PDF-",
                    sha256="0" * 64,
                    issued_at=AT,
                ),
                Photo(
                    patient_id=patient_id,
                    view_angle="front",
                    taken_at=AT,
                    thumbnail=b"jpg",
                    width=1,
                    height=1,
                    sha256=f"{patient_id:064d}",
                    created_by_id=3,
                ),
                SafetyOverride(
                    patient_id=patient_id,
                    session_id=treatment.id,
                    rule_code="r",
                    reason="why",
                    overridden_by_id=3,
                    overridden_at=AT,
                ),
                TreatmentPlan(patient_id=patient_id, created_at=AT, created_by_id=3),
                ContactPreference(patient_id=patient_id, channel="whatsapp"),
                ReminderSent(
                    kind="follow_up",
                    patient_id=patient_id,
                    due_on=date(2026, 3, patient_id % 28 + 1),
                    channel="whatsapp",
                    sent_by_id=2,
                    sent_at=AT,
                ),
            ]
        )


def _rows_of(database: Database, patient_id: int) -> dict[str, int]:
    with database.sessions() as session:
        return {
            model.__tablename__: int(
                session.scalar(
                    select(func.count()).where(model.patient_id == patient_id)  # type: ignore[attr-defined]
                )
                or 0
            )
            for model in patient_children()
        }


@pytest.fixture
def pair(database: Database) -> tuple[int, int]:
    """The survivor (registered first) and a second record of the same person."""
    patients = PatientService(database)
    survivor, _ = patients.register(FRONT_DESK, aisha())
    other, _ = patients.register(
        FRONT_DESK,
        aisha(
            name_latin="Aysha Al-Balushi",
            phone="9765 4321",
            civil_number="K1234567",
            document_type="passport",
            email="aysha@example.om",
        ),
    )
    _one_of_each(database, survivor.id)
    _one_of_each(database, other.id)
    return survivor.id, other.id


def _merge(database: Database, pair: tuple[int, int], **choices: MergeSide):
    survivor_id, other_id = pair
    with database.sessions() as session:
        versions = {pid: session.get(Patient, pid).version for pid in pair}  # type: ignore[union-attr]
    return PatientMergeService(database).merge(
        PRACTITIONER,
        (survivor_id, versions[survivor_id]),
        (other_id, versions[other_id]),
        choices,
        "same person registered twice at the desk",
        password=STAFF_PASSWORD,
    )


def test_every_table_with_a_patient_id_is_known_to_the_merge() -> None:
    referencing = {
        table.name
        for table in Base.metadata.tables.values()
        if "patient_id" in table.c
        and any(fk.column.table.name == "patients" for fk in table.c.patient_id.foreign_keys)
    }
    # A copy of another row's patient follows that row (a toxin entry, its session's: see
    # test_recall_order), so the merge does not move it on its own.
    copies = {
        name for name in referencing if COPY_OF in Base.metadata.tables[name].c.patient_id.info
    }
    assert copies == {"toxin_entries"}
    # The due index is computed from the patient's records, not moved: the merge's own writes
    # name both patients, and the unit of work computes both again.
    referencing.remove("due_items")
    assert {model.__tablename__ for model in patient_children()} == referencing - copies
    assert referencing - copies == CHILD_TABLES


def test_every_row_moves_to_the_survivor_and_nothing_is_deleted(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    assert _rows_of(database, survivor_id) == dict.fromkeys(CHILD_TABLES, 1)
    assert _rows_of(database, other_id) == dict.fromkeys(CHILD_TABLES, 1)
    result, changes = _merge(database, pair)
    assert _rows_of(database, survivor_id) == {**dict.fromkeys(CHILD_TABLES, 2), STAYS: 1}
    assert _rows_of(database, other_id) == {**dict.fromkeys(CHILD_TABLES, 0), STAYS: 1}
    assert result.moved == {**dict.fromkeys(CHILD_TABLES, 1), STAYS: 0}
    assert changes.patients == {survivor_id, other_id}
    assert len(changes.sessions) == len(changes.appointments) == len(changes.assessments) == 1
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == 2
        merged = session.get(Patient, other_id)
        assert merged is not None and merged.merged_into_id == survivor_id
        assert merged.archived_at is not None
        assert merged.archive_reason == (
            f"merged into file #{survivor_id}: same person registered twice at the desk"
        )
        assert merged.civil_number == "K1234567"  # its old document stays on it, for the trail


def test_the_due_list_follows_the_sessions_to_the_survivor(
    database: Database, pair: tuple[int, int]
) -> None:
    """A toxin review the duplicate record was due for is the survivor's after the merge, and
    the due index of both equals a fresh computation."""
    survivor_id, other_id = pair
    record_session(database, other_id, utc_now() - timedelta(days=20), Modality.TOXIN)
    today = muscat_today()

    def due_patients() -> list[int]:
        rows, _ = FollowUpService(database).due_list(FRONT_DESK, today)
        return [row.patient_id for row in rows]

    assert due_patients() == [other_id]
    _merge(database, pair)
    assert due_patients() == [survivor_id]
    with database.engine.connect() as connection:
        assert due_index.index_problems(connection) == 0


def test_fields_are_taken_from_the_record_the_user_chose(
    database: Database, pair: tuple[int, int]
) -> None:
    result, _ = _merge(database, pair, phone=MergeSide.MERGED, document=MergeSide.MERGED)
    data = result.survivor.data
    assert (data.phone, data.document_type, data.civil_number) == (
        "+96897654321",
        "passport",
        "K1234567",
    )
    assert (data.name_latin, data.email) == ("Aisha Al Balushi", None)  # the survivor's own


def test_the_survivor_now_holds_the_document_and_it_cannot_be_registered_again(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, _ = pair
    _merge(database, pair, document=MergeSide.MERGED)
    with pytest.raises(DuplicateDocumentError) as raised:
        PatientService(database).register(
            FRONT_DESK,
            aisha(
                name_latin="Someone Else",
                phone="",
                civil_number="k123 4567",
                document_type="passport",
            ),
        )
    assert raised.value.patient_id == survivor_id


def test_one_audit_event_per_moved_row_and_one_for_the_merge(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    before = audit_count(database)
    _merge(database, pair)
    with database.sessions() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "patient.merge")
                .order_by(AuditEvent.id)
            )
        )
    assert audit_count(database) - before == len(events)
    moved = {
        (e.entity, e.before["patient_id"], e.after["patient_id"])
        for e in events
        if e.before and "patient_id" in e.before
    }
    assert moved == {(table, other_id, survivor_id) for table in CHILD_TABLES - {STAYS}}
    notes = [e for e in events if e.before is None and e.entity == "patients"]
    assert [n.after["merged_id"] for n in notes] == [other_id]
    assert notes[0].after["reason"] == "same person registered twice at the desk"
    patients = {e.entity_id for e in events if e.entity == "patients" and e.before}
    assert patients == {survivor_id, other_id}


def test_a_merge_decided_on_a_stale_screen_is_a_conflict_and_changes_nothing(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    stale = PatientService(database).get(FRONT_DESK, survivor_id).version
    PatientService(database).update(FRONT_DESK, survivor_id, stale, aisha(phone="9111 2222"))
    before = audit_count(database)
    with pytest.raises(ConflictError):
        PatientMergeService(database).merge(
            PRACTITIONER,
            (survivor_id, stale),
            (other_id, 1),
            {},
            "same person",
            password=STAFF_PASSWORD,
        )
    assert _rows_of(database, other_id) == dict.fromkeys(CHILD_TABLES, 1)
    assert audit_count(database) == before


def test_the_front_desk_may_not_merge_but_an_admin_may(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    service = PatientMergeService(database)
    with pytest.raises(PermissionDeniedError):
        service.merge(
            FRONT_DESK, (survivor_id, 1), (other_id, 1), {}, "same person", password=STAFF_PASSWORD
        )
    with pytest.raises(PermissionDeniedError):
        service.preview(FRONT_DESK, survivor_id, other_id)
    assert _rows_of(database, other_id) == dict.fromkeys(CHILD_TABLES, 1)
    service.merge(
        ADMIN, (survivor_id, 1), (other_id, 1), {}, "same person", password=STAFF_PASSWORD
    )
    assert _rows_of(database, other_id) == {**dict.fromkeys(CHILD_TABLES, 0), STAYS: 1}


def test_a_merge_needs_a_reason_and_two_different_live_records(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    service = PatientMergeService(database)
    with pytest.raises(ValidationError, match="reason"):
        service.merge(
            PRACTITIONER, (survivor_id, 1), (other_id, 1), {}, "  ", password=STAFF_PASSWORD
        )
    with pytest.raises(ValidationError, match="itself"):
        service.merge(
            PRACTITIONER, (survivor_id, 1), (survivor_id, 1), {}, "x", password=STAFF_PASSWORD
        )
    service.merge(
        PRACTITIONER, (survivor_id, 1), (other_id, 1), {}, "same person", password=STAFF_PASSWORD
    )
    merged_version = PatientService(database).get(FRONT_DESK, other_id).version
    with pytest.raises(ValidationError, match="already merged"):
        service.merge(
            PRACTITIONER,
            (survivor_id, 2),
            (other_id, merged_version),
            {},
            "again",
            password=STAFF_PASSWORD,
        )


def test_the_preview_shows_both_records_and_their_counts(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    preview = PatientMergeService(database).preview(ADMIN, survivor_id, other_id)
    assert (preview.survivor.id, preview.merged.id) == pair
    assert preview.counts == dict.fromkeys(CHILD_TABLES, (1, 1))


def test_the_merged_file_number_leads_to_the_survivor(
    database: Database, pair: tuple[int, int]
) -> None:
    survivor_id, other_id = pair
    _merge(database, pair)
    search = PatientSearchService(database)
    (row,) = search.search(FRONT_DESK, f"#{other_id}").rows
    assert (row.id, row.merged_into_id, row.archived) == (other_id, survivor_id, True)
    (row,) = search.search(FRONT_DESK, f"#{survivor_id}").rows
    assert (row.id, row.merged_into_id) == (survivor_id, None)
    assert PatientService(database).get(FRONT_DESK, other_id).merged_into_id == survivor_id
    # The merged record itself can no longer be edited or restored, only followed.
    with pytest.raises(ValidationError, match=f"merged into file #{survivor_id}"):
        PatientService(database).restore(FRONT_DESK, other_id, 2)


def test_a_legacy_duplicate_pair_is_resolved_by_the_merge(database: Database) -> None:
    patients = PatientService(database)
    older, _ = patients.register(FRONT_DESK, aisha())
    newer, _ = patients.register(FRONT_DESK, aisha(civil_number="99999999", phone="9765 4321"))
    # What revision 0004 leaves behind when a clinic already had the card twice.
    with database.engine.begin() as connection:
        connection.execute(
            update(Patient)
            .where(Patient.id == newer.id)
            .values(civil_number="12345678", duplicate_of_id=older.id)
        )
    # Meanwhile the newer record can still be edited, keeping its (duplicate) document.
    edited, _ = patients.update(FRONT_DESK, newer.id, newer.version, aisha(phone="9765 4321"))
    assert edited.duplicate_of_id == older.id
    result, _ = PatientMergeService(database).merge(
        PRACTITIONER,
        (newer.id, edited.version),
        (older.id, older.version),
        {},
        "same card",
        password=STAFF_PASSWORD,
    )
    assert result.survivor.duplicate_of_id is None
    assert result.survivor.data.civil_number == "12345678"
    assert result.merged.merged_into_id == newer.id


def test_an_archived_survivor_is_refused(database: Database, pair: tuple[int, int]) -> None:
    survivor_id, other_id = pair
    archived, _ = PatientService(database).archive(FRONT_DESK, survivor_id, 1, "moved away")
    with pytest.raises(ValidationError, match="restore it first"):
        PatientMergeService(database).merge(
            PRACTITIONER,
            (survivor_id, archived.version),
            (other_id, 1),
            {},
            "same",
            password=STAFF_PASSWORD,
        )
    assert _rows_of(database, other_id) == dict.fromkeys(CHILD_TABLES, 1)
