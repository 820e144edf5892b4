"""The one way this screen builds its tables: read-only, row-selecting, sorted by SORT_ROLE,
with room between cells so a right-aligned Arabic name never runs into the next column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from scardesk.ui.products.models import RecordTable
from scardesk.ui.style import BACKGROUND, LINE
from scardesk.ui.widgets.record_table import RECORD_ROLE, SORT_ROLE
from scardesk.ui.widgets.table_columns import fit_columns as fit_table_columns

CELL_PADDING = 8  # each side of a cell's text


class PaddedWrapDelegate(QStyledItemDelegate):
    """Measures a wrapped cell at the width its text is painted in.

    Qt measures a wrapped cell across the whole column, but the stylesheet's padding narrows
    the painted text: a text that just fits the column wraps when painted, and its second line
    was cut to "…" in a one-line row."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        narrowed = QStyleOptionViewItem(option)
        if option.rect.isValid():  # a row being measured to a column's width
            narrowed.rect = option.rect.adjusted(0, 0, -2 * CELL_PADDING, 0)
        return super().sizeHint(narrowed, index)


def record_view(model: RecordTable) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, row-selecting, sortable view over ``model`` (sorted by ``SORT_ROLE``)."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Room between cells, so a right-aligned Arabic name never runs into the next column.
    view.setStyleSheet(
        f"QTableView::item {{ padding: 0 {CELL_PADDING}px; }}"
        f"QHeaderView::section {{ padding: 6px 8px; background: {BACKGROUND};"
        f" border: none; border-bottom: 1px solid {LINE}; border-right: 1px solid {LINE};"
        " font-weight: 600; }"
    )
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(32)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view, proxy


def fit_columns(view: QTableView, stretch: int, *, wrap: bool = False) -> None:
    """Columns as wide as their text, never wider than the table, ``stretch`` taking the rest.
    With ``wrap``, a narrowed column wraps its text and its rows grow, so it shows whole."""
    if wrap:
        view.setWordWrap(True)
        view.setItemDelegate(PaddedWrapDelegate(view))
    fit_table_columns(view, stretch, rows=wrap)


def selected_record(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(RECORD_ROLE) if rows else None
