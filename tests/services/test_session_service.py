"""Sessions through the service: charting, lots, the safety gate, signing and amendments."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from scardesk.db.engine import Database
from scardesk.db.models import (
    Appointment,
    AuditEvent,
    HistoryEntry,
    InjectionPoint,
    SafetyOverride,
    SessionAmendment,
    TreatmentSession,
)
from scardesk.domain.codecs import encode_planned
from scardesk.domain.enums import Answer, HistoryFact, Modality, Severity
from scardesk.domain.errors import PermissionDeniedError, ValidationError
from scardesk.domain.sessions import AdverseEventInput, PointInput
from scardesk.services.sessions import SessionBlockedError, SessionService
from tests.helpers import ADMIN, PRACTITIONER, STAFF_PASSWORD, count
from tests.services.session_fixtures import (
    NOW,
    TODAY,
    Clinic,
    combined_session,
    lot_stock,
    make_clinic,
    toxin_entry,
)


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _pregnant(database: Database, clinic: Clinic) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            insert(HistoryEntry),
            {
                "patient_id": clinic.patient_id,
                "fact": HistoryFact.NEUROMUSCULAR_DISORDER.value,
                "answer": Answer.YES.value,
                "recorded_at": NOW - timedelta(hours=2),
                "recorded_by_id": 3,
            },
        )


def test_a_combined_toxin_and_microneedling_session_is_saved_whole(
    database: Database, clinic: Clinic
) -> None:
    record, result, proposal, changes = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    assert [m.modality for m in record.content.modalities] == [
        Modality.TOXIN,
        Modality.MICRONEEDLING,
    ]
    assert record.content == combined_session(clinic)
    assert record.toxin[0].concentration_per_0_1ml == 4.0
    assert not record.toxin[0].reconstitution_warning
    assert not result.findings
    assert proposal.next_on == TODAY + timedelta(days=28)
    assert proposal.modalities == (Modality.MICRONEEDLING,)
    assert proposal.toxin_review_on == TODAY + timedelta(days=14)
    assert changes.sessions == {record.id}
    assert count(database, InjectionPoint) == 10


def test_saving_takes_one_vial_from_the_lot(database: Database, clinic: Clinic) -> None:
    SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    assert lot_stock(database, clinic.lot_id) == 4


def test_the_save_is_audited_in_the_same_transaction(database: Database, clinic: Clinic) -> None:
    record, *_ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    with database.sessions() as session:
        entities = set(
            session.scalars(select(AuditEvent.entity).where(AuditEvent.action == "session.record"))
        )
    assert {"treatment_sessions", "injection_points", "lots", "toxin_entries"} <= entities
    assert record.id


def test_an_expired_lot_is_refused_on_its_field(database: Database, clinic: Clinic) -> None:
    form = combined_session(clinic, modalities=(toxin_entry(clinic, lot_id=clinic.expired_lot_id),))
    with pytest.raises(ValidationError) as raised:
        SessionService(database).record_session(PRACTITIONER, clinic.patient_id, form)
    assert "expired" in raised.value.field_errors["modalities.0.lot_id"]
    assert count(database, TreatmentSession) == 0


def test_a_lot_of_another_product_is_refused(database: Database, clinic: Clinic) -> None:
    form = combined_session(
        clinic, modalities=(toxin_entry(clinic, lot_id=clinic.other_product_lot_id),)
    )
    with pytest.raises(ValidationError) as raised:
        SessionService(database).record_session(PRACTITIONER, clinic.patient_id, form)
    assert "another product" in raised.value.field_errors["modalities.0.lot_id"]


def test_points_that_do_not_add_up_to_the_total_are_refused(
    database: Database, clinic: Clinic
) -> None:
    form = combined_session(clinic, modalities=(toxin_entry(clinic, total_units=25.0),))
    with pytest.raises(ValidationError) as raised:
        SessionService(database).record_session(PRACTITIONER, clinic.patient_id, form)
    assert "add up to 20" in raised.value.field_errors["modalities.0.total_units"]
    assert lot_stock(database, clinic.lot_id) == 5


def test_a_blocked_save_changes_nothing_includinglot_stock(
    database: Database, clinic: Clinic
) -> None:
    _pregnant(database, clinic)
    before_audit = count(database, AuditEvent)
    with pytest.raises(SessionBlockedError) as raised:
        SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, combined_session(clinic)
        )
    assert "neuromuscular.toxin" in raised.value.missing_overrides
    assert lot_stock(database, clinic.lot_id) == 5
    assert count(database, TreatmentSession) == 0
    assert count(database, AuditEvent) == before_audit


def test_an_override_with_a_reason_is_stored_and_audited(
    database: Database, clinic: Clinic
) -> None:
    _pregnant(database, clinic)
    reason = "Neurologist cleared low-dose scar treatment in writing"
    record, result, _, _ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic), {"neuromuscular.toxin": reason}
    )
    assert [f.rule_code for f in result.needs_override] == ["neuromuscular.toxin"]
    with database.sessions() as session:
        stored = session.scalars(select(SafetyOverride)).one()
        audited = session.scalar(
            select(AuditEvent.id).where(AuditEvent.entity == "safety_overrides")
        )
    assert (stored.session_id, stored.reason, stored.overridden_by_id) == (record.id, reason, 3)
    assert audited is not None


def test_an_override_without_a_reason_is_refused(database: Database, clinic: Clinic) -> None:
    _pregnant(database, clinic)
    with pytest.raises(ValidationError):
        SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, combined_session(clinic), {"neuromuscular.toxin": "  "}
        )
    assert count(database, SafetyOverride) == 0


def test_saving_from_an_appointment_marks_it_done(database: Database, clinic: Clinic) -> None:
    with database.engine.begin() as connection:
        appointment_id = connection.execute(
            insert(Appointment).returning(Appointment.id),
            {
                "patient_id": clinic.patient_id,
                "practitioner_id": 3,
                "starts_at": NOW,
                "created_by_id": 2,
                "created_at": NOW,
                "planned_modalities": encode_planned([Modality.TOXIN]),
            },
        ).scalar_one()
    SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic), appointment_id=appointment_id
    )
    with database.sessions() as session:
        assert session.get(Appointment, appointment_id).status == "done"  # type: ignore[union-attr]


def test_a_vial_past_its_window_is_saved_with_a_warning(database: Database, clinic: Clinic) -> None:
    late = toxin_entry(clinic, reconstituted_at=NOW - timedelta(hours=30))
    record, *_ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic, modalities=(late,))
    )
    assert record.toxin[0].reconstitution_warning
    assert record.toxin[0].hours_since_reconstitution == 30.0


def test_the_admin_cannot_record_a_session(database: Database, clinic: Clinic) -> None:
    with pytest.raises(PermissionDeniedError):
        SessionService(database).record_session(ADMIN, clinic.patient_id, combined_session(clinic))


def test_a_signed_session_refuses_an_edit(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    signed, _ = service.sign(PRACTITIONER, record.id, record.version, password=STAFF_PASSWORD)
    assert signed.is_signed and signed.signed_by_id == 3
    with pytest.raises(ValidationError, match="read-only"):
        service.update(
            PRACTITIONER, signed.id, signed.version, combined_session(clinic, post_notes="x")
        )


def test_an_amendment_keeps_the_original_and_the_correction(
    database: Database, clinic: Clinic
) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    signed, _ = service.sign(PRACTITIONER, record.id, record.version, password=STAFF_PASSWORD)
    bruise = AdverseEventInput("bruise at left brow", Severity.MILD, "cold compress", True)
    corrected = dataclasses.replace(
        signed.content,
        adverse_events_none=False,
        adverse_events=(bruise,),
        post_notes="Bruise reported next day.",
    )
    amended, _ = service.amend(PRACTITIONER, signed.id, signed.version, corrected, "patient called")
    assert amended.content.adverse_events == (bruise,)
    assert amended.original == combined_session(clinic)
    assert [(a.reason, a.amended_by_id) for a in amended.amendments] == [("patient called", 3)]
    assert amended.amendments[0].before["post_notes"] == "Skin calm."
    assert amended.version > signed.version
    assert service.get(PRACTITIONER, record.id).amendments == amended.amendments


def test_an_amendment_cannot_change_the_lot(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    moved = combined_session(
        clinic, modalities=(toxin_entry(clinic, lot_id=clinic.other_product_lot_id),)
    )
    with pytest.raises(ValidationError):
        service.amend(PRACTITIONER, record.id, record.version, moved, "wrong lot")
    assert count(database, SessionAmendment) == 0


def test_an_amendment_corrects_a_point_in_place(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    toxin = toxin_entry(clinic)
    points = (PointInput(0.5, 0.5, 4.0, "chin"), *toxin.points[1:])
    fixed = dataclasses.replace(toxin, points=points, total_units=22.0)
    form = combined_session(clinic, modalities=(fixed, record.content.modalities[1]))
    amended, _ = service.amend(
        PRACTITIONER, record.id, record.version, form, "first point was chin"
    )
    assert amended.content.modalities[0] == fixed
    assert count(database, InjectionPoint) == 10


def test_only_the_practitioner_of_the_session_signs_it(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    record, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    from scardesk.db.unit_of_work import Actor
    from scardesk.domain.enums import Role

    with pytest.raises(PermissionDeniedError):
        service.sign(
            Actor(4, Role.PRACTITIONER), record.id, record.version, password=STAFF_PASSWORD
        )


def test_the_patient_list_is_newest_first(database: Database, clinic: Clinic) -> None:
    service = SessionService(database)
    first, *_ = service.record_session(PRACTITIONER, clinic.patient_id, combined_session(clinic))
    later = combined_session(
        clinic,
        performed_at=NOW + timedelta(days=30),
        modalities=(combined_session(clinic).modalities[1],),
    )
    second, *_ = service.record_session(PRACTITIONER, clinic.patient_id, later)
    assert [r.id for r in service.list_for_patient(PRACTITIONER, clinic.patient_id)] == [
        second.id,
        first.id,
    ]
