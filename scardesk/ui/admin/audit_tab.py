"""The audit log: every change, sign-in, view and backup, newest first; chain verification."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.admin import AuditPage, AuditRow
from scardesk.domain.time import to_muscat
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.screens import ScreenContext

PAGE = 200


class AuditTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.rows: list[AuditRow] = []
        self._has_more = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.chain_label = QLabel()
        self.more_button = QPushButton(self.tr("Load older events"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        bar.addWidget(self.verify_button)
        bar.addWidget(self.chain_label, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.more_button)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When (Muscat)"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Record"),
                self.tr("Fields changed"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.verify_button.clicked.connect(self.verify)
        self.more_button.clicked.connect(self.load_more)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def refresh(self) -> None:
        self.rows = []
        self._load(None)

    def load_more(self) -> None:
        if self.rows and self._has_more:
            self._load(self.rows[-1].id)

    def _load(self, before_id: int | None) -> None:
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.maintenance.audit_page(
                actor, limit=PAGE, before_id=before_id
            ),
            self._append,
            self._fail,
        )

    def _append(self, page: AuditPage) -> None:
        start = len(self.rows)
        self.rows.extend(page.rows)
        self._has_more = page.has_more
        self.more_button.setEnabled(page.has_more)
        self.table.setRowCount(len(self.rows))
        for offset, row in enumerate(page.rows):
            record = f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
            values = (
                to_muscat(row.occurred_at).strftime("%Y-%m-%d %H:%M:%S"),
                row.user,
                row.action,
                record,
                self.tr("new record") if row.created else ", ".join(row.changed_fields),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(start + offset, column, item)

    def verify(self) -> None:
        self.chain_label.setText(self.tr("Verifying…"))
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.maintenance.verify_audit_chain(actor),
            self._verified,
            self._fail,
        )

    def _verified(self, problem: str | None) -> None:
        if problem is None:
            self.chain_label.setText(
                self.tr("The audit chain is whole: no event was changed or removed.")
            )
        else:
            self.chain_label.setText(self.tr("BROKEN: {problem}").format(problem=problem))
