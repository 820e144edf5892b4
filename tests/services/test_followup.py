"""The due-for-follow-up list: plan intervals, toxin reviews, nothing booked, most overdue first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from scardesk.db.engine import Database
from scardesk.db.models import (
    Appointment,
    ModalityEntry,
    PlanItem,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.enums import Modality
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.scheduling import DueReason
from scardesk.services.followup import FollowUpService
from scardesk.services.patients import PatientService
from tests.helpers import FRONT_DESK, add_user_row, aisha, open_staffed

TODAY = date(2026, 3, 10)
NOON = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # 12:00 in Muscat


def days_ago(days: int) -> datetime:
    return NOON - timedelta(days=days)


class Clinic:
    def __init__(self, database: Database) -> None:
        self.db = database
        with UnitOfWork(database, SYSTEM, "test.setup") as uow:
            self.user = add_user_row(uow.session)

    def patient(self, n: int) -> int:
        form = aisha(phone=f"9123 45{n:02d}", civil_number=f"1000{n:04d}")
        return PatientService(self.db).register(SYSTEM, form)[0].id

    def session(self, pid: int, when: datetime, *modalities: str) -> None:
        with UnitOfWork(self.db, SYSTEM, "test.setup") as uow:
            row = TreatmentSession(patient_id=pid, practitioner_id=self.user, performed_at=when)
            uow.session.add(row)
            uow.session.flush()
            for modality in modalities:
                uow.session.add(ModalityEntry(session_id=row.id, modality=modality))

    def plan(self, pid: int, created: datetime, modality: str, sessions: int, days: int) -> None:
        with UnitOfWork(self.db, SYSTEM, "test.setup") as uow:
            plan = TreatmentPlan(patient_id=pid, created_at=created, created_by_id=self.user)
            uow.session.add(plan)
            uow.session.flush()
            uow.session.add(
                PlanItem(
                    plan_id=plan.id,
                    modality=modality,
                    sessions_planned=sessions,
                    interval_days=days,
                )
            )

    def book(self, pid: int, when: datetime, status: str = "booked") -> None:
        with UnitOfWork(self.db, SYSTEM, "test.setup") as uow:
            uow.session.add(
                Appointment(
                    patient_id=pid,
                    practitioner_id=self.user,
                    starts_at=when,
                    status=status,
                    created_by_id=self.user,
                    created_at=when,
                )
            )


@pytest.fixture
def clinic(database_url: str) -> Iterator[Clinic]:
    database = open_staffed(database_url)
    yield Clinic(database)
    database.dispose()


def due(clinic: Clinic, **options: int):
    rows, _ = FollowUpService(clinic.db).due_list(FRONT_DESK, TODAY, **options)
    return rows


def test_plan_session_is_due_interval_days_after_the_last_one(clinic) -> None:
    pid = clinic.patient(1)
    clinic.plan(pid, days_ago(100), "microneedling", 3, 28)
    clinic.session(pid, days_ago(30), "microneedling")
    (row,) = due(clinic)
    assert (row.patient_id, row.days_overdue, row.reasons) == (pid, 2, (DueReason.PLAN_SESSION,))
    assert row.phone_display == "+968 9123 4501"


@pytest.mark.parametrize("modality", ["subcision", "tca_cross"])
def test_subcision_and_tca_cross_plans_fall_due_at_their_interval(clinic, modality: str) -> None:
    pid = clinic.patient(1)
    default = interval_days(Modality(modality), IntervalSettings())  # the plan row's default
    assert default == 28  # about 4–6 weeks, clinical reference §6a
    clinic.plan(pid, days_ago(100), modality, 3, default)
    clinic.session(pid, days_ago(31), modality, "microneedling")
    (row,) = due(clinic)
    assert (row.patient_id, row.days_overdue) == (pid, 3)
    assert DueReason.PLAN_SESSION in row.reasons


def test_a_plan_whose_sessions_are_all_given_is_not_due(clinic) -> None:
    pid = clinic.patient(1)
    clinic.plan(pid, days_ago(100), "microneedling", 2, 28)
    clinic.session(pid, days_ago(60), "microneedling")
    clinic.session(pid, days_ago(30), "microneedling")
    assert due(clinic) == []


def test_a_patient_with_a_future_booking_is_not_listed(clinic) -> None:
    pid = clinic.patient(1)
    clinic.plan(pid, days_ago(100), "microneedling", 3, 28)
    clinic.session(pid, days_ago(30), "microneedling")
    clinic.book(pid, NOON + timedelta(days=3))
    assert due(clinic) == []


def test_toxin_review_is_due_two_weeks_after_injection_without_a_visit(clinic) -> None:
    reviewed, waiting, early = clinic.patient(1), clinic.patient(2), clinic.patient(3)
    for pid in (reviewed, waiting):
        clinic.session(pid, days_ago(20), "toxin")
    clinic.session(early, days_ago(5), "toxin")
    clinic.book(reviewed, days_ago(6), status="done")
    rows = due(clinic)
    assert [(r.patient_id, r.days_overdue, r.reasons) for r in rows] == [
        (waiting, 6, (DueReason.TOXIN_REVIEW,))
    ]


def test_a_toxin_plan_is_never_due_sooner_than_the_retreatment_interval(clinic) -> None:
    pid = clinic.patient(1)
    clinic.plan(pid, days_ago(200), "toxin", 3, 30)
    clinic.session(pid, days_ago(100), "toxin")
    (row,) = due(clinic)
    retreatment = IntervalSettings().toxin_retreatment_days
    assert row.days_overdue == 100 - retreatment  # the clinic's rule, not the plan's 30 days


def test_most_overdue_first_and_paged(clinic) -> None:
    slight, very = clinic.patient(1), clinic.patient(2)
    clinic.plan(slight, days_ago(100), "fractional_laser", 3, 28)
    clinic.session(slight, days_ago(29), "fractional_laser")
    clinic.plan(very, days_ago(100), "fractional_laser", 3, 28)
    clinic.session(very, days_ago(50), "fractional_laser")
    rows, more = FollowUpService(clinic.db).due_list(FRONT_DESK, TODAY, limit=1)
    assert [r.patient_id for r in rows] == [very] and more
    assert [r.patient_id for r in due(clinic, limit=1, offset=1)] == [slight]


def test_a_plan_never_started_is_due_from_its_start(clinic) -> None:
    pid = clinic.patient(1)
    clinic.plan(pid, days_ago(4), "chemical_peel", 4, 14)
    (row,) = due(clinic)
    assert (row.patient_id, row.days_overdue) == (pid, 4)
