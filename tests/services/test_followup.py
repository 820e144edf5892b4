"""The due-for-follow-up list: plan intervals, toxin reviews, nothing booked, most overdue first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from scardesk.db import due_index
from scardesk.db.engine import Database
from scardesk.db.models import (
    Appointment,
    ModalityEntry,
    Patient,
    PlanItem,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.enums import Modality
from scardesk.domain.intervals import IntervalSettings, interval_days
from scardesk.domain.scheduling import DueReason, merge_due, muscat_day_range
from scardesk.services.followup import FollowUpService
from scardesk.services.patients import PatientService
from scardesk.services.settings import RuleSettingsService
from tests.helpers import (
    FRONT_DESK,
    PRACTITIONER,
    add_user_row,
    aisha,
    make_clinical_lead,
    open_staffed,
)

TODAY = date(2026, 3, 10)
NOON = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # 12:00 in Muscat


def days_ago(days: int) -> datetime:
    return NOON - timedelta(days=days)


class Clinic:
    def __init__(self, database: Database) -> None:
        self.db = database
        with UnitOfWork(database, SYSTEM, "test.setup") as uow:
            self.user = add_user_row(uow.session)
        self._registered: list[int] = []

    def patient(self, n: int) -> int:
        form = aisha(phone=f"9123 45{n:02d}", civil_number=f"1000{n:04d}")
        return PatientService(self.db).register(SYSTEM, form)[0].id

    def patients(self, count: int) -> list[int]:
        """``count`` patients, registered once (property examples share the clinic)."""
        while len(self._registered) < count:
            self._registered.append(self.patient(len(self._registered) + 1))
        return self._registered[:count]

    def void_a_session(self, pid: int, nth: int) -> None:
        """Void the patient's ``nth`` not-voided session (cycling), if they have one."""
        with UnitOfWork(self.db, SYSTEM, "test.setup") as uow:
            rows = list(
                uow.session.scalars(
                    select(TreatmentSession)
                    .where(TreatmentSession.patient_id == pid, TreatmentSession.voided_at.is_(None))
                    .order_by(TreatmentSession.id)
                )
            )
            if rows:
                row = rows[nth % len(rows)]
                row.voided_at = NOON
                row.void_reason = "entered on the wrong patient"

    def toggle_archive(self, pid: int) -> None:
        patients = PatientService(self.db)
        record = patients.get(SYSTEM, pid)
        if record.archived_at is None:
            patients.archive(SYSTEM, pid, record.version, "moved abroad")
        else:
            patients.restore(SYSTEM, pid, record.version)

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


def test_a_toxin_review_lapses_once_the_retreatment_interval_has_passed(clinic) -> None:
    retreatment = IntervalSettings().toxin_retreatment_days
    last_day, lapsed = clinic.patient(1), clinic.patient(2)
    clinic.session(last_day, days_ago(retreatment), "toxin")
    clinic.session(lapsed, days_ago(retreatment + 1), "toxin")
    assert [(r.patient_id, r.reasons) for r in due(clinic)] == [
        (last_day, (DueReason.TOXIN_REVIEW,))
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


def reference_due(database: Database, today: date) -> list[tuple[int, date, tuple, tuple]]:
    """The whole clinic ranked in plain Python, the way the list worked before its index:
    every patient's reasons computed afresh, a toxin review only within the retreatment
    interval, nobody archived or booked from today on; then merged and sorted by the domain."""
    with database.engine.connect() as connection:
        settings = due_index.interval_settings(connection)
        items = due_index.compute(connection, lambda column: column.is_not(None), settings)
        archived = set(
            connection.scalars(select(Patient.id).where(Patient.archived_at.is_not(None)))
        )
        midnight, _ = muscat_day_range(today)
        booked = set(
            connection.scalars(
                select(Appointment.patient_id).where(
                    Appointment.status == "booked", Appointment.starts_at >= midnight
                )
            )
        )
    window = timedelta(days=settings.toxin_retreatment_days - settings.toxin_review_days)
    counted = [
        replace(item, due_on=today) if item.reason is DueReason.UNREADABLE else item
        for item in items
        if item.patient_id not in archived | booked
        and (item.reason is not DueReason.TOXIN_REVIEW or item.due_on >= today - window)
    ]
    return [(d.patient_id, d.due_on, d.reasons, d.modalities) for d in merge_due(counted, today)]


def listed_due(database: Database, today: date, page: int) -> list[tuple[int, date, tuple, tuple]]:
    """Every page of the due list, read as the Today screen reads it ("More" until the end)."""
    found, more = [], True
    while more:
        rows, more = FollowUpService(database).due_list(
            FRONT_DESK, today, limit=page, offset=len(found)
        )
        found += [(r.patient_id, r.due_on, r.reasons, r.modalities) for r in rows]
    return found


_MODALITIES = st.sampled_from(["toxin", "toxin", "microneedling", "fractional_laser", "subcision"])
_WRITES = st.lists(
    st.one_of(
        st.tuples(st.just("session"), st.integers(0, 3), st.integers(0, 90), _MODALITIES),
        st.tuples(st.just("plan"), st.integers(0, 3), st.integers(0, 200), _MODALITIES),
        st.tuples(
            st.just("visit"),
            st.integers(0, 3),
            st.integers(-10, 60),
            st.sampled_from(["booked", "arrived", "done", "cancelled"]),
        ),
        st.tuples(st.just("void"), st.integers(0, 3), st.integers(0, 9), st.just("")),
        st.tuples(st.just("archive"), st.integers(0, 3), st.just(0), st.just("")),
    ),
    min_size=1,
    max_size=16,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(writes=_WRITES, list_day=st.integers(-30, 60), page=st.integers(1, 4))
def test_after_any_writes_the_index_agrees_with_the_records_and_the_list_with_the_rule(
    clinic: Clinic, writes: list[tuple[str, int, int, str]], list_day: int, page: int
) -> None:
    """Sessions, plans, visits, voids and archives in any order (examples add up in one
    clinic): the stored index equals a fresh computation, and the paged list equals the whole
    clinic ranked in Python."""
    patients = clinic.patients(4)
    for kind, who, days, detail in writes:
        pid = patients[who]
        if kind == "session":
            clinic.session(pid, days_ago(days), detail)
        elif kind == "plan":
            clinic.plan(pid, days_ago(days), detail, 3, 28)
        elif kind == "visit":
            clinic.book(pid, days_ago(days), status=detail)
        elif kind == "void":
            clinic.void_a_session(pid, days)
        else:
            clinic.toggle_archive(pid)
    with clinic.db.engine.connect() as connection:
        assert due_index.index_problems(connection) == 0
    today = TODAY + timedelta(days=list_day)
    assert listed_due(clinic.db, today, page) == reference_due(clinic.db, today)


def test_only_the_rule_settings_move_a_computed_day(clinic: Clinic) -> None:
    """The due index is computed again for everyone only when ``RULE_SETTINGS`` change; every
    other interval must then leave the computation where it was (a new setting the rules come
    to read has to be added there, or this fails)."""
    pid = clinic.patients(1)[0]
    for modality in Modality:
        clinic.plan(pid, days_ago(300), modality.value, 5, 20)
        clinic.session(pid, days_ago(50), modality.value)
    clinic.session(pid, days_ago(10), "toxin")
    defaults = IntervalSettings()

    def computed(settings: IntervalSettings) -> list:
        with clinic.db.engine.connect() as connection:
            return due_index.compute(connection, due_index.among([pid]), settings)

    baseline = computed(defaults)
    assert {item.reason for item in baseline} == {DueReason.PLAN_SESSION, DueReason.TOXIN_REVIEW}
    for key, setting in IntervalSettings.CATALOGUE.items():
        other = setting.high if defaults.value(key) != setting.high else setting.low
        moved = computed(defaults.but(**{key: other})) != baseline
        assert moved == (key in due_index.RULE_SETTINGS), key


def test_a_change_of_other_intervals_leaves_the_index_as_it_was(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million patients computing everyone takes one to two minutes, holding the other
    writers: only a change the stored days depend on may cost that."""
    pid = clinic.patients(1)[0]
    clinic.session(pid, days_ago(20), "toxin")
    lead = make_clinical_lead(clinic.db, PRACTITIONER)
    rules = RuleSettingsService(clinic.db)
    rebuilds: list[int] = []
    real_rebuild = due_index.rebuild
    monkeypatch.setattr(
        due_index, "rebuild", lambda connection: rebuilds.append(1) or real_rebuild(connection)
    )

    def save(key: str, value: int) -> None:
        stored = rules.current(lead)
        rules.save(lead, {**stored.parameters.to_mapping(), key: value}, stored.version)

    save("microneedling_days", 60)
    assert rebuilds == []
    save("toxin_review_days", 10)
    assert rebuilds == [1]
    (row,) = due(clinic)
    assert row.days_overdue == 10  # injected 20 days ago, reviewed after 10
    with clinic.db.engine.connect() as connection:
        assert due_index.index_problems(connection) == 0
