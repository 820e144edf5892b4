"""The patient's Sessions tab: every treatment session, newest first, and "New session".

One row per session with what was done, the toxin given (with its product: units are never
added across brands) and where it stands (signed, awaiting signature, amended, voided).
Double-click or Open shows the read-only view, from which it is signed or amended.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.records import Changes
from scardesk.domain.sessions import SessionRecord
from scardesk.domain.unreadable import UnreadableRecord, unreadable_count
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import number_text
from scardesk.ui.sessions.common import modality_name, show_moment, units_text
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.view import SessionView
from scardesk.ui.tr import _n, _t, listed
from scardesk.ui.unreadable import (
    UNREADABLE_BACKGROUND,
    UNREADABLE_FOREGROUND,
    count_text,
    note_failure,
    short_text,
    show_warning,
    unreadable_text,
    warning_label,
)
from scardesk.ui.widgets.card import plain_label
from scardesk.ui.widgets.record_table import RECORD_ROLE, SORT_ROLE, RecordTableModel
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.selection_actions import SelectionActions
from scardesk.ui.widgets.shortcut_keys import give_shortcut
from scardesk.ui.widgets.table_columns import fit_columns

WHEN, DONE, TOXIN, STATE = range(4)
Index = QModelIndex | QPersistentModelIndex


def state_text(record: SessionRecord) -> str:
    if record.voided_at is not None:
        return _t("Voided")
    text = _t("Signed") if record.is_signed else _t("Awaiting signature")
    if record.amendments:
        text += " · " + _t("amended ×{n}").format(n=number_text(len(record.amendments)))
    return text


def toxin_summary(record: SessionRecord) -> str:
    given = [
        f"{units_text(facts.total_units)} {facts.product_label.split(' (')[0]}"
        for facts in record.toxin
    ]
    return listed(given) or "—"


class SessionListModel(RecordTableModel):
    """Thin: display text per column, a sort key, and the record itself."""

    HEADERS = (_n("Date (Muscat)"), _n("Treatments"), _n("Toxin given"), _n("Status"))

    def headers(self) -> list[str]:
        return [_t(header) for header in self.HEADERS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return record
        if isinstance(record, UnreadableRecord):
            return self._unreadable(record, column, role)
        if role == SORT_ROLE:
            return (
                record.content.performed_at.timestamp()
                if column == WHEN
                else self._text(record, column)
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        return None

    @staticmethod
    def _unreadable(record: UnreadableRecord, column: int, role: int) -> Any:
        """A session that cannot be decoded: its date if known, and that it cannot be read."""
        when = record.when if isinstance(record.when, datetime) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return show_moment(when) if when else "—"
            if column == DONE:
                return short_text(record)
            return "—" if column == TOXIN else _t("Cannot be read")
        if role == SORT_ROLE:
            return when.timestamp() if column == WHEN and when else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(UNREADABLE_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(UNREADABLE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return unreadable_text(record)
        return None

    @staticmethod
    def _text(record: SessionRecord, column: int) -> str:
        if column == WHEN:
            return show_moment(record.content.performed_at)
        if column == DONE:
            return listed(modality_name(m.modality) for m in record.content.modalities)
        if column == TOXIN:
            return toxin_summary(record)
        return state_text(record)


class SessionsTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        self.dialog: SessionEditor | SessionView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(_t("New session"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_session)
        role = context.signed_in.user.role
        self.new_button.setVisible(allows(role, Permission.EDIT_CLINICAL))
        self.open_button = QPushButton(_t("Open"))
        self.open_button.clicked.connect(self.open_selected)
        give_shortcut(self.new_button, _t("Ctrl+Shift+I"))
        give_shortcut(self.open_button, _t("Ctrl+Shift+O"))
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        self.count_label = plain_label(muted=True)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model = SessionListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        fit_columns(self.table)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        self.row_actions = SelectionActions(self.table, [self.open_button])
        self.empty = plain_label(_t("No sessions recorded yet."), muted=True)
        layout.addWidget(self.empty)
        self.failed = warning_label()  # the whole list could not be read: never "no sessions"
        layout.addWidget(self.failed)
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        service, actor = self.context.services.sessions, self.context.signed_in.actor
        self.context.runner.run(
            lambda: service.list_for_patient(actor, self.patient_id),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        """Say the list could not be read, in place of the list; never "no sessions"."""
        self.model.set_rows([])
        self.table.hide()
        self.empty.hide()
        show_warning(self.failed, note_failure(error))
        self.count_label.setText("")

    def _show(self, records: list[SessionRecord | UnreadableRecord]) -> None:
        self.model.set_rows(records)  # the service gives newest first
        show_warning(self.failed, "")
        self.empty.setVisible(not records)
        self.table.setVisible(bool(records))
        waiting = sum(
            1
            for r in records
            if isinstance(r, SessionRecord) and not r.is_signed and r.voided_at is None
        )
        text = (
            _t("%n session(s)", None, len(records))
            + " · "
            + _t("{w} awaiting signature").format(w=number_text(waiting))
        )
        unreadable = unreadable_count(records)
        if unreadable:
            text += " · " + count_text(unreadable)
        self.count_label.setText(text)
        if records:
            select_row(self.table, 0)

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients or changes.sessions:
            self.reload()

    def selected(self) -> SessionRecord | UnreadableRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def new_session(self) -> SessionEditor:
        editor = SessionEditor(self.context, self.patient_id, parent=self)
        self._open(editor)
        return editor

    def open_selected(self) -> SessionView | None:
        record = self.selected()
        if record is None:
            return None
        if isinstance(record, UnreadableRecord):
            # Nothing to open: say which record it is rather than fail inside the view.
            self._errors.show(UnreadableRecordError(record.table, record.row_id, ""), self)
            return None
        shown = self._shown_view(record.id)
        if shown is not None:
            # A double-click also "activates" the row on some styles: one look, one view.
            return shown
        view = SessionView(self.context, record.id, parent=self)
        self._open(view)
        return view

    def _shown_view(self, session_id: int) -> SessionView | None:
        dialog = self.dialog
        try:
            if (
                isinstance(dialog, SessionView)
                and dialog.isVisible()
                and dialog.session_id == session_id
            ):
                return dialog
        except RuntimeError:  # closed and deleted (WA_DeleteOnClose)
            return None
        return None

    def _open(self, dialog: SessionEditor | SessionView) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
