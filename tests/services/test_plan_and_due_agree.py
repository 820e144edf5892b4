"""The plan tab and the front desk's due list count a plan's sessions by one rule."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from scardesk.db.engine import Database
from scardesk.db.models import TreatmentPlan
from scardesk.domain.enums import Modality
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.time import muscat_today, utc_now
from scardesk.services.followup import FollowUpService
from scardesk.services.plans import PlanService
from tests.helpers import FRONT_DESK, PRACTITIONER
from tests.services.test_plan_service import record_session

NEEDLING = PlanItemInput(Modality.MICRONEEDLING, 4, interval_days=28)


def _due_patients(database: Database) -> dict[int, int]:
    rows, _ = FollowUpService(database).due_list(FRONT_DESK, muscat_today())
    return {row.patient_id: row.days_overdue for row in rows}


def test_a_plan_started_before_it_was_written_counts_the_same_on_both(
    database: Database, patient_id: int
) -> None:
    today = muscat_today()
    plans = PlanService(database)
    plan, _ = plans.create(
        PRACTITIONER, patient_id, PlanInput((NEEDLING,), started_on=today - timedelta(days=14))
    )
    record_session(database, patient_id, utc_now() - timedelta(days=7), Modality.MICRONEEDLING)

    [line] = plans.progress(PRACTITIONER, plan.id)
    assert (line.done, line.planned) == (1, 4)
    assert line.next_due == today + timedelta(days=21)
    assert patient_id not in _due_patients(database)
    # Three weeks on, both say the same day: due, not overdue.
    later, _ = FollowUpService(database).due_list(FRONT_DESK, today + timedelta(days=21))
    assert [(row.patient_id, row.due_on, row.days_overdue) for row in later] == [
        (patient_id, line.next_due, 0)
    ]


def test_before_any_session_both_count_from_the_plan_start(
    database: Database, patient_id: int
) -> None:
    today = muscat_today()
    plans = PlanService(database)
    plan, _ = plans.create(
        PRACTITIONER, patient_id, PlanInput((NEEDLING,), started_on=today - timedelta(days=5))
    )
    [line] = plans.progress(PRACTITIONER, plan.id)
    assert (line.done, line.next_due) == (0, today - timedelta(days=5))
    assert _due_patients(database) == {patient_id: 5}


def test_a_session_of_another_plan_counts_on_neither(database: Database, patient_id: int) -> None:
    today = muscat_today()
    plans = PlanService(database)
    old, _ = plans.create(PRACTITIONER, patient_id, PlanInput((NEEDLING,)))
    plans.stop(PRACTITIONER, old.id, old.version, "patient moved to a new plan")
    plan, _ = plans.create(
        PRACTITIONER, patient_id, PlanInput((NEEDLING,), started_on=today - timedelta(days=10))
    )
    record_session(
        database, patient_id, utc_now() - timedelta(days=3), Modality.MICRONEEDLING, plan_id=old.id
    )
    [line] = plans.progress(PRACTITIONER, plan.id)
    assert line.done == 0
    assert _due_patients(database) == {patient_id: 10}


def test_a_plan_without_a_start_date_starts_the_day_it_was_written(
    database: Database, patient_id: int
) -> None:
    plans = PlanService(database)
    plan, _ = plans.create(PRACTITIONER, patient_id, PlanInput((NEEDLING,)))
    with database.engine.begin() as connection:
        connection.execute(
            update(TreatmentPlan)
            .where(TreatmentPlan.id == plan.id)
            .values(created_at=utc_now() - timedelta(days=40))
        )
    record_session(database, patient_id, utc_now() - timedelta(days=30), Modality.MICRONEEDLING)
    [line] = plans.progress(PRACTITIONER, plan.id)
    assert (line.done, line.next_due) == (1, muscat_today() - timedelta(days=2))
    assert _due_patients(database) == {patient_id: 2}
