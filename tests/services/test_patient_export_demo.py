"""A realistic patient from the demo clinic: the copy holds every stored row of each kind."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import (
    Appointment,
    Assessment,
    Consent,
    HistoryEntry,
    Patient,
    Photo,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.unit_of_work import SYSTEM
from scardesk.demo import generate_demo
from scardesk.services.patient_export import PatientExportService
from tests.documents.pdf_checks import arabic_present, column_text

NOW = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
TABLES = {
    "medical_history": HistoryEntry,
    "consents": Consent,
    "assessments": Assessment,
    "sessions": TreatmentSession,
    "appointments": Appointment,
    "photos": Photo,
    "plans": TreatmentPlan,
}


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = open_database(migrated_url)
    yield opened
    opened.dispose()


def _busiest(database: Database) -> int:
    """The demo patient with the most sessions among those with photos."""
    with database.sessions() as session:
        with_photos = select(Photo.patient_id).distinct()
        return int(
            session.execute(
                select(TreatmentSession.patient_id, func.count())
                .where(TreatmentSession.patient_id.in_(with_photos))
                .group_by(TreatmentSession.patient_id)
                .order_by(func.count().desc(), TreatmentSession.patient_id)
                .limit(1)
            ).one()[0]
        )


def test_a_demo_patients_copy_holds_every_stored_row(database: Database, tmp_path: Path) -> None:
    generate_demo(database, 25, seed=7, now=NOW)
    patient_id = _busiest(database)
    out = tmp_path / "copy.zip"
    PatientExportService(database, content_dir=tmp_path / "content").export(SYSTEM, patient_id, out)
    archive = zipfile.ZipFile(out)
    data = json.loads(archive.read("record.json"))
    with database.sessions() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        arabic = patient.name_arabic
        for key, model in TABLES.items():
            stored = session.scalar(
                select(func.count()).select_from(model).where(model.patient_id == patient_id)
            )
            assert len(data[key]) == stored, key
    assert not any(item.get("unreadable") for key in TABLES for item in data[key])
    assert data["photos"] and data["appointments"] and len(data["sessions"]) >= 2
    photos = [n for n in archive.namelist() if n.startswith("photos/")]
    assert len(photos) == len(data["photos"])
    for toxin in (
        entry for s in data["sessions"] for entry in s["modalities"] if entry["modality"] == "toxin"
    ):
        assert toxin["lot_number"] and all(p["units"] > 0 for p in toxin["points"])
    assert arabic_present(arabic, column_text(archive.read("record.pdf"), "ar"))
