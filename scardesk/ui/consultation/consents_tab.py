"""The consent ledger tab: which purposes the patient has consented to today, and the full ledger.

The upper table answers "may we do this?" per purpose (Valid / Withdrawn / Missing); the lower
one is the proof the PDPL asks for — every consent ever captured, its form version, when, by
whom, who signed, and any withdrawal. Nothing is ever removed from it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.consents import ConsentRecord, consent_status
from scardesk.domain.enums import ConsentPurpose
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today, utc_now
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.consultation.common import UserNames, iso, moment_text, section_title
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text, purpose_text
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import (
    list_state_label,
    note_failure,
    set_list_state,
    show_warning,
    unreadable_text,
    warning_label,
)
from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog, WithdrawConsentDialog
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.shortcut_keys import give_shortcut
from scardesk.ui.widgets.table_columns import fit_columns

VALID, WITHDRAWN, MISSING = "valid", "withdrawn", "missing"
_STATUS_COLOURS = {
    VALID: ("#115e59", "#e3f1ef"),
    WITHDRAWN: ("#9f1c12", "#fdecea"),
    MISSING: ("#5b6770", "#eef1f3"),
}


def purpose_states(
    records: list[ConsentRecord], moment: datetime
) -> dict[ConsentPurpose, tuple[str, ConsentRecord | None]]:
    """Each purpose's state: the valid consent, else the newest withdrawn one, else missing."""
    valid = consent_status(records, moment)
    states: dict[ConsentPurpose, tuple[str, ConsentRecord | None]] = {}
    for purpose in ConsentPurpose:
        if valid[purpose] is not None:
            states[purpose] = (VALID, valid[purpose])
            continue
        past = [r for r in records if r.purpose is purpose]
        newest = max(past, key=lambda r: (r.captured_at, r.id), default=None)
        states[purpose] = (WITHDRAWN, newest) if newest is not None else (MISSING, None)
    return states


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    fit_columns(table)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(32)
    return table


class ConsentsTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.records: list[ConsentRecord] = []
        self.states: dict[ConsentPurpose, tuple[str, ConsentRecord | None]] = {}
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self._names = UserNames(context)
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        bar = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(section_title(_t("Consents")))
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.summary)
        self.problem = warning_label()  # unreadable consents, or a tab that could not be read
        titles.addWidget(self.problem)
        bar.addLayout(titles, 1)
        self.capture_button = QPushButton(_t("Capture consent…"))
        self.capture_button.setObjectName("primary")
        self.withdraw_button = QPushButton(_t("Withdraw…"))
        self.signature_button = QPushButton(_t("Show signature"))
        for button in (self.signature_button, self.withdraw_button, self.capture_button):
            bar.addWidget(button)
        give_shortcut(self.capture_button, _t("Ctrl+Shift+I"))
        give_shortcut(self.withdraw_button, _t("Ctrl+Shift+W"))
        give_shortcut(self.signature_button, _t("Ctrl+Shift+G"))
        layout.addLayout(bar)

        self.table = _table(
            [_t("Purpose"), _t("Status"), _t("Form"), _t("Captured"), _t("By"), _t("Note")]
        )
        self.table.setFixedHeight(
            32 * len(ConsentPurpose) + self.table.horizontalHeader().height() + 6
        )
        layout.addWidget(self.table)
        layout.addWidget(section_title(_t("Ledger: every consent captured")))
        self.ledger = _table(
            [
                _t("Captured"),
                _t("Purpose"),
                _t("Form"),
                _t("By"),
                _t("Signed by"),
                _t("Withdrawn"),
                _t("Withdrawn by"),
                _t("Reason"),
            ]
        )
        layout.addWidget(self.ledger, 1)
        self._ledger_empty_text = _t(
            "No consent captured yet. Press Capture consent… to record the first one."
        )
        self.ledger_empty = list_state_label(self.ledger)

        self.capture_button.clicked.connect(lambda: self.capture())
        self.withdraw_button.clicked.connect(self.withdraw)
        self.signature_button.clicked.connect(self.show_signature)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        context.change_bus.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.context.signed_in.actor
        consents = self.context.services.consents

        def load() -> tuple[list[ConsentRecord | UnreadableRecord], dict[int, str]]:
            return consents.list_for_patient(actor, self.patient_id), self._names.load()

        self.context.runner.run(load, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        """The consents could not be read: say so, never "missing" for every purpose."""
        self.records, self.states = [], {}
        self.table.setRowCount(0)
        self.ledger.setRowCount(0)
        set_list_state(self.ledger_empty, self._ledger_empty_text, error, rows=0)
        self.summary.setText("")
        show_warning(self.problem, note_failure(error))
        self.capture_button.setEnabled(False)

    def _show(self, loaded: tuple[list[ConsentRecord | UnreadableRecord], dict[int, str]]) -> None:
        selected = self.selected_purpose()
        listed, names = loaded
        self.records = [r for r in listed if isinstance(r, ConsentRecord)]
        unreadable = [r for r in listed if isinstance(r, UnreadableRecord)]
        # An unreadable consent counts for nothing: its purpose may show "Missing" above.
        show_warning(self.problem, "\n".join(unreadable_text(r) for r in unreadable))
        self.capture_button.setEnabled(True)
        self._names.use(names)
        self.states = purpose_states(self.records, utc_now())
        self.table.setRowCount(len(self.states))
        for row, (purpose, (state, record)) in enumerate(self.states.items()):
            self._fill_purpose_row(row, purpose, state, record)
        valid = [p for p, (state, _r) in self.states.items() if state == VALID]
        self.summary.setText(
            _t("{valid} of {total} purposes have a valid consent").format(
                valid=len(valid), total=len(self.states)
            )
        )
        self._fill_ledger()
        set_list_state(
            self.ledger_empty, self._ledger_empty_text, None, rows=self.ledger.rowCount()
        )
        if selected is not None:
            self.select_purpose(selected)
        self._update_buttons()

    def _fill_purpose_row(
        self, row: int, purpose: ConsentPurpose, state: str, record: ConsentRecord | None
    ) -> None:
        status = {VALID: _t("Valid"), WITHDRAWN: _t("Withdrawn"), MISSING: _t("Missing")}[state]
        note = ""
        if record is not None and record.signed_by_guardian:
            note = _t("signed by guardian {name}").format(name=iso(record.signed_by_guardian))
        if state == WITHDRAWN and record is not None and record.withdrawn_at is not None:
            # The reason is the cell's last part: user text first or mid-sentence is re-ordered
            # by the bidi algorithm when it is Arabic.
            note = _t("withdrawn {day} — {reason}").format(
                day=day_text(muscat_today(record.withdrawn_at)),
                reason=iso(record.withdrawal_reason or ""),
            )
        values = (
            purpose_text(purpose),
            status,
            record.form_version if record else "",
            moment_text(record.captured_at) if record else "",
            self._names.name(record.captured_by_id) if record else "",
            note,
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, purpose.value)
            if column == 1:
                fg, bg = _STATUS_COLOURS[state]
                item.setForeground(QBrush(QColor(fg)))
                item.setBackground(QBrush(QColor(bg)))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _fill_ledger(self) -> None:
        self.ledger.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            withdrawn_on = (
                day_text(muscat_today(record.withdrawn_at)) if record.withdrawn_at else ""
            )
            values = (
                moment_text(record.captured_at),
                purpose_text(record.purpose),
                record.form_version,
                self._names.name(record.captured_by_id),
                record.signed_by_guardian or _t("Patient"),  # a cell: capitalised
                withdrawn_on,
                self._names.name(record.withdrawn_by_id) if record.withdrawn_at else "",
                record.withdrawal_reason or "",
            )
            for column, value in enumerate(values):
                self.ledger.setItem(row, column, QTableWidgetItem(value))

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()

    # --- selection --------------------------------------------------------------------------

    def status_text(self, purpose: ConsentPurpose) -> str:
        """What the Status column shows for ``purpose`` (Valid / Withdrawn / Missing)."""
        row = list(self.states).index(purpose)
        item = self.table.item(row, 1)
        return item.text() if item is not None else ""

    def selected_purpose(self) -> ConsentPurpose | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return ConsentPurpose(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_purpose(self, purpose: ConsentPurpose) -> None:
        select_row(self.table, list(self.states).index(purpose))

    def _selected_state(self) -> tuple[str, ConsentRecord | None]:
        purpose = self.selected_purpose()
        return self.states.get(purpose, (MISSING, None)) if purpose else (MISSING, None)

    def _update_buttons(self) -> None:
        state, record = self._selected_state()
        self.withdraw_button.setEnabled(state == VALID)
        self.signature_button.setEnabled(record is not None and record.has_signature)

    # --- commands ---------------------------------------------------------------------------

    def capture(self, purpose: ConsentPurpose | None = None) -> CaptureConsentDialog:
        dialog = CaptureConsentDialog(
            self.context, self.patient_id, purpose or self.selected_purpose(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw(self) -> WithdrawConsentDialog | None:
        state, record = self._selected_state()
        if state != VALID or record is None:
            return None
        dialog = WithdrawConsentDialog(self.context, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_signature(self) -> QDialog | None:
        _state, record = self._selected_state()
        if record is None or not record.has_signature:
            return None
        actor = self.context.signed_in.actor
        consents = self.context.services.consents
        viewer = QDialog(self)
        viewer.setWindowTitle(_t("Signature"))
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        column = QVBoxLayout(viewer)
        caption = QLabel(
            _t("{purpose}, signed {when}").format(
                purpose=purpose_text(record.purpose), when=moment_text(record.captured_at)
            )
        )
        caption.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(caption)
        picture = QLabel()
        picture.setStyleSheet("background: white; border: 1px solid #d9e0e5; padding: 8px;")
        column.addWidget(picture)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(viewer.reject)
        column.addWidget(close)

        def shown(data: bytes) -> None:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            picture.setPixmap(pixmap)

        # Showing a signed consent is a logged read (consent.view)
        run_logged_read(
            self.context.runner,
            lambda: consents.signature(actor, record.id),
            shown,
            lambda error: self._errors.show(error, self),
        )
        self.dialog = viewer
        viewer.open()
        return viewer
