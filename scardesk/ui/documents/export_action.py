""" "Export patient's copy…": the patient's whole record as one ZIP file, chosen in a save dialog.

The export reads every record, renders a PDF and writes a ZIP of photos and documents: seconds
for a long record, so it runs off the UI thread (on the write queue: it is audited). The result
or the error is shown in a message box that does not block, like the error boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from scardesk.domain.permissions import Permission, allows
from scardesk.services.patient_export import ExportResult, suggested_file_name
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import number_text
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t


def may_export(context: ScreenContext) -> bool:
    """The copy holds the clinical record: only those who may read it may export it."""
    return allows(context.signed_in.user.role, Permission.VIEW_CLINICAL)


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return _t("{n} MB").format(n=number_text(f"{size / 1_000_000:.1f}"))
    return _t("{n} kB").format(n=number_text(max(1, round(size / 1000))))


class PatientExporter(QObject):
    """Asks where to save, exports in the background, says how it went.

    ``finished`` carries the result (tests, and a screen that wants to know); ``message`` is the
    last box shown, success or error.
    """

    finished = Signal(object)

    def __init__(self, context: ScreenContext, patient_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._patient_id = patient_id
        self._parent = parent
        self._errors = ErrorPresenter(self)
        self.message: QMessageBox | None = None
        self.last_result: ExportResult | None = None
        self.busy = False

    @property
    def errors(self) -> ErrorPresenter:
        return self._errors

    def button(self) -> QPushButton:
        """The action as a button, hidden for roles that may not export."""
        button = QPushButton(_t("Export patient's copy…"))
        button.setToolTip(
            _t(
                "The patient's own copy of the whole record (right of access): "
                "a ZIP file with a PDF, the data as JSON, the photos and issued documents"
            )
        )
        button.setVisible(may_export(self._context))
        button.setEnabled(may_export(self._context))
        button.clicked.connect(self.ask)
        return button

    def ask(self) -> None:
        if self.busy or not may_export(self._context):
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            _t("Save the patient's copy"),
            suggested_file_name(self._patient_id),
            _t("ZIP archives (*.zip)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        self.start(path)

    def start(self, path: Path) -> None:
        """Export to ``path``; the save dialog has already asked before replacing a file."""
        actor = self._context.signed_in.actor
        service = self._context.services.patient_export
        patient_id = self._patient_id
        self.busy = True
        # Audited (the record leaves the clinic); it changes no record a screen shows.
        run_logged_read(
            self._context.runner,
            lambda: service.export(actor, patient_id, path, overwrite=True),
            self._done,
            self._failed,
        )

    def _done(self, result: ExportResult) -> None:
        self.busy = False
        self.last_result = result
        text = _t(
            "The patient's copy was saved as {name} ({size}): the record as PDF and JSON, "
            "{photos} photo(s) and {documents} document(s)."
        ).format(
            name=result.path.name,
            size=size_text(result.size_bytes),
            photos=result.photos,
            documents=result.documents,
        )
        if result.unreadable:
            text += " " + _t(
                "{n} stored record(s) could not be read; the copy lists them as unreadable."
            ).format(n=result.unreadable)
        self._show(QMessageBox.Icon.Information, _t("Patient's copy saved"), text)
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._errors.show(error, self._parent)
        self.finished.emit(error)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's text
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
