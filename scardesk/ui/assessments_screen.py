"""Assessments (navigation screen): the latest scar assessments across all patients.

For a practitioner starting the day or following up: who was assessed recently, with their
scores. Rows are fetched a page at a time in the query as the list scrolls
(``canFetchMore``/``fetchMore``); double-clicking a row opens that patient's Assessments tab.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.recent_assessments import RecentAssessment
from scardesk.domain.records import Changes
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import moment_text, number_text
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import (
    UNREADABLE_BACKGROUND,
    UNREADABLE_FOREGROUND,
    set_list_state,
    short_text,
)
from scardesk.ui.widgets.record_table import RECORD_ROLE, RecordTableModel

PAGE = 50
DATE, PATIENT, ARABIC, GRADE, GB, ECCA, SKIN, PRACTITIONER = range(8)
Index = QModelIndex | QPersistentModelIndex


class RecentModel(RecordTableModel):
    """Thin model; ``fetch_page`` is given by the screen and runs through its task runner."""

    def __init__(self) -> None:
        super().__init__()
        self.exhausted = False
        self.loading = False
        self.request_page: Callable[[int], None] | None = None  # set by the screen

    def reset(self) -> None:
        self.exhausted = False
        self.loading = False
        self.set_rows([])

    def append(self, page: list[RecentAssessment]) -> None:
        self.loading = False
        self.exhausted = len(page) < PAGE
        self.append_rows(page)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt signature)
        if self.canFetchMore(parent) and self.request_page is not None:
            self.loading = True
            self.request_page(len(self.rows))

    def headers(self) -> list[str]:
        return [
            _t("Assessed"),
            _t("Patient"),
            _t("Name (Arabic)"),
            _t("G&B grade"),
            _t("G&B score"),
            _t("ECCA"),
            _t("Skin type"),
            _t("Practitioner"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return row
        if not row.readable:
            unreadable = self._unreadable(row, column, role)
            if unreadable is not None:
                return unreadable
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == ARABIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column in (GRADE, GB, ECCA, SKIN):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            moment_text(row.assessed_at),
            row.patient_name_latin,
            row.patient_name_arabic,
            row.gb_grade.value if row.gb_grade else "—",
            number_text(row.gb_total),
            number_text(row.ecca_total),
            row.fitzpatrick.value if row.fitzpatrick else "—",
            row.practitioner_name,
        )[column]

    @staticmethod
    def _unreadable(row: RecentAssessment, column: int, role: int) -> Any:
        """Who and when still show; the scores say the assessment cannot be read, in red."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(UNREADABLE_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(UNREADABLE_BACKGROUND)
        if role == Qt.ItemDataRole.DisplayRole and column == GRADE:
            return short_text(UnreadableRecord("assessments", row.id, row.assessed_at))
        if role == Qt.ItemDataRole.DisplayRole and column in (GB, ECCA, SKIN):
            return "—"
        return None


class AssessmentsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._errors = ErrorPresenter(self)
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        title = QLabel(_t("Recent assessments"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.refresh_button = QPushButton(_t("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        hint = QLabel(
            _t(
                "Newest first, across all patients. "
                "Double-click a row to open the patient's assessments."
            )
        )
        hint.setObjectName("muted")
        layout.addWidget(hint)
        self.model = RecentModel()
        self.model.request_page = self._load_page
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ARABIC, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_t("No assessments recorded yet."))
        self.empty.setObjectName("muted")
        self.empty.hide()
        layout.addWidget(self.empty)
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.model.reset()
        self.model.fetchMore()

    def _load_page(self, offset: int) -> None:
        generation = self._generation
        actor = self.context.signed_in.actor
        service = self.context.services.assessments

        def done(page: list[RecentAssessment]) -> None:
            if generation == self._generation:  # an older answer after a refresh is dropped
                self.model.append(page)
                set_list_state(self.empty, _t("No assessments recorded yet."), None)
                self.empty.setVisible(not self.model.rows)

        def failed(error: BaseException) -> None:
            if generation == self._generation:  # never "no assessments" after a failed read
                self.model.loading = False
                self.model.exhausted = True
                set_list_state(self.empty, _t("No assessments recorded yet."), error)
                self.empty.show()

        self.context.runner.run(lambda: service.recent(actor, PAGE, offset), done, failed)

    def open_row(self, row: int) -> None:
        record = self.model.rows[row]
        workspace = self.context.open_patient(record.patient_id)
        if workspace is not None:
            workspace.show_tab("assessments")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())

    def _on_changed(self, changes: Changes) -> None:
        if changes.assessments:
            self.reload()


def build(context: ScreenContext) -> QWidget:
    return AssessmentsScreen(context)
