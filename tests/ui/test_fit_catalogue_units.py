"""Products › Catalogue at 1280×720 shows "Counted in" whole (issue #15 screenshots: the cell
read "Toxin units (this brand o…", cutting off the caveat that units never convert between
brands)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from scardesk.demo import pools
from scardesk.domain.enums import Modality, Role, UnitKind
from scardesk.domain.products import ProductInput
from scardesk.ui.fonts import install_fonts
from scardesk.ui.products.models import ProductTable
from scardesk.ui.style import apply_style
from scardesk.ui.tr import _t

TEXT_MARGIN = 3  # what Qt's style keeps on either side of a cell's text (focus margin + 1)
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
    """The cell's text fits the rectangle the style paints it in (inside the style sheet's
    padding): on one line, or wrapped onto lines the row is tall enough for."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.text = index.data(Qt.ItemDataRole.DisplayRole)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if view.wordWrap():
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    room = room.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0)
    metrics = view.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap) if view.wordWrap() else 0
    needed = metrics.boundingRect(QRect(0, 0, max(1, room.width()), 100_000), flags, option.text)
    return needed.width() <= room.width() and needed.height() <= room.height()


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
