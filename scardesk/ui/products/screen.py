"""The Products & lots screen: catalogue, lots, the expiry warning list and the recall report.

Four tabs over one ``ProductService`` and ``RecallService``. Every read and write goes through
the task runner; the tabs reload from the change bus like every other screen (a product command
reports the products it changed, a stock command its lots, a session the stock it used) and when
the screen is shown again, so stock used on another workstation is current when someone comes
back to this screen.

``today`` is injected so the expiry colours can be tested on a fixed calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.products import ProductRecord
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.products.dialogs import ProductDialog
from scardesk.ui.products.lots_tab import ExpiringTab, LotsTab
from scardesk.ui.products.models import ProductTable
from scardesk.ui.products.recall_tab import RecallTab
from scardesk.ui.products.views import fit_columns, record_view, selected_record
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import list_state_label, set_list_state
from scardesk.ui.widgets.record_table import RECORD_ROLE
from scardesk.ui.widgets.row_select import select_row

Today = Callable[[], date]


class CatalogueTab(QWidget):
    """The products the clinic uses; archived ones stay (old sessions name them) but step aside."""

    lots_requested = Signal(object)  # ProductRecord

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self.last_dialog: ProductDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton(_t("Add product…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(_t("Edit…"))
        self.archive_button = QPushButton(_t("Archive"))
        self.lots_button = QPushButton(_t("Lots of this product"))
        self.show_archived = QCheckBox(_t("Show archived products"))
        for widget in (self.add_button, self.edit_button, self.archive_button, self.lots_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)
        layout.addLayout(bar)
        self.model = ProductTable(self)
        self.view, self.proxy = record_view(self.model)
        self.view.setAccessibleName(_t("Products"))
        self.view.sortByColumn(ProductTable.BRAND, Qt.SortOrder.AscendingOrder)
        # On a laptop "Toxin units (this brand only)" does not fit one line; the brand-only
        # caveat matters (units never convert between brands), so it wraps, not "…".
        fit_columns(self.view, ProductTable.NAME, wrap=True)
        layout.addWidget(self.view, 1)
        self._empty_text = _t("No products yet. Press Add product… to add the first one.")
        self.empty_state = list_state_label(self.view)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout.addWidget(self.status)

        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.lots_button.clicked.connect(self._request_lots)
        self.view.doubleClicked.connect(lambda _index: self._request_lots())
        self.view.activated.connect(lambda _index: self._request_lots())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def selected(self) -> ProductRecord | None:
        return selected_record(self.view)

    def reload(self) -> None:
        products, actor = self._context.services.products, self._context.signed_in.actor
        archived = self.show_archived.isChecked()
        self._context.runner.run(
            lambda: products.list_products(actor, include_archived=archived),
            self._show,
            self._load_failed,
        )

    def _show(self, products: list[ProductRecord]) -> None:
        chosen = self.selected()
        self.model.set_rows(products)
        set_list_state(self.empty_state, self._empty_text, None, rows=len(products))
        if chosen is not None:
            self.select(chosen.id)
        active = sum(1 for product in products if product.active)
        archived = len(products) - active
        text = _t("%n active product(s)", None, active)
        if archived:
            text += " · " + _t("%n archived product(s)", None, archived)
        self.status.setText(text)
        self._update_buttons()

    def select(self, product_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == product_id:
                select_row(self.view, row)
                return True
        return False

    def _update_buttons(self) -> None:
        product = self.selected()
        for button in (self.edit_button, self.archive_button, self.lots_button):
            button.setEnabled(product is not None)
        archived = product is not None and not product.active
        self.archive_button.setText(_t("Restore") if archived else _t("Archive"))

    def add_product(self) -> None:
        self._open(ProductDialog(self._context, None, self))

    def edit_selected(self) -> None:
        product = self.selected()
        if product is not None:
            self._open(ProductDialog(self._context, product, self))

    def _open(self, dialog: ProductDialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: ProductDialog) -> None:
        # The dialog published its Changes, so the catalogue is reloading from the bus already.
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def toggle_archived(self) -> None:
        """Archive or restore at once: both are reversible, so no confirmation is asked."""
        product = self.selected()
        if product is None:
            return
        products, actor = self._context.services.products, self._context.signed_in.actor
        self._context.run_command(
            lambda: products.set_product_active(
                actor, product.id, product.version, not product.active
            ),
            on_failed=self._fail,
        )

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _load_failed(self, error: BaseException) -> None:
        """The catalogue could not be read: said in its place, never "no products yet"."""
        set_list_state(self.empty_state, self._empty_text, error, rows=0)
        self._errors.show(error, self)

    def _request_lots(self) -> None:
        product = self.selected()
        if product is not None:
            self.lots_requested.emit(product)


class ProductsScreen(QWidget):
    def __init__(
        self, context: ScreenContext, today: Today = muscat_today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shown_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(_t("Products & lots"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.catalogue = CatalogueTab(context)
        self.lots = LotsTab(context, today)
        self.expiring = ExpiringTab(context, today)
        self.recall = RecallTab(context)
        self.tabs.addTab(self.catalogue, _t("Catalogue"))
        self.tabs.addTab(self.lots, _t("Lots"))
        self.tabs.addTab(self.expiring, _t("Expiring soon"))
        self.tabs.addTab(self.recall, _t("Recall report"))
        # A scroll area lets the window shrink below the tabs' natural width (small screens).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tabs)
        layout.addWidget(scroll, 1)

        self.catalogue.lots_requested.connect(self.show_lots)
        self.expiring.lots_requested.connect(self.show_lots)
        self.expiring.count_changed.connect(self._name_expiring_tab)
        context.change_bus.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.catalogue.reload()
        self.lots.reload()
        self.expiring.reload()
        self.recall.reload_lots()

    def _changed(self, changes: Changes) -> None:
        if changes.sessions:  # a recorded or voided session moves stock and recall lists
            self.reload()
            return
        if changes.products:
            self.catalogue.reload()
            self.lots.reload()
            self.recall.reload_lots()
        if changes.lots:
            self.lots.reload()
            self.expiring.reload()
            self.recall.reload_lots()

    def show_lots(self, product: ProductRecord) -> None:
        self.lots.choose_product(product.id)
        self.tabs.setCurrentWidget(self.lots)

    def _name_expiring_tab(self, count: int) -> None:
        index = self.tabs.indexOf(self.expiring)
        text = _t("Expiring soon") if count == 0 else _t("Expiring soon (%1)")
        self.tabs.setTabText(index, text.replace("%1", str(count)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.reload()  # another screen or workstation may have used or received stock
        self._shown_once = True


def build(context: ScreenContext) -> QWidget:
    return ProductsScreen(context)
