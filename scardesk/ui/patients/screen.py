"""The Patients screen: one search box, the matching patients, and registration.

The receptionist types whatever is in hand — a name in either script, a civil number, a phone
number, a date of birth — and the list follows as they type. A short pause (``DEBOUNCE_MS``)
lets a burst of keystrokes become one search; the search runs on the task runner, so the
window never waits for it. Everything is reachable from the keyboard: arrows move through the
results without leaving the search box, Enter opens, Esc clears, Ctrl+N registers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.patient_search import parse_query
from scardesk.domain.records import Changes, PatientRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import number_text
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.model import PatientListModel
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import load_failed_text
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.table_columns import fit_columns

DEBOUNCE_MS = 150
_QUOTE = "‘{}’"
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 10,
    Qt.Key.Key_PageUp: -10,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PatientsScreen(QWidget):
    """``patient_opened`` carries the id of the patient the user chose to open."""

    patient_opened = Signal(int)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.errors = ErrorPresenter(self)
        self.form: PatientFormDialog | None = None
        self._open_when_settled = False
        self._read_failed = False  # the last search failed: never "no patients" then

        self.model = PatientListModel(
            context.services.search,
            context.signed_in.actor,
            context.runner,
            on_error=self._search_failed,
            parent=self,
        )
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)

        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.archived_box.toggled.connect(self._archived_toggled)
        self.new_button.clicked.connect(self.register_new)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.model.loading_changed.connect(lambda _busy: self._update_status())
        self.model.search_settled.connect(self._settled)
        self.model.search_settled.connect(self._search_read)
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        context.change_bus.changed.connect(self._on_changed)

        QShortcut(
            QKeySequence(_t("Ctrl+N")),
            self,
            self.register_new,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.model.set_query("", False)

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 20)
        layout.setSpacing(12)

        title = QLabel(_t("Patients"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchBox")
        self.search_edit.setPlaceholderText(
            _t(
                "Find a patient: name (Latin or Arabic), document number, phone, date of birth "
                "or #file number"
            )
        )
        self.search_edit.setAccessibleName(_t("Find a patient"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(38)
        self.archived_box = QCheckBox(_t("Show archived"))
        self.new_button = QPushButton(_t("New patient"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(_t("Register a new patient (Ctrl+N)"))
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.archived_box)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the query
        layout.addWidget(self.status_label)

        self.table = QTableView()
        self.table.setObjectName("patientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Sized to the names and numbers found, never wider than the window, no heading cut.
        fit_columns(self.table)
        self.table.setAccessibleName(_t("Matching patients"))
        layout.addWidget(self.table, 1)

        hint = QLabel(_t("↑ ↓ move · Enter opens · Esc clears · Ctrl+N registers a new patient"))
        hint.setObjectName("hint")
        layout.addWidget(hint)

    # --- searching ------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the caret in the search box with its text selected, ready to type over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_search()

    def _run_search(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search_edit.text(), self.archived_box.isChecked())

    def flush_search(self) -> None:
        """Run a pending search now instead of waiting for the pause (Enter, tests)."""
        if self._debounce.isActive():
            self._run_search()

    def _archived_toggled(self, _checked: bool) -> None:
        self._run_search()

    def _settled(self) -> None:
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self._select_row(0)
        self._update_status()
        if self._open_when_settled:
            self._open_when_settled = False
            self.open_current()

    def _search_failed(self, error: BaseException) -> None:
        self._read_failed = True
        self._update_status()
        self.errors.show(error, self)

    def _search_read(self) -> None:
        self._read_failed = False
        self._update_status()

    def _update_status(self) -> None:
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        model = self.model
        if model.loading and not model.rowCount():
            return _t("Searching…")
        query = model.query.strip()
        shown = model.rowCount()
        if query and parse_query(query).matches_nothing:
            return _t("Keep typing: at least 4 digits or letters for a phone or document number.")
        if not shown and self._read_failed:
            return load_failed_text()
        if not shown:
            if not query:
                return _t("No patients registered yet. Press Ctrl+N to register one.")
            text = _t("No patient matches {query}.").format(query=_QUOTE.format(query))
            if not model.include_archived:
                text += " " + _t("Archived patients are hidden: tick Show archived.")
            return text
        more = " " + _t("Scroll down for more.") if model.has_more else ""
        if not query:
            return (
                _t("Newest registrations first: {count} shown.").format(count=number_text(shown))
                + more
            )
        return (
            _t("{count} shown for {query}.").format(
                count=number_text(shown), query=_QUOTE.format(query)
            )
            + more
        )

    # --- keyboard -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit and key in _MOVES:
            self._move(_MOVES[Qt.Key(key)])
            return True
        if key in _ENTER and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if watched is self.search_edit and self._debounce.isActive():
                self._open_when_settled = True
                self._run_search()
            else:
                self.open_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear_search()
            return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        self.flush_search()
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else max(0, min(count - 1, current + step))
        if target == count - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self._select_row(target)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        select_row(self.table, row)
        self.table.scrollTo(index)

    def clear_search(self) -> None:
        self.search_edit.clear()
        self._run_search()
        self.focus_search()

    def current_patient_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.row_record(row).id if row >= 0 else None

    # --- opening and registering -------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_patient(self.model.row_record(index.row()).id)

    def open_current(self) -> None:
        patient_id = self.current_patient_id()
        if patient_id is not None:
            self.open_patient(patient_id)

    def open_patient(self, patient_id: int) -> None:
        """Open the patient's workspace: header, details and (for clinicians) clinical tabs."""
        self.patient_opened.emit(patient_id)
        self._context.open_patient(patient_id)

    def register_new(self) -> None:
        form = PatientFormDialog(self._context, parent=self)
        text = self.search_edit.text().strip()
        if text and not any(ch.isdigit() for ch in text):
            form.prefill_name(text)  # they searched for the name before registering it
        self._show_form(form)

    def _show_form(self, form: PatientFormDialog) -> None:
        self.form = form
        form.saved.connect(self._select_saved)
        form.open()

    def _select_saved(self, record: PatientRecord) -> None:
        row = self.model.row_of(record.id)
        if row is not None:
            self._select_row(row)

    def _on_changed(self, changes: Changes) -> None:
        if changes.patients:
            if any(self.model.row_of(pid) is None for pid in changes.patients):
                self.model.reload()  # a new or restored patient may now match the search
            else:
                self.model.refresh_patients(changes.patients)
        elif changes.appointments or changes.sessions:
            self.model.refresh_patients(row.id for row in self.model.records())


def build(context: ScreenContext) -> QWidget:
    return PatientsScreen(context)
