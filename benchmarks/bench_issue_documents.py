"""Issuing an aftercare sheet end to end through the document service, against rendering alone.

Run: ``.venv/bin/python benchmarks/bench_issue_documents.py``. A SQLite clinic with one recorded
toxin + microneedling session; before each run an earlier follow-up is booked, so every sheet
differs (new next appointment) and is really stored rather than matched to the previous one.
Issuing = read the session, product, next appointment and clinic; render; store the bytes and
SHA-256 with the audit event. The baseline is ``render_aftercare`` of the same record in the
same run, so the ratio is the service's own overhead. Reprint (stored bytes + audit event) is
timed too. Medians only: the machines are shared and noisy.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from scardesk.db.engine import Database, open_database
from scardesk.db.models import Appointment, TreatmentSession
from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.domain.codecs import encode_planned
from scardesk.domain.documents import AftercareRecord
from scardesk.domain.enums import Modality
from scardesk.services import document_builders
from scardesk.services.documents import DocumentService
from scardesk.services.sessions import SessionService
from tests.helpers import FRONT_DESK, PRACTITIONER
from tests.services.session_fixtures import NOW, combined_session, make_clinic

RUNS = 30


def book(database: Database, patient_id: int, days: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            insert(Appointment),
            {
                "patient_id": patient_id,
                "practitioner_id": 3,
                "starts_at": NOW + timedelta(days=days),
                "planned_modalities": encode_planned([Modality.TOXIN]),
                "created_by_id": 2,
                "created_at": NOW,
            },
        )


def record_of(database: Database, session_id: int) -> AftercareRecord:
    with database.sessions() as session:
        row = session.get(TreatmentSession, session_id)
        assert row is not None
        return document_builders.aftercare_record(session, row)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'clinic.sqlite3'}")
        clinic = make_clinic(database)
        saved, *_ = SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, combined_session(clinic)
        )
        service = DocumentService(database, content_dir=Path(folder) / "content")
        library = ContentLibrary()
        service.issue_aftercare(FRONT_DESK, saved.id)  # warm-up: fonts, content parsed
        issue, render, reprint = [], [], []
        for n in range(RUNS):
            book(database, clinic.patient_id, 200 - n)
            started = time.perf_counter()
            issued = service.issue_aftercare(FRONT_DESK, saved.id)
            issue.append(time.perf_counter() - started)
            assert not issued.reused
            record = record_of(database, saved.id)
            started = time.perf_counter()
            render_aftercare(record, library)
            render.append(time.perf_counter() - started)
            started = time.perf_counter()
            service.reprint(FRONT_DESK, issued.id)
            reprint.append(time.perf_counter() - started)
        database.dispose()
    issue_ms, render_ms = statistics.median(issue) * 1000, statistics.median(render) * 1000
    print(f"aftercare sheet (toxin + microneedling, 3 pages), {RUNS} runs on SQLite, medians:")
    print(f"  issue through the service : {issue_ms:7.1f} ms")
    print(f"  render_aftercare alone    : {render_ms:7.1f} ms")
    print(f"  ratio issue / render      : {issue_ms / render_ms:7.2f}")
    print(f"  reprint (stored bytes)    : {statistics.median(reprint) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
