""" "Who has seen this record…": every logged read of one patient's record, newest first.

Shown to those who may read the audit trail (the administrator and any privacy officer; see
``services/readers.py`` for why not the practitioner). Opening the dialog is itself a logged
read; "Load older reads" pages on without logging again. "Save as PDF…" writes the same list
as a PDF (logged as well).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Role
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.read_events import (
    READ_LABELS,
    ROLE_LABELS,
    ReaderRow,
    ReadersPage,
    ReadKind,
    row_noun,
)
from scardesk.ui import display
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import isolated, moment_text, person_name
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import list_state_label, set_list_state
from scardesk.ui.widgets.screen_fit import fit_size
from scardesk.ui.widgets.table_columns import fit_columns

PAGE = 100


def may_see_readers(context: ScreenContext) -> bool:
    """A hint for showing the action; the service decides from the database on each call."""
    user = context.signed_in.user
    return user.privacy_officer or allows(user.role, Permission.VIEW_AUDIT)


def kind_text(kind: ReadKind) -> str:
    return _t(READ_LABELS[kind])


def role_text(role: Role | None) -> str:
    return _t(ROLE_LABELS[role]) if role else ""


def which_text(row: ReaderRow) -> str:
    noun = row_noun(row.entity)
    if noun is None:
        return _t("The whole record")
    label = _t(noun)
    return f"{label} #{row.entity_id}" if row.entity_id is not None else label


def suggested_pdf_name(patient_id: int) -> str:
    return f"who-has-seen-file-{patient_id}.pdf"


class ReadersDialog(QDialog):
    """``loaded`` is emitted after each page arrives (tests wait on it); ``saved`` with the path."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, context: ScreenContext, patient_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        self.rows: list[ReaderRow] = []
        self.setWindowTitle(_t("Who has seen this record"))
        fit_size(self, 900, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [_t("When (Muscat)"), _t("Who"), _t("Role"), _t("What"), _t("Which record")]
        )
        fit_columns(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        # Said where the rows would be: a refused or failed read is not an empty history.
        self.list_state = list_state_label(self.table)
        bar = QHBoxLayout()
        self.more_button = QPushButton(_t("Load older reads"))
        self.more_button.clicked.connect(self.load_more)
        self.pdf_button = QPushButton(_t("Save as PDF…"))
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.close_button = QPushButton(_t("Close"))
        self.close_button.clicked.connect(self.accept)
        bar.addWidget(self.more_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.more_button.setEnabled(False)
        self._load(None)

    def _load(self, before_id: int | None) -> None:
        service, actor = self._context.services.readers, self._context.signed_in.actor
        self._context.runner.run(
            lambda: service.readers(actor, self.patient_id, limit=PAGE, before_id=before_id),
            self._show,
            self._failed,
            write=before_id is None,  # the first page logs that the report was viewed
        )

    def load_more(self) -> None:
        if self.rows:
            self.more_button.setEnabled(False)
            self._load(self.rows[-1].event_id)

    def _failed(self, error: BaseException) -> None:
        if not self.rows:
            set_list_state(self.list_state, _no_reads(), error, rows=0)
        self._errors.show(error, self)
        self.loaded.emit()

    def _show(self, page: ReadersPage) -> None:
        self.rows.extend(page.rows)
        for row in page.rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            values = (
                moment_text(row.occurred_at, seconds=True),
                _reader_name(row),
                role_text(row.role),
                kind_text(row.kind),
                which_text(row),
            )
            for column, value in enumerate(values):
                self.table.setItem(at, column, QTableWidgetItem(value))
        self.more_button.setEnabled(page.has_more)
        self.summary.setText(
            _t("File #{id}: %n read(s) shown, newest first.", None, len(self.rows)).format(
                id=self.patient_id
            )
        )
        set_list_state(self.list_state, _no_reads(), None, rows=len(self.rows))
        self.loaded.emit()

    def visible_lines(self) -> list[tuple[str, ...]]:
        """The table as text, row by row (what a person reads off the screen)."""
        return [
            tuple(_cell_text(self.table.item(r, c)) for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]

    def ask_pdf(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _t("Save as PDF"), suggested_pdf_name(self.patient_id), _t("PDF files (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            self.save_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def save_pdf(self, path: Path) -> None:
        service, actor = self._context.services.readers, self._context.signed_in.actor

        def write() -> Path:
            path.write_bytes(service.pdf(actor, self.patient_id))
            return path

        self.pdf_button.setEnabled(False)
        run_logged_read(self._context.runner, write, self._saved, self._save_failed)

    def _saved(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.summary.setText(_t("Saved as {name}.").format(name=path.name))
        self.saved.emit(path)

    def _save_failed(self, error: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        self._errors.show(error, self)
        self.saved.emit(error)


class ReadersAction(QObject):
    """The workspace's "Who has seen this record…" button and the dialog it opens."""

    def __init__(self, context: ScreenContext, patient_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._patient_id = patient_id
        self._parent = parent
        self.dialog: ReadersDialog | None = None

    def button(self) -> QPushButton:
        button = QPushButton(_t("Who has seen this record…"))
        button.setToolTip(_t("Every logged view, print and export of this patient's record"))
        button.setVisible(may_see_readers(self._context))
        button.clicked.connect(self.open)
        return button

    def open(self) -> ReadersDialog:
        dialog = ReadersDialog(self._context, self._patient_id, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog


def _no_reads() -> str:
    return _t("No logged read of this record yet.")


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _reader_name(row: ReaderRow) -> str:
    """The reader as everyone else in ScarDesk names them: the Arabic display name for an
    Arabic reader when the clinic entered one, isolated so a Latin name keeps its order."""
    if row.by_system:
        return _t("ScarDesk (system)")
    name = person_name(row.user_name, row.user_name_arabic)
    return isolated(name) if display.current().right_to_left else name
