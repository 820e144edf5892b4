"""What every page of every document carries, and the PDF's own metadata."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from scardesk.documents import ContentLibrary, render_aftercare, render_consent
from scardesk.documents.layout import ClinicBanner
from scardesk.domain.documents import (
    AftercareRecord,
    ConsentRecord,
    ModalityDone,
    PageStamp,
    PatientNames,
)
from scardesk.domain.enums import Modality
from tests.documents.pdf_checks import BOTH_NAMES, CLINIC, SESSION_DAY, normalise

LIBRARY = ContentLibrary()
ISSUED = datetime(2026, 12, 5, 12, 30, 15, tzinfo=UTC)  # 16:30:15 in Muscat
STAMP = PageStamp(1234, date(1990, 3, 5), ISSUED)
LONG_ADDRESS = (
    "Building 1234, Way 3021, Block 230, Al Khuwair South, next to the Ministry of Health "
    "Annex, Bawshar, Muscat Governorate, Sultanate of Oman, PO Box 123, PC 133, Zanzibarwords"
)
TOXIN = ModalityDone(Modality.TOXIN, ("forehead",), "Botox", 20.0)
PEEL = ModalityDone(Modality.CHEMICAL_PEEL, ("forehead",))


def _sheet(**changes: object) -> AftercareRecord:
    record = AftercareRecord(
        CLINIC, BOTH_NAMES, SESSION_DAY, "Dr. Layla Al-Hinai", (TOXIN, PEEL), stamp=STAMP
    )
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    return render_aftercare(_sheet(), LIBRARY).pdf


def _pages(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_page_names_the_patient_file_number_birth_date_and_issue_date(
    sheet_pdf: bytes,
) -> None:
    pages = _pages(sheet_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert normalise("Aisha Al-Balushi · File #1234 · Born 5 March 1990") in text
        assert normalise(f"Issued 5 December 2026 · Page {number} of {len(pages)}") in text


def test_the_content_version_is_in_the_metadata_not_on_the_paper(sheet_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sheet_pdf))
    assert "aftercare/toxin@" in str(reader.metadata["/Keywords"])
    assert all("@" not in text for text in _pages(sheet_pdf))


def test_metadata_has_title_author_subject_language_and_the_issue_time(sheet_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sheet_pdf))
    info = reader.metadata
    assert info["/Title"] == "Aftercare — Aisha Al-Balushi — 15 November 2026"
    assert info["/Author"] == "Al Khuwair Skin Clinic"
    assert info["/Subject"] == "Aftercare instructions after the session of 15 November 2026"
    assert info["/CreationDate"] == "D:20261205163015+04'00'"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_arabic_lines_are_marked_as_arabic(sheet_pdf: bytes) -> None:
    content = PdfReader(io.BytesIO(sheet_pdf)).pages[0].get_contents().get_data()
    assert b"/Span <</Lang (ar)>> BDC" in content


def test_the_same_record_issued_at_the_same_instant_gives_the_same_bytes() -> None:
    assert render_aftercare(_sheet(), LIBRARY).pdf == render_aftercare(_sheet(), LIBRARY).pdf


def test_a_preview_without_a_stamp_prints_no_patient_line_or_issue_date() -> None:
    pdf = render_aftercare(_sheet(stamp=PageStamp()), LIBRARY).pdf
    assert "Issued" not in _pages(pdf)[0]
    assert "File#" not in _pages(pdf)[0]


def test_a_long_address_is_printed_whole_and_the_header_grows() -> None:
    clinic = dataclasses.replace(CLINIC, address=LONG_ADDRESS)
    assert ClinicBanner(clinic).height > ClinicBanner(CLINIC).height
    text = _pages(render_aftercare(_sheet(clinic=clinic), LIBRARY).pdf)[0]
    assert normalise(LONG_ADDRESS) in text


def test_an_80_character_arabic_name_wraps_in_the_footer_without_being_cut() -> None:
    name = ("عائشة بنت محمد بن سالم بن خلفان بن راشد بن حمد بن سعيد البلوشية من ولاية صحار " * 2)[
        :80
    ]
    patient = PatientNames("Aisha Al-Balushi", name)
    record = ConsentRecord(CLINIC, patient, Modality.TOXIN, None, None, None, "-", stamp=STAMP)
    pdf = render_consent(record, LIBRARY).pdf
    for text in _pages(pdf):
        assert normalise(name.split()[-2]) in text


def test_hours_licence_and_a_whatsapp_code_are_in_the_header() -> None:
    clinic = dataclasses.replace(
        CLINIC,
        hours="Saturday to Thursday, 9:00 to 21:00",
        hours_arabic="من السبت إلى الخميس",
        moh_licence="MOH/2024/1187",
        whatsapp_e164="+96891234567",
    )
    pdf = render_aftercare(_sheet(clinic=clinic), LIBRARY).pdf
    text = _pages(pdf)[0]
    assert normalise("Saturday to Thursday, 9:00 to 21:00") in text
    assert normalise("Ministry of Health licence no. MOH/2024/1187") in text
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    links = [a.get_object()["/A"]["/URI"] for a in first.get("/Annots", [])]
    assert links == ["https://wa.me/96891234567"]
    assert ClinicBanner(clinic).code is not None
    assert ClinicBanner(CLINIC).code is None
