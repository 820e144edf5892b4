"""The recall report: pick the lot a recall notice names, see everyone who received it, export.

The report is read in the background (it reads many patients' contact details, and the
service audits that it did) and streamed: the first screenful is shown as soon as it is read,
within a fraction of a second even for a lot used 65,000 times, and later batches are added
together a few times a second until the last. A new search stops
the previous read, and batches of a stopped read are dropped by their generation number. The
table shows both spellings of each name, the Arabic one right-aligned, because staff phone
patients from this list. Exports (CSV, XLSX, PDF) stream from the database into the file
with a progress bar and Cancel; a cancelled export leaves no file.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import CancelledError
from scardesk.domain.products import (
    RECALL_FIRST_ROWS,
    LotRecord,
    ProductRecord,
    RecallReport,
    RecallRow,
)
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import isolated
from scardesk.ui.products.models import LotPickTable, RecallTable, day_text
from scardesk.ui.products.views import fit_columns, record_view, selected_record
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import load_failed_text
from scardesk.ui.widgets.record_table import RECORD_ROLE
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.text_area import interface_mark

if TYPE_CHECKING:  # the export service loads with the first export, not with the window
    from scardesk.services.recall_export import RecallExport

LotPair = tuple[ProductRecord, LotRecord]

# After the first screenful, streamed rows are added to the table at most this often. Each
# addition makes the UI thread lay out and repaint the table and run Python for its cells,
# and that Python takes turns (the GIL) with the thread still reading the report: adding each
# of the busiest lot's ~28 batches as it came made the whole report show in 1.1-1.6 s at a
# million patients against 0.55-0.7 s to read it; a few additions keep the table growing
# where the person can see it without slowing the read (issue #16).
SHOW_ROWS_EVERY_MS = 250


class _Relay(QObject):
    """Carries a worker's batches and progress to the UI thread (signals are queued there)."""

    rows = Signal(int, object)  # generation, tuple of RecallRow
    progress = Signal(int, int)  # rows written, rows in all


def _safe_name(lot_number: str) -> str:
    """A file name part from a lot number (which may hold '/' or spaces)."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in lot_number) or "lot"


class RecallTab(QWidget):
    #: The whole report is on screen (its rows, sort and counts).
    report_shown = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.report: RecallReport | None = None
        self.last_saved: Path | None = None
        self._relay = _Relay(self)
        self._relay.rows.connect(self._append_rows)
        self._relay.progress.connect(self._show_progress)
        self._generation = 0
        self._waiting_rows: list[RecallRow] = []  # read, not yet in the table
        self._show_waiting = QTimer(self)
        self._show_waiting.setSingleShot(True)
        self._show_waiting.setInterval(SHOW_ROWS_EVERY_MS)
        self._show_waiting.timeout.connect(self._add_waiting_rows)
        self._stop_read = threading.Event()
        self._stop_export: threading.Event | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        find = QHBoxLayout()
        find_label = QLabel(_t("Lot number"))
        find_label.setObjectName("fieldLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Type the lot number from the notice"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(_t("Search lots by number"))
        find_label.setBuddy(self.search)
        self.run_button = QPushButton(_t("Run recall report"))
        self.run_button.setObjectName("primary")
        find.addWidget(find_label)
        find.addWidget(self.search)
        find.addWidget(self.run_button)
        find.addStretch(1)
        layout.addLayout(find)
        self.lots_model = LotPickTable(self)
        self.lots_view, self.lots_proxy = record_view(self.lots_model)
        self.lots_view.setAccessibleName(_t("Lots"))
        self.lots_view.setMaximumHeight(150)
        self.lots_proxy.setFilterKeyColumn(LotPickTable.LOT)
        self.lots_view.sortByColumn(LotPickTable.LOT, Qt.SortOrder.AscendingOrder)
        fit_columns(self.lots_view, LotPickTable.PRODUCT)
        layout.addWidget(self.lots_view)

        self.heading = QLabel(_t("Choose a lot and run the report."))
        self.heading.setObjectName("dialogTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        self.csv_button = QPushButton(_t("Export CSV…"))
        self.xlsx_button = QPushButton(_t("Export Excel…"))
        self.pdf_button = QPushButton(_t("Export PDF…"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_t("Export progress"))
        self.progress.setMinimumWidth(220)
        self.progress.setFormat(_t("%v of %m rows written"))
        self.progress.hide()
        self.cancel_button = QPushButton(_t("Cancel export"))
        self.cancel_button.hide()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        self.model = RecallTable(self)
        self.view, self.proxy = record_view(self.model)
        self.view.setAccessibleName(_t("Patients who received the lot"))
        self.view.sortByColumn(RecallTable.DATE, Qt.SortOrder.AscendingOrder)
        fit_columns(self.view, RecallTable.PRACTITIONER)
        # Columns fit the first screenful (Qt's default measures 1,000 rows): the rows added
        # after it never make the UI thread measure the columns again while the report is read.
        self.view.horizontalHeader().setResizeContentsPrecision(RECALL_FIRST_ROWS)
        hint = QLabel(_t("Double-click a patient to open their record."))
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
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.cancel_button.clicked.connect(self.cancel_export)
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
                select_row(self.lots_view, row)
                return True
        return False

    def _filter(self, text: str) -> None:
        self.lots_proxy.setFilterFixedString(text.strip())
        if self.lots_proxy.rowCount() == 1:
            select_row(self.lots_view, 0)
        self._update()

    def _run_first_match(self) -> None:
        if self.selected_lot() is None and self.lots_proxy.rowCount() > 0:
            select_row(self.lots_view, 0)
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
        # A new search stops the read before it; its late batches carry an old generation.
        self._stop_read.set()
        self._stop_read = stop = threading.Event()
        self._generation += 1
        generation, relay = self._generation, self._relay
        self.report = None
        # Rows arrive in date order: the proxy passes them through unsorted while they stream
        # (sorting each batch in asks Python for two sort keys per comparison: seconds of
        # frozen window at 64,000 rows). A sort the person chose is applied once at the end.
        self.proxy.sort(-1)
        self._forget_waiting_rows()
        self.model.set_rows([])
        self.heading.setText(
            self._heading_text(pair[0].label, pair[1].lot_number, pair[1].expiry_date)
        )
        self.count_label.setText(_t("Reading the report…"))
        self._update()

        def task() -> RecallReport:
            return recall.report(
                actor, lot_id, lambda rows: relay.rows.emit(generation, rows), stop.is_set
            )

        self._context.runner.run(
            task,
            lambda report: self._show_report(generation, report),
            lambda error: self._report_failed(generation, error),
        )

    def _heading_text(self, product: str, lot_number: str, expiry: date) -> str:
        # A sentence of the interface's language even though it starts with a brand name: in
        # Arabic it was laid out from the left, as "Botox" alone would have it.
        return interface_mark() + (
            _t("%1 · lot %2 · expires %3")
            .replace("%1", isolated(product))
            .replace("%2", isolated(lot_number))
            .replace("%3", day_text(expiry))
        )

    def _append_rows(self, generation: int, rows: tuple[RecallRow, ...]) -> None:
        """The first screenful at once; later batches wait, and are added together when
        ``SHOW_ROWS_EVERY_MS`` has passed or the report is done."""
        if generation != self._generation:
            return
        if self.model.rowCount() == 0 and not self._waiting_rows:
            self.model.append_rows(rows)
            self._show_count_so_far()
            return
        self._waiting_rows.extend(rows)
        if not self._show_waiting.isActive():
            self._show_waiting.start()

    def _add_waiting_rows(self) -> None:
        rows, self._waiting_rows = self._waiting_rows, []
        self._show_waiting.stop()
        if rows:
            self.model.append_rows(rows)
            self._show_count_so_far()

    def _forget_waiting_rows(self) -> None:
        self._show_waiting.stop()
        self._waiting_rows = []

    def _show_count_so_far(self) -> None:
        self.count_label.setText(
            _t("Reading the report… %1 sessions so far").replace("%1", f"{self.model.rowCount():,}")
        )

    def _report_failed(self, generation: int, error: BaseException) -> None:
        """Never leave another lot's count, nor "nobody received it", after a failed read."""
        if generation != self._generation:
            return
        self.report = None
        self._forget_waiting_rows()
        self.model.set_rows([])
        self.count_label.setText(load_failed_text())
        self._fail(error)

    def _show_report(self, generation: int, report: RecallReport) -> None:
        if generation != self._generation or not report.complete:
            return
        self._add_waiting_rows()
        self.report = report
        self.heading.setText(
            self._heading_text(report.product_label, report.lot_number, report.expiry_date)
        )
        if self.model.rowCount() != len(report.rows):  # a runner that delivers no batches
            self.model.set_rows(report.rows)
        header = self.view.horizontalHeader()
        chosen = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.proxy.sortColumn() == -1 and chosen != (
            RecallTable.DATE,
            Qt.SortOrder.AscendingOrder,
        ):
            self.proxy.sort(*chosen)
        sessions = len(report.rows)
        patients = len({row.patient_id for row in report.rows})
        if sessions == 0:
            text = _t("Nobody has received this lot in a recorded session.")
        else:
            text = " · ".join(
                (
                    _t("%n patient(s)", None, patients),
                    _t("%n session(s)", None, sessions),
                )
            )
        self.count_label.setText(text)
        self._update()
        self.report_shown.emit()

    def selected_row(self) -> RecallRow | None:
        return selected_record(self.view)

    def _open_patient(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._context.open_patient(row.patient_id)

    # --- exports -------------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        """Ask where, then stream the report of the lot shown into that file."""
        report, pair = self.report, self.selected_lot()
        if report is None or pair is None or self._stop_export is not None:
            return
        filters = {
            "csv": _t("CSV for any spreadsheet (*.csv)"),
            "xlsx": _t("Excel workbook (*.xlsx)"),
            "pdf": _t("PDF document (*.pdf)"),
        }
        suggested = f"recall-{_safe_name(report.lot_number)}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _t("Save the recall report"), suggested, filters[suffix]
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        recall, actor, lot_id = (
            self._context.services.recall,
            self._context.signed_in.actor,
            pair[1].id,
        )
        self._stop_export = stop = threading.Event()
        relay = self._relay
        self.progress.setRange(0, max(len(report.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._update()
        self._context.runner.run(
            lambda: recall.export(actor, lot_id, path, relay.progress.emit, stop.is_set),
            self._saved,
            self._export_failed,
        )

    def cancel_export(self) -> None:
        if self._stop_export is not None:
            self._stop_export.set()
            self.cancel_button.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _export_finished(self) -> None:
        self._stop_export = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update()

    def _export_failed(self, error: BaseException) -> None:
        self._export_finished()
        if isinstance(error, CancelledError):
            self._say(_t("export cancelled; no file was written"))
            return
        self._fail(error)

    def _saved(self, result: RecallExport) -> None:
        self._export_finished()
        self.last_saved = result.path
        self._say(_t("saved as %1").replace("%1", result.path.name))

    def _say(self, note: str) -> None:
        self.count_label.setText(self.count_label.text().split("  —  ")[0] + "  —  " + note)

    def _update(self) -> None:
        self.run_button.setEnabled(self.selected_lot() is not None)
        can_export = self.report is not None and self._stop_export is None
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(can_export)

    def _fail(self, error: BaseException) -> None:
        self._update()
        self._errors.show(error, self)
