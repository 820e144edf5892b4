"""Every record of a demo clinic reads back through the app, on SQLite and on PostgreSQL.

The demo is built through the same domain records and codecs the app saves with, so this is
the proof that what is stored is what the app reads: every session, assessment, plan, consent,
history answer and appointment of every patient is opened through its service, every session's
aftercare sheet and every patient's visit summary is rendered, and one record of each kind and
modality combination is opened in its screen. Any record the app cannot show fails the build.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database
from scardesk.db.models import Assessment, ModalityEntry, Patient
from scardesk.demo import generate_demo
from scardesk.domain.enums import Modality, Role
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import PatientInput
from scardesk.domain.validation import validate_patient
from scardesk.services.container import Services, build_services
from scardesk.services.session import SignedIn
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.labels import modality_name
from scardesk.ui.sessions.view import SessionView
from tests.demo.walker import Walk, walk_clinic
from tests.helpers import first_user
from tests.ui.patient_helpers import make_context

NOW = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
PATIENTS = 300
SCREEN_PATIENTS = 150


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    db = open_database(migrated_url)
    yield db
    db.dispose()


def test_every_demo_record_opens_and_prints(database: Database) -> None:
    generate_demo(database, PATIENTS, seed=11, now=NOW)
    walk = walk_clinic(database, first_user(database, Role.PRACTITIONER))
    stored = Walk.stored(database)
    assert stored["sessions"] > PATIENTS and stored["assessments"] >= PATIENTS * 0.9
    for kind, rows in stored.items():
        assert walk.opened[kind] == rows, kind
    assert walk.opened["patients"] == PATIENTS
    assert walk.opened["aftercare sheets"] == stored["sessions"]  # the demo voids none
    assert walk.opened["visit summaries"] == PATIENTS
    report = check_database(database)
    assert report.ok, report.describe()
    _every_patient_passes_the_patient_form(database)


def _every_patient_passes_the_patient_form(database: Database) -> None:
    """Opening any demo patient and saving it unchanged must not meet a field error."""
    refused: dict[int, dict[str, str]] = {}
    with database.sessions() as session:
        for row in session.scalars(select(Patient)):
            form = PatientInput(
                name_latin=row.name_latin or "",
                name_arabic=row.name_arabic or "",
                date_of_birth=row.date_of_birth.isoformat() if row.date_of_birth else "",
                sex=row.sex or "",
                civil_number=row.civil_number or "",
                document_type=row.document_type or "",
                document_expiry=row.document_expiry.isoformat() if row.document_expiry else "",
                phone=row.phone or "",
                email=row.email or "",
                address=row.address or "",
                emergency_contact_name=row.emergency_contact_name or "",
                emergency_contact_phone=row.emergency_contact_phone or "",
                fitzpatrick=str(row.fitzpatrick or ""),
            )
            try:
                validate_patient(form, NOW.date())
            except ValidationError as error:
                refused[row.id] = error.field_errors
    assert refused == {}


@pytest.fixture
def demo_services(database: Database) -> Services:
    generate_demo(database, SCREEN_PATIENTS, seed=12, now=NOW)
    return build_services(database)


def _label_text(widget: object) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def _one_session_per_combination(database: Database) -> dict[tuple[str, ...], int]:
    kinds: dict[int, list[str]] = {}
    with database.sessions() as session:
        query = select(ModalityEntry.session_id, ModalityEntry.modality).order_by(ModalityEntry.id)
        for session_id, modality in session.execute(query):
            kinds.setdefault(session_id, []).append(modality)
    samples: dict[tuple[str, ...], int] = {}
    for session_id, modalities in sorted(kinds.items()):
        samples.setdefault(tuple(modalities), session_id)
    return samples


def _one_assessment_per_suitability(database: Database) -> dict[tuple[str, ...], tuple[int, int]]:
    """(patient, assessment) for each set of modalities judged: no skin type, light, dark."""
    services = build_services(database)
    samples: dict[tuple[str, ...], tuple[int, int]] = {}
    with database.sessions() as session:
        rows = session.execute(
            select(Assessment.id, Assessment.patient_id).order_by(Assessment.id)
        ).all()
    for assessment_id, patient_id in rows:
        record = services.assessments.get(first_user(database, Role.PRACTITIONER), assessment_id)
        verdicts = tuple(f"{m.value}={v.value}" for m, v in record.data.suitability.items())
        samples.setdefault(verdicts, (patient_id, assessment_id))
    return samples


def test_each_kind_of_demo_record_opens_in_its_screen(
    qtbot, demo_services: Services, database: Database
) -> None:
    signed_in = SignedIn(
        demo_services.users.authenticate("demo.practitioner1", "demo-Practitioner-1")
    )
    context = make_context(demo_services, signed_in)
    sessions = _one_session_per_combination(database)
    assert {Modality(m) for combo in sessions for m in combo} == set(Modality)
    assert any(len(combo) > 1 for combo in sessions)
    for combo, session_id in sessions.items():
        view = SessionView(context, session_id)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        assert view.record is not None and view.record.id == session_id
        shown = _label_text(view)
        for modality in combo:
            assert modality_name(Modality(modality)) in shown, (combo, session_id)
        if combo == ("toxin", "microneedling"):
            view.grab().save("/tmp/every-record-session.png")
        view.close()
    assessments = _one_assessment_per_suitability(database)
    assert len(assessments) >= 3  # without a skin type, light skin, skin at PIH risk
    actor = signed_in.actor
    for patient_id, assessment_id in assessments.values():
        record = demo_services.assessments.get(actor, assessment_id)
        editor = AssessmentEditor(context, patient_id, record)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        assert editor.gb.total.text() == f"Total {record.data.gb_total} / 84"
        assert editor.suitability.values() == {
            m.value: v.value for m, v in record.data.suitability.items()
        }
        editor.grab().save(f"/tmp/every-record-assessment-{assessment_id}.png")
        editor.close()


def test_demo_injection_points_sit_in_the_region_they_name(qtbot) -> None:
    from scardesk.demo.pools import REGION_CENTRES
    from scardesk.domain.enums import FacialRegion
    from scardesk.ui.widgets.face_map import FaceMapWidget

    face = FaceMapWidget()
    qtbot.addWidget(face)
    for region, (x, y) in REGION_CENTRES.items():
        assert face.region_at(x, y) is FacialRegion(region)
