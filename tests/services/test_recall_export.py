"""Recall exports to CSV, XLSX and PDF: streamed from the database, typed cells, audited, and
nothing left behind when cancelled."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import select, update

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, Patient
from scardesk.documents.recall import page_count, render_recall_pdf, rows_per_page
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.errors import CancelledError, PermissionDeniedError, ValidationError
from scardesk.domain.products import RecallHeading, RecallReport, RecallRow
from scardesk.services.recall_export import COMMAND_LINE_PRINTER, export_recall, format_for
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, count
from tests.services.session_fixtures import Clinic, combined_session, make_clinic

LRM = "\u200e"
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture
def clinic(database: Database) -> Clinic:
    clinic = make_clinic(database)
    SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    with database.engine.begin() as connection:  # a civil number a spreadsheet would mangle
        connection.execute(update(Patient).values(civil_number="01234567"))
    return clinic


def _pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e\u2066-\u2069]", "", text))


def _xlsx_cells(path: Path) -> list[list[tuple[str | None, str]]]:
    """Each row's cells as (type attribute, text), read from the workbook's XML itself."""
    with zipfile.ZipFile(path) as book:
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    assert sheet.find(f".//{SHEET}f") is None  # not one formula in the sheet
    rows = []
    for row in sheet.iter(f"{SHEET}row"):
        cells = []
        for cell in row.iter(f"{SHEET}c"):
            inline = cell.find(f"{SHEET}is/{SHEET}t")
            value = cell.find(f"{SHEET}v")
            node = inline if inline is not None else value
            cells.append((cell.get("t"), node.text or "" if node is not None else ""))
        rows.append(cells)
    return rows


def test_the_format_comes_from_the_suffix_and_others_are_refused() -> None:
    assert format_for(Path("r.XLSX")).value == "xlsx"
    with pytest.raises(ValidationError, match=r"'\.txt': name the file \.pdf, \.csv or \.xlsx"):
        format_for(Path("r.txt"))


def test_the_csv_keeps_phones_and_civil_numbers_literal_without_apostrophes(
    database: Database, clinic: Clinic, tmp_path: Path
) -> None:
    result = export_recall(database, ADMIN, clinic.lot_id, tmp_path / "r.csv")
    data = result.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and result.rows == 1
    _header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert row[2] == "عائشة البلوشي"
    # An invisible left-to-right mark: neither a formula (+) nor a number (leading zero kept).
    assert (row[3], row[4]) == (LRM + "+968 9123 4567", LRM + "01234567")
    assert "'" not in row[3] + row[4]


def test_formula_looking_text_in_any_csv_column_is_guarded(tmp_path: Path) -> None:
    from scardesk.documents.recall_sheets import CsvRecallWriter

    row = RecallRow(
        7,
        3,
        '=HYPERLINK("http://x")',
        "@عائشة",
        "+968 9123 4567",
        "-123",
        datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
        date(2026, 3, 1),
        4.0,
        "  =cmd|' /C calc'!A0",
    )
    buffer = io.BytesIO()
    writer = CsvRecallWriter(buffer, _heading(1))
    writer.write((row,))
    writer.close()
    cells = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))[1]
    unguarded = [cell for cell in cells if cell.lstrip(" ")[:1] in ("=", "+", "-", "@")]
    assert unguarded == []
    assert cells[1] == LRM + '=HYPERLINK("http://x")' and cells[7:] == ["3", "7"]


def test_the_xlsx_has_text_cells_for_names_phones_and_civil_numbers(
    database: Database, clinic: Clinic, tmp_path: Path
) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(Patient).values(name_latin="=1+1"))
    export_recall(database, ADMIN, clinic.lot_id, tmp_path / "r.xlsx")
    header, row = _xlsx_cells(tmp_path / "r.xlsx")
    assert [text for _, text in header][:5] == [
        "Session date (Muscat)",
        "Name",
        "الاسم",
        "Phone",
        "Civil number",
    ]
    assert row[1] == ("inlineStr", "=1+1")
    assert row[2] == ("inlineStr", "عائشة البلوشي")
    assert row[3] == ("inlineStr", "+968 9123 4567")
    assert row[4] == ("inlineStr", "01234567")
    assert row[5] == (None, "20")  # units are a number


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_has_the_clinic_header_pages_printer_and_confidentiality(
    database: Database, clinic: Clinic, tmp_path: Path
) -> None:
    export_recall(database, PRACTITIONER, clinic.lot_id, tmp_path / "r.pdf")
    text = _pdf_text(tmp_path / "r.pdf")
    assert "Page 1 of 1" in text and "C1234" in text
    assert re.search(r"Printed on \d\d/\d\d/\d{4} \d\d:\d\d by Dr\.Salma", text)
    assert "Confidential: patients' contact details" in text
    assert "عائشة البلوشي" in text and "+968 9123 4567" in text and "01234567" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_command_line_prints_as_the_administrator(
    database: Database, clinic: Clinic, tmp_path: Path
) -> None:
    from scardesk.db.unit_of_work import SYSTEM

    export_recall(database, SYSTEM, clinic.lot_id, tmp_path / "r.pdf")
    assert f"by {COMMAND_LINE_PRINTER}" in _pdf_text(tmp_path / "r.pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_every_page_says_which_of_how_many_and_markup_prints_as_typed(tmp_path: Path) -> None:
    first, later = rows_per_page(_CLINIC)
    rows = tuple(_row(number, "<b>Aisha</b>") for number in range(first + 1))
    report = RecallReport("Botox (onabotulinumtoxinA)", "C1234", date(2027, 1, 1), rows)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_recall_pdf(report, _heading(len(rows)), _CLINIC))
    text = _pdf_text(pdf)
    assert page_count(len(rows), first, later) == 2
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert "<b>Aisha</b>" in text and "Qurum Skin Clinic" in text
    assert text.count("Confidential") >= 2  # on every page, not only the first


def test_exporting_is_audited_once(database: Database, clinic: Clinic, tmp_path: Path) -> None:
    before = count(database, AuditEvent)
    export_recall(database, ADMIN, clinic.lot_id, tmp_path / "r.csv")
    with database.sessions() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert len(actions) == before + 1 and actions[-1] == "recall.export"


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "pdf"])
def test_a_cancelled_export_leaves_no_file_and_no_audit(
    database: Database, clinic: Clinic, tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    before = count(database, AuditEvent)
    with pytest.raises(CancelledError):
        export_recall(database, ADMIN, clinic.lot_id, folder / f"r.{suffix}", stop=lambda: True)
    assert list(folder.iterdir()) == []
    assert count(database, AuditEvent) == before


def test_progress_is_reported_against_the_total(
    database: Database, clinic: Clinic, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    export_recall(
        database, ADMIN, clinic.lot_id, tmp_path / "r.xlsx", progress=lambda *p: seen.append(p)
    )
    assert seen == [(1, 1)]


def test_the_front_desk_cannot_export(database: Database, clinic: Clinic, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        export_recall(database, FRONT_DESK, clinic.lot_id, tmp_path / "r.csv")
    assert not (tmp_path / "r.csv").exists()


_CLINIC = ClinicHeader("Qurum Skin Clinic", "عيادة القرم", "Muscat", "مسقط", "+96824123456")


def _heading(sessions: int) -> RecallHeading:
    return RecallHeading(
        "Botox (onabotulinumtoxinA)",
        "C1234",
        date(2027, 1, 1),
        sessions,
        datetime(2026, 12, 5, 9, 30),
        "Dr Salma",
    )


def _row(number: int, name: str) -> RecallRow:
    return RecallRow(
        number,
        number,
        name,
        "عائشة البلوشي",
        "+968 9123 4567",
        "0123",
        datetime(2026, 1, 1, tzinfo=UTC),
        date(2026, 1, 1),
        20.0,
        "Dr Salma",
    )
