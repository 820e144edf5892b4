"""A cell shortened with "…" to fit a laptop's table shows its whole text as a tooltip (issue 15
screenshots: the catalogue's "Toxin units (this brand o…" had no way to read the rest)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QToolTip

from scardesk.ui.widgets.table_columns import fit_columns

LONG = "Toxin units (this brand only), never converted between brands of toxin"


def _tip_at(table: QTableWidget, row: int, column: int) -> str:
    QToolTip.hideText()
    centre = table.visualRect(table.model().index(row, column)).center()
    global_pos = table.viewport().mapToGlobal(centre)
    event = QHelpEvent(QEvent.Type.ToolTip, centre, global_pos)
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _table(qtbot) -> QTableWidget:
    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Brand", "Counted in"])
    for row, (brand, unit) in enumerate((("Botox", LONG), ("TCA Peel", "Millilitres (mL)"))):
        table.setItem(row, 0, QTableWidgetItem(brand))
        table.setItem(row, 1, QTableWidgetItem(unit))
    fit_columns(table, stretch=0)
    qtbot.addWidget(table)
    table.resize(260, 160)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(20)
    return table


def test_a_shortened_cell_shows_its_whole_text(qtbot) -> None:
    table = _table(qtbot)
    assert table.columnWidth(1) < table.fontMetrics().horizontalAdvance(LONG)  # it is cut
    assert _tip_at(table, 0, 1) == LONG


def test_a_whole_cell_or_one_with_its_own_tooltip_is_left_alone(qtbot) -> None:
    table = _table(qtbot)
    assert _tip_at(table, 1, 0) == ""  # "TCA Peel" shows whole: no tooltip
    own = QTableWidgetItem(LONG)
    own.setData(Qt.ItemDataRole.ToolTipRole, "The model's own words")
    table.setItem(0, 1, own)
    assert _tip_at(table, 0, 1) == "The model's own words"


def test_a_wrapped_cell_that_shows_whole_has_no_tooltip(qtbot) -> None:
    table = _table(qtbot)
    table.setWordWrap(True)
    table.resizeRowsToContents()
    assert table.rowHeight(0) > table.rowHeight(1)  # the long text wrapped onto more lines
    assert _tip_at(table, 0, 1) == ""
