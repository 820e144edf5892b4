"""Rows selected by code are selected in a right-to-left layout too (``select_row``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from scardesk.ui.widgets.row_select import select_row


def _table(qtbot: QtBot, direction: Qt.LayoutDirection) -> QTableView:
    view = QTableView()
    view.setModel(QStandardItemModel(4, 3))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.setLayoutDirection(direction)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    return view


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_select_row_selects_the_whole_row_and_makes_it_current(
    qtbot: QtBot, direction: Qt.LayoutDirection
) -> None:
    view = _table(qtbot, direction)
    select_row(view, 2)
    assert [index.row() for index in view.selectionModel().selectedRows()] == [2]
    assert view.currentIndex().row() == 2
    select_row(view, 1)  # a second selection replaces the first
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]
    select_row(view, 9)  # beyond the rows: nothing changes
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]


def test_qt_select_row_still_fails_right_to_left(qtbot: QtBot) -> None:
    """Why ``select_row`` exists: when a Qt update makes this fail, the workaround can go."""
    view = _table(qtbot, Qt.LayoutDirection.RightToLeft)
    view.selectRow(2)
    assert view.selectionModel().selectedRows() == []


def test_screens_select_rows_with_select_row() -> None:
    root = Path(__file__).resolve().parents[2] / "scardesk" / "ui"
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".selectRow(" in line
    ]
    assert found == []
