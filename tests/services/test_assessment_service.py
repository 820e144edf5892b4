"""Assessments through the service: totals always computed, amend with versions, void."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from scardesk.db.engine import Database
from scardesk.db.models import Assessment, RegionScarCount
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import FacialRegion, Fitzpatrick, ScarType
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.time import utc_now
from scardesk.services.assessments import AssessmentService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, audit_count, count


def form(**values: object) -> AssessmentInput:
    base: dict[str, object] = {
        "assessed_at": utc_now() - timedelta(hours=1),
        "fitzpatrick": "IV",
        "gb_grade": "3",
        "gb_counts": {"macular": 12, "deep_broad_atrophic": 25, "keloid_area_cm2": 8.0},
        "ecca_counts": {"icepick": 3, "boxcar": 8},
        "region_counts": {("cheek_left", "icepick"): 3, ("cheek_right", "boxcar_deep"): 8},
        "suitability": {"fractional_laser": "caution", "toxin": "suitable"},
    }
    base.update(values)
    return AssessmentInput(**base)  # type: ignore[arg-type]


def test_totals_are_computed_and_stored_beside_their_inputs(
    database: Database, patient_id: int
) -> None:
    record, changes = AssessmentService(database).create(PRACTITIONER, patient_id, form())
    assert (record.gb_total, record.ecca_total) == (2 + 9 + 12, 15 + 40)
    assert changes.assessments == {record.id}
    with database.sessions() as session:
        row = session.get(Assessment, record.id)
        assert row is not None and (row.gb_total, row.ecca_total) == (23, 55)
    assert record.data.fitzpatrick is Fitzpatrick.IV
    assert {(r.region, r.scar_type) for r in record.data.regions} == {
        (FacialRegion.CHEEK_LEFT, ScarType.ICEPICK),
        (FacialRegion.CHEEK_RIGHT, ScarType.BOXCAR_DEEP),
    }


def test_a_hand_edited_stored_total_never_reaches_the_screen(
    database: Database, patient_id: int
) -> None:
    service = AssessmentService(database)
    record, _ = service.create(PRACTITIONER, patient_id, form())
    with database.engine.begin() as conn:
        conn.execute(update(Assessment).values(gb_total=84, ecca_total=540))
    assert service.get(PRACTITIONER, record.id).gb_total == 23
    assert service.list_for_patient(PRACTITIONER, patient_id)[0].ecca_total == 55


def test_amending_makes_a_new_version_and_zeroes_removed_regions(
    database: Database, patient_id: int
) -> None:
    service = AssessmentService(database)
    record, _ = service.create(PRACTITIONER, patient_id, form())
    amended, _ = service.amend(
        PRACTITIONER,
        record.id,
        record.version,
        form(region_counts={("cheek_left", "icepick"): 5, ("chin", "rolling"): 2}),
    )
    assert amended.version == record.version + 1
    assert [(r.region, r.count) for r in amended.data.regions] == [
        (FacialRegion.CHEEK_LEFT, 5),
        (FacialRegion.CHIN, 2),
    ]
    assert count(database, RegionScarCount) == 3  # the dropped one is kept at 0, not deleted
    with pytest.raises(ConflictError):
        service.amend(PRACTITIONER, record.id, record.version, form())


def test_a_region_only_amendment_still_bumps_the_version(
    database: Database, patient_id: int
) -> None:
    service = AssessmentService(database)
    record, _ = service.create(PRACTITIONER, patient_id, form())
    amended, _ = service.amend(
        PRACTITIONER,
        record.id,
        record.version,
        form(assessed_at=record.data.assessed_at, region_counts={}),
    )
    assert amended.version > record.version and amended.data.regions == ()


def test_voiding_needs_a_reason_and_hides_the_assessment_from_the_list(
    database: Database, patient_id: int
) -> None:
    service = AssessmentService(database)
    record, _ = service.create(PRACTITIONER, patient_id, form())
    with pytest.raises(ValidationError):
        service.void(PRACTITIONER, record.id, record.version, "")
    voided, _ = service.void(PRACTITIONER, record.id, record.version, "wrong patient")
    assert voided.void_reason == "wrong patient"
    assert service.list_for_patient(PRACTITIONER, patient_id) == []
    assert len(service.list_for_patient(PRACTITIONER, patient_id, include_voided=True)) == 1


def test_invalid_input_saves_nothing(database: Database, patient_id: int) -> None:
    before = audit_count(database)
    with pytest.raises(ValidationError) as raised:
        AssessmentService(database).create(
            PRACTITIONER, patient_id, form(fitzpatrick="", gb_counts={"papular": -2})
        )
    assert {"gb.papular", "suitability.fractional_laser"} <= raised.value.field_errors.keys()
    assert count(database, Assessment) == 0 and count(database, RegionScarCount) == 0
    assert audit_count(database) == before


def test_latest_skin_type_comes_from_the_newest_assessment(
    database: Database, patient_id: int
) -> None:
    service = AssessmentService(database)
    assert service.latest_fitzpatrick(PRACTITIONER, patient_id) is None
    service.create(PRACTITIONER, patient_id, form(assessed_at=utc_now() - timedelta(days=60)))
    service.create(PRACTITIONER, patient_id, form(fitzpatrick="V"))
    assert service.latest_fitzpatrick(PRACTITIONER, patient_id) is Fitzpatrick.V


def test_front_desk_and_admin_are_denied_assessments(database: Database, patient_id: int) -> None:
    service = AssessmentService(database)
    record, _ = service.create(PRACTITIONER, patient_id, form())
    for actor in (FRONT_DESK, ADMIN):
        with pytest.raises(PermissionDeniedError):
            service.create(actor, patient_id, form())
        with pytest.raises(PermissionDeniedError):
            service.amend(actor, record.id, record.version, form())
        with pytest.raises(PermissionDeniedError):
            service.void(actor, record.id, record.version, "x")
        with pytest.raises(PermissionDeniedError):
            service.get(actor, record.id)
        with pytest.raises(PermissionDeniedError):
            service.list_for_patient(actor, patient_id)
    with database.sessions() as session:
        assert session.scalar(select(Assessment.version)) == record.version
