"""In-app preview of an issued PDF, with Print… and Save as PDF….

The preview shows the very bytes that were stored, so what is printed or saved from here is
the issued document itself. Saving writes those bytes unchanged. Printing goes through the
system's print dialog and draws each page as an image at the printer's resolution (capped,
so a 1200 dpi printer does not need a gigabyte per page).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.tr import _t
from scardesk.ui.widgets.screen_fit import fit_size

#: Highest resolution a page is rasterised at for printing (dots per inch).
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72.0


class PdfPreviewDialog(QDialog):
    """Shows one PDF. ``suggested_name`` is the file name Save as PDF… proposes."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str = "document.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_size(self, 820, 960)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._errors = ErrorPresenter(self)
        # The buffer must outlive the document, which reads from it lazily.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("muted")
        self.print_button = QPushButton(_t("Print…"))
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton(_t("Save as PDF…"))
        self.close_button = QPushButton(_t("Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.document.statusChanged.connect(self._status_changed)
        self.document.load(self._buffer)
        self._status_changed(self.document.status())

    def page_count(self) -> int:
        return self.document.pageCount()

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        ready = status == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready)
        if ready:
            pages = self.page_count()
            self.pages_label.setText(_t("%n page(s)", "", pages))
        elif status == QPdfDocument.Status.Error:
            self.pages_label.setText(_t("This document could not be shown."))

    # --- save ----------------------------------------------------------------------

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _t("Save as PDF"), self.suggested_name, _t("PDF documents (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with open(path, "wb") as out:
                out.write(self.pdf)
        except OSError as error:
            self._errors.show(error, self)

    # --- print ---------------------------------------------------------------------

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, max(1, self.page_count()))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)

    def render_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages onto ``printer``; returns how many were drawn."""
        total = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        if first < 1 or last < 1:
            first, last = 1, total
        pages = range(first - 1, min(last, total))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(_t("The printer could not be started."))
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            area = painter.viewport()  # the printable area, in device pixels
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                pixels = QSize(
                    round(size.width() * dpi / POINTS_PER_INCH),
                    round(size.height() * dpi / POINTS_PER_INCH),
                )
                image = self.document.render(index, pixels)
                target = _fit(image.size(), area)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)


def _fit(size: QSize, area: QRect) -> QRect:
    """The largest rectangle of ``size``'s proportions inside ``area``, centred."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.x() + (area.width() - scaled.width()) // 2
    top = area.y() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())
