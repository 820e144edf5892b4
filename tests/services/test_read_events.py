"""Reads of a patient's record are logged, once each, and listed in "Who has seen this record".

Every view runs against a real record (tests/services/export_fixtures) on SQLite and
PostgreSQL; each must add exactly one audit event naming the reader, the patient and the kind.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, User
from scardesk.db.unit_of_work import Actor
from scardesk.domain.audit_view import AuditFilters
from scardesk.domain.errors import NotFoundError, PermissionDeniedError
from scardesk.domain.read_events import ReadKind
from scardesk.services.container import Services, build_services
from scardesk.services.documents import DocumentService
from scardesk.services.patient_export import PatientExportService
from tests.documents.pdf_checks import all_text, arabic_present, normalise
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, aisha
from tests.services import export_fixtures as fx


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    return tmp_path / "content"


@pytest.fixture
def record(database: Database, content_dir: Path) -> fx.FullRecord:
    return fx.full_record(database, content_dir)


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database)


def last_id(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.max(AuditEvent.id))) or 0


def events_after(database: Database, since: int) -> list[AuditEvent]:
    with database.sessions() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.id > since).order_by(AuditEvent.id))
        )


def one_event(database: Database, read: Callable[[], Any]) -> AuditEvent:
    """Run ``read``; it must have written exactly one audit event, which is returned."""
    since = last_id(database)
    read()
    found = events_after(database, since)
    assert len(found) == 1, [(e.action, e.entity) for e in found]
    return found[0]


def test_each_kind_of_view_writes_exactly_one_read_event(
    database: Database, services: Services, record: fx.FullRecord, content_dir: Path, tmp_path
) -> None:
    pid = record.patient_id
    documents = DocumentService(database, content_dir=content_dir)
    export = PatientExportService(database, content_dir=content_dir)
    consent_id = record.withdrawn_consent_id
    views: list[tuple[str, Callable[[], Any], str, str, int]] = [
        (
            "patient.open",
            lambda: services.patient_header.open(PRACTITIONER, pid),
            "read.patient.open",
            "patients",
            pid,
        ),
        *(
            (
                kind.value,
                (lambda k=kind: services.read_log.record(PRACTITIONER, k, pid)),
                f"read.{kind.value}",
                "patients",
                pid,
            )
            for kind in (
                ReadKind.HISTORY_VIEW,
                ReadKind.CONSENTS_VIEW,
                ReadKind.ASSESSMENTS_VIEW,
                ReadKind.PHOTOS_VIEW,
                ReadKind.PLAN_VIEW,
                ReadKind.SESSIONS_VIEW,
                ReadKind.DOCUMENTS_VIEW,
            )
        ),
        (
            "session.view",
            lambda: services.sessions.open(PRACTITIONER, record.session_id),
            "read.session.view",
            "treatment_sessions",
            record.session_id,
        ),
        (
            "assessment.view",
            lambda: services.assessments.open(PRACTITIONER, record.assessment_id),
            "read.assessment.view",
            "assessments",
            record.assessment_id,
        ),
        (
            "photo.view",
            lambda: services.photos.image(PRACTITIONER, record.photo_ids[0]),
            "read.photo.view",
            "photos",
            record.photo_ids[0],
        ),
        (
            "consent.view",
            lambda: services.consents.signature(PRACTITIONER, consent_id),
            "read.consent.view",
            "consents",
            consent_id,
        ),
        (
            "document.print (reprint)",
            lambda: documents.reprint(PRACTITIONER, record.document_ids[1]),
            "document.reprint",
            "issued_documents",
            record.document_ids[1],
        ),
        (
            "document.export",
            lambda: export.export(PRACTITIONER, pid, tmp_path / "copy.zip"),
            "patient.export",
            "patients",
            pid,
        ),
    ]
    for name, read, action, entity, entity_id in views:
        event = one_event(database, read)
        assert (event.action, event.entity, event.entity_id) == (action, entity, entity_id), name
        assert (event.patient_id, event.user_id) == (pid, PRACTITIONER.user_id), name
    # Issuing a document (again, the same day: the stored one is given) is one event too.
    event = one_event(database, lambda: documents.issue_aftercare(PRACTITIONER, record.session_id))
    assert (event.action, event.patient_id, event.user_id) == ("document.issue", pid, 3)

    page = services.readers.readers(ADMIN, pid, limit=500)
    kinds = [row.kind for row in page.rows]
    assert kinds[0] is ReadKind.READERS_VIEW  # the admin's own look, on top
    assert kinds[1:4] == [
        ReadKind.DOCUMENT_PRINT,
        ReadKind.DOCUMENT_EXPORT,
        ReadKind.DOCUMENT_PRINT,
    ]
    assert kinds[4:8] == [
        ReadKind.CONSENT_VIEW,
        ReadKind.PHOTO_VIEW,
        ReadKind.ASSESSMENT_VIEW,
        ReadKind.SESSION_VIEW,
    ]
    assert kinds.count(ReadKind.PATIENT_OPEN) == 1
    ids = [row.event_id for row in page.rows]
    assert ids == sorted(ids, reverse=True)


def test_reloads_and_lists_log_nothing(
    database: Database, services: Services, record: fx.FullRecord
) -> None:
    """What screens call to refresh what is already on screen is not a new view."""
    since = last_id(database)
    services.patient_header.refresh(PRACTITIONER, record.patient_id)
    services.sessions.get(PRACTITIONER, record.session_id)
    services.sessions.list_for_patient(PRACTITIONER, record.patient_id)
    services.assessments.get(PRACTITIONER, record.assessment_id)
    services.history.entries(PRACTITIONER, record.patient_id)
    services.photos.list_for_patient(PRACTITIONER, record.patient_id)
    services.photos.thumbnails(PRACTITIONER, list(record.photo_ids))
    services.plans.list_for_patient(PRACTITIONER, record.patient_id)
    assert events_after(database, since) == []


@pytest.mark.parametrize(
    ("actor", "read"),
    [
        (FRONT_DESK, lambda s, r: s.sessions.open(FRONT_DESK, r.session_id)),
        (ADMIN, lambda s, r: s.sessions.open(ADMIN, r.session_id)),
        (FRONT_DESK, lambda s, r: s.assessments.open(FRONT_DESK, r.assessment_id)),
        (ADMIN, lambda s, r: s.photos.image(ADMIN, r.photo_ids[0])),
        (FRONT_DESK, lambda s, r: s.consents.signature(FRONT_DESK, r.withdrawn_consent_id)),
        (
            FRONT_DESK,
            lambda s, r: s.read_log.record(FRONT_DESK, ReadKind.HISTORY_VIEW, r.patient_id),
        ),
        (ADMIN, lambda s, r: s.read_log.record(ADMIN, ReadKind.SESSIONS_VIEW, r.patient_id)),
        (PRACTITIONER, lambda s, r: s.readers.readers(PRACTITIONER, r.patient_id)),
        (FRONT_DESK, lambda s, r: s.readers.pdf(FRONT_DESK, r.patient_id)),
    ],
    ids=[
        "desk-session",
        "admin-session",
        "desk-assessment",
        "admin-photo",
        "desk-consent",
        "desk-history-tab",
        "admin-sessions-tab",
        "practitioner-readers",
        "desk-readers-pdf",
    ],
)
def test_a_refused_read_is_refused_and_logs_nothing(
    database: Database, services: Services, record: fx.FullRecord, actor: Actor, read
) -> None:
    since = last_id(database)
    with pytest.raises(PermissionDeniedError):
        read(services, record)
    assert events_after(database, since) == []


def test_a_read_of_something_missing_logs_nothing(database: Database, services: Services) -> None:
    since = last_id(database)
    for read in (
        lambda: services.sessions.open(PRACTITIONER, 999),
        lambda: services.photos.image(PRACTITIONER, 999),
        lambda: services.read_log.record(PRACTITIONER, ReadKind.HISTORY_VIEW, 999),
        lambda: services.patient_header.open(FRONT_DESK, 999),
    ):
        with pytest.raises(NotFoundError):
            read()
    assert events_after(database, since) == []


def test_front_desk_opening_a_patient_logs_patient_open_only(
    database: Database, services: Services, patient_id: int
) -> None:
    event = one_event(database, lambda: services.patient_header.open(FRONT_DESK, patient_id))
    assert (event.action, event.user_id, event.patient_id) == (
        "read.patient.open",
        FRONT_DESK.user_id,
        patient_id,
    )
    assert event.after == {"clinical": False}
    # The front desk's own tabs: the documents list is theirs to see, the history is not.
    services.read_log.record(FRONT_DESK, ReadKind.DOCUMENTS_VIEW, patient_id)
    with pytest.raises(PermissionDeniedError):
        services.read_log.record(FRONT_DESK, ReadKind.HISTORY_VIEW, patient_id)


def _audit_text(database: Database) -> str:
    with database.sessions() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.before, AuditEvent.after)
        ).all()
    return json.dumps([list(row) for row in rows], ensure_ascii=False).casefold()


@pytest.mark.parametrize("term", ["Zubaida", "٩٩٢٣٤", "قمر الزمان", "Balush"])
def test_search_writes_nothing_and_never_stores_the_terms(
    database: Database, services: Services, patient_id: int, term: str
) -> None:
    since = last_id(database)
    services.search.search(PRACTITIONER, term)
    services.search.search(FRONT_DESK, term)
    assert events_after(database, since) == []
    if term != "Balush":  # a part of the registered name, which the registration stored
        assert term.casefold() not in _audit_text(database)


def test_the_readers_report_lists_reads_newest_first_with_names_and_roles(
    database: Database, services: Services, patient_id: int
) -> None:
    services.patient_header.open(FRONT_DESK, patient_id)
    services.patient_header.open(PRACTITIONER, patient_id)
    services.read_log.record(PRACTITIONER, ReadKind.HISTORY_VIEW, patient_id)
    page = services.readers.readers(ADMIN, patient_id, limit=3)
    lines = [(row.user_name, row.role.value if row.role else None, row.kind) for row in page.rows]
    assert lines == [
        ("Admin", "admin", ReadKind.READERS_VIEW),
        ("Dr.Salma", "practitioner", ReadKind.HISTORY_VIEW),
        ("Dr.Salma", "practitioner", ReadKind.PATIENT_OPEN),
    ]
    assert page.has_more
    older = services.readers.readers(ADMIN, patient_id, limit=3, before_id=page.rows[-1].event_id)
    assert [(row.user_name, row.kind) for row in older.rows] == [("Desk", ReadKind.PATIENT_OPEN)]
    assert not older.has_more
    # Paging on is the same look at the report: logged once, on the first page.
    again = services.readers.readers(ADMIN, patient_id, limit=500)
    assert [row.kind for row in again.rows].count(ReadKind.READERS_VIEW) == 2


def test_another_patients_reads_are_not_listed(
    database: Database, services: Services, patient_id: int
) -> None:
    maryam = aisha(
        name_latin="Maryam Al Hinai",
        name_arabic="مريم الهنائي",
        phone="9123 4000",
        civil_number="87654321",
    )
    other = services.patients.register(FRONT_DESK, maryam)[0].id
    services.patient_header.open(PRACTITIONER, other)
    page = services.readers.readers(ADMIN, patient_id)
    assert [row.kind for row in page.rows] == [ReadKind.READERS_VIEW]


def test_a_privacy_officer_at_the_front_desk_may_read_the_report(
    database: Database, services: Services, patient_id: int
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.readers.readers(FRONT_DESK, patient_id)
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 2).values(privacy_officer=True))
    assert services.readers.readers(FRONT_DESK, patient_id).rows[0].kind is ReadKind.READERS_VIEW


def test_the_report_as_pdf_renders_names_in_arabic_and_is_logged(
    database: Database, services: Services, patient_id: int, tmp_path: Path
) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(display_name="د. سلمى الحارثي"))
    services.patient_header.open(PRACTITIONER, patient_id)
    services.read_log.record(PRACTITIONER, ReadKind.PHOTOS_VIEW, patient_id)
    event = one_event(
        database, lambda: (tmp_path / "r.pdf").write_bytes(services.readers.pdf(ADMIN, patient_id))
    )
    assert (event.action, event.patient_id, event.user_id) == ("read.readers.export", patient_id, 1)
    pdf = (tmp_path / "r.pdf").read_bytes()
    text = all_text(pdf)
    for line in ("Who has seen this record", "Viewed the photo thumbnails", "Practitioner"):
        assert normalise(line) in text
    assert arabic_present("د. سلمى الحارثي", text)
    assert arabic_present("من اطلع على هذا السجل", text.replace("\u0651", ""))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "r.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_the_audit_viewer_filtered_to_the_patient_counts_as_a_read_of_the_trail(
    database: Database, services: Services, patient_id: int
) -> None:
    services.audit.page(ADMIN, AuditFilters(patient_id=patient_id))
    services.audit.page(ADMIN)  # the whole trail: no patient, not listed here
    rows = services.readers.readers(ADMIN, patient_id).rows
    assert [(row.kind, row.user_name) for row in rows] == [
        (ReadKind.READERS_VIEW, "Admin"),
        (ReadKind.AUDIT_TRAIL_VIEW, "Admin"),
    ]
