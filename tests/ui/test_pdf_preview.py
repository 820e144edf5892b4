"""The PDF preview: a real issued sheet loads, its pages are counted, saved and printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from scardesk.documents import ContentLibrary, render_aftercare
from scardesk.domain.documents import AftercareRecord, ModalityDone
from scardesk.domain.enums import Modality
from scardesk.ui.documents.preview import PdfPreviewDialog
from tests.documents.pdf_checks import BOTH_NAMES, CLINIC, NEXT_VISIT, SESSION_DAY


@pytest.fixture(scope="module")
def sheet() -> bytes:
    record = AftercareRecord(
        clinic=CLINIC,
        patient=BOTH_NAMES,
        session_date=SESSION_DAY,
        practitioner="Dr. Salma Al Hinai",
        modalities=(
            ModalityDone(Modality.TOXIN, ("forehead",), "Botox", 20.0),
            ModalityDone(Modality.MICRONEEDLING, ("cheek_left",)),
        ),
        next_appointment=NEXT_VISIT,
    )
    return render_aftercare(record, ContentLibrary()).pdf


def _open(qtbot: QtBot, pdf: bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, "Aftercare sheet", "aftercare.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def test_the_preview_loads_the_pdf_and_shows_its_page_count(qtbot: QtBot, sheet: bytes) -> None:
    dialog = _open(qtbot, sheet)
    pages = len(PdfReader(io.BytesIO(sheet)).pages)
    assert dialog.page_count() == pages > 1
    assert dialog.pages_label.text() == f"{pages} pages"  # English plural from scardesk_en.ts
    assert dialog.print_button.isEnabled()


def test_save_as_writes_the_identical_bytes(
    qtbot: QtBot, sheet: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, sheet)
    target = tmp_path / "copy"  # the extension is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.save_button.click()
    assert (tmp_path / "copy.pdf").read_bytes() == sheet


def test_cancelling_save_as_writes_nothing(
    qtbot: QtBot, sheet: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, sheet)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.save_button.click()
    assert not list(tmp_path.iterdir())


def test_printing_draws_every_page_onto_the_printer(
    qtbot: QtBot, sheet: bytes, tmp_path: Path
) -> None:
    dialog = _open(qtbot, sheet)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.render_to(printer) == dialog.page_count()
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == dialog.page_count()
