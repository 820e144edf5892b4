"""The demo clinic: right volume, believable Omani records, consistent clinical numbers, and
never a single row written into a database that holds real patients."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from scardesk.db import due_index
from scardesk.db.audit import verify_chain
from scardesk.db.engine import Database, open_database
from scardesk.db.models import (
    Appointment,
    Assessment,
    AuditEvent,
    Consent,
    HistoryEntry,
    InjectionPoint,
    ModalityEntry,
    Patient,
    Photo,
    PhotoBlob,
    PlanItem,
    ToxinEntry,
    TreatmentPlan,
    TreatmentSession,
    User,
)
from scardesk.db.unit_of_work import SYSTEM
from scardesk.demo import DemoSummary, generate_demo
from scardesk.domain.codecs import decode_entry
from scardesk.domain.consents import purpose_for_modality
from scardesk.domain.enums import Modality, PeelDepth, Role
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.records import PatientInput
from scardesk.domain.scoring import EccaCounts, GoodmanBaronCounts, ecca_score, goodman_baron_score
from scardesk.domain.sessions import LaserInput, PeelInput, TcaCrossInput
from scardesk.domain.time import MUSCAT
from scardesk.services.documents import DocumentService
from scardesk.services.followup import FollowUpService
from scardesk.services.patients import PatientService
from scardesk.services.plans import PlanService
from scardesk.services.settings import RuleSettingsService
from tests.demo.demo_copies import DemoCopies, module_demo_copies
from tests.documents.pdf_checks import all_text, normalise
from tests.helpers import first_user, make_clinical_lead
from tests.services.test_followup import listed_due, reference_due

NOW = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)  # 12:30 in Muscat, a Monday
TODAY = NOW.astimezone(MUSCAT).date()
MIDNIGHT = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=MUSCAT).astimezone(UTC)
PATIENTS = 200
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@pytest.fixture(scope="module")
def demo_copies(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DemoCopies]:
    """The seed-7 clinic, built once per backend in this process (tests/demo/demo_copies.py)."""
    yield from module_demo_copies(
        request,
        tmp_path_factory,
        lambda database: generate_demo(database, PATIENTS, seed=7, now=NOW),
    )


@pytest.fixture
def prepared(
    request: pytest.FixtureRequest, database_url: str, audit_key_dir: Path
) -> DemoSummary | None:
    """A test that asks for ``generated`` starts from its own copy of the built clinic, the
    others from an empty migrated database."""
    if "generated" not in request.fixturenames:
        request.getfixturevalue("migrated_url")
        return None
    copies: DemoCopies = request.getfixturevalue("demo_copies")
    return copies.copy_into(database_url, audit_key_dir)


@pytest.fixture
def database(prepared: DemoSummary | None, database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def generated(prepared: DemoSummary | None, database: Database) -> DemoSummary:
    assert prepared is not None
    return prepared


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


def test_each_toxin_entry_carries_its_sessions_id_and_time(
    database: Database, generated: DemoSummary
) -> None:
    """The bulk rows fill the copies lot recall walks (revision 0013) as the app's save does."""
    from scardesk.db.copy_check import copy_problems

    assert _count(database, ToxinEntry) > 0
    assert copy_problems(database.engine) == []


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


def test_appointments_before_today_are_settled_and_future_ones_booked(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        rows = session.execute(select(Appointment.starts_at, Appointment.status)).all()
    past = {status for starts, status in rows if starts < MIDNIGHT}
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
            for extra in (
                select(ToxinEntry.id, ToxinEntry.total_units).order_by(ToxinEntry.id),
                select(PlanItem.plan_id, PlanItem.modality, PlanItem.sessions_planned).order_by(
                    PlanItem.id
                ),
                select(
                    TreatmentSession.id,
                    TreatmentSession.plan_id,
                    TreatmentSession.appointment_id,
                    TreatmentSession.antiviral_prophylaxis,
                    TreatmentSession.signed_at,
                ).order_by(TreatmentSession.id),
                select(Appointment.id, Appointment.status).order_by(Appointment.id),
                select(Photo.id, Photo.view_angle, Photo.sha256).order_by(Photo.id),
            ):
                assert mine.execute(extra).all() == twin.execute(extra).all()
    finally:
        other.dispose()


def test_active_plans_have_items_and_their_progress_computes(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        plans = session.execute(select(TreatmentPlan.id, TreatmentPlan.status)).all()
        items = _count(database, PlanItem)
    assert len(plans) > PATIENTS * 0.3 and items >= len(plans)
    assert {status for _, status in plans} == {"active"}
    service = PlanService(database)
    doctor = first_user(database, Role.PRACTITIONER)
    lines = [line for plan_id, _ in plans[:40] for line in service.progress(doctor, plan_id)]
    assert all(1 <= line.done <= line.planned for line in lines)
    assert any(
        not line.complete and " of " in line.text and "next due" in line.text for line in lines
    )


def test_plan_sessions_belong_to_the_plans_patient_and_follow_its_start(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        rows = session.execute(
            select(
                TreatmentSession.patient_id,
                TreatmentSession.performed_at,
                TreatmentPlan.patient_id,
                TreatmentPlan.created_at,
                TreatmentPlan.started_on,
            ).join(TreatmentPlan, TreatmentPlan.id == TreatmentSession.plan_id)
        ).all()
    assert rows
    for patient, performed, plan_patient, written, started_on in rows:
        assert patient == plan_patient
        assert written <= performed and started_on <= performed.astimezone(MUSCAT).date()


def test_due_list_has_plan_patients_some_overdue_and_others_not_yet_due(
    database: Database, generated: DemoSummary
) -> None:
    rows, _ = FollowUpService(database).due_list(
        first_user(database, Role.FRONT_DESK), TODAY, limit=500
    )
    assert any("plan_session" in {reason.value for reason in row.reasons} for row in rows)
    upcoming, _ = FollowUpService(database).due_list(
        first_user(database, Role.FRONT_DESK), TODAY + timedelta(days=60), limit=500
    )
    assert any(row.due_on < TODAY for row in upcoming)
    assert any(row.due_on > TODAY for row in upcoming)


def test_every_done_appointment_has_its_session(database: Database, generated: DemoSummary) -> None:
    with database.sessions() as session:
        done = session.execute(
            select(Appointment.id, Appointment.patient_id, Appointment.starts_at).where(
                Appointment.status == "done"
            )
        ).all()
        columns = (TreatmentSession.patient_id, TreatmentSession.performed_at)
        linked = {
            row[0]: tuple(row[1:])
            for row in session.execute(select(TreatmentSession.appointment_id, *columns))
        }
    assert done
    for appointment_id, patient_id, starts_at in done:
        assert linked[appointment_id] == (patient_id, starts_at)


def test_today_has_arrived_patients_without_a_session_and_later_bookings(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        today = session.execute(
            select(Appointment.id, Appointment.status, Appointment.starts_at).where(
                Appointment.starts_at >= MIDNIGHT,
                Appointment.starts_at < MIDNIGHT + timedelta(days=1),
            )
        ).all()
        with_session = set(
            session.scalars(
                select(TreatmentSession.appointment_id).where(
                    TreatmentSession.appointment_id.is_not(None)
                )
            )
        )
    arrived = [row.id for row in today if row.status == "arrived"]
    assert arrived and not set(arrived) & with_session
    assert all(row.starts_at < NOW for row in today if row.status == "arrived")
    assert any(row.status == "booked" for row in today)


def test_antiviral_recorded_exactly_for_herpes_patients_with_ablative_laser_deeper_peel_or_tca(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        herpes = set(
            session.scalars(
                select(HistoryEntry.patient_id).where(
                    HistoryEntry.fact == "herpes_simplex", HistoryEntry.answer == "yes"
                )
            )
        )
        deeper: set[int] = set()
        for session_id, modality, areas, parameters in session.execute(
            select(
                ModalityEntry.session_id,
                ModalityEntry.modality,
                ModalityEntry.areas,
                ModalityEntry.parameters,
            )
        ):
            settings = decode_entry(modality, areas, parameters).settings
            if (
                (isinstance(settings, LaserInput) and settings.ablative)
                or (isinstance(settings, PeelInput) and settings.depth is not PeelDepth.SUPERFICIAL)
                or isinstance(settings, TcaCrossInput)  # antiviral recommended [TC]
            ):
                deeper.add(session_id)
        flags = session.execute(
            select(
                TreatmentSession.id,
                TreatmentSession.patient_id,
                TreatmentSession.antiviral_prophylaxis,
            )
        ).all()
    for session_id, patient_id, given in flags:
        assert given == (patient_id in herpes and session_id in deeper)
    assert deeper and any(given for _, _, given in flags)


def test_a_share_of_sessions_use_subcision_and_tca_cross_alongside_other_modalities(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        rows = session.execute(select(ModalityEntry.session_id, ModalityEntry.modality)).all()
    by_session: dict[int, set[str]] = {}
    for session_id, modality in rows:
        by_session.setdefault(session_id, set()).add(modality)
    for new in ("subcision", "tca_cross"):
        using = [kinds for kinds in by_session.values() if new in kinds]
        assert 0.03 < len(using) / len(by_session) < 0.4, new
        assert any("toxin" in kinds for kinds in using), f"{new} never given with toxin"
        assert any(len(kinds) > 1 and "toxin" not in kinds for kinds in using)


def test_past_sessions_are_signed_by_their_practitioner_but_a_recent_handful(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        rows = session.execute(
            select(
                TreatmentSession.practitioner_id,
                TreatmentSession.performed_at,
                TreatmentSession.signed_at,
                TreatmentSession.signed_by_id,
            )
        ).all()
    unsigned = [performed for _, performed, signed_at, _ in rows if signed_at is None]
    assert 1 <= len(unsigned) <= 6
    assert all(performed >= NOW - timedelta(days=8) for performed in unsigned)
    signed = [row for row in rows if row.signed_at is not None]
    assert all(row.signed_by_id == row.practitioner_id for row in signed)
    assert all(row.signed_at > row.performed_at for row in signed)


def test_photos_are_clean_jpegs_of_two_assessments_with_photo_consent(
    database: Database, generated: DemoSummary
) -> None:
    with database.sessions() as session:
        photos = session.execute(
            select(Photo, PhotoBlob.image, Assessment.patient_id, Assessment.assessed_at)
            .join(PhotoBlob, PhotoBlob.photo_id == Photo.id)
            .join(Assessment, Assessment.id == Photo.assessment_id)
        ).all()
        consenting = set(
            session.scalars(select(Consent.patient_id).where(Consent.purpose == "clinical_photos"))
        )
    assert photos and len(photos) == _count(database, Photo)
    per_patient: dict[int, set[int]] = {}
    for photo, image, assessment_patient, assessed_at in photos:
        assert photo.patient_id == assessment_patient and photo.patient_id in consenting
        assert photo.taken_at.astimezone(MUSCAT).date() == assessed_at.astimezone(MUSCAT).date()
        assert photo.sha256 == hashlib.sha256(image).hexdigest()
        assert photo.media_type == "image/jpeg"
        with Image.open(io.BytesIO(image)) as decoded:
            assert decoded.format == "JPEG"
            assert decoded.size == (photo.width, photo.height)
            assert not decoded.getexif() and "exif" not in decoded.info
        with Image.open(io.BytesIO(photo.thumbnail)) as small:
            assert small.format == "JPEG" and max(small.size) == 240
        per_patient.setdefault(photo.patient_id, set()).add(photo.assessment_id)
    assert 30 <= len(per_patient) <= 40
    assert all(len(assessments) == 2 for assessments in per_patient.values())


def test_demo_treatment_consents_print_as_signed(
    database: Database, generated: DemoSummary, tmp_path: Path
) -> None:
    purpose = purpose_for_modality(Modality.TOXIN).value
    with database.sessions() as session:
        consent = session.scalars(
            select(Consent).where(Consent.purpose == purpose).order_by(Consent.id).limit(1)
        ).one()
        patient_id = consent.patient_id
    issued = DocumentService(database, content_dir=tmp_path).issue_consent(
        SYSTEM, patient_id, Modality.TOXIN
    )
    text = all_text(issued.pdf or b"")
    assert normalise("Signed on:") in text and "Signedon:____" not in text


def test_the_demo_due_index_agrees_with_its_records_and_the_list_with_the_rule(
    database: Database, generated: DemoSummary
) -> None:
    """The demo writes its patients in bulk, past the unit of work: each batch computes its
    patients' due reasons itself. Every page of the list, on several days, equals the whole
    clinic ranked in plain Python."""
    with database.engine.connect() as connection:
        assert due_index.index_problems(connection) == 0
    for day in (TODAY - timedelta(days=40), TODAY, TODAY + timedelta(days=25)):
        expected = reference_due(database, day)
        assert len(expected) > 10  # the demo has patients due on each of these days
        assert listed_due(database, day, page=50) == expected


def test_a_change_of_intervals_computes_every_patient_again(
    database: Database, generated: DemoSummary
) -> None:
    lead = make_clinical_lead(database, first_user(database, Role.PRACTITIONER))
    rules = RuleSettingsService(database)
    stored = rules.current(lead)
    before = listed_due(database, TODAY, page=100)
    values = {**stored.parameters.to_mapping(), "microneedling_days": 60, "toxin_review_days": 10}
    rules.save(lead, values, stored.version)
    with database.engine.connect() as connection:
        assert due_index.index_problems(connection) == 0
    after = listed_due(database, TODAY, page=100)
    assert after == reference_due(database, TODAY) and after != before
