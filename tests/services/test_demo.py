"""The demo clinic: right volume, believable Omani records, consistent clinical numbers, and
never a single row written into a database that holds real patients."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scardesk.db.audit import verify_chain
from scardesk.db.engine import Database, open_database
from scardesk.db.models import (
    Appointment,
    Assessment,
    AuditEvent,
    InjectionPoint,
    Patient,
    ToxinEntry,
    TreatmentSession,
    User,
)
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.records import PatientInput
from scardesk.domain.scoring import EccaCounts, GoodmanBaronCounts, ecca_score, goodman_baron_score
from scardesk.services.demo import DemoSummary, generate_demo
from scardesk.services.patients import PatientService

NOW = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
PATIENTS = 200
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def generated(database: Database) -> DemoSummary:
    return generate_demo(database, PATIENTS, seed=7, now=NOW)


def _count(database: Database, model: type) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_writes_the_requested_patients_and_reports_counts(
    database: Database, generated: DemoSummary
) -> None:
    assert _count(database, Patient) == PATIENTS
    assert generated.counts["patients"] == PATIENTS
    for model in (Assessment, TreatmentSession, ToxinEntry, InjectionPoint, Appointment):
        stored = _count(database, model)
        assert stored > 0
        assert generated.counts[model.__tablename__] == stored


def test_creates_flagged_demo_staff_with_printed_passwords(
    database: Database, generated: DemoSummary
) -> None:
    roles = sorted(user.role for user in generated.users)
    assert roles.count("practitioner") == 2 and roles.count("front_desk") == 2 and "admin" in roles
    with database.sessions() as session:
        flags = session.scalars(select(User.is_demo)).all()
    assert flags and all(flags)
    assert generated.users[0].password == "demo-Practitioner-1"


def test_patients_have_search_text_arabic_names_and_omani_mobiles(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        rows = session.execute(
            select(Patient.search_text, Patient.name_arabic, Patient.phone)
        ).all()
    assert all(search.strip() for search, _, _ in rows)
    assert sum(bool(_ARABIC_LETTER.search(arabic)) for _, arabic, _ in rows) > PATIENTS * 0.7
    assert all(re.fullmatch(r"\+968[79][0-9]{7}", phone or "") for _, _, phone in rows)


def test_injection_points_add_up_to_each_toxin_total(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        per_entry = select(InjectionPoint.toxin_entry_id, func.sum(InjectionPoint.units))
        sums = {
            entry: units
            for entry, units in session.execute(per_entry.group_by(InjectionPoint.toxin_entry_id))
        }
        entries = session.execute(select(ToxinEntry.id, ToxinEntry.total_units)).all()
    assert entries
    for entry_id, total in entries:
        assert sums[entry_id] == pytest.approx(total)


def test_stored_scores_equal_recomputed_scores(database: Database, generated: DemoSummary) -> None:
    with database.sessions() as session:
        rows = session.scalars(select(Assessment)).all()
    assert rows
    for a in rows:
        gb = GoodmanBaronCounts(
            macular=a.gb_a_macular,
            mildly_atrophic_dish=a.gb_a_mild_atrophic,
            moderately_atrophic_dish=a.gb_b_moderate_atrophic,
            punched_out_shallow_small=a.gb_b_punched_shallow,
            shallow_broad_atrophic=a.gb_b_shallow_broad,
            punched_out_deep_normal_base=a.gb_c_punched_deep_normal,
            punched_out_deep_abnormal_base=a.gb_c_punched_deep_abnormal,
            linear_troughed=a.gb_c_linear_troughed,
            deep_broad_atrophic=a.gb_c_deep_broad,
            papular=a.gb_d_papular,
            keloid_area_cm2=a.gb_keloid_area_cm2,
        )
        ecca = EccaCounts(
            icepick=a.ecca_icepick,
            boxcar=a.ecca_boxcar,
            rolling=a.ecca_rolling,
            superficial_elastolysis=a.ecca_elastolysis,
            hypertrophic_young=a.ecca_hypertrophic_young,
            keloid_or_old_hypertrophic=a.ecca_keloid_old,
        )
        assert a.gb_total == goodman_baron_score(gb)
        assert a.ecca_total == ecca_score(ecca)


def test_appointments_in_the_past_are_settled_and_future_ones_booked(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        rows = session.execute(select(Appointment.starts_at, Appointment.status)).all()
    past = {status for starts, status in rows if starts < NOW}
    future = {status for starts, status in rows if starts >= NOW}
    assert past and past <= {"done", "no_show", "cancelled"}
    assert future == {"booked"}


def test_sessions_lie_in_the_past(database: Database, generated: DemoSummary) -> None:
    with database.sessions() as session:
        latest = session.scalar(select(func.max(TreatmentSession.performed_at)))
    assert latest is not None and latest < NOW


def test_one_audit_event_per_batch_and_the_chain_verifies(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        notes = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "demo.generate")
        ).all()
        assert verify_chain(session) is None
    assert [note.after["count"] for note in notes if note.after] == [PATIENTS]


def test_refuses_a_database_with_a_real_patient_and_writes_nothing(database: Database) -> None:
    PatientService(database).register(
        SYSTEM,
        PatientInput(name_latin="Real Person", date_of_birth="1990-01-01", sex="female"),
    )
    users_before = _count(database, User)
    with pytest.raises(StorageRefusedError, match="real patients"):
        generate_demo(database, 50, now=NOW)
    assert _count(database, Patient) == 1
    assert _count(database, User) == users_before


def test_running_twice_adds_patients_and_reuses_the_staff(
    database: Database, generated: DemoSummary
) -> None:
    second = generate_demo(database, 30, seed=8, now=NOW)
    assert _count(database, Patient) == PATIENTS + 30
    assert second.counts.get("users", 0) == 0
    with database.sessions() as session:
        assert verify_chain(session) is None


def test_same_seed_gives_the_same_clinic(
    database: Database, generated: DemoSummary, tmp_path: Path
) -> None:
    other = open_database(f"sqlite:///{tmp_path / 'twin.sqlite3'}")
    try:
        generate_demo(other, PATIENTS, seed=7, now=NOW)
        columns = (
            Patient.id,
            Patient.name_latin,
            Patient.name_arabic,
            Patient.phone,
            Patient.date_of_birth,
        )
        query = select(*columns).order_by(Patient.id)
        with database.sessions() as mine, other.sessions() as twin:
            assert mine.execute(query).all() == twin.execute(query).all()
            totals = select(ToxinEntry.id, ToxinEntry.total_units).order_by(ToxinEntry.id)
            assert mine.execute(totals).all() == twin.execute(totals).all()
    finally:
        other.dispose()
