"""The recall report: who received a lot, with contact details; CSV for Excel and a PDF."""

from __future__ import annotations

import pytest

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent
from scardesk.domain.errors import PermissionDeniedError
from scardesk.domain.products import RecallRow
from scardesk.services.recall import recall_report
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, count
from tests.services.session_fixtures import Clinic, combined_session, make_clinic, void_session


@pytest.fixture
def clinic(database: Database) -> Clinic:
    clinic = make_clinic(database)
    SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    return clinic


def test_the_report_lists_every_session_that_used_the_lot(
    database: Database, clinic: Clinic
) -> None:
    report = recall_report(database, ADMIN, clinic.lot_id)
    assert (report.lot_number, len(report.rows)) == ("C1234", 1)
    row = report.rows[0]
    assert (row.name_arabic, row.phone_display, row.civil_number) == (
        "عائشة البلوشي",
        "+968 9123 4567",
        "12345678",
    )
    assert (row.units, row.practitioner) == (20.0, "Dr.Salma")


def test_another_lot_lists_nobody(database: Database, clinic: Clinic) -> None:
    assert recall_report(database, ADMIN, clinic.other_product_lot_id).rows == ()


def test_producing_the_report_is_audited(database: Database, clinic: Clinic) -> None:
    before = count(database, AuditEvent)
    recall_report(database, PRACTITIONER, clinic.lot_id)
    assert count(database, AuditEvent) == before + 1


def test_the_front_desk_cannot_produce_it(database: Database, clinic: Clinic) -> None:
    with pytest.raises(PermissionDeniedError):
        recall_report(database, FRONT_DESK, clinic.lot_id)


def test_a_voided_session_is_left_out(database: Database, clinic: Clinic) -> None:
    (listed,) = recall_report(database, ADMIN, clinic.lot_id).rows
    void_session(database, listed.session_id)
    assert recall_report(database, ADMIN, clinic.lot_id).rows == ()


def test_rows_are_handed_on_in_order_as_they_are_read(
    database: Database, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scardesk.services import recall

    monkeypatch.setattr(recall, "FIRST_ROWS", 1)
    monkeypatch.setattr(recall, "_BATCH", 2)
    for _ in range(3):
        SessionService(database).record_session(
            PRACTITIONER, clinic.patient_id, combined_session(clinic)
        )
    batches: list[tuple[RecallRow, ...]] = []
    report = recall_report(database, ADMIN, clinic.lot_id, batches.append)
    assert [len(batch) for batch in batches] == [1, 2, 1]
    assert tuple(row for batch in batches for row in batch) == report.rows
    assert report.rows == recall_report(database, ADMIN, clinic.lot_id).rows


def test_a_stopped_read_ends_after_the_batch_and_says_it_is_incomplete(
    database: Database, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scardesk.services import recall

    monkeypatch.setattr(recall, "FIRST_ROWS", 1)
    monkeypatch.setattr(recall, "_BATCH", 1)
    SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    before = count(database, AuditEvent)
    report = recall_report(database, ADMIN, clinic.lot_id, stop=lambda: True)
    assert (len(report.rows), report.complete) == (1, False)
    assert count(database, AuditEvent) == before + 1  # the rows it read were shown: audited


def test_the_day_shown_is_the_muscat_day(database: Database, clinic: Clinic) -> None:
    """20:30 UTC is half past midnight in Muscat: the report shows the next day."""
    from dataclasses import replace
    from datetime import UTC, date, datetime, timedelta

    from scardesk.domain.sessions import ToxinInput

    late = datetime(2026, 3, 9, 20, 30, tzinfo=UTC)
    # Corrected through the service, which keeps the time copied onto the toxin entry (the
    # recall reads that copy) equal to the session's.
    service = SessionService(database)
    recorded = service.get(PRACTITIONER, recall_report(database, ADMIN, clinic.lot_id).rows[0][0])
    toxin, *others = recorded.content.modalities
    assert isinstance(toxin, ToxinInput)
    vial = replace(toxin, reconstituted_at=late - timedelta(hours=1))
    moved = replace(recorded.content, performed_at=late, modalities=(vial, *others))
    service.update(PRACTITIONER, recorded.id, recorded.version, moved)
    row = recall_report(database, ADMIN, clinic.lot_id).rows[0]
    assert (row.performed_at, row.performed_on) == (late, date(2026, 3, 10))
