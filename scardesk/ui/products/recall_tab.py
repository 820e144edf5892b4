"""The recall report: pick the lot a recall notice names, see everyone who received it, export.

The report is built in the background (it reads many patients' contact details, and the
service audits that it did). The table shows both spellings of each name, the Arabic one
right-aligned, because staff phone patients from this list. Exports write the bytes the
service produced, unchanged, so the CSV and PDF match what the service tests check.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ScarDeskError
from scardesk.domain.products import LotRecord, ProductRecord, RecallReport, RecallRow
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.products.models import LotPickTable, RecallTable, day_text, plural
from scardesk.ui.products.views import fit_columns, record_view, selected_record
from scardesk.ui.unreadable import load_failed_text
from scardesk.ui.widgets.record_table import RECORD_ROLE

LotPair = tuple[ProductRecord, LotRecord]


def _safe_name(lot_number: str) -> str:
    """A file name part from a lot number (which may hold '/' or spaces)."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in lot_number) or "lot"


class RecallTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.report: RecallReport | None = None
        self.last_saved: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        find = QHBoxLayout()
        find_label = QLabel(self.tr("Lot number"))
        find_label.setObjectName("fieldLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type the lot number from the notice"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(self.tr("Search lots by number"))
        find_label.setBuddy(self.search)
        self.run_button = QPushButton(self.tr("Run recall report"))
        self.run_button.setObjectName("primary")
        find.addWidget(find_label)
        find.addWidget(self.search)
        find.addWidget(self.run_button)
        find.addStretch(1)
        layout.addLayout(find)
        self.lots_model = LotPickTable(self)
        self.lots_view, self.lots_proxy = record_view(self.lots_model)
        self.lots_view.setAccessibleName(self.tr("Lots"))
        self.lots_view.setMaximumHeight(150)
        self.lots_proxy.setFilterKeyColumn(LotPickTable.LOT)
        self.lots_view.sortByColumn(LotPickTable.LOT, Qt.SortOrder.AscendingOrder)
        fit_columns(self.lots_view, LotPickTable.PRODUCT)
        layout.addWidget(self.lots_view)

        self.heading = QLabel(self.tr("Choose a lot and run the report."))
        self.heading.setObjectName("dialogTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        self.model = RecallTable(self)
        self.view, self.proxy = record_view(self.model)
        self.view.setAccessibleName(self.tr("Patients who received the lot"))
        self.view.sortByColumn(RecallTable.DATE, Qt.SortOrder.AscendingOrder)
        fit_columns(self.view, RecallTable.PRACTITIONER)
        hint = QLabel(self.tr("Double-click a patient to open their record."))
        hint.setObjectName("muted")
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._run_first_match)
        self.lots_view.activated.connect(lambda _index: self.run_report())
        self.lots_view.doubleClicked.connect(lambda _index: self.run_report())
        self.lots_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.run_button.clicked.connect(self.run_report)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.view.doubleClicked.connect(self._open_patient)
        self.view.activated.connect(self._open_patient)
        self._update()

    # --- choosing the lot ----------------------------------------------------------------
    def reload_lots(self) -> None:
        products, actor = self._context.services.products, self._context.signed_in.actor

        def task() -> list[LotPair]:
            return [
                (product, lot)
                for product in products.list_products(actor, include_archived=True)
                for lot in products.list_lots(actor, product.id)
            ]

        self._context.runner.run(task, self._show_lots, self._fail)

    def _show_lots(self, pairs: list[LotPair]) -> None:
        chosen = self.selected_lot()
        self.lots_model.set_rows(pairs)
        if chosen is not None:
            self.choose_lot(chosen[1].id)
        self._update()

    def selected_lot(self) -> LotPair | None:
        return selected_record(self.lots_view)

    def choose_lot(self, lot_id: int) -> bool:
        for row in range(self.lots_proxy.rowCount()):
            pair = self.lots_proxy.index(row, 0).data(RECORD_ROLE)
            if pair[1].id == lot_id:
                self.lots_view.selectRow(row)
                return True
        return False

    def _filter(self, text: str) -> None:
        self.lots_proxy.setFilterFixedString(text.strip())
        if self.lots_proxy.rowCount() == 1:
            self.lots_view.selectRow(0)
        self._update()

    def _run_first_match(self) -> None:
        if self.selected_lot() is None and self.lots_proxy.rowCount() > 0:
            self.lots_view.selectRow(0)
        self.run_report()

    # --- the report ----------------------------------------------------------------------
    def run_report(self) -> None:
        pair = self.selected_lot()
        if pair is None:
            return
        recall, actor, lot_id = (
            self._context.services.recall,
            self._context.signed_in.actor,
            pair[1].id,
        )
        self.run_button.setEnabled(False)
        self.count_label.setText(self.tr("Building the report…"))
        self._context.runner.run(
            lambda: recall.report(actor, lot_id), self._show_report, self._report_failed
        )

    def _report_failed(self, error: BaseException) -> None:
        """Never leave another lot's count, nor "nobody received it", after a failed read."""
        self.report = None
        self.model.set_rows([])
        self.count_label.setText(load_failed_text())
        self._fail(error)

    def _show_report(self, report: RecallReport) -> None:
        self.report = report
        self.heading.setText(
            self.tr("%1 · lot %2 · expires %3")
            .replace("%1", report.product_label)
            .replace("%2", report.lot_number)
            .replace("%3", day_text(report.expiry_date))
        )
        self.model.set_rows(report.rows)
        sessions = len(report.rows)
        patients = len({row.patient_id for row in report.rows})
        if sessions == 0:
            text = self.tr("Nobody has received this lot in a recorded session.")
        else:
            text = " · ".join(
                (
                    plural(patients, self.tr("1 patient"), self.tr("%1 patients")),
                    plural(sessions, self.tr("1 session"), self.tr("%1 sessions")),
                )
            )
        self.count_label.setText(text)
        self._update()

    def selected_row(self) -> RecallRow | None:
        return selected_record(self.view)

    def _open_patient(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._context.open_patient(row.patient_id)

    # --- exports -------------------------------------------------------------------------
    def export_csv(self) -> None:
        report = self.report
        if report is not None:
            recall = self._context.services.recall
            self._export("csv", self.tr("CSV for Excel (*.csv)"), lambda: recall.csv(report.rows))

    def export_pdf(self) -> None:
        report = self.report
        if report is not None:
            recall = self._context.services.recall
            self._export("pdf", self.tr("PDF document (*.pdf)"), lambda: recall.pdf(report))

    def _export(self, suffix: str, file_filter: str, produce: Callable[[], bytes]) -> None:
        assert self.report is not None
        suggested = f"recall-{_safe_name(self.report.lot_number)}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recall report"), suggested, file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")

        def task() -> Path:
            data = produce()
            try:
                path.write_bytes(data)
            except OSError as error:
                raise ScarDeskError(
                    f"could not write {path.name} ({error.strerror}): choose another folder"
                ) from error
            return path

        self._context.runner.run(task, self._saved, self._fail)

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.count_label.setText(
            self.count_label.text().split("  —  ")[0]
            + "  —  "
            + self.tr("saved as %1").replace("%1", path.name)
        )

    def _update(self) -> None:
        self.run_button.setEnabled(self.selected_lot() is not None)
        has_report = self.report is not None
        self.csv_button.setEnabled(has_report)
        self.pdf_button.setEnabled(has_report)

    def _fail(self, error: BaseException) -> None:
        self._update()
        self._errors.show(error, self)
