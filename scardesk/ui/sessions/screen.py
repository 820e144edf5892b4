"""Sessions (navigation screen): the practitioner's treatment room for the day.

Two lists: patients who have arrived today and still wait for their session ("Record
session" starts it from the appointment, so the appointment is marked done with the save),
and today's sessions still waiting for a signature ("Sign"). Double-click opens the patient's
workspace. Everything is read in one background task and refreshed from the change bus.

The unsigned list covers the patients on today's list; ``SessionService`` has no query for
every unsigned session of a practitioner yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import AppointmentStatus
from scardesk.domain.records import Changes
from scardesk.domain.scheduling import AppointmentRecord
from scardesk.domain.sessions import SessionRecord
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import heading_day_text, practitioner_text
from scardesk.ui.sessions.common import modality_name, show_moment
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.signing import ask_to_sign
from scardesk.ui.sessions.tab import state_text
from scardesk.ui.sessions.view import SessionView
from scardesk.ui.tr import _t, listed
from scardesk.ui.unreadable import note_failure, show_warning, unreadable_text, warning_label
from scardesk.ui.widgets.attest_dialog import AttestDialog
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.keyboard_guard import activate_on_enter
from scardesk.ui.widgets.record_table import RECORD_ROLE, RecordTableModel
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.selection_actions import SelectionActions

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Unsigned:
    record: SessionRecord
    appointment: AppointmentRecord  # for the patient's names


@dataclass(frozen=True)
class Day:
    arrived: list[AppointmentRecord]
    unsigned: list[Unsigned]
    unreadable: list[UnreadableRecord] = field(default_factory=list)  # today's, undecodable


def _names(appointment: AppointmentRecord) -> str:
    return f"{appointment.patient_name_latin}  ·  {appointment.patient_name_arabic}"


class RowsModel(RecordTableModel):
    """Thin: a record per row and a function giving each column's text."""

    def __init__(self, headers: tuple[str, ...], text: Callable[[Any, int], str]) -> None:
        super().__init__()
        self._headers = headers
        self.text = text

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        return None


def _arrived_text(row: AppointmentRecord, column: int) -> str:
    if column == 0:
        return to_muscat(row.starts_at).strftime("%H:%M")
    if column == 1:
        return _names(row)
    if column == 2:
        planned = listed(modality_name(m) for m in row.planned_modalities)
        return planned + (" · " + _t("toxin review") if row.is_toxin_review else "")
    return practitioner_text(row)


def _unsigned_text(row: Unsigned, column: int) -> str:
    if column == 0:
        return show_moment(row.record.content.performed_at)
    if column == 1:
        return _names(row.appointment)
    if column == 2:
        return listed(modality_name(m.modality) for m in row.record.content.modalities)
    return state_text(row.record)


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(34)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class SessionsScreen(QWidget):
    def __init__(
        self,
        context: ScreenContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = muscat_today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self._errors = ErrorPresenter(self)
        self.dialog: SessionEditor | SessionView | None = None
        self.attest: AttestDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        title = plain_label(_t("Sessions"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        top = QHBoxLayout()
        self.subtitle = plain_label(muted=True)
        top.addWidget(self.subtitle, 1)
        self.mine = QCheckBox(_t("Only my patients"))
        self.mine.setChecked(True)
        self.mine.toggled.connect(lambda _b: self.reload())
        top.addWidget(self.mine)
        layout.addLayout(top)

        waiting = Card(_t("Arrived, waiting for their session"))
        headers = (_t("Time"), _t("Patient"), _t("Planned"), _t("Practitioner"))
        self.arrived_model = RowsModel(headers, _arrived_text)
        self.arrived_table = _table(self.arrived_model, _t("Arrived patients"))
        self.arrived_empty = plain_label(_t("Nobody is waiting."), muted=True)
        self.record_button = QPushButton(_t("Record session"))
        self.record_button.setObjectName("primary")
        self.record_button.clicked.connect(self.record_selected)
        waiting.body.addWidget(self.arrived_empty)
        waiting.body.addWidget(self.arrived_table)
        waiting.body.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        waiting.finish()

        unsigned = Card(_t("Recorded today, awaiting signature"))
        headers = (_t("Performed"), _t("Patient"), _t("Treatments"), _t("Status"))
        self.unsigned_model = RowsModel(headers, _unsigned_text)
        self.unsigned_table = _table(self.unsigned_model, _t("Unsigned sessions"))
        self.unsigned_empty = plain_label(_t("Every session of today is signed."), muted=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(_t("Open"))
        self.open_button.clicked.connect(self.open_selected_session)
        self.sign_button = QPushButton(_t("Sign"))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(self.sign_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sign_button)
        unsigned.body.addWidget(self.unsigned_empty)
        # Sessions of today that cannot be read (or a list that failed): never "all signed".
        self.unsigned_problem = warning_label()
        unsigned.body.addWidget(self.unsigned_problem)
        unsigned.body.addWidget(self.unsigned_table)
        unsigned.body.addLayout(buttons)
        self.arrived_actions = SelectionActions(self.arrived_table, [self.record_button])
        self.unsigned_actions = SelectionActions(
            self.unsigned_table, [self.open_button, self.sign_button]
        )
        unsigned.finish()
        layout.addWidget(waiting, 1)
        layout.addWidget(unsigned, 1)

        for table in (self.arrived_table, self.unsigned_table):
            table.doubleClicked.connect(lambda index: self._open_patient(index))
            activate_on_enter(table, self._open_patient)
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        services, actor = self.context.services, self.context.signed_in.actor
        day = self.clock()
        mine = self.context.signed_in.user.id if self.mine.isChecked() else None

        def task() -> Day:
            appointments = services.appointments.day_list(actor, day, mine)
            arrived = [a for a in appointments if a.status is AppointmentStatus.ARRIVED]
            unsigned: list[Unsigned] = []
            unreadable: list[UnreadableRecord] = []
            seen: set[int] = set()
            for appointment in appointments:
                if appointment.patient_id in seen:
                    continue
                seen.add(appointment.patient_id)
                for record in services.sessions.list_for_patient(actor, appointment.patient_id):
                    if isinstance(record, UnreadableRecord):
                        when = record.when
                        if when is None or (
                            isinstance(when, datetime) and to_muscat(when).date() == day
                        ):
                            unreadable.append(record)
                        continue
                    waiting = not record.is_signed and record.voided_at is None
                    if (
                        waiting
                        and to_muscat(record.content.performed_at).date() == day
                        and (mine is None or record.practitioner_id == mine)
                    ):
                        unsigned.append(Unsigned(record, appointment))
            return Day(arrived, unsigned, unreadable)

        self.subtitle.setText(heading_day_text(day))
        self.context.runner.run(task, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        """The day could not be read: say so in place of both lists, never "nobody"."""
        self.arrived_model.set_rows([])
        self.unsigned_model.set_rows([])
        self.arrived_empty.hide()
        self.unsigned_empty.hide()
        show_warning(self.unsigned_problem, note_failure(error))

    def _show(self, day: Day) -> None:
        self.arrived_model.set_rows(day.arrived)
        self.unsigned_model.set_rows(day.unsigned)
        for table, empty, rows in (
            (self.arrived_table, self.arrived_empty, day.arrived),
            (self.unsigned_table, self.unsigned_empty, day.unsigned),
        ):
            empty.setVisible(not rows)
            if rows:
                select_row(table, 0)
        self.unsigned_empty.setVisible(not day.unsigned and not day.unreadable)
        show_warning(
            self.unsigned_problem, "\n".join(unreadable_text(item) for item in day.unreadable)
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.sessions or changes.appointments:
            self.reload()

    # --- acting -----------------------------------------------------------------------------
    @staticmethod
    def _selected(table: QTableView) -> Any:
        rows = table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _open_patient(self, index: QModelIndex) -> None:
        row = index.data(RECORD_ROLE)
        patient_id = row.patient_id if isinstance(row, AppointmentRecord) else row.record.patient_id
        self.context.open_patient(patient_id)

    def record_selected(self) -> SessionEditor | None:
        appointment = self._selected(self.arrived_table)
        if appointment is None:
            return None
        editor = SessionEditor(
            self.context, appointment.patient_id, appointment_id=appointment.id, parent=self
        )
        self._open(editor)
        return editor

    def open_selected_session(self) -> SessionView | None:
        row = self._selected(self.unsigned_table)
        if row is None:
            return None
        view = SessionView(self.context, row.record.id, parent=self)
        self._open(view)
        return view

    def sign_selected(self) -> None:
        row = self._selected(self.unsigned_table)
        if row is None:
            return
        self.attest = ask_to_sign(
            self,
            self.context,
            row.record,
            lambda _result: None,  # signing runs as a command: its Changes are on the bus
            lambda error: self._errors.show(error, self),
        )

    def _open(self, dialog: SessionEditor | SessionView) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def build(context: ScreenContext) -> QWidget:
    return SessionsScreen(context)
