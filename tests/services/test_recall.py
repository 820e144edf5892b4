"""The recall report: who received a lot, with contact details; CSV for Excel and a PDF."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent
from scardesk.domain.errors import PermissionDeniedError
from scardesk.domain.products import RecallReport, RecallRow
from scardesk.services.recall import recall_csv, recall_pdf, recall_report
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, count
from tests.services.session_fixtures import Clinic, combined_session, make_clinic, toxin_entry


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


def test_the_csv_has_a_byte_order_mark_and_arabic_names(database: Database, clinic: Clinic) -> None:
    data = recall_csv(recall_report(database, ADMIN, clinic.lot_id).rows)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][2] == "عائشة البلوشي"
    assert rows[1][3] == "'+968 9123 4567"  # a leading + would start a spreadsheet formula


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_prints_markup_as_typed_and_the_arabic_name(tmp_path: Path) -> None:
    row = RecallRow(
        1,
        1,
        "<b>Aisha</b>",
        "عائشة البلوشي",
        "+968 9123 4567",
        "123",
        datetime(2026, 1, 1, tzinfo=UTC),
        date(2026, 1, 1),
        20.0,
        "Dr Salma",
    )
    pdf = tmp_path / "recall.pdf"
    pdf.write_bytes(
        recall_pdf(RecallReport("Botox (onabotulinumtoxinA)", "C1234", date(2027, 1, 1), (row,)))
    )
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    plain = unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e\u2066-\u2069]", "", text))
    assert "<b>Aisha</b>" in plain and "C1234" in plain and "+968 9123 4567" in plain
    assert "عائشة البلوشي" in plain


def test_a_voided_session_is_left_out(database: Database, clinic: Clinic) -> None:
    from sqlalchemy import update

    from scardesk.db.models import TreatmentSession
    from scardesk.domain.time import utc_now

    with database.engine.begin() as connection:
        connection.execute(
            update(TreatmentSession).values(voided_at=utc_now(), void_reason="error")
        )
    assert recall_report(database, ADMIN, clinic.lot_id).rows == ()
    assert toxin_entry(clinic).lot_id == clinic.lot_id


def test_formula_looking_text_in_any_column_is_quoted_in_the_csv() -> None:
    # Harmless to store (a display name may start with '='), never run by a spreadsheet.
    row = RecallRow(
        session_id=7,
        patient_id=3,
        name_latin='=HYPERLINK("http://x")',
        name_arabic="@عائشة",
        phone_display="+968 9123 4567",
        civil_number="-123",
        performed_at=datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
        performed_on=date(2026, 3, 1),
        units=4.0,
        practitioner="  =cmd|' /C calc'!A0",
    )
    cells = list(csv.reader(io.StringIO(recall_csv([row]).decode("utf-8-sig"))))[1]
    unguarded = [cell for cell in cells if cell.lstrip(" ")[:1] in ("=", "+", "-", "@")]
    assert unguarded == []
    assert cells[1] == '\'=HYPERLINK("http://x")' and cells[6] == "'  =cmd|' /C calc'!A0"
    assert cells[7:] == ["3", "7"]


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
