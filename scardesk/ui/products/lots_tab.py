"""The Lots tab (one product's deliveries, stock and status) and the Expiring soon tab.

An expired lot is shown in red and stays visible while it has stock, because the danger is a
vial on the shelf that someone might still pick up; amber marks lots expiring within 30 days so
they are used (or returned) first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.products import EXPIRY_WARNING_DAYS, LotRecord, ProductRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.products.dialogs import AdjustStockDialog, ReasonDialog, ReceiveLotDialog
from scardesk.ui.products.models import ExpiringTable, LotTable
from scardesk.ui.products.views import fit_columns, record_view, selected_record
from scardesk.ui.style import ERROR
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import list_state_label, set_list_state
from scardesk.ui.widgets.row_select import select_row

Today = Callable[[], date]
LotPair = tuple[ProductRecord, LotRecord]


def _legend() -> QLabel:
    label = QLabel()
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class LotsTab(QWidget):
    """Lots of the chosen product; archived products can be looked at but receive nothing."""

    def __init__(self, context: ScreenContext, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._today = today
        self._errors = ErrorPresenter(self)
        self._wanted: int | None = None
        self._lots: list[LotRecord] = []
        self.last_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        top = QHBoxLayout()
        product_label = QLabel(_t("Product"))
        product_label.setObjectName("fieldLabel")
        self.product_box = QComboBox()
        self.product_box.setMinimumWidth(320)
        self.product_box.setMinimumHeight(34)
        self.product_box.setAccessibleName(_t("Product"))
        product_label.setBuddy(self.product_box)
        self.show_archived = QCheckBox(_t("Show archived lots"))
        top.addWidget(product_label)
        top.addWidget(self.product_box)
        top.addStretch(1)
        top.addWidget(self.show_archived)
        layout.addLayout(top)
        bar = QHBoxLayout()
        self.receive_button = QPushButton(_t("Receive lot…"))
        self.receive_button.setObjectName("primary")
        self.adjust_button = QPushButton(_t("Adjust stock…"))
        self.archive_button = QPushButton(_t("Archive lot…"))
        for button in (self.receive_button, self.adjust_button, self.archive_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = LotTable(self)
        self.view, self.proxy = record_view(self.model)
        self.view.setAccessibleName(_t("Lots"))
        self.view.sortByColumn(LotTable.EXPIRY, Qt.SortOrder.AscendingOrder)
        fit_columns(self.view, LotTable.STATUS)
        layout.addWidget(self.view, 1)
        self._empty_text = _t("No lots of this product yet. Press Receive lot… to add one.")
        self.empty_state = list_state_label(self.view)
        self.legend = _legend()
        self.legend.setText(
            _t(
                "Red: expired — cannot be used in a session. Amber: expires within %1 days, "
                "use first. Stock is counted in packs (vials), never in units."
            ).replace("%1", str(EXPIRY_WARNING_DAYS))
        )
        layout.addWidget(self.legend)

        self.product_box.activated.connect(lambda _index: self._load_lots(self.product_id()))
        self.show_archived.toggled.connect(lambda _on: self._fill())
        self.receive_button.clicked.connect(self.receive)
        self.adjust_button.clicked.connect(self.adjust)
        self.archive_button.clicked.connect(self.archive)
        self.view.activated.connect(lambda _index: self.adjust())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------
    def product(self) -> ProductRecord | None:
        return self.product_box.currentData()

    def product_id(self) -> int | None:
        product = self.product()
        return product.id if product is not None else None

    def selected(self) -> LotRecord | None:
        return selected_record(self.view)

    def choose_product(self, product_id: int) -> None:
        self._wanted = product_id
        self.reload()

    def reload(self) -> None:
        products, actor = self._context.services.products, self._context.signed_in.actor
        wanted = self._wanted if self._wanted is not None else self.product_id()

        def task() -> tuple[list[ProductRecord], int | None, list[LotRecord]]:
            catalogue = products.list_products(actor, include_archived=True)
            ids: list[int | None] = [p.id for p in catalogue]
            active: list[int | None] = [p.id for p in catalogue if p.active]
            chosen = wanted if wanted in ids else (active or ids or [None])[0]
            lots = products.list_lots(actor, chosen) if chosen is not None else []
            return catalogue, chosen, lots

        self._context.runner.run(task, self._show_all, self._load_failed)

    def _show_all(self, result: tuple[list[ProductRecord], int | None, list[LotRecord]]) -> None:
        catalogue, chosen, lots = result
        self._wanted = None
        self.product_box.clear()
        for product in catalogue:
            text = (
                product.label
                if product.active
                else _t("%1 — archived").replace("%1", product.label)
            )
            self.product_box.addItem(text, product)
            if product.id == chosen:
                self.product_box.setCurrentIndex(self.product_box.count() - 1)
        self._lots = lots
        self._fill()

    def _load_lots(self, product_id: int | None) -> None:
        if product_id is None:
            return
        products, actor = self._context.services.products, self._context.signed_in.actor
        self._context.runner.run(
            lambda: products.list_lots(actor, product_id), self._show_lots, self._load_failed
        )

    def _show_lots(self, lots: list[LotRecord]) -> None:
        self._lots = lots
        self._fill()

    def _fill(self) -> None:
        chosen = self.selected()
        self.model.today = self._today()
        shown = [
            lot for lot in self._lots if self.show_archived.isChecked() or lot.archived_at is None
        ]
        self.model.set_rows(shown)
        set_list_state(self.empty_state, self._empty_text, None, rows=len(shown))
        if chosen is not None:
            for row in range(self.proxy.rowCount()):
                if selected_lot_id(self, row) == chosen.id:
                    select_row(self.view, row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        product, lot = self.product(), self.selected()
        self.receive_button.setEnabled(product is not None and product.active)
        self.adjust_button.setEnabled(lot is not None and lot.archived_at is None)
        self.archive_button.setEnabled(lot is not None and lot.archived_at is None)

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _load_failed(self, error: BaseException) -> None:
        """The lots could not be read: said in place of the list, never "no lots"."""
        set_list_state(self.empty_state, self._empty_text, error, rows=0)
        self._errors.show(error, self)

    # --- commands ------------------------------------------------------------------------
    def receive(self) -> None:
        product = self.product()
        if product is not None and product.active:
            self._open(ReceiveLotDialog(self._context, product, self._today(), self))

    def adjust(self) -> None:
        lot = self.selected()
        if lot is not None and lot.archived_at is None:
            self._open(AdjustStockDialog(self._context, lot, self))

    def archive(self) -> None:
        lot = self.selected()
        if lot is None or lot.archived_at is not None:
            return
        products, actor = self._context.services.products, self._context.signed_in.actor
        dialog = ReasonDialog(
            self._context,
            _t("Archive lot %1").replace("%1", lot.lot_number),
            _t(
                "An archived lot can no longer be chosen in a session. Sessions that used it "
                "keep it, and it stays in recall reports."
            ),
            _t("Archive lot"),
            lambda reason: products.archive_lot(actor, lot.id, lot.version, reason),
            self,
        )
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        # The dialog runs its command through ``run_command``: the screen reloads from the bus.
        self.last_dialog = dialog
        dialog.open()


def selected_lot_id(tab: LotsTab, row: int) -> int:
    return tab.model.record(tab.proxy.mapToSource(tab.proxy.index(row, 0)).row()).id


class ExpiringTab(QWidget):
    """Across all products: expired lots still in stock first, then those expiring soon."""

    lots_requested = Signal(object)  # ProductRecord
    count_changed = Signal(int)

    def __init__(self, context: ScreenContext, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._today = today
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.model = ExpiringTable(self)
        self.view, self.proxy = record_view(self.model)
        self.view.setAccessibleName(_t("Lots expiring soon"))
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # expired first, then soonest
        fit_columns(self.view, ExpiringTable.STATUS)
        layout.addWidget(self.view, 1)
        self._empty_text = _t("No lot in stock is expired or close to its expiry date.")
        self.empty_state = list_state_label(self.view)
        legend = _legend()
        legend.setText(
            _t(
                "Lots in stock expiring within %1 days, and expired lots still on the shelf. "
                "Double-click a lot to open its product's lots and adjust or archive it."
            ).replace("%1", str(EXPIRY_WARNING_DAYS))
        )
        layout.addWidget(legend)
        self.view.activated.connect(self._open_product)
        self.view.doubleClicked.connect(self._open_product)

    def reload(self) -> None:
        products, actor, day = (
            self._context.services.products,
            self._context.signed_in.actor,
            self._today(),
        )

        def task() -> list[LotPair]:
            expired = [
                (product, lot)
                for product in products.list_products(actor, include_archived=True)
                for lot in products.list_lots(actor, product.id)
                if lot.archived_at is None and lot.quantity_in_stock > 0 and lot.expiry_date < day
            ]
            expired.sort(key=lambda pair: (pair[1].expiry_date, pair[1].lot_number))
            return expired + products.expiring_lots(actor, on=day)

        self._context.runner.run(task, self._show, self._load_failed)

    def _show(self, pairs: list[LotPair]) -> None:
        day = self._today()
        self.model.today = day
        self.model.set_rows(pairs)
        set_list_state(self.empty_state, self._empty_text, None, rows=len(pairs))
        expired = sum(1 for _, lot in pairs if lot.expiry_date < day)
        soon = len(pairs) - expired
        parts = []
        if expired:
            parts.append(_t("%n expired lot(s) still in stock", None, expired))
        if soon:
            parts.append(_t("%n lot(s) expire within 30 days", None, soon))
        if not parts:
            parts.append(_t("No lot in stock expires within the next 30 days."))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(
            f"font-weight: 600; color: {ERROR};" if expired else "font-weight: 600;"
        )
        self.count_changed.emit(len(pairs))

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _load_failed(self, error: BaseException) -> None:
        """The lots could not be read: said in place of the list, never "no lots"."""
        set_list_state(self.empty_state, self._empty_text, error, rows=0)
        self._errors.show(error, self)

    def _open_product(self) -> None:
        pair = selected_record(self.view)
        if pair is not None:
            self.lots_requested.emit(pair[0])
