"""Treatment plans through the service: defaults from settings, progress from sessions, due list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scardesk.db.engine import Database
from scardesk.db.models import (
    ModalityEntry,
    PlanItem,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.enums import Modality, PlanStatus
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.time import utc_now
from scardesk.services.followup import FollowUpService
from scardesk.services.plans import PlanService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import (
    ADMIN,
    FRONT_DESK,
    PRACTITIONER,
    audit_count,
    count,
    make_clinical_lead,
)

NEEDLING = PlanItemInput(Modality.MICRONEEDLING, 4)
LASER = PlanItemInput(Modality.FRACTIONAL_LASER, 3, interval_days=30)


def record_session(
    database: Database,
    patient_id: int,
    when: datetime,
    *modalities: Modality,
    plan_id: int | None = None,
    voided: bool = False,
) -> None:
    # Through a unit of work, as the app writes: audited, and the due index follows.
    with UnitOfWork(database, SYSTEM, "test.session") as uow:
        session = uow.session
        visit = TreatmentSession(
            patient_id=patient_id,
            plan_id=plan_id,
            practitioner_id=PRACTITIONER.user_id,
            performed_at=when,
            voided_at=utc_now() if voided else None,
        )
        session.add(visit)
        session.flush()
        session.add_all(ModalityEntry(session_id=visit.id, modality=m.value) for m in modalities)


def test_blank_intervals_come_from_the_clinic_settings(database: Database, patient_id: int) -> None:
    lead = make_clinical_lead(database, PRACTITIONER)
    RuleSettingsService(database).save(lead, {"microneedling_days": 42}, expected_version=0)
    record, _ = PlanService(database).create(PRACTITIONER, patient_id, PlanInput((NEEDLING, LASER)))
    assert [(i.modality, i.interval_days) for i in record.items] == [
        (Modality.MICRONEEDLING, 42),
        (Modality.FRACTIONAL_LASER, 30),
    ]


def test_without_settings_the_domain_defaults_apply(database: Database, patient_id: int) -> None:
    record, _ = PlanService(database).create(PRACTITIONER, patient_id, PlanInput((NEEDLING,)))
    assert record.items[0].interval_days == 28 and record.status is PlanStatus.ACTIVE


def test_progress_counts_recorded_sessions_and_ignores_voided_ones(
    database: Database, patient_id: int
) -> None:
    service = PlanService(database)
    plan, _ = service.create(
        PRACTITIONER, patient_id, PlanInput((NEEDLING, LASER), started_on=date(2026, 10, 1))
    )
    muscat_evening = datetime(2026, 11, 22, 20, 30, tzinfo=UTC)  # already 23 Nov in Muscat
    record_session(
        database,
        patient_id,
        datetime(2026, 10, 25, 6, tzinfo=UTC),
        Modality.MICRONEEDLING,
        plan_id=plan.id,
    )
    record_session(
        database, patient_id, muscat_evening, Modality.MICRONEEDLING, Modality.FRACTIONAL_LASER
    )
    record_session(
        database,
        patient_id,
        datetime(2026, 11, 24, 6, tzinfo=UTC),
        Modality.MICRONEEDLING,
        voided=True,
    )
    record_session(
        database, patient_id, datetime(2026, 9, 1, 6, tzinfo=UTC), Modality.MICRONEEDLING
    )  # before the plan
    lines = service.progress(PRACTITIONER, plan.id)
    assert [line.text for line in lines] == [
        "microneedling 2 of 4, next due 2026-12-21",
        "fractional laser 1 of 3, next due 2026-12-23",
    ]


def test_the_due_list_gives_the_front_desk_dates_and_nothing_clinical(
    database: Database, patient_id: int
) -> None:
    PlanService(database).create(
        PRACTITIONER,
        patient_id,
        PlanInput((NEEDLING,), goals="soften rolling scars", started_on=date(2026, 11, 1)),
    )
    due_list = FollowUpService(database).due_list
    [due], _ = due_list(FRONT_DESK, date(2026, 11, 30))
    assert (due.patient_id, due.modalities, due.due_on) == (
        patient_id,
        (Modality.MICRONEEDLING,),
        date(2026, 11, 1),
    )
    assert not hasattr(due, "goals")
    assert due_list(FRONT_DESK, date(2026, 10, 31)) == ([], False)


def test_update_takes_a_modality_off_without_deleting_it(
    database: Database, patient_id: int
) -> None:
    service = PlanService(database)
    plan, _ = service.create(PRACTITIONER, patient_id, PlanInput((NEEDLING, LASER)))
    updated, _ = service.update(
        PRACTITIONER, plan.id, plan.version, PlanInput((PlanItemInput(Modality.MICRONEEDLING, 6),))
    )
    assert [(i.modality, i.sessions_planned) for i in updated.items] == [
        (Modality.MICRONEEDLING, 6)
    ]
    assert updated.version > plan.version and count(database, PlanItem) == 2
    with pytest.raises(ConflictError):
        service.update(PRACTITIONER, plan.id, plan.version, PlanInput((NEEDLING,)))


def test_a_second_active_plan_is_refused_until_the_first_is_stopped(
    database: Database, patient_id: int
) -> None:
    service = PlanService(database)
    plan, _ = service.create(PRACTITIONER, patient_id, PlanInput((NEEDLING,)))
    with pytest.raises(ValidationError, match="already has an active plan"):
        service.create(PRACTITIONER, patient_id, PlanInput((LASER,)))
    with pytest.raises(ValidationError, match="reason"):
        service.stop(PRACTITIONER, plan.id, plan.version, "")
    stopped, _ = service.stop(PRACTITIONER, plan.id, plan.version, "patient travelling")
    assert stopped.status is PlanStatus.STOPPED and stopped.stop_reason == "patient travelling"
    assert FollowUpService(database).due_list(FRONT_DESK, date(2100, 1, 1)) == ([], False)
    service.create(PRACTITIONER, patient_id, PlanInput((LASER,)))
    assert len(service.list_for_patient(PRACTITIONER, patient_id)) == 2


def test_an_invalid_plan_saves_nothing(database: Database, patient_id: int) -> None:
    before = audit_count(database)
    with pytest.raises(ValidationError):
        PlanService(database).create(
            PRACTITIONER,
            patient_id,
            PlanInput((PlanItemInput(Modality.TOXIN, 2, interval_days=14),)),
        )
    assert count(database, TreatmentPlan) == 0 and count(database, PlanItem) == 0
    assert audit_count(database) == before


def test_front_desk_and_admin_cannot_touch_plans(database: Database, patient_id: int) -> None:
    service = PlanService(database)
    plan, _ = service.create(PRACTITIONER, patient_id, PlanInput((NEEDLING,), goals="private"))
    for actor in (FRONT_DESK, ADMIN):
        with pytest.raises(PermissionDeniedError):
            service.create(actor, patient_id, PlanInput((LASER,)))
        with pytest.raises(PermissionDeniedError):
            service.update(actor, plan.id, plan.version, PlanInput((LASER,)))
        with pytest.raises(PermissionDeniedError):
            service.stop(actor, plan.id, plan.version, "x")
        with pytest.raises(PermissionDeniedError):
            service.get(actor, plan.id)
        with pytest.raises(PermissionDeniedError):
            service.progress(actor, plan.id)
    assert service.get(PRACTITIONER, plan.id).version == plan.version
    assert count(database, TreatmentPlan) == 1 and utc_now() - timedelta(days=1) < plan.created_at
