"""The audit log as sentences: who did what to which patient, filtered, exported, verified.

Newest first; more rows load as the table scrolls. Looking at the log and exporting it are
audited by the service. Double-clicking an event about a patient opens that patient.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.audit_view import AuditEntryPage, AuditExport, AuditFilters, AuditUser
from scardesk.domain.messages import Message
from scardesk.services.audit_view import AuditViewService
from scardesk.services.session import Actor
from scardesk.ui.admin.audit_filters import AuditFilterBar
from scardesk.ui.admin.audit_model import AuditModel, arabic_reader, tr_audit
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.messages import message_text
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import list_state_label, set_list_state
from scardesk.ui.widgets.keyboard_guard import activate_on_enter
from scardesk.ui.widgets.row_fit import fit_visible_rows


class AuditTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.last_saved: Path | None = None
        actor = context.signed_in.actor
        audit = context.services.audit

        def fetch(filters: AuditFilters, before_id: int | None, limit: int) -> AuditEntryPage:
            return audit.page(actor, filters, before_id=before_id, limit=limit)

        self.model = AuditModel(context.runner, fetch, self)
        layout = QVBoxLayout(self)
        self.filter_bar = AuditFilterBar()
        layout.addWidget(self.filter_bar)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (AuditModel.WHEN, AuditModel.WHO, AuditModel.ROLE, AuditModel.PATIENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.WHAT, QHeaderView.ResizeMode.Stretch)
        # A long sentence wraps and its row grows to it, measured only for the rows in sight:
        # the log loads page by page and may hold 100k events.
        self.row_fit = fit_visible_rows(self.table)
        layout.addWidget(self.table, 1)
        self._empty_text = _t("No event matches these filters. Widen the dates or clear a filter.")
        self.empty_state = list_state_label(self.table)

        bar = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.refresh_button = QPushButton(_t("Refresh"))
        self.csv_button = QPushButton(_t("Export CSV…"))
        self.pdf_button = QPushButton(_t("Export PDF…"))
        self.verify_button = QPushButton(_t("Verify the chain"))
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.chain_label.hide()  # no empty strip under the buttons until the chain is verified
        bar.addWidget(self.count_label, 1)
        for button in (self.refresh_button, self.csv_button, self.pdf_button, self.verify_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        layout.addWidget(self.chain_label)

        self.filter_bar.changed.connect(self.model.load)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._load_failed)
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.verify_button.clicked.connect(self.verify)
        self.table.doubleClicked.connect(self._open_patient)
        activate_on_enter(self.table, self._open_patient)
        context.runner.run(lambda: audit.users(actor), self._users_loaded, self._fail)
        self.refresh()

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _load_failed(self, error: BaseException) -> None:
        """The events could not be read: said in place of the list, never "no event"."""
        set_list_state(self.empty_state, self._empty_text, error, rows=0)
        self._errors.show(error, self)

    def _users_loaded(self, users: list[AuditUser]) -> None:
        self.filter_bar.set_users(users)

    def refresh(self) -> None:
        self.model.load(self.filter_bar.filters())

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        set_list_state(self.empty_state, self._empty_text, None)
        self.empty_state.setVisible(shown == 0 and not self.model.loading)
        if shown == 0 and not self.model.loading:
            self.count_label.setText(_t("No event matches these filters."))
        elif self.model.has_more:
            self.count_label.setText(
                _t("Newest %1 events shown; scroll for older ones.").replace("%1", str(shown))
            )
        else:
            self.count_label.setText(_t("%n event(s).", "", shown))

    def _open_patient(self, index: QModelIndex) -> None:
        patient = self.model.entry(index.row()).patient_id
        if patient is not None:
            self._context.open_patient(patient)

    # --- exports -------------------------------------------------------------------------
    def export_csv(self) -> None:
        audit, actor, filters = self._services_audit(), self._actor(), self.model.filters
        arabic = arabic_reader()
        self._export(
            "csv",
            _t("CSV for Excel (*.csv)"),
            lambda path: audit.export_csv(actor, filters, tr_audit, to=path, arabic=arabic),
        )

    def export_pdf(self) -> None:
        audit, actor, filters = self._services_audit(), self._actor(), self.model.filters
        arabic = arabic_reader()
        self._export(
            "pdf",
            _t("PDF document (*.pdf)"),
            lambda path: audit.export_pdf(actor, filters, tr_audit, to=path, arabic=arabic),
        )

    def _services_audit(self) -> AuditViewService:
        return self._context.services.audit

    def _actor(self) -> Actor:
        return self._context.signed_in.actor

    def _export(
        self, suffix: str, file_filter: str, produce: Callable[[Path], AuditExport]
    ) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _t("Save the audit log"), f"audit-log.{suffix}", file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")

        def task() -> tuple[Path, AuditExport]:
            # The service writes the file with its audit event: a refusal arrives coded
            # (export.cannot_write_file), in the user's language.
            return path, produce(path)

        run_logged_read(self._context.runner, task, self._saved, self._fail)

    def _saved(self, result: tuple[Path, AuditExport]) -> None:
        path, done = result
        self.last_saved = path
        text = _t("%n event(s) saved as %1", None, done.rows).replace("%1", path.name)
        if done.truncated:
            text += " " + _t("(only the newest: narrow the filters for the rest)")
        self.count_label.setText(text)

    # --- the chain -----------------------------------------------------------------------
    def verify(self) -> None:
        self.chain_label.setText(_t("Verifying…"))
        self.chain_label.show()
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.maintenance.verify_audit_chain(actor),
            self._verified,
            self._fail,
        )

    def _verified(self, problem: Message | None) -> None:
        if problem is None:
            self.chain_label.setText(
                _t("The audit chain is whole: no event was changed or removed.")
            )
        else:
            shown = message_text(problem)
            self.chain_label.setText(_t("BROKEN: {problem}").format(problem=shown))
