"""Products › Catalogue at 1280×720 shows "Counted in" whole (issue #15 screenshots: the cell
read "Toxin units (this brand o…", cutting off the caveat that units never convert between
brands)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QTableView

from scardesk.demo import pools
from scardesk.domain.enums import Modality, Role, UnitKind
from scardesk.domain.products import ProductInput
from scardesk.ui.products.models import ProductTable

TEXT_MARGINS = 16  # the view's cell padding (8 px a side) and the delegate's own margins
TOXIN = "Toxin units (this brand only)"


def _shown_whole(view: QTableView, index: QModelIndex) -> bool:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    rect = view.visualRect(index)
    room = rect.width() - TEXT_MARGINS
    metrics = view.fontMetrics()
    if metrics.horizontalAdvance(text) <= room:
        return True
    if not view.wordWrap():
        return False
    lines = QRect(0, 0, max(1, room), 100_000)
    needed = metrics.boundingRect(lines, int(Qt.TextFlag.TextWordWrap), text).height()
    return needed <= rect.height()


@pytest.mark.parametrize("maximized", [True, False], ids=["maximized", "default-size"])
def test_counted_in_shows_whole_on_a_laptop(
    qtbot, open_window, services, make_user, maximized
) -> None:
    signed_in = make_user("dr.salma", Role.PRACTITIONER)
    catalogue = pools.TOXIN_PRODUCTS + pools.OTHER_PRODUCTS  # what the screenshots showed
    for brand, name, modality, unit, vial, window_hours, _price in catalogue:
        product = ProductInput(brand, name, Modality(modality), UnitKind(unit), vial, window_hours)
        services.products.add_product(signed_in.actor, product)
    window = open_window(signed_in)
    if maximized:
        window.showMaximized()
    else:  # the window's first size on a 1280×720 laptop, before it is maximised
        window.showNormal()
        window.resize(1200, 700)
    window.show_screen("products")
    view = window.page("products").catalogue.view
    qtbot.waitUntil(lambda: view.model().rowCount() == len(catalogue))
    qtbot.wait(50)  # columns and rows are fitted when Qt is idle
    assert window.width() <= 1280
    toxins = [
        view.model().index(row, ProductTable.UNIT_KIND)
        for row in range(view.model().rowCount())
        if view.model().index(row, ProductTable.UNIT_KIND).data() == TOXIN
    ]
    assert toxins
    for index in toxins:
        assert _shown_whole(view, index), view.columnWidth(ProductTable.UNIT_KIND)
    assert view.horizontalScrollBar().maximum() == 0  # and nothing scrolls sideways
