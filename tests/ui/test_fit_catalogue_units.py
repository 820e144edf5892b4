"""Products › Catalogue at 1280×720 shows "Counted in" whole (issue #15 screenshots: the cell
read "Toxin units (this brand o…", cutting off the caveat that units never convert between
brands)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from scardesk.demo import pools
from scardesk.domain.enums import Modality, Role, UnitKind
from scardesk.domain.products import ProductInput
from scardesk.ui.fonts import install_fonts
from scardesk.ui.products.models import ProductTable
from scardesk.ui.products.views import CELL_PADDING
from scardesk.ui.style import apply_style
from scardesk.ui.tr import _t

TEXT_MARGINS = 24  # the view's cell padding (8 px a side) and the delegate's text margins
TOXIN = "Toxin units (this brand only)"


@pytest.fixture(params=["en", "ar"])
def dressed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application's bundled fonts and style sheet (its cell padding and taller lines are
    what cut the cell), in English or in Arabic right to left."""
    direction, font, style = qapp.layoutDirection(), qapp.font(), qapp.style().name()
    if request.param == "ar":
        request.getfixturevalue("arabic")
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    install_fonts(qapp)
    apply_style(qapp)
    yield request.param
    qapp.setLayoutDirection(direction)
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setFont(font)


def _shown_whole(view: QTableView, index: QModelIndex) -> bool:
    """On one line in the room left by the cell's padding, or wrapped in a row tall enough for
    all its lines as the delegate lays them out in that room."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    rect = view.visualRect(index)
    if view.fontMetrics().horizontalAdvance(text) + TEXT_MARGINS <= rect.width():
        return True
    if not view.wordWrap():
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    option.rect = QRect(0, 0, rect.width() - 2 * CELL_PADDING, rect.height())
    return QStyledItemDelegate().sizeHint(option, index).height() <= rect.height()


@pytest.mark.parametrize("maximized", [True, False], ids=["maximized", "default-size"])
def test_counted_in_shows_whole_on_a_laptop(
    qtbot, open_window, services, make_user, maximized, dressed
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
    assert window.width() <= 1280
    toxin = _t(TOXIN)
    toxins = [
        view.model().index(row, ProductTable.UNIT_KIND)
        for row in range(view.model().rowCount())
        if view.model().index(row, ProductTable.UNIT_KIND).data() == toxin
    ]
    assert toxins
    # Columns, then rows, are fitted when Qt is idle (and again if a scroll bar appears).
    qtbot.waitUntil(lambda: all(_shown_whole(view, index) for index in toxins), timeout=3000)
    assert view.horizontalScrollBar().maximum() == 0  # and nothing scrolls sideways
